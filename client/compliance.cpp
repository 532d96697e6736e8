#include "compliance.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace bc {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

QString key(const QString &type, const char *name)
{
    return QStringLiteral("compliance/") + type + QLatin1Char('/') + QLatin1String(name);
}

int readNumber(const QSettings &settings, const QString &key, int fallback, int max)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= 0 && value <= max ? value : fallback;
}

// An age rule: failing beyond the limit or when there is nothing, warning beyond its last 20 %.
std::optional<ComplianceStatus> ageStatus(qint64 ageSeconds, qint64 limitSeconds)
{
    if (ageSeconds < 0 || ageSeconds > limitSeconds)
        return ComplianceStatus::Failing;
    if (double(ageSeconds) > Compliance::WarningShare * double(limitSeconds))
        return ComplianceStatus::Warning;
    return std::nullopt;
}

qint64 ageOf(const QDateTime &time, const QDateTime &now)
{
    return time.isValid() ? std::max<qint64>(0, time.secsTo(now)) : -1;
}

} // namespace

ComplianceRules ComplianceRules::defaults(const QString &type)
{
    // Why these numbers: see the README's compliance paragraph. Production: the service's daily
    // automated backup, a weekly consistent one, a week of daily restore points, a monthly drill.
    if (type == QLatin1String("production"))
        return {24, 7, 7, 31};
    // Staging has no automated schedule of its own: a weekend without a backup is not a failure.
    if (type == QLatin1String("staging"))
        return {72, 31, 3, 0};
    return {};
}

QStringList ComplianceRules::types()
{
    return {QStringLiteral("production"), QStringLiteral("staging")};
}

ComplianceRules ComplianceRules::load(const QSettings &settings, const QString &type)
{
    const ComplianceRules fallback = defaults(type);
    ComplianceRules rules;
    rules.maxBackupAgeHours = readNumber(settings, key(type, "maxBackupAgeHours"),
                                         fallback.maxBackupAgeHours, MaxAgeHours);
    rules.maxConsistentAgeDays = readNumber(settings, key(type, "maxConsistentAgeDays"),
                                            fallback.maxConsistentAgeDays, MaxAgeDays);
    rules.minRestorePoints = readNumber(settings, key(type, "minRestorePoints"),
                                        fallback.minRestorePoints, MaxRestorePoints);
    rules.maxDrillAgeDays
        = readNumber(settings, key(type, "maxDrillAgeDays"), fallback.maxDrillAgeDays, MaxAgeDays);
    return rules;
}

void ComplianceRules::save(QSettings &settings, const QString &type) const
{
    settings.setValue(key(type, "maxBackupAgeHours"), maxBackupAgeHours);
    settings.setValue(key(type, "maxConsistentAgeDays"), maxConsistentAgeDays);
    settings.setValue(key(type, "minRestorePoints"), minRestorePoints);
    settings.setValue(key(type, "maxDrillAgeDays"), maxDrillAgeDays);
}

ComplianceRules ComplianceRuleSet::forType(const QString &type) const
{
    if (type == QLatin1String("production"))
        return production;
    if (type == QLatin1String("staging"))
        return staging;
    return {};
}

ComplianceRuleSet ComplianceRuleSet::load(const QSettings &settings)
{
    return {ComplianceRules::load(settings, QStringLiteral("production")),
            ComplianceRules::load(settings, QStringLiteral("staging"))};
}

void ComplianceRuleSet::save(QSettings &settings) const
{
    production.save(settings, QStringLiteral("production"));
    staging.save(settings, QStringLiteral("staging"));
}

