#pragma once

#include "client/types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPoint>

namespace bc {

// The heatmap's grid: the year ending on `lastDay`, one column per week (Monday first), one row per
// weekday. Cells before the first day or after the last are outside the range.
class CalendarGrid final
{
public:
    explicit CalendarGrid(const QDate &lastDay = QDate::currentDate());

    QDate firstDay() const { return m_firstDay; } // lastDay one year back, plus one day
    QDate lastDay() const { return m_lastDay; }
    int columns() const;
    static constexpr int rows = 7;

    bool contains(const QDate &date) const;
    // (column, row) of a day, or (-1, -1) when outside the range.
    QPoint cellOf(const QDate &date) const;
    // The day of a cell, or an invalid date when outside the range.
    QDate dateAt(int column, int row) const;
    // Columns where a month begins (for the month labels), as (column, first day of month).
    QList<QPair<int, QDate>> monthStarts() const;

    // Successful backups per local day: the backups listed now and the successful
    // environment.backup activities (whose backups may have expired since), each backup once.
    static QHash<QDate, int> countPerDay(const QList<Backup> &backups,
                                         const QList<Activity> &activities);
    // 0 for none, then 1..4 for growing counts.
    static int level(int count);

private:
    QDate m_lastDay;
    QDate m_firstDay;
    QDate m_gridStart; // Monday of the first column
};

} // namespace bc
