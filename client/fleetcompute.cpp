#include "fleetcompute.h"

#include <algorithm>

namespace bc {

bool FleetCompute::isBoardEnvironment(const Environment &environment, bool includeStaging)
{
    if (environment.type == QLatin1String("production")) {
        return true;
    }
    return includeStaging && environment.type == QLatin1String("staging");
}

namespace {

FleetRow baseRow(const ProjectRef &project, const Environment &environment)
{
    FleetRow row;
    row.projectId = project.id;
    row.projectTitle = project.title;
    row.region = project.region;
    row.environment = environment.id;
    row.environmentTitle = environment.title;
    row.type = environment.type;
    return row;
}

} // namespace

FleetRow FleetCompute::summaryRow(const ProjectRef &project, const Environment &environment,
                                  const QDateTime &now, std::chrono::hours staleAfter)
{
    FleetRow row = baseRow(project, environment);
    if (environment.lastBackupAt.isValid()) {
        row.lastBackupAt = environment.lastBackupAt.toUTC();
        row.ageSeconds = std::max<qint64>(0, row.lastBackupAt.secsTo(now));
    }
    row.detailed = !row.lastBackupAt.isValid();
    row.stale = isStale(row.ageSeconds, staleAfter);
    return row;
}

FleetRow FleetCompute::row(const ProjectRef &project, const Environment &environment,
                           const QList<Backup> &backups, const QDateTime &now,
                           std::chrono::hours staleAfter)
{
    FleetRow row = baseRow(project, environment);
    row.detailed = true;
    const QDateTime weekAgo = now.addDays(-7);
    for (const Backup &backup : backups) {
        if (backup.status == QLatin1String("DELETING") || !backup.createdAt.isValid()) {
            continue;
        }
        const QDateTime created = backup.createdAt.toUTC();
        if (!row.lastBackupAt.isValid() || created > row.lastBackupAt) {
            row.lastBackupAt = created;
        }
        if (backup.safe
            && (!row.lastConsistentBackupAt.isValid() || created > row.lastConsistentBackupAt)) {
            row.lastConsistentBackupAt = created;
        }
        row.backups.append({created, backup.safe, backup.restorable});
        if (backup.restorable && backup.status == QLatin1String("CREATED")) {
            ++row.restorePoints;
        }
        if (created > weekAgo && created <= now) {
            ++row.backups7d;
        }
        if (backup.expiresAt && backup.expiresAt->isValid() && *backup.expiresAt > now) {
            const QDateTime expiry = backup.expiresAt->toUTC();
            if (!row.nextExpiry.isValid() || expiry < row.nextExpiry) {
                row.nextExpiry = expiry;
            }
        }
    }
    std::stable_sort(
        row.backups.begin(), row.backups.end(),
        [](const FleetBackup &a, const FleetBackup &b) { return a.createdAt < b.createdAt; });
    if (row.lastBackupAt.isValid()) {
        row.ageSeconds = std::max<qint64>(0, row.lastBackupAt.secsTo(now));
    }
    row.stale = isStale(row.ageSeconds, staleAfter);
    return row;
}

bool FleetCompute::isStale(qint64 ageSeconds, std::chrono::hours staleAfter)
{
    return ageSeconds < 0 || ageSeconds > std::chrono::seconds(staleAfter).count();
}

void FleetCompute::sortByStaleness(QList<FleetRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const FleetRow &a, const FleetRow &b) {
        const bool aNever = a.ageSeconds < 0;
        const bool bNever = b.ageSeconds < 0;
        if (aNever != bNever) {
            return aNever;
        }
        if (a.ageSeconds != b.ageSeconds) {
            return a.ageSeconds > b.ageSeconds;
        }
        if (a.projectId != b.projectId) {
            return a.projectId < b.projectId;
        }
        return a.environment < b.environment;
    });
}

} // namespace bc
