#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace bc::sandbox {

// The authenticated caller of an API request.
struct Caller
{
    QString userId;
    bool support = false;
};

// One parsed HTTP request, independent of the HTTP server that received it.
struct ApiRequest
{
    QByteArray method;
    QString path; // decoded path without the /api prefix
    QStringList segments; // decoded path segments
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    // Scheme and authority the request reached ("http://127.0.0.1:8765"), for absolute self
    // links; empty with --regional-links, which puts them on the project's region host.
    QString origin;
    std::optional<Caller> caller;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct ApiReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply json(const QJsonValue &value, int status = 200);
    // The error body of contract section 8.
    static ApiReply error(int status, const QString &message, const QJsonObject &detail = {});
    // The "Accepted" body of contract section 6.
    static ApiReply accepted(const QJsonArray &activities);
    static QByteArray reasonPhrase(int status);
};

// Decoding of request bodies: malformed JSON, wrong types and unknown fields become a 400 reply.
class BodyReader final
{
public:
    // An empty body reads as {}.
    static std::optional<QJsonObject> object(const ApiRequest &request, ApiReply &error);
    static bool onlyFields(const QJsonObject &object, const QStringList &allowed, ApiReply &error);
    static bool fieldType(const QJsonObject &object, const QString &field, QJsonValue::Type type,
                          ApiReply &error);
};

} // namespace bc::sandbox
