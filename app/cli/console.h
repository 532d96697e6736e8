#pragma once

#include <QString>

namespace bc::cli {

// Where a command writes: data on stdout, messages on stderr. Knows whether it talks to a
// person (a terminal) or to a script, cron or CI.
class Console final
{
public:
    // Data, for scripts.
    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    // A message line for the person (newline added).
    static void message(const QString &text);
    // The one-line progress display of a terminal: rewrites the current stderr line.
    static void status(const QString &text);
    // Ends a progress display so the next message starts on a fresh line.
    static void clearStatus();

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

private:
    static bool s_statusShown;
};

} // namespace bc::cli
