#include "activitypoller.h"

#include "apiclient.h"

namespace bc {

namespace {

constexpr int TickMs = 200;

QString keyOf(const Activity &activity)
{
    return activity.project + u'/' + activity.id;
}

bool changed(const Activity &before, const Activity &after)
{
    return before.state != after.state || before.completionPercent != after.completionPercent
        || before.result != after.result || before.updatedAt != after.updatedAt;
}

} // namespace

ActivityPoller::ActivityPoller(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &ActivityPoller::tick);
}

ActivityPoller::~ActivityPoller()
{
    for (Entry &entry : m_entries)
        entry.inFlight.cancel();
}

int ActivityPoller::watch(const Activity &activity, QObject *receiver, Listener listener)
{
    const int ticket = m_nextTicket++;
    const QString key = keyOf(activity);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        it = m_entries.insert(key, Entry{});
        it->last = activity;
        it->since.start();
    } else if (it->intervalMs > FirstIntervalMs) {
        // A new watcher wants news soon: poll at the first pace again.
        it->intervalMs = FirstIntervalMs;
    }
    it->watchers.insert(ticket, Watcher{receiver, std::move(listener)});
    m_tickets.insert(ticket, key);
    if (!m_timer.isActive())
        m_timer.start();
    return ticket;
}

void ActivityPoller::unwatch(int ticket)
{
    const QString key = m_tickets.take(ticket);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->watchers.remove(ticket);
    if (it->watchers.isEmpty()) {
        it->inFlight.cancel();
        m_entries.erase(it);
    }
    if (m_entries.isEmpty())
        m_timer.stop();
}

void ActivityPoller::tick()
{
    QStringList due;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->inFlight.isActive() && it->since.elapsed() >= it->intervalMs)
            due.append(it.key());
    }
    for (const QString &key : due)
        poll(key);
}

void ActivityPoller::poll(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || !m_client)
        return;
    ++m_polls;
    it->since.restart();
    it->inFlight = m_client->refreshActivity(
        it->last, this, [this, key](Result<Activity> result) { onPolled(key, result); });
}

void ActivityPoller::onPolled(const QString &key, const Result<Activity> &result)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->since.restart();
    if (result.ok() && changed(it->last, result.value()))
        it->intervalMs = FirstIntervalMs;
    else
        it->intervalMs = std::min(it->intervalMs * 3 / 2, MaxIntervalMs);
    if (result.ok())
        it->last = result.value();
    // Listeners may unwatch (and so erase the entry) while being told.
    const QList<Watcher> watchers = it->watchers.values();
    for (const Watcher &watcher : watchers) {
        if (watcher.receiver)
            watcher.listener(result);
    }
}

} // namespace bc
