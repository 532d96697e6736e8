#pragma once

#include "client/apiclient.h"
#include "client/callhandle.h"
#include "client/result.h"
#include "client/types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace bc {

class ActivityTracker;

// One action of this console (backup, delete, restore in place, cancel): sends its request
// exactly once, then follows the activity it started to its end. Widgets use jobs; jobs use the
// client. A job outlives the dialog that started it ("Continue in background").
class ActionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionJob)

public:
    using Starter = std::function<CallHandle(QObject *, Callback<Activity>)>;

    ActionJob(ApiClient *client, Starter starter, QObject *parent = nullptr);
    ~ActionJob() override;

    static ActionJob *createBackup(ApiClient *client, const Environment &environment, bool safe,
                                   QObject *parent = nullptr);
    static ActionJob *deleteBackup(ApiClient *client, const Backup &backup,
                                   QObject *parent = nullptr);
    static ActionJob *cancelActivity(ApiClient *client, const Activity &activity,
                                     QObject *parent = nullptr);

    // Also stream the log (lineReceived). Default false. Call before start().
    void setFollowLog(bool follow) { m_followLog = follow; }
    // Sends the request. Only the first call does anything: one click, one request.
    void start();
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_done; }
    const Activity &activity() const { return m_activity; }
    QDateTime startedAt() const { return m_startedAt; }

Q_SIGNALS:
    void accepted(const bc::Activity &activity);
    void updated(const bc::Activity &activity);
    void lineReceived(const bc::LogLine &line);
    void finished(const bc::Activity &activity);
    void failed(const bc::ApiError &error);

private:
    void follow(const Activity &activity);

    QPointer<ApiClient> m_client;
    Starter m_starter;
    Activity m_activity;
    CallHandle m_call;
    QDateTime m_startedAt;
    bool m_followLog = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace bc
