#pragma once

#include "result.h"
#include "types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace bc {

class ApiClient;
class LogStream;

// Follows one activity to its end: polls its self link through the client's shared poller
// (1 s, backing off to 5 s while nothing changes; one request per activity per tick whatever the
// number of trackers), optionally reads its log, rides out transient errors and ends with the
// final activity.
class ActivityTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTracker)

public:
    ActivityTracker(ApiClient *client, const Activity &activity, QObject *parent = nullptr);
    ~ActivityTracker() override;

    // Also stream the activity's log (lineReceived). Default true. Call before start().
    void setFollowLog(bool follow) { m_followLog = follow; }
    // Give up (gaveUp) once `failures` polls in a row have failed over at least `span`; by
    // default the tracker never gives up (a window can wait for the service to come back; a
    // script cannot). Call before start().
    void setGiveUp(int failures, std::chrono::milliseconds span)
    {
        m_giveUpFailures = failures;
        m_giveUpSpan = span;
    }
    // Starts following; emits finished() at once (queued) if the activity is already finished.
    void start();
    void stop();

    const Activity &activity() const { return m_activity; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void updated(const bc::Activity &activity); // any change
    void progressChanged(int percent);
    void stateChanged(const QString &state);
    void lineReceived(const bc::LogLine &line);
    // A poll failed but the tracker keeps going.
    void transientError(const bc::ApiError &error);
    // The activity is finished (see Activity::isFinished); its log may still be read to its seal.
    void finished(const bc::Activity &activity);
    // The tracker gave up (activity gone, auth refused...). No finished() follows.
    void failed(const bc::ApiError &error);
    // Polls kept failing past setGiveUp's bound: the tracker stopped, the activity may well still
    // be running. No finished() or failed() follows.
    void gaveUp(const bc::ApiError &lastError, int failures);

private:
    void onPolled(const Result<Activity> &result);
    void startLog();

    QPointer<ApiClient> m_client;
    Activity m_activity;
    LogStream *m_log = nullptr;
    int m_ticket = 0;
    int m_giveUpFailures = 0;
    std::chrono::milliseconds m_giveUpSpan{0};
    int m_failures = 0; // polls failed in a row
    QElapsedTimer m_failingSince;
    bool m_followLog = true;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace bc
