#pragma once

#include <QString>
#include <QUrl>

namespace bc {

// Everything the client logs goes through these: Authorization headers, api_token, access_token
// and refresh_token values and JWTs are replaced by "[redacted]".
QString redact(const QString &text);
QString redact(const QUrl &url);

} // namespace bc
