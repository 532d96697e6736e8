#include "apimessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bc::sandbox {

ApiReply ApiReply::json(const QJsonValue &value, int status)
{
    ApiReply reply;
    reply.status = status;
    if (value.isArray()) {
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else {
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    return reply;
}

ApiReply ApiReply::error(int status, const QString &message, const QJsonObject &detail)
{
    const QString title = QString::fromLatin1(reasonPhrase(status));
    ApiReply reply = json(QJsonObject{{QStringLiteral("status"), title},
                                      {QStringLiteral("code"), status},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("title"), title},
                                      {QStringLiteral("detail"), detail}},
                          status);
    reply.contentType = "application/problem+json";
    return reply;
}

ApiReply ApiReply::accepted(const QJsonArray &activities)
{
    return json(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("OK")},
        {QStringLiteral("code"), 200},
        {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("activities"), activities}}}});
}

QByteArray ApiReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : "Error";
    }
}

std::optional<QJsonObject> BodyReader::object(const ApiRequest &request, ApiReply &error)
{
    if (request.body.trimmed().isEmpty()) {
        return QJsonObject{};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiReply::error(400,
                                QStringLiteral("Malformed JSON body: ") + parseError.errorString(),
                                QJsonObject{{QStringLiteral("offset"), parseError.offset}});
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = ApiReply::error(400, QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

bool BodyReader::onlyFields(const QJsonObject &object, const QStringList &allowed, ApiReply &error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            error = ApiReply::error(400, QStringLiteral("Unknown field: ") + it.key(),
                                    QJsonObject{{it.key(), QStringLiteral("unknown field")}});
            return false;
        }
    }
    return true;
}

bool BodyReader::fieldType(const QJsonObject &object, const QString &field, QJsonValue::Type type,
                           ApiReply &error)
{
    if (!object.contains(field) || object.value(field).type() == type) {
        return true;
    }
    static const QHash<int, QString> names{{QJsonValue::Bool, QStringLiteral("a boolean")},
                                           {QJsonValue::Double, QStringLiteral("a number")},
                                           {QJsonValue::String, QStringLiteral("a string")},
                                           {QJsonValue::Array, QStringLiteral("an array")},
                                           {QJsonValue::Object, QStringLiteral("an object")}};
    const QString expected = names.value(type);
    error = ApiReply::error(400, QStringLiteral("Field %1 must be %2").arg(field, expected),
                            QJsonObject{{field, QString(QStringLiteral("must be ") + expected)}});
    return false;
}

} // namespace bc::sandbox
