#pragma once

#include "callhandle.h"
#include "result.h"
#include "types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace bc {

class ApiClient;

// One per ApiClient: polls each watched activity once per due tick, whatever the number of
// watchers, and hands every answer to all of them. An activity is polled every second while it
// changes, backing off to every 5 s while it does not (and while polls fail).
class ActivityPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPoller)

public:
    using Listener = std::function<void(const Result<Activity> &)>;
    static constexpr int FirstIntervalMs = 1000;
    static constexpr int MaxIntervalMs = 5000;

    ActivityPoller(ApiClient *client, QObject *parent = nullptr);
    ~ActivityPoller() override;

    // Returns a ticket for unwatch(). The listener runs until unwatched or the receiver dies.
    int watch(const Activity &activity, QObject *receiver, Listener listener);
    void unwatch(int ticket);
    // Polls sent so far (tests check the sharing).
    int pollCount() const { return m_polls; }
    int watchedActivities() const { return static_cast<int>(m_entries.size()); }

private:
    struct Watcher
    {
        QPointer<QObject> receiver;
        Listener listener;
    };
    struct Entry
    {
        Activity last;
        QHash<int, Watcher> watchers;
        QElapsedTimer since;
        int intervalMs = FirstIntervalMs;
        CallHandle inFlight;
    };

    void tick();
    void poll(const QString &key);
    void onPolled(const QString &key, const Result<Activity> &result);

    QPointer<ApiClient> m_client;
    QHash<QString, Entry> m_entries;
    QHash<int, QString> m_tickets;
    QTimer m_timer;
    int m_nextTicket = 1;
    int m_polls = 0;
};

} // namespace bc
