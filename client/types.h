#pragma once

#include "links.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

// Relations of `_links` that gate actions (contract §4).
namespace Rel {
inline constexpr char Self[] = "self";
inline constexpr char Backup[] = "#backup";
inline constexpr char Restore[] = "#restore";
inline constexpr char Delete[] = "#delete";
inline constexpr char Cancel[] = "#cancel";
inline constexpr char Deactivate[] = "#deactivate";
inline constexpr char Log[] = "log";
} // namespace Rel

struct UserInfo
{
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QStringList roles; // "support" for support staff; empty otherwise
    QString displayName() const; // "First Last", else username, else email
    bool isSupportStaff() const { return roles.contains(QStringLiteral("support")); }
};

// A project as listed by ref/projects (or the deprecated /me): the summary the project list needs.
struct ProjectRef
{
    QString id;
    QString title;
    QString region;
    QString regionLabel;
    QString status; // plain string here, e.g. "active"
    QString organizationId;
    QString vendor;
    QStringList permissions; // project level from extended-access: admin, contributor, viewer
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isLegacyRegion() const;
};

struct Project
{
    QString id;
    QString title;
    QString region;
    QString defaultBranch;
    QString timezone;
    QString status; // status.code ("provisioned"), or the plain string
    QString statusMessage; // status.message when the server sends an object
    QString organizationId;
    QString plan;
    // subscription.environments: how many environments besides production the plan allows
    // (empty when not said).
    std::optional<int> environmentQuota;
    bool suspended = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    Links links;
    bool isLegacyRegion() const;
};

// Roles of one user in one project, per environment type ("production:admin" ...).
struct UserAccess
{
    QString userId;
    QStringList permissions;
    QString roleFor(const QString &environmentType) const; // "admin", "contributor", "viewer" or ""
    bool isAdminFor(const QString &environmentType) const;
};

struct Environment
{
    QString id;
    QString name;
    QString machineName;
    QString title;
    QString type; // production | staging | development
    QString parent; // empty when none
    QString status; // active | inactive | paused | dirty | deleting
    bool isMain = false;
    bool isDirty = false;
    QString headCommit;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastBackupAt;
    QString project;
    // deployment_state: whether the last deployment succeeded (empty: never deployed, or not
    // said) and why it failed.
    std::optional<bool> lastDeploymentSucceeded;
    QString lastDeploymentFailure;
    Links links;
    bool canBackup() const { return links.has(QLatin1String(Rel::Backup)); }
};

struct Backup
{
    QString id;
    QString environment;
    QString status; // CREATED | DELETING
    bool safe = false;
    bool automated = false;
    std::optional<qint64> index;
    bool restorable = false;
    QString commitId;
    QString deployment;
    qint64 sizeOfVolumes = 0;
    qint64 sizeUsed = 0; // bytes
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> expiresAt; // empty = kept until deleted or replaced
    Links links;
    bool canRestore() const { return links.has(QLatin1String(Rel::Restore)); }
    bool canDelete() const { return links.has(QLatin1String(Rel::Delete)); }
};

struct Activity
{
    QString id;
    QString type;
    QString project;
    QStringList environments;
    QString state; // pending | in_progress | complete | cancelled | scheduled | staged
    QString result; // success | failure | "" while running
    QString failureReason; // error | shell | "" (the spec's failure_reason); others as sent
    QHash<QString, double> timings; // seconds per phase, e.g. "wait", "execute"
    int completionPercent = 0;
    QDateTime createdAt;
    QString createdAtText; // created_at exactly as sent (microseconds): the paging cursor
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime cancelledAt;
    QString description; // HTML-ish
    QString text; // plain words
    QJsonObject parameters;
    QJsonObject payload;
    Links links;
    // The support ticket this console sent the restore for: never in an API body (the spec has
    // no such field), so it is kept here, in the audit log and in the activity's text.
    QString supportTicket;

    bool isFinished() const; // contract §4
    bool isSuccess() const { return isFinished() && result == QLatin1String("success"); }
    bool canCancel() const { return links.has(QLatin1String(Rel::Cancel)); }
    // Typed views of the payload; empty when absent.
    QString backupName() const;
    QString sourceEnvironment() const;
    QString targetEnvironment() const; // payload.environment.id (or a plain string)
    QString branchFrom() const;
    QString userId() const;
    QString userDisplayName() const;
    QString
    onBehalfOf() const; // display name (or id) of the project owner a support user acted for
    QString ticket() const;
    std::optional<bool> safe() const;
};

struct LogLine
{
    QString id;
    QDateTime timestamp;
    QString message;
};

struct RetentionInterval
{
    QString interval; // "1d", "1w", "1M" ... units h d w M y
    int count = 0;
    friend bool operator==(const RetentionInterval &, const RetentionInterval &) = default;
};

struct RetentionPolicy
{
    std::optional<int> maxBackups;
    int manualCount = 0;
    QList<RetentionInterval> schedule;
    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

// Project settings `data_retention`, keyed by environment type.
struct DataRetention
{
    QMap<QString, RetentionPolicy> byType;
    friend bool operator==(const DataRetention &, const DataRetention &) = default;
};

// GET /projects/{id}/capabilities: only what the console gates on.
struct ProjectCapabilities
{
    bool dataRetentionEnabled = false; // data_retention.enabled: the policy may be changed
};

// What an action (POST/PATCH/DELETE) answered: its activities (contract §6).
struct Accepted
{
    QList<Activity> activities;
    std::optional<Activity> mainActivity() const; // first whose type is not integration.*
};

// Restore input (contract §5); only what is set is sent.
struct RestoreRequest
{
    std::optional<QString> environmentName; // target; unset or the backup's own = in place
    std::optional<QString> branchFrom;
    std::optional<bool> restoreCode;
    std::optional<bool> restoreResources;
    std::optional<QString> resourcesInit; // backup | parent | default | minimum
    std::optional<QString> ticket; // support restores
};

// Filters of the activity list (contract §6); empty = not sent.
struct ActivityQuery
{
    QString environment; // set: the environment-level list
    QStringList types;
    QStringList states;
    QStringList results;
    QDateTime startsAt; // strictly before; for paging newest-first
    int count = 0; // 0 = server default (25), at most 100
    QString startsAtText; // exact server timestamp; wins over startsAt (QDateTime keeps only ms)

    // The next (older) page after the oldest activity of this one.
    void pageAfter(const Activity &oldest)
    {
        startsAt = oldest.createdAt;
        startsAtText = oldest.createdAtText;
    }
};

} // namespace bc

Q_DECLARE_METATYPE(bc::Activity)
Q_DECLARE_METATYPE(bc::LogLine)
Q_DECLARE_METATYPE(bc::Backup)
Q_DECLARE_METATYPE(bc::Environment)
