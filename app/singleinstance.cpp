#include "singleinstance.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace bc::app {

namespace {

// A hand-over is a few arguments; anything longer is not one of ours.
constexpr qint64 MaxMessage = 64 * 1024;

QByteArray encode(const QStringList &arguments)
{
    return QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact)
        + '\n';
}

QStringList decode(const QByteArray &line)
{
    QStringList arguments;
    for (const QJsonValue &value : QJsonDocument::fromJson(line).array())
        arguments.append(value.toString());
    return arguments;
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name.isEmpty() ? defaultName() : name)
    , m_server(new QLocalServer(this))
{
    // No socket options: with them Qt binds elsewhere and renames over the name, which would
    // take it from a console already running. The runtime folder is the user's own, and in
    // /tmp connecting needs write access, which the umask withholds from others.
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QString forced = qEnvironmentVariable("BC_INSTANCE_NAME");
    if (!forced.isEmpty())
        return forced;
    // Sockets without a folder share /tmp with every user: the user's hash keeps them apart.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray hash
        = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QStringLiteral(BC_APP_ID "-") + QString::fromLatin1(hash);
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
    return name;
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(arguments));
    if (!socket.waitForBytesWritten(timeoutMs) && socket.bytesToWrite() > 0) {
        qCWarning(bcApp) << "could not hand over to the running console:" << socket.errorString();
        return false;
    }
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return true;
}

bool SingleInstance::listen()
{
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        qCWarning(bcApp) << "cannot listen on" << m_name << m_server->errorString();
        return false;
    }
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        qCInfo(bcApp) << "another console listens on" << m_name;
        return false;
    }
    qCInfo(bcApp) << "removing the stale socket" << m_name;
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    qCWarning(bcApp) << "cannot listen on" << m_name << m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        read(socket);
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxMessage) {
            qCWarning(bcApp) << "dropping an oversized hand-over";
            socket->abort();
        }
        return;
    }
    const QStringList arguments = decode(socket->readLine(MaxMessage));
    socket->disconnectFromServer();
    qCInfo(bcApp) << "another launch handed over" << arguments;
    Q_EMIT argumentsReceived(arguments);
}

} // namespace bc::app
