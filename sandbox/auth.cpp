#include "auth.h"

#include "clock.h"
#include "database.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace bc::sandbox {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

ApiReply oauthError(const QString &error, const QString &description)
{
    return ApiReply::json(QJsonObject{{QStringLiteral("error"), error},
                                      {QStringLiteral("error_description"), description}},
                          400);
}

ApiReply unauthorized(const QString &message)
{
    ApiReply reply = ApiReply::error(401, message);
    reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return reply;
}

QHash<QString, QString> formFields(const ApiRequest &request)
{
    QHash<QString, QString> fields;
    if (request.header("content-type").contains("json")) {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            fields.insert(it.key(), it.value().toString());
        }
        return fields;
    }
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(body));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        fields.insert(item.first, item.second);
    }
    return fields;
}

} // namespace

Auth::Auth(Database &db, Store &store, int tokenLifetimeSeconds)
    : m_db(db)
    , m_store(store)
    , m_lifetime(tokenLifetimeSeconds)
{
    QString secret = m_db.meta(QStringLiteral("jwt_secret"));
    if (secret.isEmpty()) {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
        secret = QString::fromLatin1(bytes.toHex());
        m_db.setMeta(QStringLiteral("jwt_secret"), secret);
    }
    m_secret = secret.toLatin1();
}

QByteArray Auth::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_secret, QCryptographicHash::Sha256)
        .toBase64(base64url);
}

ApiReply Auth::exchange(const ApiRequest &request)
{
    const QHash<QString, QString> fields = formFields(request);
    const QString grant = fields.value(QStringLiteral("grant_type"));
    if (grant != QLatin1String("api_token")) {
        return oauthError(QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("The authorization grant type is not supported."));
    }
    const auto user = m_store.userByToken(fields.value(QStringLiteral("api_token")));
    if (!user) {
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Invalid API token."));
    }
    const qint64 now = Clock::now() / Clock::second;
    const QByteArray header
        = QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                    {QStringLiteral("typ"), QStringLiteral("JWT")}})
              .toJson(QJsonDocument::Compact)
              .toBase64(base64url);
    const QByteArray payload
        = QJsonDocument(
              QJsonObject{{QStringLiteral("sub"), user->value(QStringLiteral("id"))},
                          {QStringLiteral("iat"), now},
                          {QStringLiteral("exp"), now + m_lifetime},
                          {QStringLiteral("iss"), QStringLiteral("backup-console-sandbox")},
                          {QStringLiteral("jti"),
                           QString::number(QRandomGenerator::system()->generate64(), 36)}})
              .toJson(QJsonDocument::Compact)
              .toBase64(base64url);
    const QByteArray unsigned_ = header + '.' + payload;
    const QByteArray token = unsigned_ + '.' + sign(unsigned_);
    remember(m_accessTokens, QString::fromLatin1(token));
    remember(m_apiTokens, fields.value(QStringLiteral("api_token")));
    return ApiReply::json(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                      {QStringLiteral("expires_in"), m_lifetime},
                                      {QStringLiteral("token_type"), QStringLiteral("bearer")}});
}

void Auth::remember(QStringList &tokens, const QString &token)
{
    tokens.removeOne(token);
    tokens.append(token);
    if (tokens.size() > MaxRemembered) {
        tokens.removeFirst();
    }
}

QJsonObject Auth::issued() const
{
    return QJsonObject{
        {QStringLiteral("access_tokens"), QJsonArray::fromStringList(m_accessTokens)},
        {QStringLiteral("api_tokens"), QJsonArray::fromStringList(m_apiTokens)}};
}

std::optional<Caller> Auth::verify(const ApiRequest &request, ApiReply &error)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        error = unauthorized(QStringLiteral("No access token was given."));
        return std::nullopt;
    }
    const QList<QByteArray> parts = authorization.mid(7).trimmed().split('.');
    if (parts.size() != 3 || sign(parts[0] + '.' + parts[1]) != parts[2]) {
        error = unauthorized(QStringLiteral("The access token is not valid."));
        return std::nullopt;
    }
    const QJsonObject payload
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], base64url)).object();
    const QString userId = payload.value(QStringLiteral("sub")).toString();
    if (qint64(payload.value(QStringLiteral("exp")).toDouble()) <= Clock::now() / Clock::second) {
        error = unauthorized(QStringLiteral("The access token has expired."));
        return std::nullopt;
    }
    if (m_store.isRevoked(userId)) {
        error = unauthorized(QStringLiteral("The access token has been revoked."));
        return std::nullopt;
    }
    const auto user = m_store.user(userId);
    return Caller{userId, user && user->value(QStringLiteral("support_staff")).toBool()};
}

} // namespace bc::sandbox
