#include "lineprompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace bc::cli {

LinePrompt::LinePrompt(QObject *parent)
    : QObject(parent)
    , m_notifier(STDIN_FILENO, QSocketNotifier::Read)
{
    m_notifier.setEnabled(false);
    connect(&m_notifier, &QSocketNotifier::activated, this, &LinePrompt::onReadable);
}

LinePrompt::~LinePrompt()
{
    setEcho(true);
}

void LinePrompt::setEcho(bool echo)
{
    if (echo == !m_echoOff || ::isatty(STDIN_FILENO) != 1)
        return;
    termios attributes{};
    if (::tcgetattr(STDIN_FILENO, &attributes) != 0)
        return;
    if (echo)
        attributes.c_lflag |= ECHO;
    else
        attributes.c_lflag &= ~tcflag_t(ECHO);
    if (::tcsetattr(STDIN_FILENO, TCSANOW, &attributes) == 0)
        m_echoOff = !echo;
}

void LinePrompt::askSecret(const QString &question)
{
    setEcho(false);
    ask(question);
}

void LinePrompt::ask(const QString &question)
{
    const QByteArray bytes = question.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_notifier.setEnabled(true);
}

void LinePrompt::onReadable()
{
    char chunk[256];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n > 0)
        m_buffer.append(chunk, n);
    const qsizetype newline = m_buffer.indexOf('\n');
    if (n > 0 && newline < 0)
        return;
    m_notifier.setEnabled(false);
    if (m_echoOff) {
        setEcho(true);
        std::fputs("\n", stderr);
    }
    const QByteArray line = newline < 0 ? m_buffer : m_buffer.left(newline);
    m_buffer.clear();
    Q_EMIT answered(QString::fromUtf8(line).trimmed());
}

} // namespace bc::cli
