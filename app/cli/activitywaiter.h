#pragma once

#include "client/activityprogress.h"
#include "client/result.h"
#include "client/types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bc {
class ActivityTracker;
class ApiClient;
} // namespace bc

namespace bc::cli {

// Waits for an activity to finish. On a terminal it shows the progress on stderr: the log lines
// as they come, each change of phase (ActivityProgress), once how long this kind of activity
// usually takes in its environment (one page of its history) and a status line with state,
// percent, elapsed time and the time left. Elsewhere (cron, CI) it waits quietly.
class ActivityWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityWaiter)

public:
    // Polls failing 3 times in a row for at least this long: the waiter stops (gaveUp).
    static constexpr int GiveUpFailures = 3;
    static constexpr int DefaultGiveUpSeconds = 300;

    ActivityWaiter(ApiClient *client, const Activity &activity, QObject *parent = nullptr);
    ~ActivityWaiter() override;

    void setGiveUpAfter(int seconds);

    void start();

Q_SIGNALS:
    // The activity finished, successfully or not (see Activity::isSuccess).
    void finished(const bc::Activity &activity);
    void failed(const bc::ApiError &error);
    // The activity's status could not be read for too long; it may still be running.
    void gaveUp(const bc::Activity &lastKnown, const bc::ApiError &lastError, int failures,
                qint64 seconds);

private:
    void showStatus();
    void loadHistory();
    void notePhase();

    QPointer<ApiClient> m_client;
    ActivityTracker *m_tracker;
    Activity m_activity;
    QList<Activity> m_history; // successes of the same type in the same environment
    QString m_log;
    ActivityProgress::Phase m_phase = ActivityProgress::Phase::Done;
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    bool m_interactive;
};

} // namespace bc::cli
