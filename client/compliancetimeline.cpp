#include "compliancetimeline.h"

#include "compliance.h"

namespace bc {

namespace {

constexpr double left = 10;
constexpr double right = 10;
constexpr double axisY = 44;

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// Presentation attributes, not only CSS classes: the picture must draw the same in a viewer or a
// converter that ignores the report's style sheet.
QString strokeOf(const char *cssClass)
{
    const QLatin1String c(cssClass);
    if (c == QLatin1String("backup live"))
        return QStringLiteral("stroke=\"#2f6db5\" stroke-width=\"2\"");
    if (c == QLatin1String("backup consistent"))
        return QStringLiteral("stroke=\"#1e8b3a\" stroke-width=\"2\"");
    if (c == QLatin1String("backup unrestorable"))
        return QStringLiteral("stroke=\"#aaaaaa\" stroke-width=\"2\" stroke-dasharray=\"2 2\"");
    return QStringLiteral("stroke=\"#555555\" stroke-width=\"1\"");
}

QString line(double x1, double y1, double x2, double y2, const char *cssClass)
{
    return QStringLiteral("<line class=\"%1\" %2 x1=\"%3\" y1=\"%4\" x2=\"%5\" y2=\"%6\"/>")
        .arg(QLatin1String(cssClass), strokeOf(cssClass), number(x1), number(y1), number(x2),
             number(y2));
}

QString label(double x, double y, const QString &text, const char *anchor)
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" font-size=\"9\" "
                          "font-family=\"sans-serif\" fill=\"#333333\">%4</text>")
        .arg(number(x), number(y), QLatin1String(anchor), ComplianceTimeline::escape(text));
}

} // namespace

QString ComplianceTimeline::escape(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

double ComplianceTimeline::x(const QDateTime &when, const QDateTime &now, int days)
{
    const double span = double(days) * 86400;
    const double fromStart = span - double(when.secsTo(now));
    return left + fromStart / span * (Width - left - right);
}

QString ComplianceTimeline::svg(const FleetRow &row, const QList<DrillRecord> &drills,
                                const QDateTime &now, int days)
{
    const QDateTime start = now.addDays(-days);
    const QString title
        = tr("Backups of %1 / %2 over the last %3 days")
              .arg(row.projectTitle.isEmpty() ? row.projectId : row.projectTitle,
                   row.environmentTitle.isEmpty() ? row.environment : row.environmentTitle,
                   QString::number(days));
    QString out = QStringLiteral("<svg class=\"timeline\" "
                                 "viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\">"
                                 "<title>%3</title>")
                      .arg(Width)
                      .arg(Height)
                      .arg(escape(title));
    out += line(left, axisY, Width - right, axisY, "axis");
    // A tick a week back from now, a date every other week.
    for (int week = 0; week * 7 <= days; ++week) {
        const QDateTime tick = now.addDays(-week * 7);
        const double tx = x(tick, now, days);
        out += line(tx, axisY, tx, axisY + 4, "tick");
        if (week % 2 == 0) {
            const char *anchor = week == 0 ? "end" : "middle";
            out += label(tx, axisY + 15, tick.toUTC().toString(QStringLiteral("MM-dd")), anchor);
        }
    }
    int shown = 0;
    for (const FleetBackup &backup : row.backups) {
        if (backup.createdAt < start || backup.createdAt > now)
            continue;
        ++shown;
        const double bx = x(backup.createdAt, now, days);
        const char *cssClass = !backup.restorable ? "backup unrestorable"
            : backup.safe                         ? "backup consistent"
                                                  : "backup live";
        out += line(bx, backup.safe ? 6 : 16, bx, axisY, cssClass);
    }
    for (const DrillRecord &drill : drills) {
        const QDateTime when = Compliance::drillTime(drill);
        if (drill.project != row.projectId || drill.environment != row.environment
            || !when.isValid() || when < start || when > now)
            continue;
        const double dx = x(when, now, days);
        const bool ok = drill.succeeded();
        out += QStringLiteral("<path class=\"drill %1\" fill=\"%2\" d=\"M%3 %4 l4 7 h-8 z\"/>")
                   .arg(ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                        ok ? QStringLiteral("#1e8b3a") : QStringLiteral("#b00020"), number(dx),
                        number(axisY - 7));
    }
    if (shown == 0)
        out += label(Width / 2.0, axisY - 14, tr("No backup in this period"), "middle");
    out += QStringLiteral("</svg>");
    return out;
}

} // namespace bc
