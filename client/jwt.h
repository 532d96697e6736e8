#pragma once

#include <QDateTime>
#include <QString>

namespace bc {

// The claims the client needs from an access token. The signature is not checked: the token is
// only ever sent back to the server that issued it.
struct JwtClaims
{
    QString subject;
    QDateTime expiresAt; // invalid when absent
    static JwtClaims parse(const QString &token);
};

} // namespace bc
