#include "backuprestorecommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "../lineprompt.h"
#include "client/apiclient.h"

#include <memory>

namespace bc::cli {

namespace {

// What the plan is made of, fetched in parallel; the first error ends the
// command.
struct Gathering
{
    RestoreInput input;
    QString backupId;
    int pending = 5;
    bool failed = false;
};

} // namespace

BackupRestoreCommand::BackupRestoreCommand(QObject *parent)
    : Command(parent)
    , m_target(QStringLiteral("target"),
               tr("The environment to restore to (default: "
                  "the backup's own environment)."),
               tr("ENV"))
    , m_branchFrom(QStringLiteral("branch-from"),
                   tr("Create the target as a new branch of this environment first."), tr("PARENT"))
    , m_noCode(QStringLiteral("no-code"), tr("Restore the data only; keep the target's code."))
    , m_noResources(QStringLiteral("no-resources"), tr("Keep the target's resource sizing."))
    , m_resourcesInit(QStringLiteral("resources-init"),
                      tr("Sizing of containers the restore creates: backup, "
                         "parent, default or "
                         "minimum."),
                      tr("INIT"))
    , m_ticket(QStringLiteral("ticket"), tr("Support staff: the ticket reference of the request."),
               tr("TICKET"))
    , m_confirmProject(QStringLiteral("confirm-project"),
                       tr("Support staff: the customer's project ID typed "
                          "again, to confirm it."),
                       tr("PROJECT"))
{ }

void BackupRestoreCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_target, m_branchFrom, m_noCode, m_noResources, m_resourcesInit, m_ticket,
                       m_confirmProject});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The backup ID (default: the newest restorable backup)."),
                                 QStringLiteral("[ID]"));
}

QString BackupRestoreCommand::checkArguments(const Invocation &invocation) const
{
    if (invocation.positional().size() > 1)
        return tr("Too many arguments: give at most one backup ID.");
    const QString init = invocation.value(m_resourcesInit);
    if (!init.isEmpty() && !RestorePlan::resourcesInitValues().contains(init))
        return tr("Unknown --resources-init: %1 (use %2).")
            .arg(init, RestorePlan::resourcesInitValues().join(QLatin1String(", ")));
    if (invocation.isSet(m_branchFrom) && !invocation.isSet(m_target))
        return tr("--branch-from needs --target: the name of the new environment.");
    return Command::checkArguments(invocation);
}

void BackupRestoreCommand::run()
{
    withEnvironment([this](const QString &environment) { gather(environment); });
}

void BackupRestoreCommand::gather(const QString &environment)
{
    const Invocation &inv = invocation();
    const QString project = inv.project();
    auto g = std::make_shared<Gathering>();
    g->backupId = inv.positional().value(0);
    g->input.target = RestoreTarget::fromFlags(inv.value(m_target), inv.value(m_branchFrom));
    g->input.options.restoreCode = !inv.isSet(m_noCode);
    g->input.options.restoreResources = !inv.isSet(m_noResources);
    g->input.options.resourcesInit = inv.value(m_resourcesInit);
    g->input.options.ticket = inv.value(m_ticket);
    // Typed again, apart from -p: the plan compares it with the project that -p
    // found.
    g->input.options.confirmedProjectId = inv.value(m_confirmProject);

    auto done = [this, g](const std::optional<ApiError> &error) {
        if (g->failed)
            return;
        if (error) {
            g->failed = true;
            return fail(*error);
        }
        if (--g->pending == 0)
            plan(g->input);
    };
    auto keep = [done](auto &slot) {
        return [done, &slot](auto result) {
            if (!result.ok())
                return done(result.error());
            slot = result.value();
            done(std::nullopt);
        };
    };
    ApiClient *api = client();
    api->project(project, this, keep(g->input.project));
    api->environments(project, this, keep(g->input.environments));
    api->me(this, keep(g->input.user));
    api->userAccess(project, this, keep(g->input.access));
    if (!g->backupId.isEmpty()) {
        api->backup(project, environment, g->backupId, this, keep(g->input.backup));
        return;
    }
    api->backups(project, environment, this,
                 [this, g, done, environment](Result<QList<Backup>> backups) {
                     if (!backups.ok())
                         return done(backups.error());
                     for (const Backup &backup : backups.value()) {
                         if (backup.restorable && backup.status == QLatin1String("CREATED")) {
                             g->input.backup = backup;
                             return done(std::nullopt);
                         }
                     }
                     if (!g->failed) {
                         g->failed = true;
                         refuse(tr("The environment %1 has no restorable backup.").arg(environment),
                                NotFound);
                     }
                 });
}

