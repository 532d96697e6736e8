#include "timelinetext.h"

#include "client/drillrun.h"
#include "client/timeformat.h"

namespace bc {

QString TimelineText::styleName(TimelineMark::Style style)
{
    switch (style) {
    case TimelineMark::Style::ConsistentManual:
        return tr("Consistent manual backup");
    case TimelineMark::Style::ConsistentAutomated:
        return tr("Consistent automated backup");
    case TimelineMark::Style::LiveManual:
        return tr("Live manual backup");
    case TimelineMark::Style::LiveAutomated:
        return tr("Live automated backup");
    case TimelineMark::Style::Failed:
        return tr("Failed backup");
    case TimelineMark::Style::DrillPassed:
        return tr("Restore drill passed");
    case TimelineMark::Style::DrillFailed:
        return tr("Restore drill failed");
    }
    return {};
}

QString TimelineText::time(const QDateTime &time)
{
    return TimeFormat::shortForm(time);
}

QString TimelineText::tooltip(const TimelineLayout &layout, int markIndex, const QDateTime &now)
{
    if (markIndex < 0 || markIndex >= layout.marks().size()) {
        return {};
    }
    const TimelineMark &mark = layout.marks()[markIndex];
    QStringList lines{styleName(mark.style()), tr("Environment: %1").arg(mark.environment)};
    if (mark.kind == TimelineMark::Kind::Drill) {
        const DrillRecord &drill = layout.data().drills[mark.source];
        lines.append(tr("Finished: %1").arg(time(mark.time)));
        lines.append(tr("Backup: %1").arg(drill.backup));
        if (drill.rtoSeconds >= 0) {
            lines.append(
                tr("Time to restore (RTO): %1").arg(DrillRun::durationText(drill.rtoSeconds)));
        }
        if (!DrillRun::rpoText(drill).isEmpty()) {
            lines.append(tr("Backup age (RPO): %1").arg(DrillRun::rpoText(drill)));
        }
        lines.append(tr("Scratch environment: %1").arg(drill.scratchEnvironment));
        if (!drill.failure.isEmpty()) {
            lines.append(drill.failure);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (mark.kind == TimelineMark::Kind::FailedBackup) {
        const Activity &activity = layout.data().activities[mark.source];
        lines.append(tr("Started: %1").arg(time(mark.time)));
        if (!activity.text.isEmpty()) {
            lines.append(activity.text);
        }
        lines.append(tr("Activity: %1").arg(mark.id));
        return lines.join(QLatin1Char('\n'));
    }
    const Backup &backup = layout.data().backups[mark.source];
    lines.append(tr("Created: %1").arg(time(mark.time)));
    if (!mark.expiresAt.isValid()) {
        lines.append(tr("Kept until deleted or replaced"));
    } else if (mark.expiresAt > now) {
        lines.append(
            tr("Expires: %1 (in %2 d)").arg(time(mark.expiresAt)).arg(now.daysTo(mark.expiresAt)));
    } else {
        lines.append(tr("Expired: %1").arg(time(mark.expiresAt)));
    }
    lines.append(tr("Size used: %1").arg(TimeFormat::size(backup.sizeUsed)));
    if (!backup.commitId.isEmpty()) {
        lines.append(tr("Commit: %1").arg(backup.commitId.left(12)));
    }
    lines.append(backup.restorable ? tr("Restorable") : tr("Not restorable"));
    if (backup.status == QLatin1String("DELETING")) {
        lines.append(tr("Being deleted"));
    }
    lines.append(tr("Backup: %1").arg(mark.id));
    return lines.join(QLatin1Char('\n'));
}

QString TimelineText::accessibleName(const TimelineLayout &layout, int markIndex)
{
    if (markIndex < 0 || markIndex >= layout.marks().size()) {
        return {};
    }
    const TimelineMark &mark = layout.marks()[markIndex];
    return tr("%1 of %2, %3").arg(styleName(mark.style()), mark.environment, time(mark.time));
}

QString TimelineText::arrowTooltip(const TimelineLayout &layout, int arrowIndex)
{
    if (arrowIndex < 0 || arrowIndex >= layout.arrows().size()) {
        return {};
    }
    const TimelineArrow &arrow = layout.arrows()[arrowIndex];
    const QString text = arrow.succeeded ? tr("Restore of %1 from %2 into %3, %4")
                                         : tr("Failed restore of %1 from %2 into %3, %4");
    return text.arg(arrow.backupId, layout.lanes().value(arrow.fromLane),
                    layout.lanes().value(arrow.toLane), time(arrow.time));
}

QString TimelineText::bandName(TimelineBand::Kind kind)
{
    switch (kind) {
    case TimelineBand::Kind::Guaranteed:
        return tr("7 days guaranteed");
    case TimelineBand::Kind::Expired:
        return tr("older backups expired");
    }
    return {};
}

} // namespace bc
