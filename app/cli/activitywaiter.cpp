#include "activitywaiter.h"

#include "client/activitytracker.h"
#include "client/apiclient.h"
#include "console.h"

namespace bc::cli {

ActivityWaiter::ActivityWaiter(ApiClient *client, const Activity &activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(new ActivityTracker(client, activity, this))
    , m_activity(activity)
    , m_interactive(Console::stderrIsTerminal())
{
    m_tracker->setFollowLog(m_interactive);
    setGiveUpAfter(DefaultGiveUpSeconds);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ActivityWaiter::showStatus);
    connect(m_tracker, &ActivityTracker::updated, this, [this](const Activity &a) {
        m_activity = a;
        notePhase();
        showStatus();
    });
    connect(m_tracker, &ActivityTracker::lineReceived, this, [this](const LogLine &line) {
        if (!m_interactive)
            return;
        Console::message(QLatin1String("  ") + line.message);
        m_log += line.message + u'\n';
        notePhase();
        showStatus();
    });
    connect(m_tracker, &ActivityTracker::finished, this, [this](const Activity &a) {
        m_tick.stop();
        Console::clearStatus();
        Q_EMIT finished(a);
    });
    connect(m_tracker, &ActivityTracker::failed, this, [this](const ApiError &error) {
        m_tick.stop();
        Console::clearStatus();
        Q_EMIT failed(error);
    });
    connect(m_tracker, &ActivityTracker::gaveUp, this, [this](const ApiError &error, int failures) {
        m_tick.stop();
        Console::clearStatus();
        Q_EMIT gaveUp(m_activity, error, failures, m_elapsed.elapsed() / 1000);
    });
}

ActivityWaiter::~ActivityWaiter() = default;

void ActivityWaiter::setGiveUpAfter(int seconds)
{
    m_tracker->setGiveUp(GiveUpFailures, std::chrono::seconds(std::max(seconds, 0)));
}

void ActivityWaiter::start()
{
    m_elapsed.start();
    if (m_interactive) {
        Console::message(
            tr("Waiting for the activity %1 (%2)...").arg(m_activity.id, m_activity.type));
        m_tick.start();
        loadHistory();
        notePhase();
    }
    m_tracker->start();
}

// One page of the environment's successes of this type: enough for the usual time of the
// newest five (of the same consistency, for backups).
void ActivityWaiter::loadHistory()
{
    const QString environment = m_activity.environments.value(0);
    if (!m_client || m_activity.project.isEmpty() || environment.isEmpty())
        return;
    ActivityQuery query;
    query.environment = environment;
    query.types = {m_activity.type};
    query.results = {QStringLiteral("success")};
    query.count = 50;
    m_client->activities(
        m_activity.project, query, this, [this](const Result<QList<Activity>> &result) {
            if (!result.ok())
                return; // no history, no promise
            m_history = result.value();
            if (const auto usual = ActivityProgress::usualDuration(m_activity, m_history)) {
                Console::message(QLatin1String("  ") + ActivityProgress::usualText(*usual));
            }
            showStatus();
        });
}

void ActivityWaiter::notePhase()
{
    if (!m_interactive)
        return;
    const ActivityProgress::Phase phase = ActivityProgress::phase(m_activity, m_log);
    if (phase == m_phase)
        return;
    m_phase = phase;
    if (phase != ActivityProgress::Phase::Done)
        Console::message(QLatin1String("  > ") + ActivityProgress::phaseText(phase));
}

void ActivityWaiter::showStatus()
{
    if (!m_interactive)
        return;
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    const QString elapsed
        = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const QString status
        = tr("[%1] %2% %3").arg(m_activity.state).arg(m_activity.completionPercent).arg(elapsed);
    const QString progress
        = ActivityProgress::line(m_activity, m_log, m_history, QDateTime::currentDateTimeUtc());
    Console::status(progress.isEmpty() ? status : status + QStringLiteral(" · ") + progress);
}

} // namespace bc::cli
