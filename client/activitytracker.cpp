#include "activitytracker.h"

#include "activitypoller.h"
#include "apiclient.h"
#include "logstream.h"

#include <QTimer>

namespace bc {

namespace {

// After the activity finished, its log gets this long to reach its seal.
constexpr int LogGraceMs = 15000;

} // namespace

ActivityTracker::ActivityTracker(ApiClient *client, const Activity &activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_activity(activity)
{ }

ActivityTracker::~ActivityTracker()
{
    stop();
}

void ActivityTracker::start()
{
    if (m_started || !m_client)
        return;
    m_started = true;
    if (m_followLog)
        startLog();
    if (m_activity.isFinished()) {
        m_finished = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_activity); }, Qt::QueuedConnection);
        return;
    }
    m_ticket = m_client->poller()->watch(m_activity, this,
                                         [this](const Result<Activity> &r) { onPolled(r); });
}

void ActivityTracker::stop()
{
    if (m_ticket && m_client)
        m_client->poller()->unwatch(m_ticket);
    m_ticket = 0;
    if (m_log)
        m_log->stop();
}

void ActivityTracker::startLog()
{
    if (!m_activity.links.has(QLatin1String(Rel::Log)))
        return;
    m_log = new LogStream(m_client, m_activity, this);
    connect(m_log, &LogStream::lineReceived, this, &ActivityTracker::lineReceived);
    m_log->start();
}

void ActivityTracker::onPolled(const Result<Activity> &result)
{
    if (!result.ok()) {
        const ApiError &error = result.error();
        if (error.isTransient() || error.kind == ApiError::Kind::Decode) {
            if (m_failures++ == 0)
                m_failingSince.start();
            if (m_giveUpFailures > 0 && m_failures >= m_giveUpFailures
                && m_failingSince.elapsed() >= m_giveUpSpan.count()) {
                stop();
                Q_EMIT gaveUp(error, m_failures);
                return;
            }
            Q_EMIT transientError(error);
            return;
        }
        stop();
        Q_EMIT failed(error);
        return;
    }
    m_failures = 0;
    const Activity before = m_activity;
    m_activity = result.value();
    const bool stateChanged = before.state != m_activity.state;
    const bool progressChanged = before.completionPercent != m_activity.completionPercent;
    if (stateChanged || progressChanged || before.result != m_activity.result
        || before.updatedAt != m_activity.updatedAt)
        Q_EMIT updated(m_activity);
    if (progressChanged)
        Q_EMIT this->progressChanged(m_activity.completionPercent);
    if (stateChanged)
        Q_EMIT this->stateChanged(m_activity.state);
    if (!m_activity.isFinished())
        return;
    m_finished = true;
    if (m_ticket && m_client)
        m_client->poller()->unwatch(m_ticket);
    m_ticket = 0;
    if (m_log && !m_log->isSealed()) {
        QPointer<LogStream> log(m_log);
        QTimer::singleShot(LogGraceMs, this, [log] {
            if (log)
                log->stop();
        });
    }
    Q_EMIT finished(m_activity);
}

} // namespace bc
