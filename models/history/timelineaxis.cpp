#include "timelineaxis.h"

#include <QLocale>

#include <array>

namespace bc {

namespace {

constexpr qint64 hourMs = qint64(3600) * 1000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 monthMs = 30 * dayMs;
constexpr std::array<qint64, 11> steps{hourMs,  3 * hourMs,  6 * hourMs, 12 * hourMs,
                                       dayMs,   2 * dayMs,   7 * dayMs,  14 * dayMs,
                                       monthMs, 3 * monthMs, 6 * monthMs};

QString label(const QDateTime &local, qint64 step)
{
    const QLocale locale;
    if (step < dayMs) {
        return local.time() == QTime(0, 0) ? locale.toString(local.date(), QStringLiteral("d MMM"))
                                           : locale.toString(local.time(), QStringLiteral("HH:mm"));
    }
    if (step < monthMs) {
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    }
    return locale.toString(local.date(), QStringLiteral("MMM yyyy"));
}

} // namespace

qint64 TimelineAxis::stepMs(const TimelineScale &scale, double minSpacing)
{
    for (const qint64 step : steps) {
        if (double(step) / scale.msPerPixel() >= minSpacing) {
            return step;
        }
    }
    return steps.back();
}

QList<TimelineAxis::Tick> TimelineAxis::ticks(const TimelineScale &scale, double minSpacing)
{
    const qint64 step = stepMs(scale, minSpacing);
    const QDateTime start = scale.start().toLocalTime();
    const QDateTime end = scale.end().toLocalTime();
    QDateTime tick;
    if (step >= monthMs) {
        const int months = int(step / monthMs);
        const QDate first(start.date().year(), 1, 1);
        const int month = (start.date().month() - 1) / months * months;
        tick = QDateTime(first.addMonths(month), QTime(0, 0));
    } else if (step >= 7 * dayMs) {
        const QDate monday = start.date().addDays(1 - start.date().dayOfWeek());
        tick = QDateTime(monday, QTime(0, 0));
    } else {
        const int hours = int(step / hourMs);
        const int hour = step >= dayMs ? 0 : start.time().hour() / hours * hours;
        tick = QDateTime(start.date(), QTime(hour, 0));
    }
    QList<Tick> result;
    for (int guard = 0; tick <= end && guard < 1000; ++guard) {
        if (tick >= start) {
            result.append({tick.toUTC(), scale.xForTime(tick), label(tick, step)});
        }
        if (step >= monthMs) {
            tick = tick.addMonths(int(step / monthMs));
        } else if (step >= dayMs) {
            tick = tick.addDays(step / dayMs);
        } else {
            tick = tick.addSecs(step / 1000);
        }
    }
    return result;
}

} // namespace bc
