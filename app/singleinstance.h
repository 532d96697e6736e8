#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace bc::app {

// One console per user: the first launch listens on a local socket; a later one hands its
// arguments over (one JSON array and a newline) and exits, and the first brings its window up.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // `name` empty: defaultName().
    explicit SingleInstance(const QString &name = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // BC_INSTANCE_NAME when set (tests); else the app id and a hash of the user's name, in the
    // user's runtime folder when there is one.
    static QString defaultName();
    QString name() const { return m_name; }

    // A later launch: gives `arguments` to the running console. True when one took them.
    bool handOver(const QStringList &arguments, int timeoutMs = 3000) const;
    // The first launch: listens for later ones, after clearing a socket that a console which
    // crashed left behind. False when another console answers, or on a socket error.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void accept();
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
};

} // namespace bc::app
