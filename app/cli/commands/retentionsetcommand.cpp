#include "retentionsetcommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "client/apiclient.h"
#include "client/retentionrules.h"
#include "client/retentionsimulator.h"
#include "client/retentiontext.h"

namespace bc::cli {

RetentionSetCommand::RetentionSetCommand(QObject *parent)
    : Command(parent)
    , m_manual(QStringLiteral("manual"), tr("How many manual backups are kept."), tr("N"))
    , m_schedule(QStringLiteral("schedule"),
                 tr("The schedule rows, INTERVAL:COUNT separated by commas, e.g. 1d:7,1w:4,1M:12 "
                    "(units h d w M y); an empty value removes every row."),
                 tr("ROWS"))
    , m_max(QStringLiteral("max"), tr("The most backups kept in all, or none for no limit."),
            tr("N"))
{ }

void RetentionSetCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_manual, m_schedule, m_max});
}

QString RetentionSetCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("retention:set takes no arguments.");
    if (!invocation.isSet(m_manual) && !invocation.isSet(m_schedule) && !invocation.isSet(m_max))
        return tr("Nothing to change: give --manual, --schedule or --max.");
    QString error;
    if (!edited(invocation, RetentionPolicy{}, &error))
        return error;
    return Command::checkArguments(invocation);
}

std::optional<RetentionPolicy> RetentionSetCommand::edited(const Invocation &inv,
                                                           const RetentionPolicy &current,
                                                           QString *error) const
{
    RetentionPolicy policy = current;
    if (inv.isSet(m_manual)) {
        bool ok = false;
        policy.manualCount = inv.value(m_manual).toInt(&ok);
        if (!ok) {
            *error = tr("--manual needs a whole number, not %1.").arg(inv.value(m_manual));
            return std::nullopt;
        }
    }
    if (inv.isSet(m_max)) {
        const QString max = inv.value(m_max).trimmed();
        bool ok = false;
        if (max == QLatin1String("none")) {
            policy.maxBackups.reset();
        } else if (const int value = max.toInt(&ok); ok) {
            policy.maxBackups = value;
        } else {
            *error = tr("--max needs a whole number or none, not %1.").arg(max);
            return std::nullopt;
        }
    }
    if (inv.isSet(m_schedule)) {
        policy.schedule.clear();
        for (const QString &row : inv.value(m_schedule).split(u',', Qt::SkipEmptyParts)) {
            const QStringList parts = row.trimmed().split(u':');
            bool ok = false;
            const int count = parts.value(1).toInt(&ok);
            if (parts.size() != 2 || !ok || parts.first().isEmpty()) {
                *error = tr("A schedule row is INTERVAL:COUNT, e.g. 1d:7; not %1.").arg(row);
                return std::nullopt;
            }
            policy.schedule.append({parts.first(), count});
        }
    }
    return policy;
}

void RetentionSetCommand::run()
{
    withEnvironment([this](const QString &environmentId) {
        const QString project = invocation().project();
        client()->capabilities(
            project, this,
            [this, project, environmentId](Result<ProjectCapabilities> capabilities) {
                if (!capabilities.ok())
                    return fail(capabilities.error());
                if (!capabilities->dataRetentionEnabled)
                    return refuse(tr("The plan of %1 does not let its retention policy be changed "
                                     "(capabilities: data_retention is not enabled).")
                                      .arg(project));
                client()->environment(
                    project, environmentId, this, [this, project](Result<Environment> env) {
                        if (!env.ok())
                            return fail(env.error());
                        client()->retention(
                            project, this,
                            [this, env = env.value()](Result<DataRetention> retention) {
                                if (!retention.ok())
                                    return fail(retention.error());
                                QString error;
                                const std::optional<RetentionPolicy> policy = edited(
                                    invocation(), retention->byType.value(env.type), &error);
                                if (!policy)
                                    return refuse(error, Usage);
                                simulateAndSave(env, *policy);
                            });
                    });
            });
    });
}

void RetentionSetCommand::simulateAndSave(const Environment &environment,
                                          const RetentionPolicy &policy)
{
    const QStringList problems = RetentionRules::problems(policy);
    if (!problems.isEmpty())
        return refuse(tr("The policy is not valid; nothing was sent:\n%1")
                          .arg(problems.join(QLatin1Char('\n'))));
    client()->backups(
        invocation().project(), environment.id, this,
        [this, environment, policy](Result<QList<Backup>> backups) {
            if (!backups.ok())
                return fail(backups.error());
            // The simulator's picture first, then the question.
            Console::out(tr("New policy for %1 environments: %2")
                             .arg(environment.type, RetentionText::policy(policy))
                         + u'\n');
            Console::out(
                RetentionText::outcome(RetentionSimulator::apply(backups.value(), policy)));
            Console::out(RetentionText::projection(RetentionSimulator::project(
                backups.value(), policy, QDateTime::currentDateTimeUtc())));
            const QString question = tr("Change the retention policy of %1 environments in %2?")
                                         .arg(environment.type, invocation().project());
            confirm(question, [this, environment, policy] {
                DataRetention change;
                change.byType.insert(environment.type, policy);
                client()->setRetention(
                    invocation().project(), change, this,
                    [this, environment](Result<Accepted> accepted) {
                        if (!accepted.ok())
                            return fail(accepted.error());
                        Console::message(tr("The retention policy of %1 environments was changed.")
                                             .arg(environment.type));
                        succeed();
                    });
            });
        });
}

} // namespace bc::cli
