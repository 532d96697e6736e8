#include "cronschedule.h"

#include <QRegularExpression>

#include <algorithm>

namespace bc {

namespace {

struct FieldRange
{
    int min;
    int max;
    QStringList names; // index + min = value
};

const FieldRange &range(int field)
{
    static const FieldRange ranges[5] = {
        {0, 59, {}},
        {0, 23, {}},
        {1, 31, {}},
        {1,
         12,
         {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
          QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
          QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
          QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")}},
        // 7 is Sunday too, as in every cron.
        {0,
         7,
         {QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"),
          QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"),
          QStringLiteral("sat")}},
    };
    return ranges[field];
}

int value(const QString &text, const FieldRange &r, bool *ok)
{
    const int named = int(r.names.indexOf(text.toLower()));
    if (named >= 0) {
        *ok = true;
        return named + r.min;
    }
    const int v = text.toInt(ok);
    *ok = *ok && v >= r.min && v <= r.max;
    return v;
}

// One field into the set of values it matches; false when it is not readable.
bool parseField(const QString &text, const FieldRange &r, QList<int> *values)
{
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QStringList stepParts = item.split(QLatin1Char('/'));
        if (stepParts.size() > 2 || stepParts.first().isEmpty())
            return false;
        int step = 1;
        bool ok = true;
        if (stepParts.size() == 2) {
            step = stepParts.at(1).toInt(&ok);
            if (!ok || step < 1)
                return false;
        }
        const QString base = stepParts.first();
        int low = r.min;
        int high = r.max;
        if (base != QLatin1String("*")) {
            const QStringList bounds = base.split(QLatin1Char('-'));
            if (bounds.size() > 2)
                return false;
            low = value(bounds.first(), r, &ok);
            if (!ok)
                return false;
            // "5/15" means from 5 to the end, every 15.
            high = bounds.size() == 2 ? value(bounds.at(1), r, &ok)
                                      : (stepParts.size() == 2 ? r.max : low);
            if (!ok || high < low)
                return false;
        }
        // Stops before stepping past high: low + step can overflow an int (a step of INT_MAX).
        for (int v = low;; v += step) {
            values->append(v);
            if (step > high - v)
                break;
        }
    }
    return true;
}

} // namespace

CronSchedule CronSchedule::parse(const QString &spec)
{
    CronSchedule s;
    s.m_spec = spec.simplified();
    static const QHash<QString, QString> macros = {
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
    };
    const QString expanded = macros.value(s.m_spec.toLower(), s.m_spec);
    const QStringList fields = expanded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        s.m_error = tr("A cron spec has five fields (minute hour day-of-month month "
                       "day-of-week), e.g. 0 5 * * *.");
        return s;
    }
    s.parseFields(fields);
    return s;
}

CronSchedule CronSchedule::daily(const QTime &time)
{
    return parse(QStringLiteral("%1 %2 * * *").arg(time.minute()).arg(time.hour()));
}

bool CronSchedule::parseFields(const QStringList &fields)
{
    static const char *const names[5]
        = {QT_TR_NOOP("minute"), QT_TR_NOOP("hour"), QT_TR_NOOP("day of month"),
           QT_TR_NOOP("month"), QT_TR_NOOP("day of week")};
    for (int f = 0; f < 5; ++f) {
        QList<int> values;
        if (!parseField(fields.at(f), range(f), &values)) {
            m_error = tr("The %1 field \"%2\" cannot be read (allowed: %3-%4, lists, ranges and "
                         "steps).")
                          .arg(tr(names[f]), fields.at(f))
                          .arg(range(f).min)
                          .arg(range(f).max);
            return false;
        }
        for (int v : values) {
            switch (f) {
            case 0:
                m_minutes.set(size_t(v));
                break;
            case 1:
                m_hours.set(size_t(v));
                break;
            case 2:
                m_daysOfMonth.set(size_t(v));
                break;
            case 3:
                m_months.set(size_t(v));
                break;
            default:
                m_daysOfWeek.set(size_t(v % 7));
                break;
            }
        }
    }
    m_anyDayOfMonth = fields.at(2).startsWith(QLatin1Char('*'));
    m_anyDayOfWeek = fields.at(4).startsWith(QLatin1Char('*'));
    return true;
}

int CronSchedule::maxRunsPerDay() const
{
    return isValid() ? int(m_minutes.count() * m_hours.count()) : 0;
}

QString CronSchedule::refusal() const
{
    if (!isValid())
        return m_error;
    const int perDay = maxRunsPerDay();
    if (perDay > 1)
        return tr("The schedule %1 runs %n times a day: the platform asks for at most one backup "
                  "a day. Use a single minute and hour, e.g. 0 5 * * *.",
                  nullptr, perDay)
            .arg(m_spec);
    if (nextRuns(QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()), 1).isEmpty())
        return tr("The schedule %1 never runs.").arg(m_spec);
    return {};
}

bool CronSchedule::matchesDay(const QDate &date) const
{
    if (!m_months.test(size_t(date.month())))
        return false;
    const bool dom = m_daysOfMonth.test(size_t(date.day()));
    const bool dow = m_daysOfWeek.test(size_t(date.dayOfWeek() % 7));
    // Classic cron: when both day fields are restricted, either one matching is enough.
    if (!m_anyDayOfMonth && !m_anyDayOfWeek)
        return dom || dow;
    return dom && dow;
}

QDateTime CronSchedule::resolve(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, QTimeZone::utc());
    // At most one transition a day: the offsets a day before and after bracket this time.
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    // The larger offset gives the earlier instant: the first occurrence of a repeated time.
    for (const int offset : {qMax(before, after), qMin(before, after)}) {
        const QDateTime utc = naive.addSecs(-offset);
        if (zone.offsetFromUtc(utc) == offset)
            return utc;
    }
    // Skipped by the change: the same moment read with the old offset (shifted by the gap).
    return naive.addSecs(-before);
}

QList<QDateTime> CronSchedule::nextRuns(const QDateTime &after, int count,
                                        const QTimeZone &zone) const
{
    QList<QDateTime> runs;
    if (!isValid() || count <= 0)
        return runs;
    const QDateTime afterUtc = after.toUTC();
    QDate day = afterUtc.toTimeZone(zone).date().addDays(-1);
    // Eight years cover any day that exists (29 February included).
    const QDate last = day.addYears(8);
    for (; day <= last && runs.size() < count; day = day.addDays(1)) {
        if (!matchesDay(day))
            continue;
        QList<QDateTime> today;
        for (int h = 0; h < 24; ++h) {
            if (!m_hours.test(size_t(h)))
                continue;
            for (int m = 0; m < 60; ++m) {
                if (!m_minutes.test(size_t(m)))
                    continue;
                const QDateTime run = resolve(day, QTime(h, m), zone);
                if (run > afterUtc && !today.contains(run))
                    today.append(run);
            }
        }
        std::sort(today.begin(), today.end());
        runs += today.mid(0, count - runs.size());
    }
    return runs;
}

} // namespace bc
