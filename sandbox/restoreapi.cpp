#include "restoreapi.h"

#include "backupapi.h"
#include "clock.h"
#include "database.h"
#include "renderer.h"
#include "restorebody.h"
#include "router.h"
#include "scheduler.h"
#include "specfields.h"

namespace bc::sandbox {

namespace {

const QString kType = QStringLiteral("type");
const QStringList legacyRegions{QStringLiteral("eu.platform.sh"), QStringLiteral("us.platform.sh")};

QJsonObject envRef(const QJsonObject &env)
{
    return QJsonObject{{QStringLiteral("id"), env.value(QStringLiteral("name"))},
                       {QStringLiteral("title"), env.value(QStringLiteral("title"))}};
}

} // namespace

RestoreApi::RestoreApi(ApiContext context)
    : m_ctx(context)
{ }

void RestoreApi::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("projects/{}/environments/{}/backups/{}/restore"),
               Router::Access::Authenticated, [this](const ApiRequest &r, const QStringList &p) {
                   return restore(r, p[0], p[1], p[2]);
               });
}

QJsonObject RestoreApi::newBranch(const QString &projectId, const QString &name,
                                  const QJsonObject &parent)
{
    const qint64 now = Clock::now();
    QJsonObject env{
        {QStringLiteral("name"), name},
        {QStringLiteral("machine_name"), QString(name + QStringLiteral("-") + projectId.left(6))},
        {QStringLiteral("title"), name},
        {kType, QStringLiteral("development")},
        {QStringLiteral("parent"), parent.value(QStringLiteral("name"))},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("is_main"), false},
        {QStringLiteral("head_commit"), parent.value(QStringLiteral("head_commit"))},
        {QStringLiteral("created_at"), double(now)},
        {QStringLiteral("updated_at"), double(now)},
        {QStringLiteral("last_backup_at"), QJsonValue::Null},
        {QStringLiteral("values"), parent.value(QStringLiteral("values"))}};
    m_ctx.store.putEnvironment(projectId, env);
    return env;
}

