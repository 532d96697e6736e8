#include "compliancereport.h"

#include "compliancetimeline.h"

#include <QDir>
#include <QLocale>
#include <QSysInfo>

namespace bc {

namespace {

QString esc(const QString &text)
{
    return ComplianceTimeline::escape(text);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("–");
}

// No external fonts, images or scripts: the file must read the same offline in ten years.
const char *const style = R"(
body { font-family: sans-serif; font-size: 10.5pt; color: #1b1b1b; margin: 2em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 1em 0 0.2em; }
p.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
table.board td:last-child { width: 32%; }
td.status { font-weight: bold; white-space: nowrap; }
tr.ok td.status { color: #1e6b24; }
tr.warning td.status { color: #8a5a00; }
tr.failing td.status { color: #b00020; }
ul.summary { list-style: none; padding: 0; display: flex; gap: 2em; }
ul.summary li { font-size: 12pt; }
.timeline { display: block; max-width: 100%; height: auto; }
.legend { font-size: 9pt; color: #444; }
.environment { break-inside: avoid; page-break-inside: avoid; }
@page { size: A4 landscape; margin: 14mm; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

QString environmentName(const FleetRow &row)
{
    QString name = esc(row.projectTitle.isEmpty() ? row.projectId : row.projectTitle)
        + QStringLiteral(" (") + esc(row.projectId) + QStringLiteral(") / ") + esc(row.environment);
    if (!row.environmentTitle.isEmpty() && row.environmentTitle != row.environment)
        name += QStringLiteral(" (") + esc(row.environmentTitle) + QLatin1Char(')');
    return name;
}

QString findingsCell(const ComplianceResult &result)
{
    if (result.findings.isEmpty())
        return QStringLiteral("–");
    QStringList items;
    for (const ComplianceFinding &finding : result.findings)
        items.append(esc(ComplianceReport::tr("%1: %2").arg(Compliance::statusText(finding.status),
                                                            finding.text)));
    return items.join(QLatin1String("<br>"));
}

QString summary(const QList<ComplianceEntry> &entries)
{
    int counts[3] = {0, 0, 0};
    for (const ComplianceEntry &e : entries)
        ++counts[int(e.result.status)];
    return QStringLiteral("<ul class=\"summary\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
        .arg(esc(ComplianceReport::tr("Environments: %1").arg(entries.size())),
             esc(ComplianceReport::tr("OK: %1").arg(counts[int(ComplianceStatus::Ok)])),
             esc(ComplianceReport::tr("With warnings: %1")
                     .arg(counts[int(ComplianceStatus::Warning)])),
             esc(ComplianceReport::tr("Failing: %1").arg(counts[int(ComplianceStatus::Failing)])));
}

QString board(const QList<ComplianceEntry> &entries)
{
    QString out = QStringLiteral("<table class=\"board\"><thead><tr>");
    for (const QString &header :
         {ComplianceReport::tr("Account"), ComplianceReport::tr("Project"),
          ComplianceReport::tr("Environment"), ComplianceReport::tr("Type"),
          ComplianceReport::tr("Status"), ComplianceReport::tr("Restore points"),
          ComplianceReport::tr("Last backup"), ComplianceReport::tr("Last consistent backup"),
          ComplianceReport::tr("Last successful drill"),
          ComplianceReport::tr("Failing or nearly failing rules")})
        out += QStringLiteral("<th>") + esc(header) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead><tbody>");
    for (const ComplianceEntry &e : entries) {
        const FleetRow &r = e.row;
        out += QStringLiteral("<tr class=\"%1\">").arg(Compliance::statusKey(e.result.status));
        const QStringList cells{
            esc(r.accountLabel),
            QString(esc(r.projectTitle) + QStringLiteral("<br>") + esc(r.projectId)),
            esc(r.environment), esc(r.type)};
        for (const QString &cell : cells)
            out += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        out += QStringLiteral("<td class=\"status\">")
            + esc(Compliance::statusText(e.result.status)) + QStringLiteral("</td><td>")
            + QString::number(r.restorePoints) + QStringLiteral("</td><td>")
            + esc(isoTime(r.lastBackupAt)) + QStringLiteral("</td><td>")
            + esc(isoTime(r.lastConsistentBackupAt)) + QStringLiteral("</td><td>")
            + esc(isoTime(e.lastDrillAt)) + QStringLiteral("</td><td>") + findingsCell(e.result)
            + QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</tbody></table>");
}

QString timelines(const QList<ComplianceEntry> &entries, const ComplianceReportInfo &info)
{
    QString out;
    for (const ComplianceEntry &e : entries) {
        if (e.row.type != QLatin1String("production"))
            continue;
        out += QStringLiteral("<section class=\"environment\"><h3>") + environmentName(e.row)
            + QStringLiteral(" – ") + esc(Compliance::statusText(e.result.status))
            + QStringLiteral("</h3>")
            + ComplianceTimeline::svg(e.row, info.drills, info.generatedAt, info.timelineDays)
            + QStringLiteral("</section>");
    }
    if (out.isEmpty())
        return QStringLiteral("<p>") + esc(ComplianceReport::tr("No production environment."))
            + QStringLiteral("</p>");
    return QStringLiteral("<p class=\"legend\">")
        + esc(ComplianceReport::tr("Tall green strokes: consistent backups; short blue strokes: "
                                   "live backups; grey dashes: backups that cannot be restored; "
                                   "triangles: restore drills (green succeeded, red failed). "
                                   "Times in UTC."))
        + QStringLiteral("</p>") + out;
}

QString rulesUsed(const ComplianceRuleSet &rules)
{
    QString out = QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>")
                      .arg(esc(ComplianceReport::tr("Environment type")),
                           esc(ComplianceReport::tr("Rules")));
    for (const QString &type : ComplianceRules::types()) {
        QStringList lines;
        for (const QString &line : Compliance::describe(rules.forType(type)))
            lines.append(esc(line));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                   .arg(esc(type), lines.join(QLatin1String("<br>")));
    }
    return out + QStringLiteral("</tbody></table><p class=\"legend\">")
        + esc(ComplianceReport::tr("An age rule warns in the last 20 % before its limit; the "
                                   "restore points warn at exactly the minimum. Restore points "
                                   "are backups with status CREATED that the API marks "
                                   "restorable; drills come from the local restore-drill log."))
        + QStringLiteral("</p>");
}

} // namespace

QString ComplianceReport::localUser()
{
    QString user;
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            break;
    }
    if (user.isEmpty())
        user = QDir(QDir::homePath()).dirName();
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

QByteArray ComplianceReport::html(const QList<ComplianceEntry> &entries,
                                  const ComplianceReportInfo &info)
{
    const QString title = tr("Backup compliance report");
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                 "<meta name=\"viewport\" content=\"width=device-width\">"
                                 "<title>%2</title><style>")
                      .arg(esc(QLocale().bcp47Name()), esc(title))
        + QLatin1String(style) + QStringLiteral("</style></head><body>");
    out += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p class=\"meta\">")
        + esc(tr("Generated %1 by %2 with BackupConsole %3.")
                  .arg(isoTime(info.generatedAt), info.generatedBy,
                       QCoreApplication::applicationVersion()))
        + QStringLiteral("<br>")
        + esc(tr("Accounts: %1").arg(info.accounts.join(QLatin1String(", "))))
        + QStringLiteral("</p>");
    out += QStringLiteral("<h2>") + esc(tr("Summary")) + QStringLiteral("</h2>") + summary(entries);
    out += QStringLiteral("<h2>") + esc(tr("Environments")) + QStringLiteral("</h2>")
        + board(entries);
    out += QStringLiteral("<h2>") + esc(tr("Backups over the last %1 days").arg(info.timelineDays))
        + QStringLiteral("</h2>") + timelines(entries, info);
    out += QStringLiteral("<h2>") + esc(tr("Rules used")) + QStringLiteral("</h2>")
        + rulesUsed(info.rules);
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace bc
