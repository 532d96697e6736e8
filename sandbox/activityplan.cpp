#include "activityplan.h"

#include "clock.h"
#include "ids.h"

#include <QJsonArray>

namespace bc::sandbox {

namespace {

QJsonObject step(double at, const QString &message)
{
    return QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("message"), message}};
}

} // namespace

QJsonObject ActivityPlan::forActivity(const QJsonObject &activity, Ids &ids)
{
    const QString type = activity.value(QStringLiteral("type")).toString();
    const QJsonObject parameters = activity.value(QStringLiteral("parameters")).toObject();
    const QString env = activity.value(QStringLiteral("environments")).toArray().first().toString();
    QJsonObject plan{{QStringLiteral("pending"), double(2 * Clock::second)},
                     {QStringLiteral("next_step"), 0}};
    QJsonArray steps;
    qint64 run = 5 * Clock::second;
    if (type == QLatin1String("environment.backup")) {
        const bool safe = parameters.value(QStringLiteral("safe")).toBool(true);
        steps.append(
            step(0.0,
                 QStringLiteral("Creating a %1 backup of %2")
                     .arg(safe ? QStringLiteral("consistent") : QStringLiteral("live"), env)));
        if (safe) {
            const qint64 pauseFrom = 5 * Clock::second;
            const qint64 pause = ids.between(15, 30) * Clock::second;
            run = pauseFrom + pause + 10 * Clock::second;
            plan.insert(QStringLiteral("pause_from"), double(pauseFrom));
            plan.insert(QStringLiteral("pause_to"), double(pauseFrom + pause));
            steps.append(step(double(pauseFrom) / double(run),
                              QStringLiteral("Pausing the environment for a consistent snapshot")));
            steps.append(step(double(pauseFrom + pause) / double(run),
                              QStringLiteral("Snapshot taken; resuming the environment")));
        } else {
            run = 20 * Clock::second;
            steps.append(step(0.3, QStringLiteral("Taking a live snapshot of the volumes")));
        }
        steps.append(step(0.9, QStringLiteral("Uploading the backup")));
        plan.insert(QStringLiteral("backup_id"), ids.backupId());
    } else if (type == QLatin1String("environment.restore")) {
        run = 40 * Clock::second;
        steps.append(step(0.0,
                          QStringLiteral("Restoring backup %1 into %2")
                              .arg(parameters.value(QStringLiteral("backup")).toString(), env)));
        steps.append(step(0.3, QStringLiteral("Downloading the backup")));
        steps.append(step(0.6, QStringLiteral("Restoring the volumes")));
        steps.append(step(0.9, QStringLiteral("Redeploying the environment")));
    } else if (type == QLatin1String("environment.backup.delete")) {
        steps.append(step(0.0,
                          QStringLiteral("Deleting backup %1")
                              .arg(parameters.value(QStringLiteral("backup")).toString())));
    } else {
        const QString verb = type.mid(type.lastIndexOf(QLatin1Char('.')) + 1);
        steps.append(step(0.0, QStringLiteral("Environment %1: %2 started").arg(env, verb)));
        steps.append(step(0.8, QStringLiteral("Environment %1: %2 almost done").arg(env, verb)));
    }
    plan.insert(QStringLiteral("run"), double(run));
    plan.insert(QStringLiteral("steps"), steps);
    return plan;
}

} // namespace bc::sandbox
