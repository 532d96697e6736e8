#include "complianceformat.h"

#include "fleetformat.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace bc {

namespace {

nlohmann::ordered_json jsonTime(const QDateTime &time)
{
    return time.isValid() ? nlohmann::ordered_json(time.toUTC().toString(Qt::ISODate).toStdString())
                          : nlohmann::ordered_json(nullptr);
}

} // namespace

QStringList ComplianceFormat::columns()
{
    return {QStringLiteral("account"), QStringLiteral("project"), QStringLiteral("environment"),
            QStringLiteral("type"),    QStringLiteral("status"),  QStringLiteral("rules")};
}

std::optional<ComplianceFormat::Kind> ComplianceFormat::kindFromString(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("table"))
        return Kind::Table;
    if (lower == QLatin1String("csv"))
        return Kind::Csv;
    if (lower == QLatin1String("json"))
        return Kind::Json;
    if (lower == QLatin1String("html"))
        return Kind::Html;
    return std::nullopt;
}

QList<ComplianceEntry> ComplianceFormat::evaluate(const QList<FleetRow> &rows,
                                                  const ComplianceRuleSet &rules,
                                                  const QList<DrillRecord> &drills,
                                                  const QDateTime &now)
{
    QList<ComplianceEntry> entries;
    for (const FleetRow &row : rows) {
        const auto drill = DrillLog::lastSuccess(drills, row.projectId, row.environment);
        entries.append({row, Compliance::evaluate(row, rules, drills, now),
                        drill ? Compliance::drillTime(*drill) : QDateTime()});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ComplianceEntry &a, const ComplianceEntry &b) {
                         return a.result.status > b.result.status;
                     });
    return entries;
}

bool ComplianceFormat::anyFailing(const QList<ComplianceEntry> &entries)
{
    return std::any_of(entries.begin(), entries.end(), [](const ComplianceEntry &e) {
        return e.result.status == ComplianceStatus::Failing;
    });
}

QString ComplianceFormat::findingsText(const ComplianceResult &result)
{
    QStringList parts;
    for (const ComplianceFinding &finding : result.findings)
        parts.append(tr("%1: %2").arg(Compliance::statusText(finding.status), finding.text));
    return parts.join(QLatin1String("; "));
}

QByteArray ComplianceFormat::table(const QList<ComplianceEntry> &entries)
{
    QList<QStringList> lines{columns()};
    for (const ComplianceEntry &e : entries) {
        lines.append({e.row.accountLabel, e.row.projectId, e.row.environment, e.row.type,
                      Compliance::statusText(e.result.status).toUpper(),
                      e.result.findings.isEmpty() ? QStringLiteral("-") : findingsText(e.result)});
    }
    return FleetFormat::alignedTable(lines);
}

QByteArray ComplianceFormat::csv(const QList<ComplianceEntry> &entries)
{
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const ComplianceEntry &e : entries) {
        const QStringList fields{FleetFormat::csvField(e.row.accountLabel),
                                 FleetFormat::csvField(e.row.projectId),
                                 FleetFormat::csvField(e.row.environment),
                                 FleetFormat::csvField(e.row.type),
                                 Compliance::statusKey(e.result.status),
                                 FleetFormat::csvField(findingsText(e.result))};
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

// ordered_json keeps the documented order (QJsonObject sorts keys).
QByteArray ComplianceFormat::json(const QList<ComplianceEntry> &entries)
{
    auto array = nlohmann::ordered_json::array();
    for (const ComplianceEntry &e : entries) {
        nlohmann::ordered_json object;
        object["account"] = e.row.accountLabel.toStdString();
        object["project"] = e.row.projectId.toStdString();
        object["environment"] = e.row.environment.toStdString();
        object["type"] = e.row.type.toStdString();
        object["status"] = Compliance::statusKey(e.result.status).toStdString();
        auto rules = nlohmann::ordered_json::array();
        for (const ComplianceFinding &finding : e.result.findings) {
            rules.push_back({{"rule", finding.rule.toStdString()},
                             {"status", Compliance::statusKey(finding.status).toStdString()},
                             {"text", finding.text.toStdString()}});
        }
        object["rules"] = std::move(rules);
        object["restore_points"] = e.row.restorePoints;
        object["last_backup_at"] = jsonTime(e.row.lastBackupAt);
        object["last_consistent_backup_at"] = jsonTime(e.row.lastConsistentBackupAt);
        object["last_drill_at"] = jsonTime(e.lastDrillAt);
        array.push_back(std::move(object));
    }
    return QByteArray::fromStdString(array.dump(4)) + '\n';
}

} // namespace bc
