#include "timelinelayout.h"

#include "timelinestacking.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace bc {

namespace {

int typeRank(const QString &type)
{
    if (type == QLatin1String("production")) {
        return 0;
    }
    if (type == QLatin1String("staging")) {
        return 1;
    }
    if (type == QLatin1String("development")) {
        return 2;
    }
    return 3;
}

} // namespace

int TimelineGeometry::laneAt(double y, int laneCount) const
{
    if (y < axisHeight) {
        return -1;
    }
    const int lane = int(std::floor((y - axisHeight) / laneHeight));
    return lane < laneCount ? lane : -1;
}

QStringList TimelineLayout::laneOrder(const QList<Environment> &environments,
                                      const QString &selectedEnvironment)
{
    QList<Environment> sorted = environments;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Environment &a, const Environment &b) {
        const bool aSelected = a.id == selectedEnvironment;
        const bool bSelected = b.id == selectedEnvironment;
        if (aSelected != bSelected) {
            return aSelected;
        }
        if (typeRank(a.type) != typeRank(b.type)) {
            return typeRank(a.type) < typeRank(b.type);
        }
        return a.id < b.id;
    });
    QStringList lanes;
    for (const Environment &environment : sorted) {
        lanes.append(environment.id);
    }
    return lanes;
}

void TimelineLayout::setData(const TimelineData &data, const QString &selectedEnvironment)
{
    m_data = data;
    buildLanes(selectedEnvironment);
    buildMarks();
    relayout();
}

void TimelineLayout::setGeometry(const TimelineGeometry &geometry)
{
    m_geometry = geometry;
    relayout();
}

void TimelineLayout::setViewWidth(double width)
{
    m_scale.setWidth(width - m_geometry.labelWidth);
}

void TimelineLayout::buildLanes(const QString &selectedEnvironment)
{
    m_lanes = laneOrder(m_data.environments, selectedEnvironment);
    QStringList extra;
    const auto addUnknown = [&](const QString &environment) {
        if (!environment.isEmpty() && !m_lanes.contains(environment)
            && !extra.contains(environment)) {
            extra.append(environment);
        }
    };
    for (const Backup &backup : std::as_const(m_data.backups)) {
        addUnknown(backup.environment);
    }
    for (const Activity &activity : std::as_const(m_data.activities)) {
        if (TimelineData::isFailedBackup(activity)) {
            addUnknown(TimelineData::environmentOf(activity));
        }
    }
    extra.sort();
    m_lanes += extra;
    m_laneIndex.clear();
    for (int i = 0; i < m_lanes.size(); ++i) {
        m_laneIndex.insert(m_lanes[i], i);
    }
}

