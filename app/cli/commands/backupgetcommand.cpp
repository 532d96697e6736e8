#include "backupgetcommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "../objectrows.h"
#include "../tablewriter.h"
#include "client/apiclient.h"

#include <QJsonDocument>

namespace bc::cli {

void BackupGetCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The backup ID (default: the newest backup)."),
                                 QStringLiteral("[ID]"));
}

QString BackupGetCommand::checkArguments(const Invocation &invocation) const
{
    if (invocation.positional().size() > 1)
        return tr("Too many arguments: give at most one backup ID.");
    return Command::checkArguments(invocation);
}

QStringList BackupGetCommand::columns() const
{
    return rows::backupColumns();
}

void BackupGetCommand::run()
{
    const QString id = invocation().positional().value(0);
    withEnvironment([this, id](const QString &environment) {
        const QString project = invocation().project();
        if (!id.isEmpty()) {
            client()->backup(project, environment, id, this, [this](Result<Backup> backup) {
                if (!backup.ok())
                    return fail(backup.error());
                print(backup.value());
            });
            return;
        }
        client()->backups(
            project, environment, this, [this, environment](Result<QList<Backup>> backups) {
                if (!backups.ok())
                    return fail(backups.error());
                if (backups->isEmpty())
                    return refuse(tr("The environment %1 has no backups.").arg(environment),
                                  NotFound);
                print(backups->first());
            });
    });
}

void BackupGetCommand::print(const Backup &backup)
{
    const Invocation &inv = invocation();
    QString error;
    QStringList properties
        = TableWriter::parseColumns(inv.values(inv.options->columns), columns(), &error)
              .value_or(QStringList());
    if (properties.isEmpty())
        properties = columns();
    const QJsonObject row = rows::backup(backup);
    const auto format = TableWriter::formatFromName(inv.value(inv.options->format))
                            .value_or(TableWriter::Format::Table);
    if (format == TableWriter::Format::Json) {
        QJsonObject selected;
        for (const QString &property : properties)
            selected.insert(property, row.value(property));
        Console::outBytes(QJsonDocument(selected).toJson(QJsonDocument::Indented));
        return succeed();
    }
    // One line per property: the platform CLI's shape for a single object.
    QList<QJsonObject> lines;
    for (const QString &property : properties)
        lines.append({{QStringLiteral("property"), property},
                      {QStringLiteral("value"), row.value(property)}});
    const TableWriter writer(format, {QStringLiteral("property"), QStringLiteral("value")},
                             !inv.isSet(inv.options->noHeader));
    Console::outBytes(writer.write(lines));
    succeed();
}

} // namespace bc::cli
