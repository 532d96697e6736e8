#pragma once

#include "activityeffects.h"
#include "ids.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace bc::sandbox {

class Database;
class Store;

// Runs activities: pending → in_progress → complete, with rising completion_percent and log
// lines, at --time-scale speed. Progress is derived from the stored timestamps, so the state in
// the database is always the truth; a consistent backup pauses its environment for a while.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    Scheduler(Database &db, Store &store, double timeScale, QObject *parent = nullptr);

    // After a crash: every activity that was running ends as a failure, saying why.
    void recover();
    // Fills id, state, times and plan of a new activity and stores it with its first log line.
    // The caller holds the transaction.
    QJsonObject create(const QString &project, QJsonObject activity);
    // Call after the transaction that created activities committed.
    void wake();
    // False when the activity is finished already.
    bool cancel(const QString &project, const QString &id);

Q_SIGNALS:
    void environmentPaused(const QString &project, const QString &environment);
    void environmentResumed(const QString &project, const QString &environment);

private:
    void tick();
    void advance(const QString &project, QJsonObject activity, qint64 now);
    void finish(const QString &project, QJsonObject &activity, const QString &state,
                const QString &result, const QString &message, qint64 now);
    void setPaused(const QString &project, const QString &environment, bool paused);
    void removeEvictedBackups(qint64 now);
    qint64 modelTime(qint64 realMicros) const;

    Database &m_db;
    Store &m_store;
    ActivityEffects m_effects;
    Ids m_ids;
    double m_timeScale;
    QTimer m_timer;
    QHash<QString, QString> m_active; // activity id → project
    bool m_evicting = true;
};

} // namespace bc::sandbox
