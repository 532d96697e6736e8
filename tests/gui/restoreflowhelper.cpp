#include "restoreflowhelper.h"

#include "client/account.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace bc::test {

RestoreFlowHelper::RestoreFlowHelper(const QUrl &base, QNetworkAccessManager *network)
    : m_base(base)
    , m_network(network)
{ }

ApiClient *RestoreFlowHelper::client(const QString &token)
{
    auto &slot = m_clients[token];
    if (!slot) {
        slot = std::make_unique<ApiClient>(Account::custom(m_base, m_base), m_network);
        slot->setApiToken(token);
    }
    return slot.get();
}

QNetworkReply *RestoreFlowHelper::getState(const QString &project, const QString &env)
{
    return m_stateNetwork.get(QNetworkRequest(
        m_base.resolved(QUrl(QStringLiteral("/__sandbox/state/%1/%2").arg(project, env)))));
}

QNetworkReply *RestoreFlowHelper::putValues(const QString &project, const QString &env,
                                            const QJsonObject &values)
{
    QNetworkRequest request(
        m_base.resolved(QUrl(QStringLiteral("/__sandbox/state/%1/%2").arg(project, env))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return m_stateNetwork.put(request,
                              QJsonDocument(QJsonObject{{QStringLiteral("values"), values}})
                                  .toJson(QJsonDocument::Compact));
}

QJsonObject RestoreFlowHelper::valuesOf(QNetworkReply *reply)
{
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QStringLiteral("values"))
        .toObject();
}

} // namespace bc::test
