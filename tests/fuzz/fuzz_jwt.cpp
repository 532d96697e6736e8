// The access token's claims (JwtClaims::parse): any text gives a subject or none and a valid
// expiry or none; a token built from the input's claims gives them back.
#include "client/jwt.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace bc;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

void checkClaims(const JwtClaims &claims)
{
    if (claims.expiresAt.isValid()) {
        FUZZ_CHECK(claims.expiresAt.timeSpec() == Qt::UTC);
        FUZZ_CHECK(claims.expiresAt.toSecsSinceEpoch() > 0);
        FUZZ_CHECK(claims.expiresAt.toSecsSinceEpoch() < 100000000000LL);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    checkClaims(JwtClaims::parse(QString::fromUtf8(bytes)));
    checkClaims(JwtClaims::parse(QString::fromLatin1(bytes)));

    FuzzedDataProvider provider(data, size);
    const QString subject = fuzzString(provider, 64);
    const bool integral = provider.ConsumeBool();
    const double exp = integral
        ? double(provider.ConsumeIntegralInRange<qint64>(-10, 200000000000LL))
        : provider.ConsumeFloatingPoint<double>();
    const QByteArray header = QByteArray::fromStdString(provider.ConsumeRandomLengthString(32));
    const QByteArray payload
        = QJsonDocument(QJsonObject{{QStringLiteral("sub"), subject}, {QStringLiteral("exp"), exp}})
              .toJson(QJsonDocument::Compact);
    const QString token = QString::fromLatin1(header.toBase64(base64url) + '.'
                                              + payload.toBase64(base64url) + ".signature");
    const JwtClaims claims = JwtClaims::parse(token);
    checkClaims(claims);
    FUZZ_CHECK(claims.subject == subject);
    if (exp > 0 && exp < 1e11)
        FUZZ_CHECK(claims.expiresAt == QDateTime::fromSecsSinceEpoch(qint64(exp), Qt::UTC));
    else
        FUZZ_CHECK(!claims.expiresAt.isValid());
    return 0;
}