ApiReply RestoreApi::restore(const ApiRequest &request, const QString &projectId,
                             const QString &envName, const QString &id)
{
    ApiReply error;
    std::optional<ProjectScope> scope;
    std::optional<QJsonObject> source;
    if (!resolveEnvironment(m_ctx.store, request, {projectId, envName}, scope, source, error)) {
        return error;
    }
    const auto backup = m_ctx.store.backup(projectId, envName, id);
    if (!backup) {
        return ApiReply::error(404, QStringLiteral("Backup not found: ") + id);
    }
    const auto body = BodyReader::object(request, error);
    if (!body || !RestoreBody::valid(*body, error)) {
        return error;
    }
    const QString targetName = body->value(QStringLiteral("environment_name")).toString(envName);
    const QString branchFrom = body->value(QStringLiteral("branch_from")).toString();
    const auto target = m_ctx.store.environment(projectId, targetName);
    std::optional<QJsonObject> parent;
    if (!target && branchFrom.isEmpty()) {
        return ApiReply::error(
            400,
            QStringLiteral("Environment not found: %1; pass branch_from to create it")
                .arg(targetName));
    }
    if (!target) {
        parent = m_ctx.store.environment(projectId, branchFrom);
        if (!parent) {
            return ApiReply::error(
                400, QStringLiteral("Environment not found (in branch_from): ") + branchFrom);
        }
    } else if (!branchFrom.isEmpty()) {
        return ApiReply::error(
            400,
            QStringLiteral(
                "Target environment already exists; branch_from is only for new environments"));
    }
    if (!backup->value(QStringLiteral("restorable")).toBool()
        || backup->value(QStringLiteral("status")).toString() != QLatin1String("CREATED")) {
        return ApiReply::error(400, QStringLiteral("The backup %1 cannot be restored").arg(id));
    }
    const QString region = scope->project.value(QStringLiteral("region")).toString();
    const bool support = request.caller->support;
    if (legacyRegions.contains(region) && targetName != envName && !support) {
        return ApiReply::error(
            400,
            QStringLiteral("Backups cannot be restored to another environment on this "
                           "region: %1. Please contact support.")
                .arg(region));
    }
    const QString targetType
        = target ? target->value(kType).toString() : QStringLiteral("development");
    if (!scope->access.isAdminFor(targetType)
        || !scope->access.isAdminFor(source->value(kType).toString())) {
        return ApiReply::error(
            403,
            QStringLiteral(
                "You need the admin role on the source and target environments to restore"));
    }
    if (!target) {
        const int quota = SpecFields::environmentQuota(scope->project);
        qsizetype counted = 0;
        for (const QJsonObject &env : m_ctx.store.environments(projectId)) {
            counted += env.value(kType).toString() != QLatin1String("production")
                && env.value(QStringLiteral("status")).toString() != QLatin1String("inactive");
        }
        if (counted >= quota) {
            return ApiReply::error(
                400,
                QStringLiteral("The plan of this project allows %1 active environments besides "
                               "production; deactivate one before creating %2")
                    .arg(quota)
                    .arg(targetName));
        }
    }
    if (target) {
        const QString refused = BackupApi::notBackedUp(*target);
        if (!refused.isEmpty()) {
            return ApiReply::error(400, refused);
        }
    }
    for (const QString &env : {envName, targetName}) {
        if (m_ctx.store.isBusy(projectId, env)) {
            return BackupApi::busy(env);
        }
    }

    Transaction transaction(m_ctx.db);
    const QJsonObject targetEnv = target ? *target : newBranch(projectId, targetName, *parent);
    const QJsonObject user = BackupApi::userRef(m_ctx.store, request.caller->userId);
    const QString who = user.value(QStringLiteral("display_name")).toString();
    const QString title = targetEnv.value(QStringLiteral("title")).toString();
    QJsonObject parameters{
        {QStringLiteral("backup"), id},
        {QStringLiteral("source_environment"), envName},
        {QStringLiteral("environment"), targetName},
        {QStringLiteral("branch_from"),
         branchFrom.isEmpty() ? QJsonValue() : QJsonValue(branchFrom)},
        {QStringLiteral("restore_code"), body->value(QStringLiteral("restore_code")).toBool(true)},
        {QStringLiteral("restore_resources"),
         body->value(QStringLiteral("restore_resources")).toBool(true)}};
    if (body->value(QStringLiteral("resources")).isObject()) {
        parameters.insert(QStringLiteral("resources"), body->value(QStringLiteral("resources")));
    }
    QJsonObject payload{
        {QStringLiteral("user"), user},
        {QStringLiteral("environment"), envRef(targetEnv)},
        {QStringLiteral("source_environment"), envRef(*source)},
        {QStringLiteral("branch_from"), parameters.value(QStringLiteral("branch_from"))},
        {QStringLiteral("backup_name"), id}};
    if (support) {
        const QString owner = scope->project.value(QStringLiteral("owner")).toString();
        payload.insert(QStringLiteral("on_behalf_of"), BackupApi::userRef(m_ctx.store, owner));
    }
    QJsonObject activity{
        {kType, QStringLiteral("environment.restore")},
        {QStringLiteral("environments"), QJsonArray{targetName}},
        {QStringLiteral("environment_type"), targetType},
        {QStringLiteral("description"),
         QStringLiteral("<user data-id=\"%1\">%2</user> restored backup %3 to <environment "
                        "data-id=\"%4\">%5</environment>")
             .arg(request.caller->userId, who, id, targetName, title)},
        {QStringLiteral("text"), QStringLiteral("%1 restored backup %2 to %3").arg(who, id, title)},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("payload"), payload}};
    activity = m_ctx.scheduler.create(projectId, activity);
    transaction.commit();
    m_ctx.scheduler.wake();
    return ApiReply::accepted(QJsonArray{
        Renderer::activity(*scope, activity, activity.value(QStringLiteral("text")).toString())});
}

} // namespace bc::sandbox
