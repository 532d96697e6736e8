#include "authsession.h"

#include "hrefs.h"
#include "jwt.h"
#include "logging.h"
#include "redact.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace bc {

namespace {

// Refresh about 60 s before expiry; very short lifetimes (tests, odd servers) at half-life.
QDateTime refreshTime(const QDateTime &now, const QDateTime &expiresAt)
{
    const qint64 lifetime = now.msecsTo(expiresAt);
    if (lifetime > 120 * 1000)
        return expiresAt.addSecs(-60);
    return now.addMSecs(std::max<qint64>(lifetime / 2, 0));
}

} // namespace

AuthSession::AuthSession(QNetworkAccessManager *network, const QUrl &authBase, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenUrl(hrefs::join(authBase, QStringLiteral("/oauth2/token")))
{ }

AuthSession::~AuthSession()
{
    if (m_reply)
        m_reply->abort();
}

void AuthSession::setApiToken(const QString &apiToken)
{
    if (apiToken == m_apiToken)
        return;
    m_apiToken = apiToken;
    m_accessToken.clear();
    m_subject.clear();
    ++m_generation;
    if (m_reply) {
        // The waiters get a token for the new API token, not an answer about the old one.
        QNetworkReply *old = m_reply;
        m_reply = nullptr;
        old->abort();
        exchange();
    }
}

void AuthSession::withToken(std::function<void(Result<QString>)> done)
{
    if (!m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAt) {
        done(m_accessToken);
        return;
    }
    m_waiters.append(std::move(done));
    if (!m_reply)
        exchange();
}

void AuthSession::invalidate(const QString &accessToken)
{
    if (accessToken == m_accessToken)
        m_accessToken.clear();
}

void AuthSession::exchange()
{
    if (m_apiToken.isEmpty()) {
        const ApiError error
            = ApiError::make(ApiError::Kind::Auth, tr("No API token is set."), m_tokenUrl);
        finish(error);
        Q_EMIT authenticationFailed(error);
        return;
    }
    QNetworkRequest request(m_tokenUrl);
    request.setTransferTimeout(m_timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Basic ")
                             + QByteArrayLiteral("platform-api-user:").toBase64());
    const QByteArray body = QByteArrayLiteral("grant_type=api_token&api_token=")
        + QUrl::toPercentEncoding(m_apiToken);
    qCDebug(lcClient) << "POST" << redact(m_tokenUrl) << "(token exchange)";
    m_reply = m_network->post(request, body);
    const quint64 generation = m_generation;
    QNetworkReply *reply = m_reply;
    m_replyTooLarge = false;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (reply != m_reply || m_replyTooLarge
                    || (received <= MaxReplyBytes && total <= MaxReplyBytes))
                    return;
                m_replyTooLarge = true;
                reply->abort();
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, generation] { onExchanged(reply, generation); });
}

void AuthSession::onExchanged(QNetworkReply *reply, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return; // superseded by setApiToken, which started a new exchange
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_replyTooLarge) {
        qCWarning(lcClient) << "token answer larger than" << MaxReplyBytes << "bytes";
        finish(ApiError::tooLarge(MaxReplyBytes, m_tokenUrl, status));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError;
        finish(ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                              reply->errorString(), m_tokenUrl));
        return;
    }
    const QString serverMessage = ApiError::serverMessage(body);
    if (status == 400 || status == 401 || status == 403) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Auth,
            serverMessage.isEmpty() ? tr("Invalid API token.") : serverMessage, m_tokenUrl, status);
        qCWarning(lcClient) << "token exchange refused:" << status << redact(serverMessage);
        finish(error);
        Q_EMIT authenticationFailed(error);
        return;
    }
    if (status < 200 || status > 299) {
        finish(ApiError::make(serverMessage.isEmpty() ? ApiError::Kind::Http : ApiError::Kind::Api,
                              serverMessage, m_tokenUrl, status));
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString token = answer.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        finish(ApiError::decode(QStringLiteral("access_token"), tr("missing"), m_tokenUrl));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const JwtClaims claims = JwtClaims::parse(token);
    QDateTime expiresAt = now.addSecs(answer.value(QLatin1String("expires_in")).toInt(900));
    if (claims.expiresAt.isValid() && claims.expiresAt < expiresAt)
        expiresAt = claims.expiresAt;
    m_accessToken = token;
    m_subject = claims.subject;
    m_refreshAt = refreshTime(now, expiresAt);
    qCDebug(lcClient) << "access token obtained, refresh in" << now.secsTo(m_refreshAt) << "s";
    Q_EMIT authenticated();
    finish(token);
}

void AuthSession::finish(const Result<QString> &result)
{
    // Waiters may start new requests (and so new waiters) while being served.
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters)
        waiter(result);
}

} // namespace bc
