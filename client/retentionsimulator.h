#pragma once

#include "retentionrules.h"
#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bc {

// What a policy does to one backup.
struct RetentionVerdict
{
    QString backupId;
    QDateTime createdAt;
    bool automated = false;
    bool restorable = false;
    bool keep = false;
    QString reason; // in the user's language
};

// What a policy does to the backups of one environment: every backup, newest first.
struct RetentionOutcome
{
    QList<RetentionVerdict> verdicts;
    int kept() const;
    int evicted() const;
};

// The next days under a policy, if automated backups keep coming at their usual time.
struct RetentionProjection
{
    struct Gap
    {
        QDateTime from;
        QDateTime to;
    };
    int days = 0;
    QDateTime until;
    int automatedTaken = 0; // automated backups the projection assumed
    int backups = 0; // kept at the end
    int restorePoints = 0; // of those, restorable
    int peakBackups = 0; // the most kept on any day
    QDateTime oldestRestorePoint; // invalid: none
    // Spans longer than 1.5 cadences without a restore point, newest first; the first may end at
    // `until` (the newest point ages) and starts invalid when there is no restore point at all.
    QList<Gap> gaps;
};

// Which backups a data_retention policy keeps (contract §5), without any I/O. Independent of the
// sandbox by design; it agrees with it on the manual quota (the newest manual_count manual
// backups stay) and on the interval grammar.
//
// Schedule rows are applied in order to the automated backups, newest first. A row "N×count"
// keeps the newest backup of each of the `count` most recent UTC calendar periods (N hours, N
// days, N ISO weeks, N calendar months, N years, counted from the epoch so buckets never move)
// that no backup kept by an earlier row already covers. Calendar periods, not ages, because an
// age-based bucket moves every day and would evict yesterday's choice.
class RetentionSimulator final
{
    Q_DECLARE_TR_FUNCTIONS(bc::RetentionSimulator)

public:
    static RetentionOutcome apply(const QList<Backup> &backups, const RetentionPolicy &policy);
    // The period index of a time for an interval; two times share a period iff equal.
    static qint64 period(const QDateTime &time, const IntervalSpec &spec);
    // Automated backups every cadence (the schedule's hourly row, else daily) at the time of day
    // of the newest one; manual backups are people's doing and are not invented.
    static RetentionProjection project(const QList<Backup> &backups, const RetentionPolicy &policy,
                                       const QDateTime &now, int days = 90);
    // Seconds between assumed automated backups: 0 when the schedule is empty.
    static qint64 cadence(const RetentionPolicy &policy);
};

} // namespace bc
