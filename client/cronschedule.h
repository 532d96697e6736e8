#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>

namespace bc {

// A five-field cron spec (minute hour day-of-month month day-of-week) as the platform's `crons:`
// accept it: numbers, names (jan, mon), lists, ranges, steps and the @daily family. Knows how
// often it runs, refuses what runs more than once a day (the platform asks for at most one
// backup a day) and computes the next runs, correctly across daylight-saving changes.
class CronSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(bc::CronSchedule)

public:
    static CronSchedule parse(const QString &spec);
    // "M H * * *": once a day at that time.
    static CronSchedule daily(const QTime &time);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // why the spec could not be read
    QString spec() const { return m_spec; }

    // The most runs on any day the schedule matches (0 when invalid).
    int maxRunsPerDay() const;
    // Why a backup job may not use this schedule (unreadable, more than once a day, never
    // runs); empty when it may.
    QString refusal() const;
    bool isAcceptable() const { return refusal().isEmpty(); }

    // The next `count` runs strictly after `after`, as UTC times. The spec is read in `zone`
    // (the platform runs crons in UTC). A time skipped by a DST change runs at the same moment
    // shifted by the gap; a time that happens twice runs once, at its first occurrence.
    QList<QDateTime> nextRuns(const QDateTime &after, int count,
                              const QTimeZone &zone = QTimeZone::utc()) const;

private:
    bool parseFields(const QStringList &fields);
    bool matchesDay(const QDate &date) const;
    static QDateTime resolve(const QDate &date, const QTime &time, const QTimeZone &zone);

    QString m_spec;
    QString m_error;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<7> m_daysOfWeek; // 0 = Sunday
    bool m_anyDayOfMonth = true;
    bool m_anyDayOfWeek = true;
};

} // namespace bc
