#include "renderer.h"

#include "clock.h"
#include "specfields.h"

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

// The spec's "HAL Links": `meta` maps the HTTP method to the endpoint's operation object.
QJsonObject action(const QString &target, const QString &method, const QString &operationId)
{
    return QJsonObject{{QStringLiteral("href"), target},
                       {QStringLiteral("meta"),
                        QJsonObject{{method.toLower(),
                                     QJsonObject{{QStringLiteral("operationId"), operationId},
                                                 {QStringLiteral("parameters"), QJsonArray{}}}}}}};
}

QJsonObject withTimes(QJsonObject object, const QStringList &fields)
{
    for (const QString &field : fields) {
        object.insert(field, Renderer::time(object.value(field)));
    }
    return object;
}

} // namespace

QString Renderer::projectPath(const QJsonObject &project)
{
    return QStringLiteral("/api/projects/") + enc(project.value(QStringLiteral("id")).toString());
}

QJsonValue Renderer::time(const QJsonValue &micros)
{
    if (!micros.isDouble()) {
        return QJsonValue::Null;
    }
    return Clock::format(qint64(micros.toDouble()));
}

QString Renderer::selfBase(const QJsonObject &project, const QString &origin)
{
    return origin.isEmpty()
        ? QStringLiteral("https://") + project.value(QStringLiteral("region")).toString()
        : origin;
}

QJsonObject Renderer::project(const ProjectScope &scope)
{
    const QJsonObject &project = scope.project;
    const QString path = projectPath(project);
    QJsonObject result = SpecFields::project(project);
    result.insert(QStringLiteral("created_at"), time(project.value(QStringLiteral("created_at"))));
    result.insert(QStringLiteral("updated_at"), time(project.value(QStringLiteral("updated_at"))));
    result.insert(
        QStringLiteral("_links"),
        QJsonObject{{QStringLiteral("self"), href(selfBase(project, scope.origin) + path)},
                    {QStringLiteral("environments"), href(path + QStringLiteral("/environments"))},
                    {QStringLiteral("activities"), href(path + QStringLiteral("/activities"))},
                    {QStringLiteral("settings"), href(path + QStringLiteral("/settings"))},
                    {QStringLiteral("capabilities"), href(path + QStringLiteral("/capabilities"))},
                    {QStringLiteral("user-access"), href(path + QStringLiteral("/user-access"))}});
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

QJsonObject Renderer::meProject(const QJsonObject &project, const QString &origin)
{
    const QString region = project.value(QStringLiteral("region")).toString();
    return QJsonObject{
        {QStringLiteral("id"), project.value(QStringLiteral("id"))},
        {QStringLiteral("name"), project.value(QStringLiteral("title"))},
        {QStringLiteral("title"), project.value(QStringLiteral("title"))},
        {QStringLiteral("region"), region},
        {QStringLiteral("region_label"), project.value(QStringLiteral("region_label"))},
        {QStringLiteral("endpoint"), QString(selfBase(project, origin) + projectPath(project))},
        {QStringLiteral("owner"), project.value(QStringLiteral("owner"))},
        {QStringLiteral("plan"), project.value(QStringLiteral("plan"))},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("vendor"), QStringLiteral("platformsh")},
        {QStringLiteral("created_at"), time(project.value(QStringLiteral("created_at")))}};
}

QJsonObject Renderer::environment(const ProjectScope &scope, const QJsonObject &environment,
                                  bool busy)
{
    const QJsonObject &project = scope.project;
    QJsonObject result = SpecFields::environment(project, environment);
    result = withTimes(result,
                       {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                        QStringLiteral("last_backup_at"), QStringLiteral("last_active_at")});
    if (result.value(QStringLiteral("deployment_state")).isObject()) {
        result.insert(QStringLiteral("deployment_state"),
                      withTimes(result.value(QStringLiteral("deployment_state")).toObject(),
                                {QStringLiteral("last_deployment_at")}));
    }
    const QString name = environment.value(QStringLiteral("name")).toString();
    const QString type = environment.value(QStringLiteral("type")).toString();
    const QString status = environment.value(QStringLiteral("status")).toString();
    result.insert(QStringLiteral("id"), name);
    result.insert(QStringLiteral("is_dirty"), busy);
    result.insert(QStringLiteral("project"), project.value(QStringLiteral("id")));
    const QString path = projectPath(project) + QStringLiteral("/environments/") + enc(name);
    QJsonObject links{{QStringLiteral("self"), href(selfBase(project, scope.origin) + path)},
                      {QStringLiteral("backups"), href(path + QStringLiteral("/backups"))},
                      {QStringLiteral("activities"), href(path + QStringLiteral("/activities"))}};
    const bool admin = scope.access.isAdminFor(type);
    if (status == QLatin1String("active") && !busy && admin) {
        links.insert(QStringLiteral("#backup"),
                     action(path + QStringLiteral("/backup"), QStringLiteral("POST"),
                            QStringLiteral("backup-environment")));
    }
    if (admin && !busy) {
        if (status == QLatin1String("active") && type == QLatin1String("development")) {
            links.insert(QStringLiteral("#pause"),
                         action(path + QStringLiteral("/pause"), QStringLiteral("POST"),
                                QStringLiteral("pause-environment")));
        }
        if (status == QLatin1String("paused")) {
            links.insert(QStringLiteral("#resume"),
                         action(path + QStringLiteral("/resume"), QStringLiteral("POST"),
                                QStringLiteral("resume-environment")));
        }
        if (status != QLatin1String("inactive") && type != QLatin1String("production")) {
            links.insert(QStringLiteral("#deactivate"),
                         action(path + QStringLiteral("/deactivate"), QStringLiteral("POST"),
                                QStringLiteral("deactivate-environment")));
        }
        if (status == QLatin1String("inactive")) {
            links.insert(
                QStringLiteral("#delete"),
                action(path, QStringLiteral("DELETE"), QStringLiteral("delete-environment")));
        }
    }
    result.insert(QStringLiteral("_links"), links);
    return result;
}

