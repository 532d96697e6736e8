#include "console.h"

#include <cstdio>
#include <unistd.h>

namespace bc::cli {

bool Console::s_statusShown = false;

void Console::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void Console::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::message(const QString &text)
{
    clearStatus();
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Console::status(const QString &text)
{
    // \r and "erase to end of line": the status line is redrawn in place.
    const QByteArray bytes = "\r\033[K" + text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    s_statusShown = true;
}

void Console::clearStatus()
{
    if (!s_statusShown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    s_statusShown = false;
}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace bc::cli
