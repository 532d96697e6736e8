#include "types.h"

#include <QJsonValue>

namespace bc {

namespace {

bool isLegacy(const QString &region)
{
    return region == QLatin1String("eu.platform.sh") || region == QLatin1String("us.platform.sh");
}

QJsonValue payloadValue(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key));
}

// A payload member that is a person or environment: an object {id, display_name|title} or a string.
QString nameOf(const QJsonValue &value, const char *nameKey)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QString name = object.value(QLatin1String(nameKey)).toString();
    return name.isEmpty() ? object.value(QLatin1String("id")).toString() : name;
}

QString idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString()
                            : value.toObject().value(QLatin1String("id")).toString();
}

} // namespace

QString UserInfo::displayName() const
{
    const QString full = QString(firstName + u' ' + lastName).trimmed();
    if (!full.isEmpty())
        return full;
    return username.isEmpty() ? email : username;
}

bool ProjectRef::isLegacyRegion() const
{
    return isLegacy(region);
}

bool Project::isLegacyRegion() const
{
    return isLegacy(region);
}

QString UserAccess::roleFor(const QString &environmentType) const
{
    const QString prefix = environmentType + u':';
    for (const QString &permission : permissions) {
        if (permission.startsWith(prefix))
            return permission.mid(prefix.size());
    }
    return {};
}

bool UserAccess::isAdminFor(const QString &environmentType) const
{
    return roleFor(environmentType) == QLatin1String("admin")
        || permissions.contains(QLatin1String("admin"));
}

bool Activity::isFinished() const
{
    return state == QLatin1String("complete") || state == QLatin1String("cancelled");
}

QString Activity::backupName() const
{
    return payloadValue(payload, "backup_name").toString();
}

QString Activity::sourceEnvironment() const
{
    return idOf(payloadValue(payload, "source_environment"));
}

QString Activity::targetEnvironment() const
{
    return idOf(payloadValue(payload, "environment"));
}

QString Activity::branchFrom() const
{
    return idOf(payloadValue(payload, "branch_from"));
}

QString Activity::userId() const
{
    return idOf(payloadValue(payload, "user"));
}

QString Activity::userDisplayName() const
{
    return nameOf(payloadValue(payload, "user"), "display_name");
}

QString Activity::onBehalfOf() const
{
    return nameOf(payloadValue(payload, "on_behalf_of"), "display_name");
}

QString Activity::ticket() const
{
    return supportTicket.isEmpty() ? payloadValue(payload, "ticket").toString() : supportTicket;
}

std::optional<bool> Activity::safe() const
{
    const QJsonValue value = payloadValue(payload, "safe");
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

std::optional<Activity> Accepted::mainActivity() const
{
    for (const Activity &activity : activities) {
        if (!activity.type.startsWith(QLatin1String("integration.")))
            return activity;
    }
    return std::nullopt;
}

} // namespace bc
