#include "calendargrid.h"

#include <QSet>

namespace bc {

CalendarGrid::CalendarGrid(const QDate &lastDay)
    : m_lastDay(lastDay)
    , m_firstDay(lastDay.addYears(-1).addDays(1))
    , m_gridStart(m_firstDay.addDays(1 - m_firstDay.dayOfWeek()))
{ }

int CalendarGrid::columns() const
{
    return int(m_gridStart.daysTo(m_lastDay) / 7) + 1;
}

bool CalendarGrid::contains(const QDate &date) const
{
    return date.isValid() && date >= m_firstDay && date <= m_lastDay;
}

QPoint CalendarGrid::cellOf(const QDate &date) const
{
    if (!contains(date)) {
        return {-1, -1};
    }
    const qint64 offset = m_gridStart.daysTo(date);
    return {int(offset / 7), int(offset % 7)};
}

QDate CalendarGrid::dateAt(int column, int row) const
{
    if (column < 0 || row < 0 || row >= rows) {
        return {};
    }
    const QDate date = m_gridStart.addDays(qint64(column) * 7 + row);
    return contains(date) ? date : QDate();
}

QList<QPair<int, QDate>> CalendarGrid::monthStarts() const
{
    QList<QPair<int, QDate>> starts;
    QDate month(m_firstDay.year(), m_firstDay.month(), 1);
    if (month < m_firstDay) {
        month = month.addMonths(1);
    }
    for (; month <= m_lastDay; month = month.addMonths(1)) {
        starts.append({cellOf(month).x(), month});
    }
    return starts;
}

QHash<QDate, int> CalendarGrid::countPerDay(const QList<Backup> &backups,
                                            const QList<Activity> &activities)
{
    QHash<QDate, int> counts;
    QSet<QString> seen;
    for (const Backup &backup : backups) {
        if (backup.createdAt.isValid() && !seen.contains(backup.id)) {
            seen.insert(backup.id);
            ++counts[backup.createdAt.toLocalTime().date()];
        }
    }
    for (const Activity &activity : activities) {
        if (activity.type != QLatin1String("environment.backup") || !activity.isSuccess()) {
            continue;
        }
        const QString id = activity.backupName().isEmpty() ? activity.id : activity.backupName();
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        const QDateTime when
            = activity.completedAt.isValid() ? activity.completedAt : activity.createdAt;
        ++counts[when.toLocalTime().date()];
    }
    return counts;
}

int CalendarGrid::level(int count)
{
    if (count <= 0) {
        return 0;
    }
    if (count == 1) {
        return 1;
    }
    if (count <= 3) {
        return 2;
    }
    if (count <= 6) {
        return 3;
    }
    return 4;
}

} // namespace bc