QJsonObject Renderer::backup(const ProjectScope &scope, const QJsonObject &backup,
                             const QString &environmentType)
{
    QJsonObject result = withTimes(
        backup,
        {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("expires_at")});
    result.remove(QStringLiteral("snapshot"));
    result.remove(QStringLiteral("evict_at"));
    const QString path = projectPath(scope.project) + QStringLiteral("/environments/")
        + enc(backup.value(QStringLiteral("environment")).toString()) + QStringLiteral("/backups/")
        + enc(backup.value(QStringLiteral("id")).toString());
    QJsonObject links{{QStringLiteral("self"), href(selfBase(scope.project, scope.origin) + path)}};
    const bool admin = scope.access.isAdminFor(environmentType);
    const bool created
        = backup.value(QStringLiteral("status")).toString() == QLatin1String("CREATED");
    if (admin && created && backup.value(QStringLiteral("restorable")).toBool()) {
        links.insert(QStringLiteral("#restore"),
                     action(path + QStringLiteral("/restore"), QStringLiteral("POST"),
                            QStringLiteral("restore-backup")));
    }
    if (admin && created) {
        links.insert(QStringLiteral("#delete"),
                     action(path, QStringLiteral("DELETE"),
                            QStringLiteral("delete-projects-environments-backups")));
    }
    result.insert(QStringLiteral("_links"), links);
    return result;
}

bool Renderer::isCancellable(const QJsonObject &activity)
{
    const QString state = activity.value(QStringLiteral("state")).toString();
    return state == QLatin1String("pending") || state == QLatin1String("in_progress");
}

QJsonObject Renderer::activity(const ProjectScope &scope, const QJsonObject &activity,
                               const QString &log)
{
    QJsonObject result = SpecFields::activity(activity, log);
    result = withTimes(result,
                       {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                        QStringLiteral("started_at"), QStringLiteral("completed_at"),
                        QStringLiteral("cancelled_at"), QStringLiteral("expires_at")});
    result.remove(QStringLiteral("plan"));
    result.remove(QStringLiteral("environment_type"));
    result.insert(QStringLiteral("project"), scope.project.value(QStringLiteral("id")));
    const QString path = projectPath(scope.project) + QStringLiteral("/activities/")
        + enc(activity.value(QStringLiteral("id")).toString());
    QJsonObject links{{QStringLiteral("self"), href(selfBase(scope.project, scope.origin) + path)},
                      {QStringLiteral("log"), href(path + QStringLiteral("/log"))}};
    if (isCancellable(activity)
        && scope.access.isAdminFor(activity.value(QStringLiteral("environment_type")).toString())) {
        links.insert(QStringLiteral("#cancel"),
                     action(path + QStringLiteral("/cancel"), QStringLiteral("POST"),
                            QStringLiteral("action-projects-activities-cancel")));
    }
    result.insert(QStringLiteral("_links"), links);
    return result;
}

QJsonObject Renderer::user(const QJsonObject &user, bool support)
{
    QJsonObject result = SpecFields::user(user);
    result = withTimes(result, {QStringLiteral("created_at"), QStringLiteral("updated_at")});
    result.remove(QStringLiteral("support_staff"));
    result.insert(QStringLiteral("roles"),
                  support ? QJsonArray{QStringLiteral("support")} : QJsonArray{});
    return result;
}

QJsonObject Renderer::settings(const ProjectScope &scope)
{
    QJsonObject result = SpecFields::settings(scope.project);
    result.insert(QStringLiteral("_links"),
                  QJsonObject{{QStringLiteral("self"),
                               href(selfBase(scope.project, scope.origin)
                                    + projectPath(scope.project) + QStringLiteral("/settings"))}});
    return result;
}

} // namespace bc::sandbox
