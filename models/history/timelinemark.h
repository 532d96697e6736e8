#pragma once

#include <QDateTime>
#include <QPointF>
#include <QString>

namespace bc {

// One mark on the timeline: a backup, or a backup attempt that failed.
struct TimelineMark
{
    enum class Kind { Backup, FailedBackup, Drill };
    // What the mark's shape and colour tell (legend order).
    enum class Style {
        ConsistentManual,
        ConsistentAutomated,
        LiveManual,
        LiveAutomated,
        Failed,
        DrillPassed,
        DrillFailed
    };

    Kind kind = Kind::Backup;
    QString id; // backup id; for a failed backup the activity id; for a drill the drill id
    QString environment;
    QDateTime time; // created_at
    QDateTime expiresAt; // invalid: kept until deleted or replaced
    bool safe = false;
    bool automated = false;
    int source = -1; // index into TimelineData::backups, ::activities or ::drills
    int lane = -1;
    int row = 0; // stacking row inside the lane when marks overlap
    QPointF center; // in widget coordinates
    double barEndX = 0.0;

    Style style() const;
};

// A restore: from the restored backup to the lane of the environment it was restored into.
struct TimelineArrow
{
    QString activityId;
    QString backupId;
    int fromMark = -1; // index of the backup's mark; -1 when the backup is gone
    int fromLane = -1;
    int toLane = -1;
    QDateTime time;
    bool succeeded = false;
    QPointF from;
    QPointF to;
};

// A band: the 7-day guaranteed window across all lanes, or, in one lane, the time before the
// oldest backup that is still kept (every backup taken then has expired by now).
struct TimelineBand
{
    enum class Kind { Guaranteed, Expired };
    Kind kind = Kind::Guaranteed;
    double x0 = 0.0;
    double x1 = 0.0;
    int lane = -1; // -1: all lanes
};

} // namespace bc
