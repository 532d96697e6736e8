#include "activitycancelcommand.h"

#include "../console.h"
#include "client/apiclient.h"

namespace bc::cli {

void ActivityCancelCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The activity ID."));
}

QString ActivityCancelCommand::checkArguments(const Invocation &invocation) const
{
    if (invocation.positional().size() != 1)
        return tr("activity:cancel takes one activity ID.");
    return Command::checkArguments(invocation);
}

void ActivityCancelCommand::run()
{
    client()->activity(
        invocation().project(), invocation().positional().constFirst(), this,
        [this](Result<Activity> activity) {
            if (!activity.ok())
                return fail(activity.error());
            client()->cancelActivity(activity.value(), this, [this](Result<Activity> cancelled) {
                if (!cancelled.ok())
                    return fail(cancelled.error());
                Console::message(
                    tr("The activity %1 was cancelled (%2).").arg(cancelled->id, cancelled->state));
                succeed();
            });
        });
}

} // namespace bc::cli
