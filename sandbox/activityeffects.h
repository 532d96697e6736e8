#pragma once

#include <QJsonObject>
#include <QString>

namespace bc::sandbox {

class Ids;
class Store;

// What a finished activity does to the data: a backup appears (and old manual ones are evicted),
// a restore replaces the target's data set, a delete removes the backup. Abandoning (failure or
// cancel) undoes what the request had already marked.
class ActivityEffects final
{
public:
    ActivityEffects(Store &store, double timeScale);

    // Returns the activity with its payload completed (e.g. backup_name).
    QJsonObject succeed(const QString &project, QJsonObject activity, qint64 now);
    void abandon(const QString &project, const QJsonObject &activity, qint64 now);

private:
    QJsonObject createBackup(const QString &project, QJsonObject activity, qint64 now);
    void evictManualBackups(const QJsonObject &project, const QString &env, qint64 now);
    void restore(const QString &project, const QJsonObject &activity, qint64 now);
    // Pause, resume, deactivate and delete of an environment.
    void lifecycle(const QString &project, const QJsonObject &activity, qint64 now);

    Store &m_store;
    double m_timeScale;
};

} // namespace bc::sandbox
