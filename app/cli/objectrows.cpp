#include "objectrows.h"

#include <QJsonArray>

namespace bc::cli::rows {

namespace {

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(','));
}

// The spec's timings, in seconds; null when the service gave none.
QJsonValue seconds(const Activity &a, const char *phase)
{
    const QString key = QLatin1String(phase);
    return a.timings.contains(key) ? QJsonValue(a.timings.value(key)) : QJsonValue();
}

} // namespace

QJsonValue time(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODate);
}

QStringList projectColumns()
{
    return split("id,title,region,status,organization_id,permissions,created_at");
}

QJsonObject project(const ProjectRef &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("region"), p.region},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("organization_id"), p.organizationId},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(p.permissions)},
            {QStringLiteral("created_at"), time(p.createdAt)}};
}

QStringList environmentColumns()
{
    return split("id,title,type,status,parent,is_dirty,last_backup_at,created_at");
}

QJsonObject environment(const Environment &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("parent"), e.parent.isEmpty() ? QJsonValue() : QJsonValue(e.parent)},
            {QStringLiteral("is_dirty"), e.isDirty},
            {QStringLiteral("last_backup_at"), time(e.lastBackupAt)},
            {QStringLiteral("created_at"), time(e.createdAt)}};
}

QStringList backupColumns()
{
    return split("created_at,id,restorable,automated,live,status,expires_at,commit_id,size_used,"
                 "size_of_volumes");
}

QStringList backupDefaultColumns()
{
    return split("created_at,id,restorable,automated,live,status,expires_at");
}

QJsonObject backup(const Backup &b)
{
    return {{QStringLiteral("created_at"), time(b.createdAt)},
            {QStringLiteral("id"), b.id},
            {QStringLiteral("restorable"), b.restorable},
            {QStringLiteral("automated"), b.automated},
            {QStringLiteral("live"), !b.safe},
            {QStringLiteral("status"), b.status},
            {QStringLiteral("expires_at"), b.expiresAt ? time(*b.expiresAt) : QJsonValue()},
            {QStringLiteral("commit_id"), b.commitId},
            {QStringLiteral("size_used"), double(b.sizeUsed)},
            {QStringLiteral("size_of_volumes"), double(b.sizeOfVolumes)}};
}

QStringList activityColumns()
{
    return split("id,created_at,completed_at,type,state,result,failure_reason,completion_percent,"
                 "wait_seconds,execute_seconds,environments,description");
}

QStringList activityDefaultColumns()
{
    return split("id,created_at,type,state,result,environments,description");
}

QJsonObject activity(const Activity &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("created_at"), time(a.createdAt)},
            {QStringLiteral("completed_at"), time(a.completedAt)},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("result"), a.result.isEmpty() ? QJsonValue() : QJsonValue(a.result)},
            {QStringLiteral("failure_reason"),
             a.failureReason.isEmpty() ? QJsonValue() : QJsonValue(a.failureReason)},
            {QStringLiteral("completion_percent"), a.completionPercent},
            {QStringLiteral("wait_seconds"), seconds(a, "wait")},
            {QStringLiteral("execute_seconds"), seconds(a, "execute")},
            {QStringLiteral("environments"), QJsonArray::fromStringList(a.environments)},
            {QStringLiteral("description"), a.text}};
}

QStringList accountColumns()
{
    return split("id,label,preset,api_url,auth_url,user,default");
}

QJsonObject account(const Account &a, bool isDefault)
{
    return {{QStringLiteral("id"), a.key()},
            {QStringLiteral("label"), a.label},
            {QStringLiteral("preset"), Account::presetKey(a.preset)},
            {QStringLiteral("api_url"), a.apiUrl.toString()},
            {QStringLiteral("auth_url"), a.authUrl.toString()},
            {QStringLiteral("user"), a.user},
            {QStringLiteral("default"), isDefault}};
}

} // namespace bc::cli::rows
