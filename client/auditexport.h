#pragma once

#include "auditlog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc {

// The audit log as text to paste into a ticket or open in a spreadsheet.
struct AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(bc::AuditExport)

public:
    static QStringList headers();
    static QStringList row(const AuditEntry &entry);
    // RFC 4180: comma separated, CRLF, fields quoted when they hold a comma, quote or newline.
    static QString toCsv(const QList<AuditEntry> &entries);
    // A GitHub-flavoured Markdown table; '|' and newlines inside cells are escaped.
    static QString toMarkdown(const QList<AuditEntry> &entries);
};

} // namespace bc
