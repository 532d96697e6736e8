#pragma once

#include "client/result.h"
#include "client/types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace bc {
class ActivityTracker;
class ApiClient;
} // namespace bc

namespace bc::cli {

// Waits for an activity to finish. On a terminal it shows the progress on stderr: the log lines
// as they come and a status line with state, percent and elapsed time. Elsewhere (cron, CI) it
// waits quietly.
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

    ActivityTracker *m_tracker;
    Activity m_activity;
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    bool m_interactive;
};

} // namespace bc::cli
