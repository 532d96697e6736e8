#pragma once

#include <QDateTime>

namespace bc {

// Time ↔ x on the timeline: a visible span of time mapped onto a width in pixels. The span is
// kept between a day and a year, whatever the zoom asks.
class TimelineScale final
{
public:
    static constexpr qint64 minSpanMs = qint64(24) * 3600 * 1000;
    static constexpr qint64 maxSpanMs = qint64(365) * 24 * 3600 * 1000;

    TimelineScale() = default;
    TimelineScale(const QDateTime &start, qint64 spanMs, double width);

    // The pixels available for time; at least one.
    void setWidth(double width);
    double width() const { return m_width; }

    // Shows [start, start + span); the span is clamped to the zoom limits.
    void setRange(const QDateTime &start, qint64 spanMs);
    // Shows the span ending at `end` (e.g. now plus a margin).
    void setRangeEndingAt(const QDateTime &end, qint64 spanMs);
    QDateTime start() const;
    QDateTime end() const;
    qint64 spanMs() const { return m_spanMs; }
    double msPerPixel() const { return double(m_spanMs) / m_width; }

    double xForTime(const QDateTime &time) const;
    double xForMs(qint64 msSinceEpoch) const;
    QDateTime timeForX(double x) const;

    // Zooms by `factor` (> 1 in, < 1 out) keeping the time under x where it is. Returns false
    // when the limits leave the span unchanged.
    bool zoomAt(double x, double factor);
    // Moves the view as a drag by dx pixels does: dragging right shows earlier times.
    void panByPixels(double dx);

private:
    qint64 m_startMs = 0;
    qint64 m_spanMs = qint64(30) * 24 * 3600 * 1000;
    double m_width = 1000.0;
};

} // namespace bc
