#include "actionjob.h"

#include "client/activitytracker.h"
#include "client/apiclient.h"

namespace bc {

ActionJob::ActionJob(ApiClient *client, Starter starter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_starter(std::move(starter))
{ }

ActionJob::~ActionJob()
{
    m_call.cancel();
}

ActionJob *ActionJob::createBackup(ApiClient *client, const Environment &environment, bool safe,
                                   QObject *parent)
{
    return new ActionJob(
        client,
        [client, environment, safe](QObject *context, Callback<Activity> done) {
            return client->createBackup(environment, safe, context, std::move(done));
        },
        parent);
}

ActionJob *ActionJob::deleteBackup(ApiClient *client, const Backup &backup, QObject *parent)
{
    return new ActionJob(
        client,
        [client, backup](QObject *context, Callback<Activity> done) {
            return client->deleteBackup(backup, context, std::move(done));
        },
        parent);
}

ActionJob *ActionJob::cancelActivity(ApiClient *client, const Activity &activity, QObject *parent)
{
    return new ActionJob(
        client,
        [client, activity](QObject *context, Callback<Activity> done) {
            return client->cancelActivity(activity, context, std::move(done));
        },
        parent);
}

void ActionJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_call = m_starter(this, [this](Result<Activity> result) {
        if (!result.ok()) {
            m_done = true;
            Q_EMIT failed(result.error());
            return;
        }
        m_activity = result.value();
        Q_EMIT accepted(m_activity);
        follow(m_activity);
    });
}

void ActionJob::follow(const Activity &activity)
{
    if (!m_client) {
        m_done = true;
        Q_EMIT finished(activity);
        return;
    }
    auto *tracker = new ActivityTracker(m_client, activity, this);
    tracker->setFollowLog(m_followLog);
    connect(tracker, &ActivityTracker::updated, this, [this](const Activity &a) {
        m_activity = a;
        Q_EMIT updated(a);
    });
    connect(tracker, &ActivityTracker::lineReceived, this, &ActionJob::lineReceived);
    connect(tracker, &ActivityTracker::finished, this, [this](const Activity &a) {
        m_activity = a;
        m_done = true;
        Q_EMIT finished(a);
    });
    connect(tracker, &ActivityTracker::failed, this, [this](const ApiError &error) {
        m_done = true;
        Q_EMIT failed(error);
    });
    tracker->start();
}

} // namespace bc
