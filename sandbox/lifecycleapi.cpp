#include "lifecycleapi.h"

#include "backupapi.h"
#include "database.h"
#include "renderer.h"
#include "router.h"
#include "scheduler.h"

#include <QJsonArray>

namespace bc::sandbox {

namespace {

struct ChangeText
{
    const char *verb; // the type's suffix and the path's last segment
    const char *past;
};

const ChangeText texts[] = {{"pause", "paused"},
                            {"resume", "resumed"},
                            {"deactivate", "deactivated"},
                            {"delete", "deleted"}};

} // namespace

LifecycleApi::LifecycleApi(ApiContext context)
    : m_ctx(context)
{ }

void LifecycleApi::registerRoutes(Router &router)
{
    const QString env = QStringLiteral("projects/{}/environments/{}");
    for (const Change change : {Change::Pause, Change::Resume, Change::Deactivate}) {
        router.add("POST", env + QLatin1Char('/') + QLatin1String(texts[int(change)].verb),
                   Router::Access::Authenticated,
                   [this, change](const ApiRequest &r, const QStringList &p) {
                       return this->change(r, p[0], p[1], change);
                   });
    }
    router.add("DELETE", env, Router::Access::Authenticated,
               [this](const ApiRequest &r, const QStringList &p) {
                   return change(r, p[0], p[1], Change::Delete);
               });
}

// The real service's rules: only development environments sleep, production is never
// deactivated or deleted, and an environment is deleted only once deactivated.
QString LifecycleApi::refusal(Change change, const QJsonObject &env)
{
    const QString name = env.value(QStringLiteral("name")).toString();
    const QString status = env.value(QStringLiteral("status")).toString();
    const QString type = env.value(QStringLiteral("type")).toString();
    switch (change) {
    case Change::Pause:
        if (type != QLatin1String("development")) {
            return QStringLiteral("Only development environments can be paused");
        }
        return status == QLatin1String("active")
            ? QString()
            : QStringLiteral("Environment %1 is not active").arg(name);
    case Change::Resume:
        return status == QLatin1String("paused")
            ? QString()
            : QStringLiteral("Environment %1 is not paused").arg(name);
    case Change::Deactivate:
        if (type == QLatin1String("production")) {
            return QStringLiteral("The production environment cannot be deactivated");
        }
        return status == QLatin1String("inactive")
            ? QStringLiteral("Environment %1 is already inactive").arg(name)
            : QString();
    case Change::Delete:
        if (type == QLatin1String("production")) {
            return QStringLiteral("The production environment cannot be deleted");
        }
        return status == QLatin1String("inactive")
            ? QString()
            : QStringLiteral("Environment %1 must be deactivated before it can be deleted")
                  .arg(name);
    }
    return {};
}

ApiReply LifecycleApi::change(const ApiRequest &request, const QString &projectId,
                              const QString &envName, Change change)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> env;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, env, error)) {
        return error;
    }
    const auto body = BodyReader::object(request, error);
    if (!body || !BodyReader::onlyFields(*body, {}, error)) {
        return error;
    }
    const ChangeText text = texts[int(change)];
    const QString type = env->value(QStringLiteral("type")).toString();
    if (!scope->access.isAdminFor(type)) {
        return ApiReply::error(
            403,
            QStringLiteral("You need the admin role on %1 environments to %2 an environment")
                .arg(type, QLatin1String(text.verb)));
    }
    const QString refused = refusal(change, *env);
    if (!refused.isEmpty()) {
        return ApiReply::error(400, refused);
    }
    if (m_ctx.store.isBusy(projectId, envName)) {
        return BackupApi::busy(envName);
    }
    const QJsonObject user = BackupApi::userRef(m_ctx.store, request.caller->userId);
    const QString who = user.value(QStringLiteral("display_name")).toString();
    const QString title = env->value(QStringLiteral("title")).toString();
    QJsonObject activity{
        {QStringLiteral("type"),
         QString(QStringLiteral("environment.") + QLatin1String(text.verb))},
        {QStringLiteral("environments"), QJsonArray{envName}},
        {QStringLiteral("environment_type"), type},
        {QStringLiteral("description"),
         QStringLiteral("<user data-id=\"%1\">%2</user> %3 <environment "
                        "data-id=\"%4\">%5</environment>")
             .arg(request.caller->userId, who, QLatin1String(text.past), envName, title)},
        {QStringLiteral("text"),
         QStringLiteral("%1 %2 %3").arg(who, QLatin1String(text.past), title)},
        {QStringLiteral("parameters"), QJsonObject{}},
        {QStringLiteral("payload"),
         QJsonObject{
             {QStringLiteral("user"), user},
             {QStringLiteral("environment"),
              QJsonObject{{QStringLiteral("id"), envName}, {QStringLiteral("title"), title}}}}}};
    Transaction transaction(m_ctx.db);
    activity = m_ctx.scheduler.create(projectId, activity);
    transaction.commit();
    m_ctx.scheduler.wake();
    return ApiReply::accepted(QJsonArray{
        Renderer::activity(*scope, activity, activity.value(QStringLiteral("text")).toString())});
}

} // namespace bc::sandbox
