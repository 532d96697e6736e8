#include "backupapi.h"

#include "clock.h"
#include "database.h"
#include "renderer.h"
#include "router.h"
#include "scheduler.h"

namespace bc::sandbox {

namespace {
constexpr auto authed = Router::Access::Authenticated;

QString envType(const QJsonObject &env)
{
    return env.value(QStringLiteral("type")).toString();
}

} // namespace

BackupApi::BackupApi(ApiContext context)
    : m_ctx(context)
{ }

void BackupApi::registerRoutes(Router &router)
{
    const QString env = QStringLiteral("projects/{}/environments/{}");
    router.add("GET", QStringLiteral("projects/{}/environments"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return environments(r, p[0]); });
    router.add("GET", env, authed, [this](const ApiRequest &r, const QStringList &p) {
        return environment(r, p[0], p[1]);
    });
    router.add(
        "GET", env + QStringLiteral("/backups"), authed,
        [this](const ApiRequest &r, const QStringList &p) { return backups(r, p[0], p[1]); });
    for (const QString &create :
         QStringList{env + QStringLiteral("/backup"), env + QStringLiteral("/backups")}) {
        router.add("POST", create, authed, [this](const ApiRequest &r, const QStringList &p) {
            return createBackup(r, p[0], p[1]);
        });
    }
    router.add(
        "GET", env + QStringLiteral("/backups/{}"), authed,
        [this](const ApiRequest &r, const QStringList &p) { return backup(r, p[0], p[1], p[2]); });
    router.add("DELETE", env + QStringLiteral("/backups/{}"), authed,
               [this](const ApiRequest &r, const QStringList &p) {
                   return deleteBackup(r, p[0], p[1], p[2]);
               });
}

QJsonObject BackupApi::userRef(Store &store, const QString &userId)
{
    const auto user = store.user(userId);
    return QJsonObject{{QStringLiteral("id"), userId},
                       {QStringLiteral("display_name"),
                        user ? user->value(QStringLiteral("display_name")) : QJsonValue(userId)}};
}

QString BackupApi::notBackedUp(const QJsonObject &env)
{
    const QString name = env.value(QStringLiteral("name")).toString();
    const QString status = env.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("paused")) {
        return QStringLiteral("Environment %1 is paused; resume it first").arg(name);
    }
    if (status != QLatin1String("active")) {
        return QStringLiteral("Environment %1 is not active").arg(name);
    }
    return {};
}

ApiReply BackupApi::busy(const QString &environment)
{
    return ApiReply::error(
        409, QStringLiteral("An activity is already running on environment ") + environment);
}

ApiReply BackupApi::environments(const ApiRequest &request, const QString &projectId)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    const QStringList busyEnvs = m_ctx.store.busyEnvironments(projectId);
    QJsonArray result;
    for (const QJsonObject &env : m_ctx.store.environments(projectId)) {
        result.append(Renderer::environment(
            *scope, env, busyEnvs.contains(env.value(QStringLiteral("name")).toString())));
    }
    return ApiReply::json(result);
}

ApiReply BackupApi::environment(const ApiRequest &request, const QString &projectId,
                                const QString &envName)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> env;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, env, error)) {
        return error;
    }
    return ApiReply::json(
        Renderer::environment(*scope, *env, m_ctx.store.isBusy(projectId, envName)));
}

ApiReply BackupApi::backups(const ApiRequest &request, const QString &projectId,
                            const QString &envName)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> env;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, env, error)) {
        return error;
    }
    QJsonArray result;
    for (const QJsonObject &backup : m_ctx.store.backups(projectId, envName)) {
        result.append(Renderer::backup(*scope, backup, envType(*env)));
    }
    return ApiReply::json(result);
}

ApiReply BackupApi::backup(const ApiRequest &request, const QString &projectId,
                           const QString &envName, const QString &id)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> env;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, env, error)) {
        return error;
    }
    const auto backup = m_ctx.store.backup(projectId, envName, id);
    if (!backup) {
        return ApiReply::error(404, QStringLiteral("Backup not found: ") + id);
    }
    return ApiReply::json(Renderer::backup(*scope, *backup, envType(*env)));
}

