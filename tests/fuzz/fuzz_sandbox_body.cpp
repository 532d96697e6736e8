// The sandbox's request-body reader (BodyReader) and the body checks of its endpoints: any
// bytes give an object or a 400 problem+json reply saying why; a body an endpoint accepts has
// only the fields it knows, each of its type.
#include "apimessage.h"
#include "faultrule.h"
#include "fuzzcheck.h"
#include "restorebody.h"
#include "retention.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace bc::sandbox;

namespace {

void checkRefusal(const ApiReply &reply)
{
    FUZZ_CHECK(reply.status == 400);
    FUZZ_CHECK(reply.contentType == "application/problem+json");
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(reply.body, &error).object();
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(body.value(QStringLiteral("code")).toInt() == 400);
    FUZZ_CHECK(!body.value(QStringLiteral("message")).toString().isEmpty());
}

// Only the allowed fields, each absent or of its type: the check the endpoint made, redone.
bool fits(const QJsonObject &body, const QHash<QString, QJsonValue::Type> &schema)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!schema.contains(it.key()) || schema.value(it.key()) != it.value().type())
            return false;
    }
    return true;
}

// One endpoint's checks, as its handler chains them; true when the body is accepted.
bool simpleEndpoint(const QJsonObject &body, const QHash<QString, QJsonValue::Type> &schema)
{
    ApiReply error;
    bool ok = BodyReader::onlyFields(body, schema.keys(), error);
    for (auto it = schema.begin(); ok && it != schema.end(); ++it)
        ok = BodyReader::fieldType(body, it.key(), it.value(), error);
    if (!ok)
        checkRefusal(error);
    FUZZ_CHECK(ok == fits(body, schema));
    return ok;
}

void restore(const QJsonObject &body)
{
    ApiReply error;
    const bool ok = RestoreBody::valid(body, error);
    if (!ok) {
        checkRefusal(error);
        return;
    }
    FUZZ_CHECK(fits(body,
                    {{QStringLiteral("environment_name"), QJsonValue::String},
                     {QStringLiteral("branch_from"), QJsonValue::String},
                     {QStringLiteral("ticket"), QJsonValue::String},
                     {QStringLiteral("restore_code"), QJsonValue::Bool},
                     {QStringLiteral("restore_resources"), QJsonValue::Bool},
                     {QStringLiteral("resources"), QJsonValue::Object}}));
    const QJsonObject resources = body.value(QStringLiteral("resources")).toObject();
    FUZZ_CHECK(resources.size() <= 1);
    if (resources.contains(QStringLiteral("init")))
        FUZZ_CHECK(QStringList({QStringLiteral("backup"), QStringLiteral("parent"),
                                QStringLiteral("default"), QStringLiteral("minimum")})
                       .contains(resources.value(QStringLiteral("init")).toString()));
}

void settings(const QJsonObject &body)
{
    ApiReply error;
    if (!BodyReader::onlyFields(body, {QStringLiteral("data_retention")}, error)) {
        checkRefusal(error);
        return;
    }
    const QJsonValue retention = body.value(QStringLiteral("data_retention"));
    if (!Retention::validate(retention).isEmpty())
        return;
    // Accepted settings drive the retention of new backups: every rule in them is usable.
    const QJsonObject project{{QStringLiteral("data_retention"), retention}};
    const QJsonObject byType = retention.toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        const std::optional<int> count = Retention::manualCount(project, it.key());
        FUZZ_CHECK(!count || *count >= 0);
        (void)Retention::manualExpiry(project, it.key(), 1700000000000000LL);
        const QJsonArray schedule = it.value()
                                        .toObject()
                                        .value(QStringLiteral("default_config"))
                                        .toObject()
                                        .value(QStringLiteral("schedule"))
                                        .toArray();
        for (const QJsonValue &entry : schedule)
            FUZZ_CHECK(Retention::intervalLength(
                           entry.toObject().value(QStringLiteral("interval")).toString())
                       > 0);
    }
}

void fault(const QJsonObject &body)
{
    if (!simpleEndpoint(body, {{QStringLiteral("rule"), QJsonValue::String}}))
        return;
    QString problem;
    const auto rule = FaultRule::parse(body.value(QStringLiteral("rule")).toString(), &problem);
    FUZZ_CHECK(rule.has_value() == problem.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ApiRequest request;
    request.method = "POST";
    request.body = fuzzBytes(data, size);
    ApiReply error;
    const std::optional<QJsonObject> body = BodyReader::object(request, error);
    if (!body) {
        checkRefusal(error);
        return 0;
    }
    if (request.body.trimmed().isEmpty())
        FUZZ_CHECK(body->isEmpty());
    else
        FUZZ_CHECK(QJsonDocument::fromJson(request.body).object() == *body);
    // Every endpoint that reads a body, on the same body.
    simpleEndpoint(*body, {{QStringLiteral("safe"), QJsonValue::Bool}}); // backup
    simpleEndpoint(*body, {{QStringLiteral("api_token"), QJsonValue::String}}); // token revoke
    simpleEndpoint(*body,
                   {{QStringLiteral("values"), QJsonValue::Object},
                    {QStringLiteral("head_commit"), QJsonValue::String}}); // site state
    restore(*body);
    settings(*body);
    fault(*body);
    return 0;
}
