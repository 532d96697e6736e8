#include "scheduler.h"

#include "activityplan.h"
#include "clock.h"
#include "database.h"
#include "sandboxlog.h"
#include "store.h"

#include <QJsonArray>

namespace bc::sandbox {

namespace {
const QString kState = QStringLiteral("state");
const QString kPlan = QStringLiteral("plan");

QString firstEnvironment(const QJsonObject &activity)
{
    return activity.value(QStringLiteral("environments")).toArray().first().toString();
}
} // namespace

Scheduler::Scheduler(Database &db, Store &store, double timeScale, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_effects(store, timeScale)
    , m_timeScale(timeScale)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

qint64 Scheduler::modelTime(qint64 realMicros) const
{
    return qint64(double(realMicros) / m_timeScale);
}

void Scheduler::recover()
{
    Transaction transaction(m_db);
    const qint64 now = Clock::uniqueNow();
    for (auto [project, activity] : m_store.unfinishedActivities()) {
        finish(project, activity, QStringLiteral("complete"), QStringLiteral("failure"),
               QStringLiteral(
                   "The sandbox stopped while this activity was running; it did not finish."),
               now);
    }
    transaction.commit();
    wake();
}

QJsonObject Scheduler::create(const QString &project, QJsonObject activity)
{
    const qint64 now = Clock::uniqueNow();
    activity.insert(QStringLiteral("id"), m_ids.activityId());
    activity.insert(kState, QStringLiteral("pending"));
    activity.insert(QStringLiteral("result"), QJsonValue::Null);
    activity.insert(QStringLiteral("completion_percent"), 0);
    activity.insert(QStringLiteral("created_at"), double(now));
    activity.insert(QStringLiteral("updated_at"), double(now));
    activity.insert(QStringLiteral("started_at"), QJsonValue::Null);
    activity.insert(QStringLiteral("completed_at"), QJsonValue::Null);
    activity.insert(QStringLiteral("cancelled_at"), QJsonValue::Null);
    activity.insert(kPlan, ActivityPlan::forActivity(activity, m_ids));
    m_store.putActivity(project, activity);
    m_store.appendLog(activity.value(QStringLiteral("id")).toString(), now,
                      activity.value(QStringLiteral("text")).toString());
    m_active.insert(activity.value(QStringLiteral("id")).toString(), project);
    return activity;
}

void Scheduler::wake()
{
    if (!m_timer.isActive() && (!m_active.isEmpty() || m_evicting)) {
        m_timer.start();
    }
}

bool Scheduler::cancel(const QString &project, const QString &id)
{
    auto activity = m_store.activity(project, id);
    if (!activity
        || (activity->value(kState) != QLatin1String("pending")
            && activity->value(kState) != QLatin1String("in_progress"))) {
        return false;
    }
    Transaction transaction(m_db);
    const qint64 now = Clock::uniqueNow();
    activity->insert(QStringLiteral("cancelled_at"), double(now));
    finish(project, *activity, QStringLiteral("cancelled"), QStringLiteral("failure"),
           QStringLiteral("The activity was cancelled."), now);
    transaction.commit();
    return true;
}

void Scheduler::tick()
{
    const qint64 now = Clock::uniqueNow();
    Transaction transaction(m_db);
    const auto active = m_active;
    for (auto it = active.begin(); it != active.end(); ++it) {
        const auto activity = m_store.activity(it.value(), it.key());
        if (!activity
            || !(activity->value(kState) == QLatin1String("pending")
                 || activity->value(kState) == QLatin1String("in_progress"))) {
            m_active.remove(it.key());
            continue;
        }
        advance(it.value(), *activity, now);
    }
    if (m_evicting) {
        removeEvictedBackups(now);
    }
    transaction.commit();
    if (m_active.isEmpty() && !m_evicting) {
        m_timer.stop();
    }
}

void Scheduler::advance(const QString &project, QJsonObject activity, qint64 now)
{
    QJsonObject plan = activity.value(kPlan).toObject();
    const QString id = activity.value(QStringLiteral("id")).toString();
    bool changed = false;
    if (activity.value(kState) == QLatin1String("pending")) {
        const qint64 waited
            = modelTime(now - qint64(activity.value(QStringLiteral("created_at")).toDouble()));
        if (waited < qint64(plan.value(QStringLiteral("pending")).toDouble())) {
            return;
        }
        activity.insert(kState, QStringLiteral("in_progress"));
        activity.insert(QStringLiteral("started_at"), double(now));
        changed = true;
    }
    const qint64 run = qint64(plan.value(QStringLiteral("run")).toDouble());
    const qint64 elapsed
        = modelTime(now - qint64(activity.value(QStringLiteral("started_at")).toDouble()));
    const double fraction = qMin(1.0, double(elapsed) / double(qMax<qint64>(1, run)));
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    int next = plan.value(QStringLiteral("next_step")).toInt();
    while (next < steps.size()
           && steps.at(next).toObject().value(QStringLiteral("at")).toDouble() <= fraction) {
        m_store.appendLog(id, Clock::uniqueNow(),
                          steps.at(next).toObject().value(QStringLiteral("message")).toString());
        ++next;
        changed = true;
    }
    plan.insert(QStringLiteral("next_step"), next);
    if (plan.contains(QStringLiteral("pause_from"))) {
        const bool inPause = elapsed >= qint64(plan.value(QStringLiteral("pause_from")).toDouble())
            && elapsed < qint64(plan.value(QStringLiteral("pause_to")).toDouble());
        const bool paused = plan.value(QStringLiteral("paused")).toBool();
        if (inPause != paused) {
            plan.insert(QStringLiteral("paused"), inPause);
            setPaused(project, firstEnvironment(activity), inPause);
            changed = true;
        }
    }
    activity.insert(kPlan, plan);
    if (fraction >= 1.0) {
        activity = m_effects.succeed(project, activity, now);
        m_evicting = true;
        finish(project, activity, QStringLiteral("complete"), QStringLiteral("success"),
               QStringLiteral("Done."), now);
        return;
    }
    const int percent = qMin(99, int(fraction * 100));
    if (percent != activity.value(QStringLiteral("completion_percent")).toInt()) {
        activity.insert(QStringLiteral("completion_percent"), percent);
        changed = true;
    }
    if (changed) {
        activity.insert(QStringLiteral("updated_at"), double(now));
        m_store.putActivity(project, activity);
    }
}

void Scheduler::finish(const QString &project, QJsonObject &activity, const QString &state,
                       const QString &result, const QString &message, qint64 now)
{
    const QString id = activity.value(QStringLiteral("id")).toString();
    QJsonObject plan = activity.value(kPlan).toObject();
    if (plan.value(QStringLiteral("paused")).toBool()) {
        plan.insert(QStringLiteral("paused"), false);
        activity.insert(kPlan, plan);
        setPaused(project, firstEnvironment(activity), false);
    }
    if (result == QLatin1String("failure")) {
        m_effects.abandon(project, activity, now);
    }
    activity.insert(kState, state);
    activity.insert(QStringLiteral("result"), result);
    if (result == QLatin1String("success")) {
        activity.insert(QStringLiteral("completion_percent"), 100);
    }
    activity.insert(QStringLiteral("completed_at"), double(now));
    activity.insert(QStringLiteral("updated_at"), double(now));
    m_store.putActivity(project, activity);
    m_store.appendLog(id, Clock::uniqueNow(), message);
    m_active.remove(id);
    qCInfo(lcSandbox) << "activity" << id << activity.value(QStringLiteral("type")).toString()
                      << state << result;
}

void Scheduler::setPaused(const QString &project, const QString &environment, bool paused)
{
    auto env = m_store.environment(project, environment);
    if (!env) {
        return;
    }
    // The site's pause, not the lifecycle `status`: the environment stays active (and dirty).
    env->insert(QStringLiteral("site_held"), paused);
    m_store.putEnvironment(project, *env);
    if (paused) {
        Q_EMIT environmentPaused(project, environment);
    } else {
        // Queued: held requests are answered once the change is committed.
        QMetaObject::invokeMethod(
            this, [this, project, environment] { Q_EMIT environmentResumed(project, environment); },
            Qt::QueuedConnection);
    }
}

void Scheduler::removeEvictedBackups(qint64 now)
{
    const auto evicting = m_store.evictingBackups();
    for (const auto &[project, backup] : evicting) {
        if (qint64(backup.value(QStringLiteral("evict_at")).toDouble()) <= now) {
            m_store.removeBackup(backup.value(QStringLiteral("id")).toString());
        }
    }
    m_evicting = !evicting.isEmpty();
}

} // namespace bc::sandbox
