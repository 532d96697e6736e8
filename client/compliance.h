#pragma once

#include "drilllog.h"
#include "fleetrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace bc {

// What one environment type must show to be compliant (issue 16). An age limit of 0 and a
// minimum of 0 switch that rule off.
struct ComplianceRules
{
    int maxBackupAgeHours = 0; // the newest backup of any kind
    int maxConsistentAgeDays = 0; // the newest consistent (safe) backup
    int minRestorePoints = 0; // CREATED, restorable backups
    int maxDrillAgeDays = 0; // the newest successful restore drill

    static constexpr int MaxAgeHours = 24 * 366;
    static constexpr int MaxAgeDays = 366;
    static constexpr int MaxRestorePoints = 1000;

    // The defaults for "production" and "staging"; every other type has no rules.
    static ComplianceRules defaults(const QString &type);
    // The environment types that have rules.
    static QStringList types();
    // Under "compliance/<type>/" (numbers only, never a secret). A stored value of the wrong
    // type or out of range reads as its default.
    static ComplianceRules load(const QSettings &settings, const QString &type);
    void save(QSettings &settings, const QString &type) const;

    friend bool operator==(const ComplianceRules &, const ComplianceRules &) = default;
};

// The rules of every type, as Preferences keeps them.
struct ComplianceRuleSet
{
    ComplianceRules production = ComplianceRules::defaults(QStringLiteral("production"));
    ComplianceRules staging = ComplianceRules::defaults(QStringLiteral("staging"));

    ComplianceRules forType(const QString &type) const;
    static ComplianceRuleSet load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const ComplianceRuleSet &, const ComplianceRuleSet &) = default;
};

enum class ComplianceStatus { Ok, Warning, Failing };

// One rule that fails or nearly fails, named in words.
struct ComplianceFinding
{
    QString rule; // last_backup | consistent_backup | restore_points | restore_drill
    ComplianceStatus status = ComplianceStatus::Failing;
    QString text;

    friend bool operator==(const ComplianceFinding &, const ComplianceFinding &) = default;
};

struct ComplianceResult
{
    ComplianceStatus status = ComplianceStatus::Ok;
    QList<ComplianceFinding> findings; // failures first, then warnings; empty when OK
};

// Judges one fleet row against its type's rules. An age rule fails beyond its limit and warns in
// the last 20 % before it (a daily backup that is a few hours late is a warning before it is a
// failure); the restore points warn at exactly the minimum (one eviction away from failing).
class Compliance final
{
    Q_DECLARE_TR_FUNCTIONS(bc::Compliance)

public:
    static constexpr double WarningShare = 0.8;

    static ComplianceResult evaluate(const FleetRow &row, const ComplianceRules &rules,
                                     const std::optional<DrillRecord> &lastDrill,
                                     const QDateTime &now);
    // The row's type's rules and its newest successful drill among the records.
    static ComplianceResult evaluate(const FleetRow &row, const ComplianceRuleSet &rules,
                                     const QList<DrillRecord> &drills, const QDateTime &now);

    // When a drill counts as done: its end, else its start.
    static QDateTime drillTime(const DrillRecord &drill);
    // "ok" | "warning" | "failing": machine words for CSV/JSON.
    static QString statusKey(ComplianceStatus status);
    // "OK" | "Warning" | "Failing", translated.
    static QString statusText(ComplianceStatus status);
    // An age in words: "5 h" or "20.5 h" below three days, else "12 d" or "7.4 d" (rounded up).
    static QString ageText(qint64 seconds);
    // The rule in words for the report: "Last backup at most 24 h old".
    static QStringList describe(const ComplianceRules &rules);
};

} // namespace bc