ApiReply BackupApi::createBackup(const ApiRequest &request, const QString &projectId,
                                 const QString &envName)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> env;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, env, error)) {
        return error;
    }
    const auto body = BodyReader::object(request, error);
    if (!body || !BodyReader::onlyFields(*body, {QStringLiteral("safe")}, error)
        || !BodyReader::fieldType(*body, QStringLiteral("safe"), QJsonValue::Bool, error)) {
        return error;
    }
    if (!scope->access.isAdminFor(envType(*env))) {
        return ApiReply::error(
            403,
            QStringLiteral("You need the admin role on %1 environments to create a backup")
                .arg(envType(*env)));
    }
    const QString refused = notBackedUp(*env);
    if (!refused.isEmpty()) {
        return ApiReply::error(400, refused);
    }
    if (m_ctx.store.isBusy(projectId, envName)) {
        return busy(envName);
    }
    const bool safe = body->value(QStringLiteral("safe")).toBool(true);
    const QJsonObject user = userRef(m_ctx.store, request.caller->userId);
    const QString title = env->value(QStringLiteral("title")).toString();
    const QString who = user.value(QStringLiteral("display_name")).toString();
    QJsonObject activity{
        {QStringLiteral("type"), QStringLiteral("environment.backup")},
        {QStringLiteral("environments"), QJsonArray{envName}},
        {QStringLiteral("environment_type"), envType(*env)},
        {QStringLiteral("description"),
         QStringLiteral("<user data-id=\"%1\">%2</user> created a backup of <environment "
                        "data-id=\"%3\">%4</environment>")
             .arg(request.caller->userId, who, envName, title)},
        {QStringLiteral("text"), QStringLiteral("%1 created a backup of %2").arg(who, title)},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("safe"), safe}}},
        {QStringLiteral("payload"),
         QJsonObject{
             {QStringLiteral("user"), user},
             {QStringLiteral("environment"),
              QJsonObject{{QStringLiteral("id"), envName}, {QStringLiteral("title"), title}}},
             {QStringLiteral("backup_name"), QJsonValue::Null},
             {QStringLiteral("safe"), safe}}}};
    Transaction transaction(m_ctx.db);
    activity = m_ctx.scheduler.create(projectId, activity);
    transaction.commit();
    m_ctx.scheduler.wake();
    return ApiReply::accepted(QJsonArray{
        Renderer::activity(*scope, activity, activity.value(QStringLiteral("text")).toString())});
}

ApiReply BackupApi::deleteBackup(const ApiRequest &request, const QString &projectId,
                                 const QString &envName, const QString &id)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> env;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, env, error)) {
        return error;
    }
    auto backup = m_ctx.store.backup(projectId, envName, id);
    if (!backup) {
        return ApiReply::error(404, QStringLiteral("Backup not found: ") + id);
    }
    if (!scope->access.isAdminFor(envType(*env))) {
        return ApiReply::error(
            403,
            QStringLiteral("You need the admin role on %1 environments to delete a backup")
                .arg(envType(*env)));
    }
    if (backup->value(QStringLiteral("status")).toString() != QLatin1String("CREATED")) {
        return ApiReply::error(400,
                               QStringLiteral("The backup %1 is already being deleted").arg(id));
    }
    if (m_ctx.store.isBusy(projectId, envName)) {
        return busy(envName);
    }
    const QJsonObject user = userRef(m_ctx.store, request.caller->userId);
    const QString who = user.value(QStringLiteral("display_name")).toString();
    const QString title = env->value(QStringLiteral("title")).toString();
    QJsonObject activity{
        {QStringLiteral("type"), QStringLiteral("environment.backup.delete")},
        {QStringLiteral("environments"), QJsonArray{envName}},
        {QStringLiteral("environment_type"), envType(*env)},
        {QStringLiteral("description"),
         QStringLiteral("<user data-id=\"%1\">%2</user> deleted backup %3 of <environment "
                        "data-id=\"%4\">%5</environment>")
             .arg(request.caller->userId, who, id, envName, title)},
        {QStringLiteral("text"), QStringLiteral("%1 deleted backup %2 of %3").arg(who, id, title)},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("backup"), id},
                     {QStringLiteral("source_environment"), envName}}},
        {QStringLiteral("payload"),
         QJsonObject{
             {QStringLiteral("user"), user},
             {QStringLiteral("environment"),
              QJsonObject{{QStringLiteral("id"), envName}, {QStringLiteral("title"), title}}},
             {QStringLiteral("backup_name"), id}}}};
    Transaction transaction(m_ctx.db);
    backup->insert(QStringLiteral("status"), QStringLiteral("DELETING"));
    backup->insert(QStringLiteral("updated_at"), double(Clock::now()));
    m_ctx.store.putBackup(projectId, *backup);
    activity = m_ctx.scheduler.create(projectId, activity);
    transaction.commit();
    m_ctx.scheduler.wake();
    return ApiReply::accepted(QJsonArray{
        Renderer::activity(*scope, activity, activity.value(QStringLiteral("text")).toString())});
}

} // namespace bc::sandbox
