#pragma once

#include "timelinedata.h"
#include "timelinemark.h"
#include "timelinescale.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace bc {

// Fixed sizes of the timeline, in pixels.
struct TimelineGeometry
{
    double axisHeight = 34.0;
    double laneHeight = 58.0;
    double labelWidth = 140.0; // lane names left of the time area
    double markSize = 11.0;
    double rowSpacing = 14.0;
    int maxRows = 3;

    double laneTop(int lane) const { return axisHeight + lane * laneHeight; }
    double rowY(int lane, int row) const
    {
        return laneTop(lane) + 12.0 + markSize / 2.0 + row * rowSpacing;
    }
    // The lane under y, or -1.
    int laneAt(double y, int laneCount) const;
};

// Where everything on the timeline goes, widget-free: lanes, marks (stacked when they overlap),
// expiry bars, restore arrows, retention bands, hit tests and keyboard order.
class TimelineLayout final
{
public:
    enum class Direction { Left, Right, Up, Down, First, Last };

    // Lanes: the selected environment first, then production, staging, development, by name;
    // environments only known from backups or activities come last.
    void setData(const TimelineData &data, const QString &selectedEnvironment = {});
    void setGeometry(const TimelineGeometry &geometry);
    void setViewWidth(double width); // whole widget width; the time area is what is left of labels
    TimelineScale &scale() { return m_scale; }
    const TimelineScale &scale() const { return m_scale; }
    // Recomputes positions; call after changing the scale.
    void relayout();

    const TimelineData &data() const { return m_data; }
    const TimelineGeometry &geometry() const { return m_geometry; }
    const QStringList &lanes() const { return m_lanes; }
    int laneOf(const QString &environment) const { return m_laneIndex.value(environment, -1); }
    // Ordered by lane, then time: the keyboard order.
    const QList<TimelineMark> &marks() const { return m_marks; }
    const QList<TimelineArrow> &arrows() const { return m_arrows; }
    QList<TimelineBand> bands(const QDateTime &now) const;
    double contentHeight() const;

    double xForTime(const QDateTime &time) const;
    QDateTime timeForX(double x) const;
    // The mark under pos (nearest centre within reach), or -1.
    int markAt(const QPointF &pos) const;
    int indexOfMark(const QString &id) const { return m_markIndex.value(id, -1); }
    // The mark the arrow keys lead to from `current` (-1: none focused yet); current when
    // there is nowhere to go.
    int neighbour(int current, Direction direction) const;

    static QStringList laneOrder(const QList<Environment> &environments,
                                 const QString &selectedEnvironment);

private:
    void buildLanes(const QString &selectedEnvironment);
    void buildMarks();
    void buildArrows();
    int nearestInLane(int lane, qint64 timeMs) const;

    TimelineData m_data;
    TimelineGeometry m_geometry;
    TimelineScale m_scale;
    QStringList m_lanes;
    QHash<QString, int> m_laneIndex;
    QList<TimelineMark> m_marks;
    QHash<QString, int> m_markIndex;
    QList<int> m_laneBegin; // first mark of each lane; m_laneBegin[lane + 1] is one past its last
    QList<TimelineArrow> m_arrows;
};

} // namespace bc
