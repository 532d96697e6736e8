#include "renderer.h"

#include "clock.h"

#include <QJsonArray>
#include <QUrl>

namespace bc::sandbox {

namespace {

QString enc(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QJsonObject href(const QString &target)
{
    return QJsonObject{{QStringLiteral("href"), target}};
}

QJsonObject action(const QString &target, const QString &method)
{
    return QJsonObject{{QStringLiteral("href"), target}, {QStringLiteral("method"), method}};
}

QString projectPath(const QJsonObject &project)
{
    return QStringLiteral("/api/projects/") + enc(project.value(QStringLiteral("id")).toString());
}

QJsonObject withTimes(QJsonObject object, const QStringList &fields)
{
    for (const QString &field : fields) {
        object.insert(field, Renderer::time(object.value(field)));
    }
    return object;
}

} // namespace

QJsonValue Renderer::time(const QJsonValue &micros)
{
    if (!micros.isDouble()) {
        return QJsonValue::Null;
    }
    return Clock::format(qint64(micros.toDouble()));
}

QString Renderer::selfBase(const QJsonObject &project)
{
    return QStringLiteral("https://") + project.value(QStringLiteral("region")).toString();
}

QJsonObject Renderer::project(const QJsonObject &project)
{
    const QString path = projectPath(project);
    QJsonObject result{
        {QStringLiteral("id"), project.value(QStringLiteral("id"))},
        {QStringLiteral("title"), project.value(QStringLiteral("title"))},
        {QStringLiteral("region"), project.value(QStringLiteral("region"))},
        {QStringLiteral("default_branch"), project.value(QStringLiteral("default_branch"))},
        {QStringLiteral("timezone"), project.value(QStringLiteral("timezone"))},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("provisioned")},
                     {QStringLiteral("message"), QStringLiteral("ok")}}},
        {QStringLiteral("organization"), project.value(QStringLiteral("organization"))},
        {QStringLiteral("owner"), project.value(QStringLiteral("owner"))},
        {QStringLiteral("subscription"),
         QJsonObject{{QStringLiteral("plan"), project.value(QStringLiteral("plan"))},
                     {QStringLiteral("suspended"), false}}},
        {QStringLiteral("created_at"), time(project.value(QStringLiteral("created_at")))},
        {QStringLiteral("updated_at"), time(project.value(QStringLiteral("updated_at")))},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("self"), href(selfBase(project) + path)},
             {QStringLiteral("environments"), href(path + QStringLiteral("/environments"))},
             {QStringLiteral("activities"), href(path + QStringLiteral("/activities"))},
             {QStringLiteral("settings"), href(path + QStringLiteral("/settings"))},
             {QStringLiteral("user-access"), href(path + QStringLiteral("/user-access"))}}}};
    return result;
}

QJsonObject Renderer::projectRef(const QJsonObject &project)
{
    return QJsonObject{
        {QStringLiteral("id"), project.value(QStringLiteral("id"))},
        {QStringLiteral("title"), project.value(QStringLiteral("title"))},
        {QStringLiteral("region"), project.value(QStringLiteral("region"))},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("organization_id"), project.value(QStringLiteral("organization"))},
        {QStringLiteral("vendor"), QStringLiteral("platformsh")},
        {QStringLiteral("created_at"), time(project.value(QStringLiteral("created_at")))},
        {QStringLiteral("updated_at"), time(project.value(QStringLiteral("updated_at")))}};
}

QJsonObject Renderer::meProject(const QJsonObject &project)
{
    const QString region = project.value(QStringLiteral("region")).toString();
    return QJsonObject{
        {QStringLiteral("id"), project.value(QStringLiteral("id"))},
        {QStringLiteral("title"), project.value(QStringLiteral("title"))},
        {QStringLiteral("region"), region},
        {QStringLiteral("region_label"), project.value(QStringLiteral("region_label"))},
        {QStringLiteral("endpoint"), QString(selfBase(project) + projectPath(project))},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("vendor"), QStringLiteral("platformsh")},
        {QStringLiteral("created_at"), time(project.value(QStringLiteral("created_at")))}};
}

