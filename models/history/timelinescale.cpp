#include "timelinescale.h"

#include <algorithm>
#include <cmath>

namespace bc {

TimelineScale::TimelineScale(const QDateTime &start, qint64 spanMs, double width)
{
    setWidth(width);
    setRange(start, spanMs);
}

void TimelineScale::setWidth(double width)
{
    m_width = std::max(1.0, width);
}

void TimelineScale::setRange(const QDateTime &start, qint64 spanMs)
{
    m_startMs = start.toMSecsSinceEpoch();
    m_spanMs = std::clamp(spanMs, minSpanMs, maxSpanMs);
}

void TimelineScale::setRangeEndingAt(const QDateTime &end, qint64 spanMs)
{
    const qint64 span = std::clamp(spanMs, minSpanMs, maxSpanMs);
    m_startMs = end.toMSecsSinceEpoch() - span;
    m_spanMs = span;
}

QDateTime TimelineScale::start() const
{
    return QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
}

QDateTime TimelineScale::end() const
{
    return QDateTime::fromMSecsSinceEpoch(m_startMs + m_spanMs, Qt::UTC);
}

double TimelineScale::xForTime(const QDateTime &time) const
{
    return xForMs(time.toMSecsSinceEpoch());
}

double TimelineScale::xForMs(qint64 msSinceEpoch) const
{
    return double(msSinceEpoch - m_startMs) * m_width / double(m_spanMs);
}

QDateTime TimelineScale::timeForX(double x) const
{
    const auto ms = m_startMs + qint64(std::llround(x * double(m_spanMs) / m_width));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

bool TimelineScale::zoomAt(double x, double factor)
{
    if (!(factor > 0.0)) {
        return false;
    }
    const qint64 anchorMs = timeForX(x).toMSecsSinceEpoch();
    const qint64 span
        = std::clamp(qint64(std::llround(double(m_spanMs) / factor)), minSpanMs, maxSpanMs);
    if (span == m_spanMs) {
        return false;
    }
    m_spanMs = span;
    // Keep the anchor at the same fraction of the width.
    m_startMs = anchorMs - qint64(std::llround(x * double(m_spanMs) / m_width));
    return true;
}

void TimelineScale::panByPixels(double dx)
{
    m_startMs -= qint64(std::llround(dx * msPerPixel()));
}

} // namespace bc
