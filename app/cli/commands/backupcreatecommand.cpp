#include "backupcreatecommand.h"

#include "../console.h"
#include "client/apiclient.h"

namespace bc::cli {

BackupCreateCommand::BackupCreateCommand(QObject *parent)
    : Command(parent)
    , m_live(QStringLiteral("live"),
             tr("Take a live backup: the environment keeps running, the backup may be less "
                "consistent."))
{ }

void BackupCreateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_live);
}

QString BackupCreateCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("backup:create takes no arguments.");
    return Command::checkArguments(invocation);
}

void BackupCreateCommand::run()
{
    const bool live = invocation().isSet(m_live);
    withEnvironment([this, live](const QString &environmentId) {
        client()->environment(invocation().project(), environmentId, this,
                              [this, live](Result<Environment> environment) {
                                  if (!environment.ok())
                                      return fail(environment.error());
                                  create(environment.value(), live);
                              });
    });
}

void BackupCreateCommand::create(const Environment &environment, bool live)
{
    auto send = [this, environment, live] {
        client()->createBackup(environment, !live, this,
                               [this, name = environment.name](Result<Activity> activity) {
                                   if (!activity.ok())
                                       return fail(activity.error());
                                   accepted(activity.value(), name);
                               });
    };
    if (live)
        return send();
    // A consistent backup pauses the environment: that is what the question is about. Check
    // the link first so that a refusal is not preceded by a pointless question.
    if (!environment.canBackup())
        return send();
    confirm(tr("A consistent backup of %1 (project %2) pauses the environment while it is taken.")
                .arg(environment.name, invocation().project()),
            send);
}

void BackupCreateCommand::accepted(const Activity &activity, const QString &environment)
{
    if (!invocation().wait()) {
        Console::message(tr("Backup of %1 requested (activity %2).").arg(environment, activity.id));
        Console::out(activity.id + QLatin1Char('\n'));
        return succeed();
    }
    waitFor(activity, [this, environment](const Activity &done) {
        if (!done.isSuccess())
            return refuse(
                tr("The backup of %1 failed (%2, %3).").arg(environment, done.state, done.result));
        Console::message(tr("Backup of %1 created.").arg(environment));
        Console::out(done.backupName() + QLatin1Char('\n'));
        succeed();
    });
}

} // namespace bc::cli
