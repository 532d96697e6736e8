// The live part of ActivityFeedModel: one ActivityTracker per running activity.
#include "activityfeedmodel.h"
#include "client/activityprogress.h"
#include "client/activitytracker.h"
#include "client/apiclient.h"

namespace bc {

void ActivityFeedModel::track(const Activity &activity)
{
    if (!m_client || activity.isFinished() || m_trackers.contains(activity.id))
        return;
    auto *tracker = new ActivityTracker(m_client, activity, this);
    // Only a consistent backup's log tells a phase (the site pause) that the state does not.
    const bool readLog = ActivityProgress::isConsistentBackup(activity);
    tracker->setFollowLog(readLog);
    if (readLog) {
        connect(tracker, &ActivityTracker::lineReceived, this,
                [this, id = activity.id](const LogLine &line) { appendLogLine(id, line.message); });
    }
    m_trackers.insert(activity.id, tracker);
    connect(tracker, &ActivityTracker::updated, this,
            [this](const Activity &a) { onTracked(a, false); });
    connect(tracker, &ActivityTracker::finished, this,
            [this](const Activity &a) { onTracked(a, true); });
    connect(tracker, &ActivityTracker::failed, this, [this, id = activity.id] {
        m_logs.remove(id);
        if (ActivityTracker *gone = m_trackers.take(id))
            gone->deleteLater();
    });
    tracker->start();
}

void ActivityFeedModel::onTracked(const Activity &activity, bool finished)
{
    const int row = m_index.value(activity.id, -1);
    if (row >= 0) {
        m_rows[row] = activity;
        Q_EMIT dataChanged(index(row), index(row));
    }
    Q_EMIT activityUpdated(activity);
    if (!finished)
        return;
    if (ActivityTracker *done = m_trackers.take(activity.id))
        done->deleteLater();
    m_logs.remove(activity.id);
    announceEnd(activity);
}

void ActivityFeedModel::announceEnd(const Activity &activity)
{
    if (!activity.isFinished() || m_announced.contains(activity.id))
        return;
    m_announced.insert(activity.id);
    Q_EMIT activityFinished(activity);
}

void ActivityFeedModel::stopTracking()
{
    for (ActivityTracker *tracker : std::as_const(m_trackers)) {
        tracker->stop();
        tracker->deleteLater();
    }
    m_trackers.clear();
}

} // namespace bc
