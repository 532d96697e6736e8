#include "auditcommand.h"

#include "../console.h"
#include "client/auditlog.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace bc::cli {

AuditCommand::AuditCommand(QObject *parent)
    : Command(parent)
    , m_log(QStringLiteral("audit-log"),
            tr("The audit log to read (default: %1).").arg(AuditLog::defaultPath()), tr("FILE"))
{ }

AuditCommand::~AuditCommand() = default;

void AuditCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_log);
}

QString AuditCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("audit takes no arguments.");
    if (invocation.isSet(m_log) && invocation.value(m_log).trimmed().isEmpty())
        return tr("--audit-log needs a file name.");
    return Command::checkArguments(invocation);
}

QStringList AuditCommand::columns() const
{
    return {QStringLiteral("id"),      QStringLiteral("time"),       QStringLiteral("staff_user"),
            QStringLiteral("ticket"),  QStringLiteral("project"),    QStringLiteral("region"),
            QStringLiteral("backup"),  QStringLiteral("source"),     QStringLiteral("target"),
            QStringLiteral("outcome"), QStringLiteral("activities"), QStringLiteral("updated")};
}

QStringList AuditCommand::defaultColumns() const
{
    return {QStringLiteral("time"),    QStringLiteral("staff_user"), QStringLiteral("ticket"),
            QStringLiteral("project"), QStringLiteral("backup"),     QStringLiteral("target"),
            QStringLiteral("outcome")};
}

void AuditCommand::run()
{
    const AuditLog log(invocation().isSet(m_log) ? invocation().value(m_log)
                                                 : AuditLog::defaultPath());
    QString problem;
    const QList<AuditEntry> entries = log.entries(&problem);
    if (!problem.isEmpty())
        Console::message(problem);
    QList<QJsonObject> rows;
    for (const AuditEntry &entry : entries) {
        QJsonObject row = entry.toJson();
        row.insert(QStringLiteral("activities"), entry.activityIds.join(QLatin1Char(' ')));
        rows.append(row);
    }
    printRows(rows);
    // A log that exists but cannot be read at all lists nothing: not a success.
    if (entries.isEmpty() && !problem.isEmpty())
        return finish(1);
    succeed();
}

} // namespace bc::cli
