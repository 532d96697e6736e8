#include "activitywaiter.h"

#include "client/activitytracker.h"
#include "console.h"

namespace bc::cli {

ActivityWaiter::ActivityWaiter(ApiClient *client, const Activity &activity, QObject *parent)
    : QObject(parent)
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
        showStatus();
    });
    connect(m_tracker, &ActivityTracker::lineReceived, this, [this](const LogLine &line) {
        if (!m_interactive)
            return;
        Console::message(QLatin1String("  ") + line.message);
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
    }
    m_tracker->start();
}

void ActivityWaiter::showStatus()
{
    if (!m_interactive)
        return;
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    const QString elapsed
        = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    Console::status(
        tr("[%1] %2% %3").arg(m_activity.state).arg(m_activity.completionPercent).arg(elapsed));
}

} // namespace bc::cli
