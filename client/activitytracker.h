#pragma once

#include "result.h"
#include "types.h"

#include <QObject>
#include <QPointer>

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

private:
    void onPolled(const Result<Activity> &result);
    void startLog();

    QPointer<ApiClient> m_client;
    Activity m_activity;
    LogStream *m_log = nullptr;
    int m_ticket = 0;
    bool m_followLog = true;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace bc
