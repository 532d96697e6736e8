#include "compliancecommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/compliancereport.h"
#include "client/fleetloader.h"
#include "client/tokenstore.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

#include <memory>

namespace bc::cli {

ComplianceCommand::ComplianceCommand(QObject *parent)
    : Command(parent)
    , m_format(QStringLiteral("format"), tr("Output format: table, csv, json or html."),
               tr("FORMAT"), QStringLiteral("table"))
    , m_drillLog(QStringLiteral("drill-log"),
                 tr("The restore-drill log to read (default: the console's own)."), tr("FILE"))
    , m_output(QStringLiteral("output"), tr("Write to FILE instead of standard output."),
               tr("FILE"))
    , m_allAccounts(QStringLiteral("all-accounts"), tr("Every keychain account, not just one."))
{ }

QString ComplianceCommand::description() const
{
    return summary() + QLatin1Char('\n')
        + tr("Each environment is OK, warning (a rule is close to failing) or failing, with\n"
             "the rules it breaks. The rules are those of Preferences; by default production:\n"
             "last backup at most 24 h old, a consistent backup at most 7 d old, at least 7\n"
             "restore points, a successful restore drill at most 31 d old; staging: 72 h, 31 d,\n"
             "3 points, no drill. --format html writes one printable report with a timeline\n"
             "per production environment. Drill log: %1\n"
             "Exit code: 0 when no environment fails (warnings included), 1 when any fails or\n"
             "could not be loaded, 2 usage, 3 authentication.")
              .arg(DrillLog::defaultPath());
}

void ComplianceCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_format, m_drillLog, m_output, m_allAccounts});
}

QString ComplianceCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("compliance takes no arguments.");
    if (!ComplianceFormat::kindFromString(invocation.value(m_format)))
        return tr("Unknown format: %1 (use table, csv, json or html).")
            .arg(invocation.value(m_format));
    if (invocation.isSet(m_drillLog) && !QFileInfo(invocation.value(m_drillLog)).isFile())
        return tr("No drill log at %1.").arg(invocation.value(m_drillLog));
    if (invocation.isSet(m_output) && invocation.value(m_output).isEmpty())
        return tr("--output needs a file name.");
    return Command::checkArguments(invocation);
}

void ComplianceCommand::run()
{
    if (invocation().isSet(m_allAccounts))
        return withAllAccounts([this](const QList<ApiClient *> &clients) { load(clients); });
    load({client()});
}

void ComplianceCommand::load(const QList<ApiClient *> &clients)
{
    QStringList accounts;
    for (const ApiClient *c : clients)
        accounts.append(c->account().label);
    auto *loader = new FleetLoader(clients, this);
    FleetOptions options;
    options.includeStaging = true;
    loader->setOptions(options);
    connect(loader, &FleetLoader::finished, this,
            [this, loader, accounts] { report(*loader, accounts); });
    loader->start();
}

void ComplianceCommand::report(const FleetLoader &loader, const QStringList &accounts)
{
    ComplianceReportInfo info;
    info.rules = ComplianceRuleSet::load(QSettings());
    info.drills = DrillLog(invocation().isSet(m_drillLog) ? invocation().value(m_drillLog)
                                                          : DrillLog::defaultPath())
                      .records();
    info.generatedAt = QDateTime::currentDateTimeUtc();
    info.generatedBy = ComplianceReport::localUser();
    info.accounts = accounts;
    const QList<ComplianceEntry> entries
        = ComplianceFormat::evaluate(loader.rows(), info.rules, info.drills, info.generatedAt);

    QByteArray bytes;
    switch (*ComplianceFormat::kindFromString(invocation().value(m_format))) {
    case ComplianceFormat::Kind::Table:
        bytes = ComplianceFormat::table(entries);
        break;
    case ComplianceFormat::Kind::Csv:
        bytes = ComplianceFormat::csv(entries);
        break;
    case ComplianceFormat::Kind::Json:
        bytes = ComplianceFormat::json(entries);
        break;
    case ComplianceFormat::Kind::Html:
        bytes = ComplianceReport::html(entries, info);
        break;
    }
    if (invocation().isSet(m_output)) {
        QSaveFile file(invocation().value(m_output));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return refuse(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        Console::message(tr("Written to %1").arg(file.fileName()));
    } else {
        Console::outBytes(bytes);
    }

    int code = ComplianceFormat::anyFailing(entries) ? int(Failed) : int(Success);
    for (const FleetError &e : loader.errors()) {
        QStringList where{e.accountLabel, e.projectId, e.environment};
        where.removeAll(QString());
        Console::message(
            tr("Could not load %1: %2").arg(where.join(QLatin1Char('/')), e.error.describe()));
        code = qMax(code,
                    exitCodeFor(e.error) == Authentication ? int(Authentication) : int(Failed));
    }
    finish(code);
}

} // namespace bc::cli
