#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// Waits, without a nested event loop, until a reply has finished.
#define BC_FINISH(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), 15000)

namespace bc::test {

// Raw HTTP to a sandbox for the sandbox's own tests: one QNetworkAccessManager, requests built
// from a path relative to the base URL. Replies are owned by the caller (use std::unique_ptr).
class SandboxHttp final
{
public:
    explicit SandboxHttp(const QUrl &base);

    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery,
                        const QByteArray &body = {}, const QByteArray &accessToken = {},
                        const QByteArray &contentType = "application/json");
    QNetworkReply *get(const QString &pathAndQuery, const QByteArray &accessToken = {})
    {
        return send("GET", pathAndQuery, {}, accessToken);
    }
    // POST {base}/oauth2/token with a form body, as the client does.
    QNetworkReply *exchange(const QByteArray &apiToken);
    void setBase(const QUrl &base) { m_base = base; }

    static int status(QNetworkReply *reply);
    static QJsonDocument json(QNetworkReply *reply); // reads the whole body
    static QByteArray body(const QJsonObject &object);

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace bc::test
