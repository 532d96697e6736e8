#include "drillcommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "client/drilllog.h"
#include "client/drillrun.h"

#include <QJsonDocument>

namespace bc::cli {

DrillCommand::DrillCommand(QObject *parent)
    : Command(parent)
    , m_backup(QStringLiteral("backup"),
               tr("The backup to drill (default: the newest restorable backup)."), tr("ID"))
    , m_keep(QStringLiteral("keep"),
             tr("Keep the scratch environment afterwards instead of deleting it."))
    , m_ticket(QStringLiteral("ticket"), tr("Support staff: the ticket reference of the request."),
               tr("TICKET"))
    , m_log(QStringLiteral("log"),
            tr("The drill log to append to (default: %1).").arg(DrillLog::defaultPath()),
            tr("FILE"))
{ }

DrillCommand::~DrillCommand() = default;

void DrillCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_backup, m_keep, m_ticket, m_log});
}

QString DrillCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("drill takes no arguments: give the backup with --backup ID.");
    if (invocation.isSet(m_log) && invocation.value(m_log).trimmed().isEmpty())
        return tr("--log needs a file name.");
    return Command::checkArguments(invocation);
}

void DrillCommand::run()
{
    withEnvironment([this](const QString &environment) {
        const Invocation &inv = invocation();
        m_drillLog = std::make_unique<DrillLog>(inv.isSet(m_log) ? inv.value(m_log)
                                                                 : DrillLog::defaultPath());
        DrillRun::Options options;
        options.project = inv.project();
        options.environment = environment;
        options.backupId = inv.value(m_backup);
        options.keep = inv.isSet(m_keep);
        options.ticket = inv.value(m_ticket);
        auto *drill = new DrillRun(client(), m_drillLog.get(), options, this);
        connect(drill, &DrillRun::planned, this, [this, drill](const QString &summary) {
            confirm(summary, [drill] { drill->proceed(); });
        });
        connect(drill, &DrillRun::step, this, [](const QString &text) { Console::message(text); });
        connect(drill, &DrillRun::finished, this, &DrillCommand::report);
        drill->start();
    });
}

void DrillCommand::report(const DrillRecord &record)
{
    Console::out(QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact))
                 + QLatin1Char('\n'));
    if (record.outcome == QLatin1String("refused"))
        return refuse(tr("No drill was started: %1").arg(record.failure));
    if (!record.succeeded())
        return refuse(tr("The drill of %1 failed.\n%2").arg(record.environment, record.failure));
    QString cleanup = record.cleanup == QLatin1String("kept")
        ? tr("The scratch environment %1 was kept.").arg(record.scratchEnvironment)
        : tr("The scratch environment %1 was deleted.").arg(record.scratchEnvironment);
    Console::message(tr("The drill passed: the backup %1 of %2 restored in %3 (RTO); it was %4 "
                        "old when the drill started (RPO). %5")
                         .arg(record.backup, record.environment,
                              DrillRun::durationText(record.rtoSeconds), DrillRun::rpoText(record),
                              cleanup));
    succeed();
}

} // namespace bc::cli
