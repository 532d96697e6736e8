#pragma once

#include "compliance.h"
#include "fleetrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

// One environment of the compliance board: its fleet facts and its verdict.
struct ComplianceEntry
{
    FleetRow row;
    ComplianceResult result;
    QDateTime lastDrillAt; // the newest successful drill's end; invalid when none
};

// The compliance board as text, for `backup-console compliance`. Columns:
// account,project,environment,type,status,rules
// status: ok | warning | failing; rules: the failing and nearly failing rules in words, failures
// first ("Failing: No consistent backup (limit: 7 d); Warning: ..."), empty when OK.
// json adds the machine names of the rules, the restore points, the backup times and the last
// successful drill (RFC 3339, UTC, null when none). The HTML report is ComplianceReport's.
class ComplianceFormat final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ComplianceFormat)

public:
    enum class Kind { Table, Csv, Json, Html };

    static QStringList columns();
    // "table" | "csv" | "json" | "html" (case-insensitive); nullopt otherwise.
    static std::optional<Kind> kindFromString(const QString &name);

    // Evaluates every row; failing first, then warnings, then OK, each group in the rows' order.
    static QList<ComplianceEntry> evaluate(const QList<FleetRow> &rows,
                                           const ComplianceRuleSet &rules,
                                           const QList<DrillRecord> &drills, const QDateTime &now);
    static bool anyFailing(const QList<ComplianceEntry> &entries);
    // The findings in one line, as in the rules column.
    static QString findingsText(const ComplianceResult &result);

    static QByteArray table(const QList<ComplianceEntry> &entries);
    static QByteArray csv(const QList<ComplianceEntry> &entries);
    static QByteArray json(const QList<ComplianceEntry> &entries);
};

} // namespace bc