void BackupRestoreCommand::plan(const RestoreInput &input)
{
    const RestorePlan restorePlan(input);
    if (restorePlan.hasProblem(RestoreProblem::Code::ProjectNotConfirmed))
        return refuse(tr("%1\nNothing was changed: pass --confirm-project with the "
                         "customer's "
                         "project ID.")
                          .arg(restorePlan.problemText()));
    if (!restorePlan.isValid())
        return refuse(restorePlan.problemText());
    confirmAndSend(restorePlan);
}

void BackupRestoreCommand::confirmAndSend(const RestorePlan &plan)
{
    const QString summary = tr("Restore the backup %1 of %2 to %3:")
                                .arg(plan.input().backup.id, plan.sourceName(), plan.targetName())
        + QLatin1String("\n  ") + plan.factTexts().join(QLatin1String("\n  "));
    if (!plan.requiresTypedConfirmation() || invocation().yes())
        return confirm(summary, [this, plan] { send(plan); });
    if (!Console::stdinIsTerminal())
        return refuse(tr("%1\nNothing was changed: this needs a confirmation, and "
                         "standard input "
                         "is not a terminal. Pass --yes to confirm.")
                          .arg(summary));
    // A production target: the name typed again, as in the dialog.
    Console::message(summary);
    auto *prompt = new LinePrompt(this);
    connect(prompt, &LinePrompt::answered, this, [this, prompt, plan](const QString &typed) {
        prompt->deleteLater();
        if (!plan.isConfirmedBy(typed))
            return refuse(tr("Cancelled: nothing was changed."));
        send(plan);
    });
    prompt->ask(tr("Type %1 to confirm: ").arg(plan.confirmationWord()));
}

void BackupRestoreCommand::send(const RestorePlan &plan)
{
    const QString backupId = plan.input().backup.id;
    const QString target = plan.targetName();
    if (plan.isSupportRestore()) {
        // Written before anything is sent: an entry exists even if the command dies
        // mid-way.
        AuditEntry entry = AuditEntry::fromPlan(plan);
        AuditLog log;
        if (!log.append(entry))
            return refuse(tr("%1\nNothing was changed: a support restore needs its "
                             "audit entry.")
                              .arg(log.errorString()));
        m_audit = entry;
    }
    client()->restoreBackup(
        plan.input().backup, plan.request(), this,
        [this, backupId, target](Result<Activity> activity) {
            if (!activity.ok()) {
                // Without an answer (a dropped connection, a server that died) the restore may
                // have started all the same: the audit entry keeps its outcome unknown.
                if (activity.error().leavesOutcomeUnknown()) {
                    Console::message(tr("The restore may have started all the same; check it "
                                        "with:\n  backup-console activities -p %1 -e %2")
                                         .arg(invocation().project(), target));
                    return fail(activity.error());
                }
                audit({}, QStringLiteral("refused"));
                return fail(activity.error());
            }
            audit({activity->id}, QString());
            if (!invocation().wait()) {
                Console::message(tr("Restore of the backup %1 to %2 requested (activity %3).")
                                     .arg(backupId, target, activity->id));
                Console::out(activity->id + QLatin1Char('\n'));
                return succeed();
            }
            waitFor(activity.value(), [this, backupId, target](const Activity &done) {
                audit({done.id},
                      done.isSuccess() ? QStringLiteral("success") : QStringLiteral("failure"));
                if (!done.isSuccess())
                    return refuse(tr("The restore of %1 to %2 failed (%3, %4).")
                                      .arg(backupId, target, done.state, done.result));
                Console::message(tr("The backup %1 was restored to %2.").arg(backupId, target));
                succeed();
            });
        });
}

void BackupRestoreCommand::audit(const QStringList &activityIds, const QString &outcome)
{
    if (!m_audit)
        return;
    AuditLog log;
    if (!log.update(*m_audit, activityIds, outcome)) {
        Console::message(log.errorString());
        return;
    }
    for (const QString &id : activityIds) {
        if (!m_audit->activityIds.contains(id))
            m_audit->activityIds.append(id);
    }
    m_audit->outcome = outcome;
}

} // namespace bc::cli
