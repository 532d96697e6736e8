#include "retentionrules.h"

#include <QRegularExpression>

namespace bc {

std::optional<IntervalSpec> RetentionRules::parseInterval(const QString &interval)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,3})([hdwMy])$"));
    const QRegularExpressionMatch match = pattern.match(interval);
    if (!match.hasMatch())
        return std::nullopt;
    return IntervalSpec{match.captured(1).toInt(), match.captured(2).at(0).toLatin1()};
}

qint64 RetentionRules::intervalSeconds(const QString &interval)
{
    const auto spec = parseInterval(interval);
    if (!spec)
        return 0;
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    switch (spec->unit) {
    case 'h':
        return spec->n * hour;
    case 'd':
        return spec->n * day;
    case 'w':
        return spec->n * 7 * day;
    case 'M':
        return spec->n * 30 * day;
    default:
        return spec->n * 365 * day;
    }
}

int RetentionRules::capacity(const RetentionPolicy &policy)
{
    int total = policy.manualCount;
    for (const RetentionInterval &entry : policy.schedule)
        total += qMax(0, entry.count);
    return total;
}

QStringList RetentionRules::problems(const RetentionPolicy &policy)
{
    QStringList problems;
    if (policy.manualCount < 1)
        problems
            << tr("Manual backups to keep must be at least 1 (it is %1).").arg(policy.manualCount);
    QStringList seen;
    for (qsizetype i = 0; i < policy.schedule.size(); ++i) {
        const RetentionInterval &entry = policy.schedule.at(i);
        const int row = int(i + 1);
        if (!parseInterval(entry.interval)) {
            problems << tr("Schedule row %1: \"%2\" is not an interval; write a number from 1 and "
                           "a unit: h (hours), d (days), w (weeks), M (months) or y (years), "
                           "e.g. 1d.")
                            .arg(row)
                            .arg(entry.interval);
        } else if (seen.contains(entry.interval)) {
            problems << tr("Schedule row %1: the interval %2 is already in the schedule.")
                            .arg(row)
                            .arg(entry.interval);
        }
        seen << entry.interval;
        if (entry.count < 1)
            problems << tr("Schedule row %1: the number of backups to keep must be at least 1 "
                           "(it is %2).")
                            .arg(row)
                            .arg(entry.count);
    }
    if (policy.maxBackups && capacity(policy) > *policy.maxBackups)
        problems << tr("The policy keeps up to %1 backups; the plan allows at most %2 per "
                       "environment.")
                        .arg(capacity(policy))
                        .arg(*policy.maxBackups);
    return problems;
}

DataRetention RetentionRules::changes(const DataRetention &before, const DataRetention &after)
{
    DataRetention changed;
    for (auto it = after.byType.cbegin(); it != after.byType.cend(); ++it) {
        const auto old = before.byType.constFind(it.key());
        if (old != before.byType.cend() && old->manualCount == it->manualCount
            && old->schedule == it->schedule)
            continue;
        RetentionPolicy policy = *it;
        policy.maxBackups.reset();
        changed.byType.insert(it.key(), policy);
    }
    return changed;
}

} // namespace bc
