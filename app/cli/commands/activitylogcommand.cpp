#include "activitylogcommand.h"

#include "../console.h"
#include "client/apiclient.h"
#include "client/logstream.h"

namespace bc::cli {

ActivityLogCommand::ActivityLogCommand(QObject *parent)
    : Command(parent)
    , m_timestamps({QStringLiteral("t"), QStringLiteral("timestamps")},
                   tr("Start each line with its time (UTC)."))
{ }

void ActivityLogCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_timestamps);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The activity ID."));
}

QString ActivityLogCommand::checkArguments(const Invocation &invocation) const
{
    if (invocation.positional().size() != 1)
        return tr("activity:log takes one activity ID.");
    return Command::checkArguments(invocation);
}

void ActivityLogCommand::run()
{
    client()->activity(invocation().project(), invocation().positional().constFirst(), this,
                       [this](Result<Activity> activity) {
                           if (!activity.ok())
                               return fail(activity.error());
                           follow(activity.value());
                       });
}

void ActivityLogCommand::follow(const Activity &activity)
{
    auto *log = new LogStream(client(), activity, this);
    const bool timestamps = invocation().isSet(m_timestamps);
    connect(log, &LogStream::lineReceived, this, [timestamps](const LogLine &line) {
        const QString prefix = timestamps
            ? line.timestamp.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "))
            : QString();
        Console::out(prefix + line.message + QLatin1Char('\n'));
    });
    connect(log, &LogStream::sealed, this, [this] { succeed(); });
    connect(log, &LogStream::failed, this, [this](const ApiError &error) { fail(error); });
    log->start();
}

} // namespace bc::cli
