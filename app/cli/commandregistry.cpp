#include "commandregistry.h"

#include "command.h"
#include "commands/accountaddcommand.h"
#include "commands/accountlistcommand.h"
#include "commands/accountremovecommand.h"
#include "commands/activitiescommand.h"
#include "commands/activitycancelcommand.h"
#include "commands/activitylogcommand.h"
#include "commands/auditcommand.h"
#include "commands/backupcreatecommand.h"
#include "commands/backupdeletecommand.h"
#include "commands/backupgetcommand.h"
#include "commands/backuprestorecommand.h"
#include "commands/backupscommand.h"
#include "commands/compliancecommand.h"
#include "commands/drillcommand.h"
#include "commands/environmentscommand.h"
#include "commands/fleetcommand.h"
#include "commands/projectscommand.h"
#include "commands/retentionsetcommand.h"
#include "commands/retentionsimulatecommand.h"

namespace bc::cli {

QList<Command *> CommandRegistry::createAll(QObject *parent)
{
    return {new ProjectsCommand(parent),
            new EnvironmentsCommand(parent),
            new BackupsCommand(parent),
            new BackupGetCommand(parent),
            new BackupCreateCommand(parent),
            new BackupDeleteCommand(parent),
            new BackupRestoreCommand(parent),
            new ActivitiesCommand(parent),
            new ActivityLogCommand(parent),
            new ActivityCancelCommand(parent),
            new AccountAddCommand(parent),
            new AccountListCommand(parent),
            new AccountRemoveCommand(parent),
            new FleetCommand(parent),
            new RetentionSimulateCommand(parent),
            new RetentionSetCommand(parent),
            new DrillCommand(parent),
            new AuditCommand(parent),
            new ComplianceCommand(parent)};
}

Command *CommandRegistry::find(const QList<Command *> &commands, const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    for (Command *command : commands) {
        if (command->name() == name || command->aliases().contains(name))
            return command;
    }
    return nullptr;
}

} // namespace bc::cli
