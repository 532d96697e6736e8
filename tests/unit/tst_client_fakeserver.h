#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A tiny HTTP/1.1 server for the client's transport tests: answers each request with what the
// handler returns and records what it received (headers included), which the sandbox cannot show.
class FakeServer final : public QObject
{
    Q_DISABLE_COPY_MOVE(FakeServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply
    {
        using Headers = QList<QPair<QByteArray, QByteArray>>;
        Reply(int status = 200, const QByteArray &body = {},
              const QByteArray &contentType = "application/json", const Headers &headers = {})
            : status(status)
            , body(body)
            , contentType(contentType)
            , headers(headers)
        { }
        int status;
        QByteArray body;
        QByteArray contentType;
        Headers headers;
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit FakeServer(const QHostAddress &address = QHostAddress::LocalHost,
                        QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(address, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QString base() const
    {
        return QStringLiteral("http://%1:%2")
            .arg(m_server.serverAddress().toString())
            .arg(m_server.serverPort());
    }
    QList<Request> requests;

    int count(const QByteArray &method, const QByteArray &pathPrefix) const
    {
        int n = 0;
        for (const Request &r : requests)
            n += r.method == method && r.path.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests.append(request);
            const Reply reply = m_handler ? m_handler(request) : Reply{404, "{}"};
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
            out += "Content-Type: " + reply.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
            for (const auto &header : reply.headers)
                out += header.first + ": " + header.second + "\r\n";
            out += "Connection: close\r\n\r\n" + reply.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Handler m_handler;
};
