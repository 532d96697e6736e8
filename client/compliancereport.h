#pragma once

#include "complianceformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc {

// What the HTML report says about itself.
struct ComplianceReportInfo
{
    ComplianceRuleSet rules;
    QList<DrillRecord> drills;
    QDateTime generatedAt; // UTC
    QString generatedBy; // "user@host"
    QStringList accounts; // the accounts' labels
    int timelineDays = 90;
};

// The compliance report an admin hands an auditor: one self-contained, printable HTML file
// (inline CSS with a print stylesheet, inline SVG, no script, nothing fetched from anywhere)
// with a summary, the board, a timeline per production environment and the rules used. Every
// string from a server or a file is escaped.
class ComplianceReport final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ComplianceReport)

public:
    static QByteArray html(const QList<ComplianceEntry> &entries, const ComplianceReportInfo &info);
    // The local user and host, for generatedBy.
    static QString localUser();
};

} // namespace bc
