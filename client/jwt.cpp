#include "jwt.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bc {

JwtClaims JwtClaims::parse(const QString &token)
{
    JwtClaims claims;
    const QList<QStringView> parts = QStringView(token).split(u'.');
    if (parts.size() != 3)
        return claims;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return claims;
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    claims.subject = payload.value(QLatin1String("sub")).toString();
    const double exp = payload.value(QLatin1String("exp")).toDouble(-1);
    if (exp > 0 && exp < 1e11)
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp), Qt::UTC);
    return claims;
}

} // namespace bc