QJsonObject Renderer::environment(const QJsonObject &project, const QJsonObject &environment,
                                  const ProjectAccess &access, bool busy)
{
    QJsonObject result = withTimes(environment,
                                   {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                    QStringLiteral("last_backup_at")});
    result.remove(QStringLiteral("values"));
    const QString name = environment.value(QStringLiteral("name")).toString();
    const QString type = environment.value(QStringLiteral("type")).toString();
    const QString status = environment.value(QStringLiteral("status")).toString();
    result.insert(QStringLiteral("id"), name);
    result.insert(QStringLiteral("is_dirty"), busy);
    result.insert(QStringLiteral("project"), project.value(QStringLiteral("id")));
    const QString path = projectPath(project) + QStringLiteral("/environments/") + enc(name);
    QJsonObject links{{QStringLiteral("self"), href(selfBase(project) + path)},
                      {QStringLiteral("backups"), href(path + QStringLiteral("/backups"))},
                      {QStringLiteral("activities"), href(path + QStringLiteral("/activities"))}};
    if (status == QLatin1String("active") && !busy && access.isAdminFor(type)) {
        links.insert(QStringLiteral("#backup"),
                     action(path + QStringLiteral("/backup"), QStringLiteral("POST")));
    }
    result.insert(QStringLiteral("_links"), links);
    return result;
}

QJsonObject Renderer::backup(const QJsonObject &project, const QJsonObject &backup,
                             const QString &environmentType, const ProjectAccess &access)
{
    QJsonObject result = withTimes(
        backup,
        {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("expires_at")});
    result.remove(QStringLiteral("snapshot"));
    result.remove(QStringLiteral("evict_at"));
    const QString path = projectPath(project) + QStringLiteral("/environments/")
        + enc(backup.value(QStringLiteral("environment")).toString()) + QStringLiteral("/backups/")
        + enc(backup.value(QStringLiteral("id")).toString());
    QJsonObject links{{QStringLiteral("self"), href(selfBase(project) + path)}};
    const bool admin = access.isAdminFor(environmentType);
    const bool created
        = backup.value(QStringLiteral("status")).toString() == QLatin1String("CREATED");
    if (admin && created && backup.value(QStringLiteral("restorable")).toBool()) {
        links.insert(QStringLiteral("#restore"),
                     action(path + QStringLiteral("/restore"), QStringLiteral("POST")));
    }
    if (admin && created) {
        links.insert(QStringLiteral("#delete"), action(path, QStringLiteral("DELETE")));
    }
    result.insert(QStringLiteral("_links"), links);
    return result;
}

bool Renderer::isCancellable(const QJsonObject &activity)
{
    const QString state = activity.value(QStringLiteral("state")).toString();
    return state == QLatin1String("pending") || state == QLatin1String("in_progress");
}

QJsonObject Renderer::activity(const QJsonObject &project, const QJsonObject &activity,
                               const ProjectAccess &access)
{
    QJsonObject result = withTimes(activity,
                                   {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                    QStringLiteral("started_at"), QStringLiteral("completed_at"),
                                    QStringLiteral("cancelled_at")});
    result.remove(QStringLiteral("plan"));
    result.remove(QStringLiteral("environment_type"));
    result.insert(QStringLiteral("project"), project.value(QStringLiteral("id")));
    const QString path = projectPath(project) + QStringLiteral("/activities/")
        + enc(activity.value(QStringLiteral("id")).toString());
    QJsonObject links{{QStringLiteral("self"), href(selfBase(project) + path)},
                      {QStringLiteral("log"), href(path + QStringLiteral("/log"))}};
    if (isCancellable(activity)
        && access.isAdminFor(activity.value(QStringLiteral("environment_type")).toString())) {
        links.insert(QStringLiteral("#cancel"),
                     action(path + QStringLiteral("/cancel"), QStringLiteral("POST")));
    }
    result.insert(QStringLiteral("_links"), links);
    return result;
}

QJsonObject Renderer::user(const QJsonObject &user, bool support)
{
    QJsonObject result
        = withTimes(user, {QStringLiteral("created_at"), QStringLiteral("updated_at")});
    result.remove(QStringLiteral("support_staff"));
    result.insert(QStringLiteral("roles"),
                  support ? QJsonArray{QStringLiteral("support")} : QJsonArray{});
    return result;
}

} // namespace bc::sandbox
