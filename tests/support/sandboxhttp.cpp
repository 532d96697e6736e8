#include "sandboxhttp.h"

#include <QNetworkRequest>

namespace bc::test {

SandboxHttp::SandboxHttp(const QUrl &base)
    : m_base(base)
{ }

QNetworkReply *SandboxHttp::send(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body, const QByteArray &accessToken,
                                 const QByteArray &contentType)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    if (!accessToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + accessToken);
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    }
    return m_nam.sendCustomRequest(request, method, body);
}

QNetworkReply *SandboxHttp::exchange(const QByteArray &apiToken)
{
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/oauth2/token"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + QByteArray("platform-api-user:").toBase64());
    return m_nam.post(request, "grant_type=api_token&api_token=" + apiToken);
}

int SandboxHttp::status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonDocument SandboxHttp::json(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll());
}

QByteArray SandboxHttp::body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace bc::test