void TimelineLayout::buildMarks()
{
    m_marks.clear();
    for (int i = 0; i < m_data.backups.size(); ++i) {
        const Backup &backup = m_data.backups[i];
        TimelineMark mark;
        mark.id = backup.id;
        mark.environment = backup.environment;
        mark.time = backup.createdAt;
        mark.expiresAt = backup.expiresAt.value_or(QDateTime());
        mark.safe = backup.safe;
        mark.automated = backup.automated;
        mark.source = i;
        mark.lane = laneOf(backup.environment);
        if (mark.lane >= 0) {
            m_marks.append(mark);
        }
    }
    for (int i = 0; i < m_data.activities.size(); ++i) {
        const Activity &activity = m_data.activities[i];
        if (!TimelineData::isFailedBackup(activity)) {
            continue;
        }
        TimelineMark mark;
        mark.kind = TimelineMark::Kind::FailedBackup;
        mark.id = activity.id;
        mark.environment = TimelineData::environmentOf(activity);
        mark.time = activity.createdAt;
        mark.safe = activity.safe().value_or(true);
        mark.source = i;
        mark.lane = laneOf(mark.environment);
        if (mark.lane >= 0) {
            m_marks.append(mark);
        }
    }
    for (int i = 0; i < m_data.drills.size(); ++i) {
        const DrillRecord &drill = m_data.drills[i];
        const bool ended = drill.outcome == QLatin1String("success")
            || drill.outcome == QLatin1String("failure");
        if (!ended || !drill.finishedAt.isValid()) {
            continue; // running, or refused before anything was restored
        }
        TimelineMark mark;
        mark.kind = TimelineMark::Kind::Drill;
        mark.id = QStringLiteral("drill:") + drill.id;
        mark.environment = drill.environment;
        mark.time = drill.finishedAt;
        mark.safe = drill.succeeded(); // the style: passed or failed
        mark.source = i;
        mark.lane = laneOf(drill.environment);
        if (mark.lane >= 0) {
            m_marks.append(mark);
        }
    }
    std::stable_sort(m_marks.begin(), m_marks.end(), [](const auto &a, const auto &b) {
        if (a.lane != b.lane) {
            return a.lane < b.lane;
        }
        return a.time < b.time;
    });
    m_markIndex.clear();
    m_laneBegin = QList<int>(m_lanes.size() + 1, int(m_marks.size()));
    for (int i = int(m_marks.size()) - 1; i >= 0; --i) {
        m_markIndex.insert(m_marks[i].id, i);
        m_laneBegin[m_marks[i].lane] = i;
    }
    // Lanes without marks begin where the next lane begins.
    for (int lane = int(m_lanes.size()) - 1; lane >= 0; --lane) {
        m_laneBegin[lane] = std::min(m_laneBegin[lane], m_laneBegin[lane + 1]);
    }
}

void TimelineLayout::relayout()
{
    const double left = m_geometry.labelWidth;
    const double rightEdge = left + m_scale.width();
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        QList<double> xs;
        for (int i = m_laneBegin[lane]; i < m_laneBegin[lane + 1]; ++i) {
            xs.append(left + m_scale.xForTime(m_marks[i].time));
        }
        const QList<int> rows
            = TimelineStacking::assignRows(xs, m_geometry.markSize + 2.0, m_geometry.maxRows);
        for (int k = 0; k < xs.size(); ++k) {
            TimelineMark &mark = m_marks[m_laneBegin[lane] + k];
            mark.row = rows[k];
            mark.center = QPointF(xs[k], m_geometry.rowY(lane, mark.row));
            mark.barEndX = mark.expiresAt.isValid() ? left + m_scale.xForTime(mark.expiresAt)
                                                    : std::max(rightEdge, xs[k]);
        }
    }
    buildArrows();
}

void TimelineLayout::buildArrows()
{
    m_arrows.clear();
    for (const Activity &activity : std::as_const(m_data.activities)) {
        if (!TimelineData::isRestore(activity)) {
            continue;
        }
        TimelineArrow arrow;
        arrow.activityId = activity.id;
        arrow.backupId = activity.backupName();
        arrow.succeeded = activity.isSuccess();
        arrow.time = activity.completedAt.isValid() ? activity.completedAt : activity.createdAt;
        QString target = activity.targetEnvironment();
        QString source = activity.sourceEnvironment();
        if (source.isEmpty() && !activity.environments.isEmpty()) {
            source = activity.environments.constFirst();
        }
        arrow.fromMark = indexOfMark(arrow.backupId);
        if (arrow.fromMark >= 0) {
            source = m_marks[arrow.fromMark].environment;
        }
        if (target.isEmpty()) {
            target = source;
        }
        arrow.fromLane = laneOf(source);
        arrow.toLane = laneOf(target);
        if (arrow.fromLane < 0 || arrow.toLane < 0) {
            continue;
        }
        const double x = xForTime(arrow.time);
        arrow.from = arrow.fromMark >= 0
            ? m_marks[arrow.fromMark].center
            : QPointF(x, m_geometry.laneTop(arrow.fromLane) + m_geometry.laneHeight / 2.0);
        arrow.to = QPointF(x, m_geometry.laneTop(arrow.toLane) + m_geometry.laneHeight - 6.0);
        m_arrows.append(arrow);
    }
}

