#pragma once

#include "client/callhandle.h"
#include "client/result.h"
#include "client/types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace bc {

class ActivityTracker;
class ApiClient;

// The activity feed of a project (or one environment), newest first. The first page comes from
// refresh(); older pages from fetchMore() (starts_at = created_at of the last row). Refreshes and
// tracker updates merge by id: rows change in place, newer activities are inserted on top; a
// refresh that finds a full page of new ones pages on until it meets a known row (no hole).
// The console's PollScheduler decides when to refresh.
// Running activities are followed live with ActivityTracker when a client is set.
class ActivityFeedModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFeedModel)

public:
    enum Role {
        ActivityRole = Qt::UserRole, // QVariant<bc::Activity>
        IdRole,
        TypeRole,
        StateRole,
        ResultRole,
        ProgressRole,
        CreatedRole, // raw msecs since epoch
        WhoRole,
        WhenRole, // relative, e.g. "3 minutes ago"
        RunningRole,
        CanRestoreRole, // successful environment.backup whose backup exists and is restorable
        CanCancelRole,
        HasLogRole,
        DetailsRole, // restores: source, target and the support ticket
        IconNameRole, // resource path of the type/result icon
        CanUndoRole, // successful environment.restore that took a safety backup here
        // Running rows: the phase and what the history of the rows says ("Site paused, requests
        // held · about 20 s left"); empty once finished.
        ProgressTextRole,
    };
    Q_ENUM(Role)

    enum class Scope { BackupsAndRestores, Everything };
    Q_ENUM(Scope)

    // One page of the feed, as ApiClient::activities answers it.
    using PageSource
        = std::function<CallHandle(const ActivityQuery &, QObject *, Callback<QList<Activity>>)>;

    explicit ActivityFeedModel(QObject *parent = nullptr);
    ~ActivityFeedModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reads from the client's project feed and follows running activities live. Clears the rows.
    void setClient(ApiClient *client, const QString &projectId, const QString &environment = {});
    // Any source (tests). Clears the rows.
    void setPageSource(PageSource source);

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setStateFilter(const QString &state); // "" = any
    void setResultFilter(const QString &result); // "" = any
    // The first page stays small (rows show soon); fetchMore reads older pages of
    // olderPageSize(), the API's largest by default, so a long history takes 4x fewer round trips.
    // setPageSize() sets both.
    void setPageSize(int count) { m_pageSize = m_olderPageSize = count; }
    void setOlderPageSize(int count) { m_olderPageSize = count; }
    int pageSize() const { return m_pageSize; }
    int olderPageSize() const { return m_olderPageSize; }

    bool isLoading() const { return m_busy; }
    // Whether a project's feed is bound (setClient, setPageSource), and whether its first page
    // came.
    bool hasSource() const { return bool(m_source); }
    bool hasLoaded() const { return m_loaded; }
    // "3 minutes ago" ages: every `interval` the rows say their relative times again.
    void setClockInterval(std::chrono::milliseconds interval) { m_clock.setInterval(interval); }

    // Ids of the backups that exist and are restorable (enables the Restore link).
    void setRestorableBackups(const QSet<QString> &backupIds);
    // The project's time zone, named in the tooltips' dates when it is not the user's.
    void setProjectTimeZone(const QTimeZone &zone) { m_projectZone = zone; }
    // Ids of the restores whose safety backup can be restored in place (enables Undo restore);
    // of these, only the newest restore of each target among the rows is kept. Call again when
    // rows arrive.
    void setUndoableRestores(const QSet<QString> &activityIds);
    // The newest restore (not cancelled) of each target among the rows: the only candidates
    // setUndoableRestores() keeps, so callers look up no others.
    QList<Activity> newestRestores() const;

    // Merges the newest page (public for tests and for activities started here).
    void applyNewest(const QList<Activity> &page);
    // Appends an older page; an empty page means the end of the feed.
    void applyOlder(const QList<Activity> &page);
    // One activity changed (tracker, action result): updates in place or inserts it.
    void upsert(const Activity &activity);
    void clear();

    std::optional<Activity> activityAt(int row) const;
    int rowOf(const QString &id) const;
    QList<Activity> running() const;
    // The rows, newest first: the history that the usual durations come from.
    const QList<Activity> &activities() const { return m_rows; }
    // A log line of a running activity (the tracker's, or tests'): its phase may change.
    void appendLogLine(const QString &activityId, const QString &message);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadFailed(const bc::ApiError &error);
    void loadingChanged(bool loading);
    // An activity ended while the feed watched: a running row followed to its end (tracker or
    // poll), or a new row that arrived already finished (it ran between two polls). Once per
    // activity; never for the rows of the first page or of older pages (history).
    void activityFinished(const bc::Activity &activity);
    void activityUpdated(const bc::Activity &activity);

private:
    ActivityQuery query() const;
    bool accepts(const Activity &activity) const;
    void resetAndReload();
    void reindex();
    void updateRows(const QList<Activity> &activities);
    void track(const Activity &activity);
    void stopTracking();
    void onTracked(const Activity &activity, bool finished);
    void announceEnd(const Activity &activity);
    void loadOlder(const ActivityQuery &query);
    void loadNewest(ActivityQuery q, const QList<Activity> &gathered, int pages);
    bool needsOlderPage(const QList<Activity> &page) const;
    void finishLoad(const ApiError *error);

    // A catch-up reads at most this many pages; past that the feed restarts from the newest.
    static constexpr int MaxCatchUpPages = 20;

    QList<Activity> m_rows; // newest first
    QHash<QString, int> m_index;
    QSet<QString> m_restorable;
    QTimeZone m_projectZone;
    QSet<QString> m_undoable;
    PageSource m_source;
    QPointer<ApiClient> m_client;
    QHash<QString, ActivityTracker *> m_trackers;
    QSet<QString> m_announced; // ids whose end was told (activityFinished)
    QHash<QString, QString> m_logs; // log text read so far of running consistent backups
    QTimer m_clock;
    CallHandle m_loading;
    Scope m_scope = Scope::BackupsAndRestores;
    QString m_state;
    QString m_result;
    int m_pageSize = 25;
    int m_olderPageSize = 100; // the API's largest page
    bool m_atEnd = false;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace bc