ComplianceResult Compliance::evaluate(const FleetRow &row, const ComplianceRules &rules,
                                      const std::optional<DrillRecord> &lastDrill,
                                      const QDateTime &now)
{
    ComplianceResult result;
    const auto add = [&result](const char *rule, ComplianceStatus status, const QString &text) {
        result.findings.append({QLatin1String(rule), status, text});
    };
    if (rules.maxBackupAgeHours > 0) {
        const qint64 age = ageOf(row.lastBackupAt, now);
        const qint64 limit = rules.maxBackupAgeHours * hour;
        const QString limitText = ageText(limit);
        if (const auto status = ageStatus(age, limit)) {
            add("last_backup", *status,
                age < 0 ? tr("No backup at all (limit: %1)").arg(limitText)
                        : tr("Last backup %1 ago (limit: %2)").arg(ageText(age), limitText));
        }
    }
    if (rules.maxConsistentAgeDays > 0) {
        const qint64 age = ageOf(row.lastConsistentBackupAt, now);
        const qint64 limit = rules.maxConsistentAgeDays * day;
        const QString limitText = ageText(limit);
        if (const auto status = ageStatus(age, limit)) {
            add("consistent_backup", *status,
                age < 0
                    ? tr("No consistent backup (limit: %1)").arg(limitText)
                    : tr("Last consistent backup %1 ago (limit: %2)").arg(ageText(age), limitText));
        }
    }
    if (rules.minRestorePoints > 0 && row.restorePoints <= rules.minRestorePoints) {
        const bool failing = row.restorePoints < rules.minRestorePoints;
        add("restore_points", failing ? ComplianceStatus::Failing : ComplianceStatus::Warning,
            failing ? tr("Restore points: %1, at least %2 required")
                          .arg(row.restorePoints)
                          .arg(rules.minRestorePoints)
                    : tr("Restore points: %1, exactly the minimum").arg(row.restorePoints));
    }
    if (rules.maxDrillAgeDays > 0) {
        const QDateTime when = lastDrill ? drillTime(*lastDrill) : QDateTime();
        const qint64 age = ageOf(when, now);
        const qint64 limit = rules.maxDrillAgeDays * day;
        const QString limitText = ageText(limit);
        if (const auto status = ageStatus(age, limit)) {
            add("restore_drill", *status,
                age < 0 ? tr("No successful restore drill (limit: %1)").arg(limitText)
                        : tr("Last successful restore drill %1 ago (limit: %2)")
                              .arg(ageText(age), limitText));
        }
    }
    std::stable_sort(
        result.findings.begin(), result.findings.end(),
        [](const ComplianceFinding &a, const ComplianceFinding &b) { return a.status > b.status; });
    if (!result.findings.isEmpty())
        result.status = result.findings.constFirst().status;
    return result;
}

ComplianceResult Compliance::evaluate(const FleetRow &row, const ComplianceRuleSet &rules,
                                      const QList<DrillRecord> &drills, const QDateTime &now)
{
    return evaluate(row, rules.forType(row.type),
                    DrillLog::lastSuccess(drills, row.projectId, row.environment), now);
}

QDateTime Compliance::drillTime(const DrillRecord &drill)
{
    return drill.finishedAt.isValid() ? drill.finishedAt : drill.startedAt;
}

QString Compliance::statusKey(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Ok:
        return QStringLiteral("ok");
    case ComplianceStatus::Warning:
        return QStringLiteral("warning");
    case ComplianceStatus::Failing:
        return QStringLiteral("failing");
    }
    return {};
}

QString Compliance::statusText(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Ok:
        return tr("OK");
    case ComplianceStatus::Warning:
        return tr("Warning");
    case ComplianceStatus::Failing:
        return tr("Failing");
    }
    return {};
}

// One decimal unless whole, rounded up: an age just past a limit never reads as the limit.
QString Compliance::ageText(qint64 seconds)
{
    const qint64 unit = seconds < 3 * day ? hour : day;
    const QString number = seconds % unit == 0
        ? QLocale().toString(seconds / unit)
        : QLocale().toString(std::ceil(double(seconds) * 10 / double(unit)) / 10, 'f', 1);
    return unit == hour ? tr("%1 h").arg(number) : tr("%1 d").arg(number);
}

QStringList Compliance::describe(const ComplianceRules &rules)
{
    QStringList lines;
    if (rules.maxBackupAgeHours > 0)
        lines.append(tr("Last backup at most %1 old").arg(ageText(rules.maxBackupAgeHours * hour)));
    if (rules.maxConsistentAgeDays > 0)
        lines.append(tr("Last consistent backup at most %1 old")
                         .arg(ageText(rules.maxConsistentAgeDays * day)));
    if (rules.minRestorePoints > 0)
        lines.append(tr("Restore points: at least %1").arg(rules.minRestorePoints));
    if (rules.maxDrillAgeDays > 0)
        lines.append(tr("A successful restore drill at most %1 old")
                         .arg(ageText(rules.maxDrillAgeDays * day)));
    if (lines.isEmpty())
        lines.append(tr("No rules"));
    return lines;
}

} // namespace bc
