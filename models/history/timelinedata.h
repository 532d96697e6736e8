#pragma once

#include "client/drilllog.h"
#include "client/types.h"

#include <QList>
#include <QString>

namespace bc {

// What the timeline shows for one project: its environments, their backups, and the activities
// that matter to backup history (failed backups, restores). Other activities are ignored.
struct TimelineData
{
    QList<Environment> environments;
    QList<Backup> backups; // of every environment, any order
    QList<Activity> activities; // any order; only failed backups and restores are used
    QList<DrillRecord>
        drills; // restore drills of this project (the local drill log); ended ones are shown

    static bool isFailedBackup(const Activity &activity);
    static bool isRestore(const Activity &activity);
    // The environment a failed backup ran on.
    static QString environmentOf(const Activity &activity);
};

} // namespace bc
