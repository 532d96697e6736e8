#include "activityeffects.h"

#include "clock.h"
#include "retention.h"
#include "store.h"

#include <QJsonArray>

namespace bc::sandbox {

ActivityEffects::ActivityEffects(Store &store, double timeScale)
    : m_store(store)
    , m_timeScale(timeScale)
{ }

QJsonObject ActivityEffects::succeed(const QString &project, QJsonObject activity, qint64 now)
{
    const QString type = activity.value(QStringLiteral("type")).toString();
    const QJsonObject parameters = activity.value(QStringLiteral("parameters")).toObject();
    if (type == QLatin1String("environment.backup")) {
        return createBackup(project, activity, now);
    }
    if (type == QLatin1String("environment.restore")) {
        restore(project, activity, now);
    } else if (type == QLatin1String("environment.backup.delete")) {
        m_store.removeBackup(parameters.value(QStringLiteral("backup")).toString());
    } else {
        lifecycle(project, activity, now);
    }
    return activity;
}

QJsonObject ActivityEffects::createBackup(const QString &projectId, QJsonObject activity,
                                          qint64 now)
{
    const QString envName
        = activity.value(QStringLiteral("environments")).toArray().first().toString();
    auto env = m_store.environment(projectId, envName);
    const auto project = m_store.project(projectId);
    if (!env || !project) {
        return activity;
    }
    const QString id = activity.value(QStringLiteral("plan"))
                           .toObject()
                           .value(QStringLiteral("backup_id"))
                           .toString();
    const bool safe = activity.value(QStringLiteral("parameters"))
                          .toObject()
                          .value(QStringLiteral("safe"))
                          .toBool(true);
    // The schedule's backups say so in their payload (AutoBackups, the seed's history).
    const bool automated = activity.value(QStringLiteral("payload"))
                               .toObject()
                               .value(QStringLiteral("automated"))
                               .toBool(false);
    const QString type = env->value(QStringLiteral("type")).toString();
    const QString commit = env->value(QStringLiteral("head_commit")).toString();
    const qint64 size = 180'000'000 + qint64(qHash(id) % 50'000'000);
    const QJsonObject backup{
        {QStringLiteral("id"), id},
        {QStringLiteral("environment"), envName},
        {QStringLiteral("status"), QStringLiteral("CREATED")},
        {QStringLiteral("safe"), safe},
        {QStringLiteral("automated"), automated},
        {QStringLiteral("index"), QJsonValue::Null},
        {QStringLiteral("restorable"), true},
        {QStringLiteral("commit_id"), commit},
        {QStringLiteral("deployment"), commit.left(12)},
        {QStringLiteral("size_of_volumes"), double(2 * size)},
        {QStringLiteral("size_used"), double(size)},
        {QStringLiteral("created_at"), double(now)},
        {QStringLiteral("updated_at"), double(now)},
        {QStringLiteral("expires_at"), Retention::manualExpiry(*project, type, now)},
        {QStringLiteral("attributes"), QJsonObject{}},
        {QStringLiteral("snapshot"),
         QJsonObject{{QStringLiteral("values"), env->value(QStringLiteral("values"))},
                     {QStringLiteral("head_commit"), commit}}}};
    m_store.putBackup(projectId, backup);
    env->insert(QStringLiteral("last_backup_at"), double(now));
    m_store.putEnvironment(projectId, *env);
    evictManualBackups(*project, envName, now);
    QJsonObject payload = activity.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("backup_name"), id);
    activity.insert(QStringLiteral("payload"), payload);
    return activity;
}

void ActivityEffects::evictManualBackups(const QJsonObject &project, const QString &env, qint64 now)
{
    const QString projectId = project.value(QStringLiteral("id")).toString();
    const auto environment = m_store.environment(projectId, env);
    const auto keep
        = Retention::manualCount(project, environment->value(QStringLiteral("type")).toString());
    if (!keep) {
        return;
    }
    int manual = 0;
    for (QJsonObject backup : m_store.backups(projectId, env)) { // newest first
        if (backup.value(QStringLiteral("automated")).toBool()
            || backup.value(QStringLiteral("status")).toString() != QLatin1String("CREATED")) {
            continue;
        }
        if (++manual > *keep) {
            backup.insert(QStringLiteral("status"), QStringLiteral("DELETING"));
            backup.insert(QStringLiteral("updated_at"), double(now));
            backup.insert(QStringLiteral("evict_at"),
                          double(now + qint64(5 * Clock::second * m_timeScale)));
            m_store.putBackup(projectId, backup);
        }
    }
}

void ActivityEffects::restore(const QString &project, const QJsonObject &activity, qint64 now)
{
    const QJsonObject parameters = activity.value(QStringLiteral("parameters")).toObject();
    const auto backup
        = m_store.backup(project, parameters.value(QStringLiteral("source_environment")).toString(),
                         parameters.value(QStringLiteral("backup")).toString());
    auto target
        = m_store.environment(project, parameters.value(QStringLiteral("environment")).toString());
    if (!backup || !target) {
        return;
    }
    const QJsonObject snapshot = backup->value(QStringLiteral("snapshot")).toObject();
    target->insert(QStringLiteral("values"), snapshot.value(QStringLiteral("values")));
    if (parameters.value(QStringLiteral("restore_code")).toBool(true)) {
        target->insert(QStringLiteral("head_commit"),
                       snapshot.value(QStringLiteral("head_commit")));
    }
    target->insert(QStringLiteral("updated_at"), double(now));
    m_store.putEnvironment(project, *target);
}

void ActivityEffects::lifecycle(const QString &project, const QJsonObject &activity, qint64 now)
{
    static const QHash<QString, QString> statusAfter{
        {QStringLiteral("environment.pause"), QStringLiteral("paused")},
        {QStringLiteral("environment.resume"), QStringLiteral("active")},
        {QStringLiteral("environment.deactivate"), QStringLiteral("inactive")}};
    const QString type = activity.value(QStringLiteral("type")).toString();
    const QString name
        = activity.value(QStringLiteral("environments")).toArray().first().toString();
    auto env = m_store.environment(project, name);
    if (!env) {
        return;
    }
    if (type == QLatin1String("environment.delete")) {
        m_store.removeEnvironment(project, name);
        return;
    }
    if (!statusAfter.contains(type)) {
        return;
    }
    env->insert(QStringLiteral("status"), statusAfter.value(type));
    env->insert(QStringLiteral("updated_at"), double(now));
    m_store.putEnvironment(project, *env);
}

void ActivityEffects::abandon(const QString &project, const QJsonObject &activity, qint64 now)
{
    if (activity.value(QStringLiteral("type")).toString()
        != QLatin1String("environment.backup.delete")) {
        return;
    }
    const QJsonObject parameters = activity.value(QStringLiteral("parameters")).toObject();
    auto backup
        = m_store.backup(project, parameters.value(QStringLiteral("source_environment")).toString(),
                         parameters.value(QStringLiteral("backup")).toString());
    if (backup) {
        backup->insert(QStringLiteral("status"), QStringLiteral("CREATED"));
        backup->insert(QStringLiteral("updated_at"), double(now));
        m_store.putBackup(project, *backup);
    }
}

} // namespace bc::sandbox
