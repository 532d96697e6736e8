#include "fleetformat.h"

#include "timeformat.h"

#include <nlohmann/json.hpp>

namespace bc {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString shortTime(const QDateTime &time)
{
    // The table's form of a moment, as every other table of the command line (the locale's).
    return time.isValid() ? TimeFormat::shortForm(time) : QStringLiteral("-");
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

nlohmann::ordered_json jsonTime(const QDateTime &time)
{
    return time.isValid() ? nlohmann::ordered_json(isoTime(time).toStdString())
                          : nlohmann::ordered_json(nullptr);
}

} // namespace

QStringList FleetFormat::columns()
{
    return {QStringLiteral("project"),
            QStringLiteral("environment"),
            QStringLiteral("type"),
            QStringLiteral("last_backup_at"),
            QStringLiteral("last_consistent_backup_at"),
            QStringLiteral("backups_7d"),
            QStringLiteral("next_expiry"),
            QStringLiteral("stale")};
}

std::optional<FleetFormat::Kind> FleetFormat::kindFromString(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("table")) {
        return Kind::Table;
    }
    if (lower == QLatin1String("csv")) {
        return Kind::Csv;
    }
    if (lower == QLatin1String("json")) {
        return Kind::Json;
    }
    return std::nullopt;
}

QByteArray FleetFormat::format(const QList<FleetRow> &rows, Kind kind)
{
    switch (kind) {
    case Kind::Table:
        return table(rows);
    case Kind::Csv:
        return csv(rows);
    case Kind::Json:
        return json(rows);
    }
    return {};
}

QByteArray FleetFormat::table(const QList<FleetRow> &rows)
{
    QList<QStringList> lines{columns()};
    for (const FleetRow &row : rows) {
        lines.append({row.projectId, row.environment, row.type, shortTime(row.lastBackupAt),
                      shortTime(row.lastConsistentBackupAt), QString::number(row.backups7d),
                      shortTime(row.nextExpiry),
                      row.stale ? QStringLiteral("STALE") : QStringLiteral("ok")});
    }
    return alignedTable(lines);
}

QByteArray FleetFormat::csv(const QList<FleetRow> &rows)
{
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const FleetRow &row : rows) {
        const QStringList fields{csvField(row.projectId),
                                 csvField(row.environment),
                                 csvField(row.type),
                                 isoTime(row.lastBackupAt),
                                 isoTime(row.lastConsistentBackupAt),
                                 QString::number(row.backups7d),
                                 isoTime(row.nextExpiry),
                                 boolText(row.stale)};
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

// ordered_json keeps the columns in their documented order (QJsonObject sorts keys).
QByteArray FleetFormat::json(const QList<FleetRow> &rows)
{
    auto array = nlohmann::ordered_json::array();
    for (const FleetRow &row : rows) {
        nlohmann::ordered_json object;
        object["project"] = row.projectId.toStdString();
        object["environment"] = row.environment.toStdString();
        object["type"] = row.type.toStdString();
        object["last_backup_at"] = jsonTime(row.lastBackupAt);
        object["last_consistent_backup_at"] = jsonTime(row.lastConsistentBackupAt);
        object["backups_7d"] = row.backups7d;
        object["next_expiry"] = jsonTime(row.nextExpiry);
        object["stale"] = row.stale;
        array.push_back(std::move(object));
    }
    return QByteArray::fromStdString(array.dump(4)) + '\n';
}

QString FleetFormat::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray FleetFormat::alignedTable(const QList<QStringList> &lines)
{
    QList<qsizetype> widths(lines.isEmpty() ? 0 : lines.constFirst().size(), 0);
    for (const QStringList &line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            widths[i] = std::max(widths[i], line[i].size());
        }
    }
    QString out;
    for (const QStringList &line : lines) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i) {
            text += i + 1 < line.size() ? line[i].leftJustified(widths[i] + 2) : line[i];
        }
        out += text + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace bc
