#pragma once

#include "fleetrow.h"
#include "types.h"

#include <QDateTime>
#include <QList>

#include <chrono>

namespace bc {

// The fleet board's arithmetic, free of any I/O so it can be checked row by row.
class FleetCompute final
{
public:
    // Whether an environment belongs on the board.
    static bool isBoardEnvironment(const Environment &environment, bool includeStaging);
    // The facts of one environment from its backups (any order). Backups being deleted
    // (status DELETING) do not count: they cannot be restored any more. Restore points are the
    // CREATED backups that say they are restorable.
    static FleetRow row(const ProjectRef &project, const Environment &environment,
                        const QList<Backup> &backups, const QDateTime &now,
                        std::chrono::hours staleAfter);
    // The row from the environment alone: its staleness from last_backup_at, no details yet
    // (detailed only when it was never backed up: there is nothing more to know).
    static FleetRow summaryRow(const ProjectRef &project, const Environment &environment,
                               const QDateTime &now, std::chrono::hours staleAfter);
    // Whether a last backup `ageSeconds` old (-1: never) is stale.
    static bool isStale(qint64 ageSeconds, std::chrono::hours staleAfter);
    // Most stale first: never backed up, then the oldest last backup; ties by project, environment.
    static void sortByStaleness(QList<FleetRow> &rows);
};

} // namespace bc
