#include "retentionsimulatecommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "client/apiclient.h"
#include "client/retentiontext.h"

namespace bc::cli {

void RetentionSimulateCommand::run()
{
    withEnvironment([this](const QString &environmentId) {
        const QString project = invocation().project();
        client()->environment(
            project, environmentId, this, [this, project](Result<Environment> env) {
                if (!env.ok())
                    return fail(env.error());
                client()->retention(project, this,
                                    [this, env = env.value()](Result<DataRetention> retention) {
                                        if (!retention.ok())
                                            return fail(retention.error());
                                        const auto policy = retention->byType.constFind(env.type);
                                        if (policy == retention->byType.cend())
                                            return refuse(tr("The project has no retention policy "
                                                             "for %1 environments.")
                                                              .arg(env.type),
                                                          NotFound);
                                        simulate(env, *policy);
                                    });
            });
    });
}

void RetentionSimulateCommand::simulate(const Environment &environment,
                                        const RetentionPolicy &policy)
{
    client()->backups(invocation().project(), environment.id, this,
                      [this, environment, policy](Result<QList<Backup>> backups) {
                          if (!backups.ok())
                              return fail(backups.error());
                          Console::out(tr("Policy for %1 environments: %2")
                                           .arg(environment.type, RetentionText::policy(policy))
                                       + u'\n');
                          const QStringList problems = RetentionRules::problems(policy);
                          for (const QString &problem : problems)
                              Console::message(problem);
                          Console::out(RetentionText::outcome(
                              RetentionSimulator::apply(backups.value(), policy)));
                          Console::out(RetentionText::projection(RetentionSimulator::project(
                              backups.value(), policy, QDateTime::currentDateTimeUtc())));
                          succeed();
                      });
}

} // namespace bc::cli
