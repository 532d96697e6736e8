#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace bc::cli {

// Reads one line from standard input without blocking the event loop: the answer to a
// confirmation arrives as a signal, like everything else.
class LinePrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinePrompt)

public:
    explicit LinePrompt(QObject *parent = nullptr);
    ~LinePrompt() override;

    // Shows the question on stderr and starts reading.
    void ask(const QString &question);
    // The same without echoing what is typed (an API token).
    void askSecret(const QString &question);

Q_SIGNALS:
    // The line without its newline; empty at end of input.
    void answered(const QString &line);

private:
    void onReadable();
    void setEcho(bool echo);

    QSocketNotifier m_notifier;
    QByteArray m_buffer;
    bool m_echoOff = false;
};

} // namespace bc::cli
