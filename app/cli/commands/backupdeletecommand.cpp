#include "backupdeletecommand.h"

#include "../console.h"
#include "client/apiclient.h"
#include "client/timeformat.h"

namespace bc::cli {

void BackupDeleteCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The backup ID."));
}

QString BackupDeleteCommand::checkArguments(const Invocation &invocation) const
{
    if (invocation.positional().size() != 1)
        return tr("backup:delete takes one backup ID.");
    return Command::checkArguments(invocation);
}

void BackupDeleteCommand::run()
{
    const QString id = invocation().positional().constFirst();
    withEnvironment([this, id](const QString &environment) {
        client()->backup(invocation().project(), environment, id, this,
                         [this](Result<Backup> backup) {
                             if (!backup.ok())
                                 return fail(backup.error());
                             remove(backup.value());
                         });
    });
}

void BackupDeleteCommand::remove(const Backup &backup)
{
    auto send = [this, backup] {
        client()->deleteBackup(backup, this, [this, backup](Result<Activity> activity) {
            if (!activity.ok())
                return fail(activity.error());
            if (!invocation().wait()) {
                Console::message(tr("Deletion of the backup %1 requested (activity %2).")
                                     .arg(backup.id, activity->id));
                Console::out(activity->id + QLatin1Char('\n'));
                return succeed();
            }
            waitFor(activity.value(), [this, backup](const Activity &done) {
                if (!done.isSuccess())
                    return refuse(tr("Deleting the backup %1 failed (%2, %3).")
                                      .arg(backup.id, done.state, done.result));
                Console::message(tr("The backup %1 was deleted.").arg(backup.id));
                succeed();
            });
        });
    };
    if (!backup.canDelete())
        return send(); // the client refuses with the reason; nothing to confirm
    confirm(tr("The backup %1 of %2 (created %3) will be deleted for good.")
                .arg(backup.id, backup.environment, TimeFormat::shortForm(backup.createdAt)),
            send);
}

} // namespace bc::cli