QList<TimelineBand> TimelineLayout::bands(const QDateTime &now) const
{
    const double left = m_geometry.labelWidth;
    const double nowX = xForTime(now);
    const double weekX = xForTime(now.addDays(-7));
    QList<TimelineBand> result;
    result.append({TimelineBand::Kind::Guaranteed, std::max(left, weekX), std::max(left, nowX)});
    // Each lane's own backups tell how far back its retention reaches: before the oldest backup
    // still kept, everything has expired (a yearly policy reaches further than a weekly one).
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        bool anyBackup = false;
        std::optional<double> keptX;
        for (int i = m_laneBegin[lane]; i < m_laneBegin[lane + 1] && !keptX; ++i) {
            const TimelineMark &mark = m_marks[i];
            if (mark.kind != TimelineMark::Kind::Backup) {
                continue;
            }
            anyBackup = true;
            if (!mark.expiresAt.isValid() || mark.expiresAt.toMSecsSinceEpoch() > nowMs) {
                keptX = mark.center.x(); // marks are in time order: the oldest kept one
            }
        }
        if (anyBackup) {
            result.append(
                {TimelineBand::Kind::Expired, left, std::max(left, keptX.value_or(nowX)), lane});
        }
    }
    return result;
}

double TimelineLayout::contentHeight() const
{
    return m_geometry.laneTop(int(m_lanes.size()));
}

double TimelineLayout::xForTime(const QDateTime &time) const
{
    return m_geometry.labelWidth + m_scale.xForTime(time);
}

QDateTime TimelineLayout::timeForX(double x) const
{
    return m_scale.timeForX(x - m_geometry.labelWidth);
}

int TimelineLayout::markAt(const QPointF &pos) const
{
    const int lane = m_geometry.laneAt(pos.y(), int(m_lanes.size()));
    if (lane < 0 || pos.x() < m_geometry.labelWidth) {
        return -1;
    }
    const double reach = m_geometry.markSize / 2.0 + 3.0;
    int best = -1;
    double bestDistance = reach * reach;
    for (int i = m_laneBegin[lane]; i < m_laneBegin[lane + 1]; ++i) {
        const QPointF d = m_marks[i].center - pos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

int TimelineLayout::nearestInLane(int lane, qint64 timeMs) const
{
    const int begin = m_laneBegin[lane];
    const int end = m_laneBegin[lane + 1];
    int best = -1;
    qint64 bestDistance = 0;
    for (int i = begin; i < end; ++i) {
        const qint64 distance = std::llabs(m_marks[i].time.toMSecsSinceEpoch() - timeMs);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int TimelineLayout::neighbour(int current, Direction direction) const
{
    if (m_marks.isEmpty()) {
        return -1;
    }
    if (current < 0 || current >= m_marks.size()) {
        // Start at the newest mark of the first lane that has any.
        const int lane = m_marks.constFirst().lane;
        return m_laneBegin[lane + 1] - 1;
    }
    const int lane = m_marks[current].lane;
    switch (direction) {
    case Direction::Left:
        return current > m_laneBegin[lane] ? current - 1 : current;
    case Direction::Right:
        return current + 1 < m_laneBegin[lane + 1] ? current + 1 : current;
    case Direction::First:
        return m_laneBegin[lane];
    case Direction::Last:
        return m_laneBegin[lane + 1] - 1;
    case Direction::Up:
    case Direction::Down: {
        const int step = direction == Direction::Up ? -1 : 1;
        const qint64 timeMs = m_marks[current].time.toMSecsSinceEpoch();
        for (int other = lane + step; other >= 0 && other < m_lanes.size(); other += step) {
            const int found = nearestInLane(other, timeMs);
            if (found >= 0) {
                return found;
            }
        }
        return current;
    }
    }
    return current;
}

} // namespace bc
