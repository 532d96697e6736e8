#pragma once

#include "client/apierror.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace bc::ui {

// The console's request budget: each kind of poll (environments, backups, feed) runs at most once
// per interval and never twice at once; a kind that answers 429 or 5xx (or not at all) waits
// twice as long each time, up to MaxBackoff intervals; nothing is polled while paused (window
// hidden), and resuming polls every kind at once so the views catch up.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    // A poll calls `done` exactly once, with the error or nullptr.
    using Done = std::function<void(const ApiError *)>;
    using Poll = std::function<void(Done)>;
    static constexpr int MaxBackoff = 8;

    explicit PollScheduler(QObject *parent = nullptr);
    ~PollScheduler() override;

    void add(const QString &kind, Poll poll);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Polls every kind now (a refresh asked for by the user or an action); a kind in flight polls
    // again as soon as its answer is in, so the result is never older than the request.
    void pollNow();
    void pollNow(const QString &kind);
    // Another account or project is shown: the polls in flight are forgotten (their answers, if
    // they ever come, are ignored: their client may be gone with its account, and a dropped
    // callback must not keep a kind "in flight" forever), the backoff is reset and every kind
    // polls now.
    void restart();

    // For tests and the soak figures.
    int pollsStarted() const { return m_started; }
    bool isInFlight(const QString &kind) const;
    int backoff(const QString &kind) const;

private:
    struct Kind
    {
        Poll poll;
        QElapsedTimer since; // since the last poll ended
        int backoff = 1;
        bool inFlight = false;
        bool again = false;
        quint64 generation = 0; // of the poll in flight; restart() moves on
    };

    void tick();
    void start(const QString &kind);
    void finished(const QString &kind, quint64 generation, const ApiError *error);

    QMap<QString, Kind> m_kinds;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{15000};
    bool m_active = false;
    int m_started = 0;
};

} // namespace bc::ui
