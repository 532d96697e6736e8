#include "retentionsimulator.h"

#include <QSet>

#include <algorithm>

namespace bc {

namespace {

constexpr qint64 hourSeconds = 3600;
constexpr qint64 daySeconds = 24 * hourSeconds;

QString rowText(const RetentionInterval &row)
{
    return RetentionSimulator::tr("%1 × %2").arg(row.interval).arg(row.count);
}

} // namespace

int RetentionOutcome::kept() const
{
    return int(std::count_if(verdicts.cbegin(), verdicts.cend(),
                             [](const RetentionVerdict &v) { return v.keep; }));
}

int RetentionOutcome::evicted() const
{
    return int(verdicts.size()) - kept();
}

qint64 RetentionSimulator::period(const QDateTime &time, const IntervalSpec &spec)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    switch (spec.unit) {
    case 'h':
        return utc.toSecsSinceEpoch() / hourSeconds / spec.n;
    case 'd':
        return date.toJulianDay() / spec.n;
    case 'w':
        // Every Monday has the same Julian day remainder mod 7: one index per ISO week.
        return (date.toJulianDay() - (date.dayOfWeek() - 1)) / 7 / spec.n;
    case 'M':
        return (qint64(date.year()) * 12 + date.month() - 1) / spec.n;
    default:
        return date.year() / spec.n;
    }
}

RetentionOutcome RetentionSimulator::apply(const QList<Backup> &backups,
                                           const RetentionPolicy &policy)
{
    QList<Backup> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Backup &a, const Backup &b) { return a.createdAt > b.createdAt; });
    RetentionOutcome outcome;
    QList<qsizetype> automated;
    int manual = 0;
    for (const Backup &backup : sorted) {
        RetentionVerdict v{backup.id, backup.createdAt, backup.automated, backup.restorable, false,
                           {}};
        if (backup.status != QLatin1String("CREATED")) {
            v.reason = tr("already being deleted (%1)").arg(backup.status);
        } else if (!backup.automated) {
            v.keep = ++manual <= policy.manualCount;
            v.reason = v.keep
                ? tr("manual backup %1 of the %2 kept").arg(manual).arg(policy.manualCount)
                : tr("beyond the %1 newest manual backups").arg(policy.manualCount);
        } else {
            automated << outcome.verdicts.size();
        }
        outcome.verdicts << v;
    }
    for (const RetentionInterval &row : policy.schedule) {
        const auto spec = RetentionRules::parseInterval(row.interval);
        if (!spec)
            continue;
        QSet<qint64> covered;
        for (qsizetype i : automated) {
            if (outcome.verdicts.at(i).keep)
                covered.insert(period(outcome.verdicts.at(i).createdAt, *spec));
        }
        QSet<qint64> chosen;
        for (qsizetype i : automated) {
            RetentionVerdict &v = outcome.verdicts[i];
            const qint64 p = period(v.createdAt, *spec);
            if (v.keep || covered.contains(p) || chosen.contains(p))
                continue;
            if (chosen.size() >= row.count)
                break;
            chosen.insert(p);
            v.keep = true;
            v.reason = tr("newest of its period under %1").arg(rowText(row));
        }
    }
    for (qsizetype i : automated) {
        RetentionVerdict &v = outcome.verdicts[i];
        if (!v.keep)
            v.reason = policy.schedule.isEmpty() ? tr("the schedule keeps no automated backups")
                                                 : tr("no schedule row keeps it");
    }
    return outcome;
}

qint64 RetentionSimulator::cadence(const RetentionPolicy &policy)
{
    qint64 cadence = 0;
    for (const RetentionInterval &row : policy.schedule) {
        const auto spec = RetentionRules::parseInterval(row.interval);
        if (!spec)
            continue;
        const qint64 step = spec->unit == 'h' ? spec->n * hourSeconds : daySeconds;
        cadence = cadence == 0 ? step : qMin(cadence, step);
    }
    return cadence;
}

RetentionProjection RetentionSimulator::project(const QList<Backup> &backups,
                                                const RetentionPolicy &policy, const QDateTime &now,
                                                int days)
{
    RetentionProjection projection;
    projection.days = days;
    projection.until = now.addDays(days);
    QList<Backup> current;
    QDateTime newestAutomated;
    for (const Backup &b : backups) {
        if (b.status != QLatin1String("CREATED"))
            continue;
        current << b;
        if (b.automated && (!newestAutomated.isValid() || b.createdAt > newestAutomated))
            newestAutomated = b.createdAt;
    }
    const auto prune = [&policy](QList<Backup> &list) {
        const RetentionOutcome outcome = apply(list, policy);
        QSet<QString> keep;
        for (const RetentionVerdict &v : outcome.verdicts) {
            if (v.keep)
                keep.insert(v.backupId);
        }
        list.removeIf([&keep](const Backup &b) { return !keep.contains(b.id); });
    };
    prune(current);
    projection.peakBackups = int(current.size());
    const qint64 step = cadence(policy);
    if (step > 0) {
        QDateTime next = newestAutomated.isValid() ? newestAutomated.addSecs(step) : now;
        while (next <= now)
            next = next.addSecs(step);
        for (int n = 0; next <= projection.until; next = next.addSecs(step), ++n) {
            Backup b;
            b.id = QStringLiteral("projected-%1").arg(n);
            b.status = QStringLiteral("CREATED");
            b.automated = true;
            b.restorable = true;
            b.createdAt = next;
            current << b;
            prune(current);
            ++projection.automatedTaken;
            projection.peakBackups = qMax(projection.peakBackups, int(current.size()));
        }
    }
    projection.backups = int(current.size());
    QList<QDateTime> points;
    for (const Backup &b : current) {
        if (b.restorable)
            points << b.createdAt;
    }
    std::sort(points.begin(), points.end(), std::greater<>());
    projection.restorePoints = int(points.size());
    if (!points.isEmpty())
        projection.oldestRestorePoint = points.constLast();
    const qint64 longest = (step > 0 ? step : daySeconds) * 3 / 2;
    // The newest gap is the one that ends at the end of the projection: restore points ageing.
    if (points.isEmpty() || points.constFirst().secsTo(projection.until) > longest)
        projection.gaps.append(
            {points.isEmpty() ? QDateTime() : points.constFirst(), projection.until});
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points.at(i).secsTo(points.at(i - 1)) > longest)
            projection.gaps.append({points.at(i), points.at(i - 1)});
    }
    return projection;
}

} // namespace bc
