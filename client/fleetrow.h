#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <chrono>

namespace bc {

// One backup as the compliance report's timeline draws it.
struct FleetBackup
{
    QDateTime createdAt; // UTC
    bool safe = false; // consistent
    bool restorable = false;

    friend bool operator==(const FleetBackup &, const FleetBackup &) = default;
};

// One environment of the fleet board: the backup facts of one production (or staging)
// environment. Times are UTC; an invalid QDateTime means "none".
struct FleetRow
{
    QUuid accountId;
    QString accountLabel;
    QString projectId;
    QString projectTitle;
    QString region;
    QString environment; // environment id (= name)
    QString environmentTitle;
    QString type; // production | staging
    QDateTime lastBackupAt;
    QDateTime lastConsistentBackupAt;
    int backups7d = 0;
    QDateTime nextExpiry; // earliest expires_at still in the future
    bool stale = false;
    // Seconds since the last backup at the time of computing; -1 when there never was one.
    qint64 ageSeconds = -1;
    // Backups a restore can start from: status CREATED and restorable.
    int restorePoints = 0;
    // Every backup not being deleted, oldest first.
    QList<FleetBackup> backups;
    // Whether the fields from the backups listing (the consistent backup, the 7-day count, the
    // next expiry, the restore points, the backups) are known. A row made from the environment's
    // last_backup_at alone has its staleness but not these yet.
    bool detailed = false;

    friend bool operator==(const FleetRow &, const FleetRow &) = default;
};

// A part of the fleet that could not be loaded.
struct FleetError
{
    QString accountLabel;
    QString projectId; // empty when the project list itself failed
    QString environment; // empty unless the backups of one environment failed
    ApiError error;
};

struct FleetOptions
{
    std::chrono::hours staleAfter{24};
    bool includeStaging = false;
    // At most maxInFlight calls in flight across all API hosts, and at most maxPerHost on one
    // host, and no more than the host's clients have connections to it: 6 for a client with one
    // QNetworkAccessManager, 6 more for each read network it was given (the console and the CLI
    // give each client two, so 18).
    int maxInFlight = 36;
    int maxPerHost = 18;
    QDateTime now; // invalid: the current time when the load starts
};

} // namespace bc

Q_DECLARE_METATYPE(bc::FleetRow)
