#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bc {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject() || value.isArray()) {
        // `detail` may be an object: a non-empty one is shown compactly rather than dropped.
        const QJsonDocument doc
            = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        const QString compact = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        return compact == QLatin1String("{}") || compact == QLatin1String("[]") ? QString()
                                                                                : compact;
    }
    return {};
}

} // namespace

ApiError ApiError::make(Kind kind, const QString &message, const QUrl &url, int status)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.url = url;
    error.httpStatus = status;
    return error;
}

ApiError ApiError::decode(const QString &field, const QString &message, const QUrl &url)
{
    ApiError error = make(Kind::Decode, message, url);
    error.field = field;
    return error;
}

ApiError ApiError::tooLarge(qint64 limitBytes, const QUrl &url, int status)
{
    return make(Kind::TooLarge,
                tr("The answer is larger than the limit of %1; the console stopped reading it.")
                    .arg(QLocale::c().formattedDataSize(limitBytes, 0, QLocale::DataSizeIecFormat)),
                url, status);
}

QString ApiError::serverMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject object = doc.object();
    for (const char *key : {"message", "error_description", "detail", "title", "error"}) {
        const QString text = textOf(object.value(QLatin1String(key)));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool ApiError::leavesOutcomeUnknown() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Decode
        || kind == Kind::TooLarge;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
    case Kind::Api:
        return httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::describe() const
{
    const QString detail = message.isEmpty() ? QString() : QLatin1String(": ") + message;
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach the server%1").arg(detail);
    case Kind::Timeout:
        return tr("The server did not answer in time%1").arg(detail);
    case Kind::Http:
        return tr("The server answered with HTTP status %1%2").arg(httpStatus).arg(detail);
    case Kind::Api:
        return message.isEmpty() ? tr("The server refused the request (HTTP %1)").arg(httpStatus)
                                 : message;
    case Kind::Decode:
        return field.isEmpty()
            ? tr("The server's answer could not be read%1").arg(detail)
            : tr("The server's answer could not be read (field %1)%2").arg(field, detail);
    case Kind::Auth: {
        // The sentence ends with its own full stop: "refused: Invalid API token. Please…".
        QString reason = detail;
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return tr("The API token was refused%1. Please enter a new API token.").arg(reason);
    }
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::NotAllowed:
        return message.isEmpty() ? tr("This action is not available") : message;
    case Kind::Keychain:
        return tr("The keychain is not available%1").arg(detail);
    case Kind::TooLarge:
        return tr("The server's answer was refused%1").arg(detail);
    case Kind::Storage:
        return message.isEmpty() ? tr("A local file could not be read or written") : message;
    }
    return message;
}

} // namespace bc
