#include "restorebody.h"

namespace bc::sandbox {

// The spec's EnvironmentRestoreInput: environment_name, branch_from, resources and
// resources.init are nullable (null = not given); any other field is refused.
bool RestoreBody::valid(const QJsonObject &body, ApiReply &error)
{
    if (!BodyReader::onlyFields(body,
                                {QStringLiteral("environment_name"), QStringLiteral("branch_from"),
                                 QStringLiteral("restore_code"),
                                 QStringLiteral("restore_resources"), QStringLiteral("resources")},
                                error)) {
        return false;
    }
    for (const QString &field :
         {QStringLiteral("environment_name"), QStringLiteral("branch_from")}) {
        if (!body.value(field).isNull()
            && !BodyReader::fieldType(body, field, QJsonValue::String, error)) {
            return false;
        }
    }
    for (const QString &field :
         {QStringLiteral("restore_code"), QStringLiteral("restore_resources")}) {
        if (!BodyReader::fieldType(body, field, QJsonValue::Bool, error)) {
            return false;
        }
    }
    if (!body.value(QStringLiteral("resources")).isNull()
        && !BodyReader::fieldType(body, QStringLiteral("resources"), QJsonValue::Object, error)) {
        return false;
    }
    if (body.value(QStringLiteral("resources")).isObject()) {
        const QJsonObject resources = body.value(QStringLiteral("resources")).toObject();
        const QStringList inits{QStringLiteral("backup"), QStringLiteral("parent"),
                                QStringLiteral("default"), QStringLiteral("minimum")};
        if (!BodyReader::onlyFields(resources, {QStringLiteral("init")}, error)) {
            return false;
        }
        if (resources.contains(QStringLiteral("init"))
            && !resources.value(QStringLiteral("init")).isNull()
            && !inits.contains(resources.value(QStringLiteral("init")).toString())) {
            error = ApiReply::error(
                400,
                QStringLiteral("resources.init must be one of backup, parent, default, minimum"));
            return false;
        }
    }
    return true;
}

} // namespace bc::sandbox
