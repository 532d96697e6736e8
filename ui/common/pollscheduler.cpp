#include "pollscheduler.h"

#include <QPointer>

#include <memory>
#include <utility>

namespace bc::ui {

PollScheduler::PollScheduler(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::tick);
    setInterval(m_interval);
}

PollScheduler::~PollScheduler() = default;

void PollScheduler::add(const QString &kind, Poll poll)
{
    Kind entry;
    entry.poll = std::move(poll);
    entry.since.start();
    m_kinds.insert(kind, std::move(entry));
}

void PollScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    // A tick a tenth of the interval: each kind is due on its own clock, not on the timer's.
    m_timer.setInterval(
        std::max<std::chrono::milliseconds>(interval / 10, std::chrono::milliseconds(50)));
}

void PollScheduler::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_timer.start();
        pollNow();
    } else {
        m_timer.stop();
    }
}

void PollScheduler::pollNow()
{
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        pollNow(it.key());
}

void PollScheduler::pollNow(const QString &kind)
{
    const auto it = m_kinds.find(kind);
    if (it == m_kinds.end())
        return;
    if (it->inFlight)
        it->again = true;
    else
        start(kind);
}

void PollScheduler::restart()
{
    for (Kind &kind : m_kinds) {
        ++kind.generation;
        kind.inFlight = false;
        kind.again = false;
        kind.backoff = 1;
    }
    if (m_active)
        pollNow();
}

bool PollScheduler::isInFlight(const QString &kind) const
{
    return m_kinds.value(kind).inFlight;
}

int PollScheduler::backoff(const QString &kind) const
{
    return m_kinds.value(kind).backoff;
}

void PollScheduler::tick()
{
    if (!m_active)
        return;
    QStringList due;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (!it->inFlight && it->since.elapsed() >= (m_interval * it->backoff).count())
            due.append(it.key());
    }
    for (const QString &kind : std::as_const(due))
        start(kind);
}

void PollScheduler::start(const QString &kind)
{
    Kind &entry = m_kinds[kind];
    entry.inFlight = true;
    entry.again = false;
    const quint64 generation = ++entry.generation;
    ++m_started;
    QPointer<PollScheduler> self(this);
    auto called = std::make_shared<bool>(false);
    entry.poll([self, kind, generation, called](const ApiError *error) {
        if (self && !std::exchange(*called, true))
            self->finished(kind, generation, error);
    });
}

void PollScheduler::finished(const QString &kind, quint64 generation, const ApiError *error)
{
    const auto it = m_kinds.find(kind);
    if (it == m_kinds.end() || !it->inFlight || it->generation != generation)
        return;
    it->inFlight = false;
    it->since.restart();
    if (error && error->isTransient())
        it->backoff = std::min(it->backoff * 2, MaxBackoff);
    else
        it->backoff = 1;
    // An asked-for refresh waits out a backing-off server too: the next tick decides.
    if (it->again && it->backoff == 1)
        start(kind);
}

} // namespace bc::ui
