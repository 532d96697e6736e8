#include "retentiontext.h"

#include "timeformat.h"

#include <QStringList>

namespace bc {

QString RetentionText::time(const QDateTime &time)
{
    return time.isValid() ? TimeFormat::shortForm(time) : tr("never");
}

QString RetentionText::policy(const RetentionPolicy &policy)
{
    QStringList rows;
    for (const RetentionInterval &row : policy.schedule)
        rows << tr("%1 × %2").arg(row.interval).arg(row.count);
    const QString schedule = rows.isEmpty() ? tr("no automated backups kept") : rows.join(u", ");
    const QString plan
        = policy.maxBackups ? tr("plan: %1").arg(*policy.maxBackups) : tr("plan: no limit known");
    return tr("manual %1; %2; keeps up to %3 (%4)")
        .arg(policy.manualCount)
        .arg(schedule)
        .arg(RetentionRules::capacity(policy))
        .arg(plan);
}

QString RetentionText::outcome(const RetentionOutcome &outcome)
{
    QStringList lines;
    for (const RetentionVerdict &v : outcome.verdicts) {
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(v.keep ? tr("keep ") : tr("evict"), time(v.createdAt), v.backupId,
                          v.automated ? tr("automated") : tr("manual   "), v.reason);
    }
    lines << tr("%n backup(s) today", nullptr, int(outcome.verdicts.size())) + QStringLiteral(": ")
            + tr("%1 kept, %2 evicted").arg(outcome.kept()).arg(outcome.evicted());
    return lines.join(u'\n') + u'\n';
}

QString RetentionText::projection(const RetentionProjection &p)
{
    QStringList lines;
    lines << tr("In %1 days (%2), assuming %3 automated backups and no manual ones:")
                 .arg(p.days)
                 .arg(time(p.until))
                 .arg(p.automatedTaken);
    lines << tr("  backups kept: %1 (at most %2 on any day)").arg(p.backups).arg(p.peakBackups);
    lines << tr("  restore points: %1, the oldest %2")
                 .arg(p.restorePoints)
                 .arg(time(p.oldestRestorePoint));
    if (p.gaps.isEmpty())
        lines << tr("  gaps: none");
    for (const RetentionProjection::Gap &gap : p.gaps) {
        const double days = double(gap.from.isValid() ? gap.from.secsTo(gap.to) : 0) / 86400.0;
        lines << (gap.from.isValid()
                      ? tr("  gap: %1 days without a restore point, %2 to %3")
                            .arg(QString::number(days, 'f', 1), time(gap.from), time(gap.to))
                      : tr("  gap: no restore point at all until %1").arg(time(gap.to)));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace bc
