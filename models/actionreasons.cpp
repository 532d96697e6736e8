#include "actionreasons.h"

#include "client/backupexpiry.h"
#include "formatting.h"

namespace bc {

namespace {

QString notAdmin(const QString &environmentType)
{
    return ActionReasons::tr("You need the admin role on %1 environments.")
        .arg(Formatting::environmentType(environmentType));
}

} // namespace

QString ActionReasons::backup(const std::optional<Environment> &environment,
                              const std::optional<UserAccess> &access)
{
    if (!environment)
        return tr("Select an environment first.");
    if (environment->canBackup())
        return {};
    if (access && !access->isAdminFor(environment->type))
        return notAdmin(environment->type);
    if (environment->status == QLatin1String("inactive")
        || environment->status == QLatin1String("deleting"))
        return tr("The environment is %1, not active.")
            .arg(Formatting::environmentStatus(environment->status));
    // A lifecycle state (asleep after inactivity), not a running activity.
    if (environment->status == QLatin1String("paused"))
        return tr("The environment is paused; resume it before taking a backup.");
    if (environment->isDirty || environment->status == QLatin1String("dirty"))
        return tr("An activity is already running on this environment.");
    if (!access)
        return tr("Checking your access…");
    return tr("The server offers no backup of this environment now.");
}

QString ActionReasons::restore(const std::optional<Backup> &backup, const QString &environmentType,
                               const std::optional<UserAccess> &access)
{
    if (!backup)
        return tr("Select a backup first.");
    if (isExpired(*backup))
        return tr("This backup has expired and is about to be deleted: it cannot be restored.");
    if (backup->canRestore())
        return {};
    if (access && !access->isAdminFor(environmentType))
        return notAdmin(environmentType);
    if (backup->status == QLatin1String("DELETING"))
        return tr("This backup is being deleted.");
    if (!backup->restorable)
        return tr("This backup cannot be restored.");
    return tr("The server offers no restore of this backup.");
}

QString ActionReasons::deleteBackup(const std::optional<Backup> &backup,
                                    const QString &environmentType,
                                    const std::optional<UserAccess> &access)
{
    if (!backup)
        return tr("Select a backup first.");
    if (backup->canDelete())
        return {};
    if (access && !access->isAdminFor(environmentType))
        return notAdmin(environmentType);
    if (backup->status == QLatin1String("DELETING"))
        return tr("This backup is already being deleted.");
    return tr("The server offers no deletion of this backup.");
}

} // namespace bc
