#include "activityfeedmodel.h"

#include "activitytext.h"
#include "client/activityprogress.h"
#include "client/apiclient.h"
#include "client/timeformat.h"
#include "formatting.h"
#include "logging.h"

#include <algorithm>

namespace bc {

ActivityFeedModel::ActivityFeedModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_clock.setInterval(std::chrono::seconds(30));
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                               {WhenRole, ProgressTextRole});
    });
    m_clock.start();
}

ActivityFeedModel::~ActivityFeedModel()
{
    m_loading.cancel();
}

int ActivityFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActivityFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ActivityText::summary(a);
    case Qt::ToolTipRole: {
        // The server's own words first (who did what, in full), then state and time.
        const QString tip = tr("%1\n%2 · %3")
                                .arg(a.text.isEmpty() ? ActivityText::summary(a) : a.text,
                                     ActivityText::stateLabel(a),
                                     TimeFormat::detailed(a.createdAt, m_projectZone));
        const QString timings = ActivityText::timings(a);
        return timings.isEmpty() ? tip : tip + u'\n' + timings;
    }
    case ActivityRole:
        return QVariant::fromValue(a);
    case IdRole:
        return a.id;
    case TypeRole:
        return a.type;
    case StateRole:
        return a.state;
    case ResultRole:
        return a.result;
    case ProgressRole:
        return a.completionPercent;
    case CreatedRole:
        return a.createdAt.toMSecsSinceEpoch();
    case WhoRole:
        return ActivityText::who(a);
    case WhenRole:
        return Formatting::relative(a.createdAt);
    case RunningRole:
        return !a.isFinished();
    case CanRestoreRole:
        return a.type == QLatin1String("environment.backup") && a.isSuccess()
            && m_restorable.contains(a.backupName());
    case CanUndoRole:
        return a.type == QLatin1String("environment.restore") && a.isSuccess()
            && m_undoable.contains(a.id);
    case CanCancelRole:
        return !a.isFinished() && a.canCancel();
    case HasLogRole:
        return a.links.has(QLatin1String(Rel::Log));
    case DetailsRole:
        return ActivityText::details(a);
    case IconNameRole:
        return ActivityText::iconName(a);
    case ProgressTextRole:
        return ActivityProgress::line(a, m_logs.value(a.id), m_rows,
                                      QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityFeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "activityId");
    names.insert(TypeRole, "type");
    names.insert(StateRole, "state");
    names.insert(ResultRole, "result");
    names.insert(ProgressRole, "progress");
    return names;
}

void ActivityFeedModel::setClient(ApiClient *client, const QString &projectId,
                                  const QString &environment)
{
    m_client = client;
    if (!client || projectId.isEmpty()) {
        m_source = {};
    } else {
        m_source = [client, projectId, environment](ActivityQuery query, QObject *context,
                                                    Callback<QList<Activity>> callback) {
            query.environment = environment;
            return client->activities(projectId, query, context, std::move(callback));
        };
    }
    resetAndReload();
}

void ActivityFeedModel::setPageSource(PageSource source)
{
    m_source = std::move(source);
    resetAndReload();
}

void ActivityFeedModel::setScope(Scope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    resetAndReload();
}

void ActivityFeedModel::setStateFilter(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    resetAndReload();
}

void ActivityFeedModel::setResultFilter(const QString &result)
{
    if (m_result == result)
        return;
    m_result = result;
    resetAndReload();
}

void ActivityFeedModel::setRestorableBackups(const QSet<QString> &backupIds)
{
    if (m_restorable == backupIds)
        return;
    m_restorable = backupIds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {CanRestoreRole});
}

void ActivityFeedModel::setUndoableRestores(const QSet<QString> &activityIds)
{
    // Undo puts back what the newest restore of a target replaced; an older restore's safety
    // backup would undo the later restores too, so only the newest of each target keeps it.
    QSet<QString> latest;
    for (const Activity &a : newestRestores()) {
        if (activityIds.contains(a.id))
            latest.insert(a.id);
    }
    if (m_undoable == latest)
        return;
    m_undoable = latest;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {CanUndoRole});
}

QList<Activity> ActivityFeedModel::newestRestores() const
{
    QList<Activity> newest;
    QSet<QString> targets;
    for (const Activity &a : std::as_const(m_rows)) {
        if (a.type != QLatin1String("environment.restore") || a.state == QLatin1String("cancelled"))
            continue;
        const QString target
            = a.targetEnvironment().isEmpty() ? a.environments.value(0) : a.targetEnvironment();
        if (targets.contains(target))
            continue;
        targets.insert(target);
        newest.append(a);
    }
    return newest;
}

ActivityQuery ActivityFeedModel::query() const
{
    ActivityQuery q;
    if (m_scope == Scope::BackupsAndRestores)
        q.types = ActivityText::backupTypes();
    if (!m_state.isEmpty())
        q.states = {m_state};
    if (!m_result.isEmpty())
        q.results = {m_result};
    q.count = m_pageSize;
    return q;
}

bool ActivityFeedModel::accepts(const Activity &activity) const
{
    if (m_scope == Scope::BackupsAndRestores
        && !ActivityText::backupTypes().contains(activity.type))
        return false;
    if (!m_state.isEmpty() && activity.state != m_state)
        return false;
    return m_result.isEmpty() || activity.result == m_result;
}

void ActivityFeedModel::resetAndReload()
{
    const bool wasBusy = m_busy;
    m_loading.cancel();
    m_busy = false;
    clear();
    m_atEnd = false;
    m_loaded = false;
    refresh();
    // A cancelled load ends here when no new one started: whoever waits for it is told.
    if (wasBusy && !m_busy)
        Q_EMIT loadingChanged(false);
}

void ActivityFeedModel::refresh()
{
    if (!m_source || m_busy)
        return;
    m_busy = true;
    Q_EMIT loadingChanged(true);
    loadNewest(query(), {}, 0);
}

// After a pause (hidden window, slow server) more than a page may be new: page on until the
// answer reaches a row already shown, so that no activity falls between old and new rows.
void ActivityFeedModel::loadNewest(ActivityQuery q, const QList<Activity> &gathered, int pages)
{
    m_loading = m_source(q, this, [this, q, gathered, pages](Result<QList<Activity>> result) {
        if (!result.ok()) {
            finishLoad(&result.error());
            return;
        }
        const QList<Activity> all = gathered + result.value();
        if (needsOlderPage(result.value())) {
            if (pages + 1 < MaxCatchUpPages) {
                ActivityQuery next = q;
                next.pageAfter(result.value().constLast());
                loadNewest(next, all, pages + 1);
                return;
            }
            // Too far behind: start again from these newest pages, older ones page in later.
            clear();
            m_loaded = false;
            m_atEnd = false;
        }
        applyNewest(all);
        finishLoad(nullptr);
    });
}

bool ActivityFeedModel::needsOlderPage(const QList<Activity> &page) const
{
    if (!m_loaded || m_rows.isEmpty() || page.size() < m_pageSize)
        return false;
    for (const Activity &a : page) {
        if (m_index.contains(a.id))
            return false;
    }
    return page.constLast().createdAt >= m_rows.constFirst().createdAt;
}

// The failure is told before the end of loading, so that a listener of both knows the outcome.
void ActivityFeedModel::finishLoad(const ApiError *error)
{
    m_busy = false;
    if (error) {
        qCInfo(bcModels) << "activity feed:" << error->describe();
        Q_EMIT loadFailed(*error);
    }
    Q_EMIT loadingChanged(false);
}

bool ActivityFeedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_loaded && !m_atEnd && !m_busy && !m_rows.isEmpty();
}

void ActivityFeedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ActivityQuery q = query();
    q.count = m_olderPageSize;
    q.pageAfter(m_rows.constLast());
    loadOlder(q);
}

void ActivityFeedModel::loadOlder(const ActivityQuery &query)
{
    m_busy = true;
    Q_EMIT loadingChanged(true);
    m_loading = m_source(query, this, [this](Result<QList<Activity>> result) {
        // Still busy while the rows go in: views may ask for more from inside the insertion.
        if (result.ok())
            applyOlder(result.value());
        finishLoad(result.ok() ? nullptr : &result.error());
    });
}

void ActivityFeedModel::applyNewest(const QList<Activity> &page)
{
    const bool first = !m_loaded;
    m_loaded = true;
    if (first && page.size() < m_pageSize)
        m_atEnd = true;
    QList<Activity> fresh;
    for (const Activity &a : page) {
        if (m_index.contains(a.id))
            updateRows({a});
        else if (accepts(a))
            fresh.append(a);
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), [](const Activity &a, const Activity &b) {
        return a.createdAt > b.createdAt;
    });
    // The usual case: everything new is newer than the top row, one batch on top.
    if (!m_rows.isEmpty() && fresh.constLast().createdAt < m_rows.constFirst().createdAt) {
        for (const Activity &a : std::as_const(fresh)) {
            upsert(a);
            if (!first && m_index.contains(a.id))
                announceEnd(a);
        }
        return;
    }
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    reindex();
    endInsertRows();
    for (const Activity &a : std::as_const(fresh)) {
        track(a);
        // Ran and ended between two polls: its end is news too (not so on the first page).
        if (!first)
            announceEnd(a);
    }
}

void ActivityFeedModel::updateRows(const QList<Activity> &activities)
{
    for (const Activity &a : activities) {
        const int row = m_index.value(a.id, -1);
        if (row < 0)
            continue;
        const Activity &current = m_rows.at(row);
        const bool same = current.state == a.state && current.result == a.result
            && current.completionPercent == a.completionPercent && current.updatedAt == a.updatedAt
            && current.links == a.links;
        const bool ended = !current.isFinished() && a.isFinished();
        m_rows[row] = a;
        if (!same)
            Q_EMIT dataChanged(index(row), index(row));
        track(a);
        // A poll (or an action's answer) saw the end before the tracker did.
        if (ended)
            announceEnd(a);
    }
}

void ActivityFeedModel::applyOlder(const QList<Activity> &page)
{
    QList<Activity> fresh;
    for (const Activity &a : page) {
        if (m_index.contains(a.id))
            updateRows({a});
        else if (accepts(a))
            fresh.append(a);
    }
    // A short page is the last one: no need to ask for an empty one.
    if (page.size() < m_olderPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), [](const Activity &a, const Activity &b) {
        return a.createdAt > b.createdAt;
    });
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + int(fresh.size()) - 1);
    m_rows.append(fresh);
    for (int i = start; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
    endInsertRows();
    for (const Activity &a : std::as_const(fresh))
        track(a);
}

void ActivityFeedModel::upsert(const Activity &activity)
{
    const int row = m_index.value(activity.id, -1);
    if (row >= 0) {
        updateRows({activity});
        return;
    }
    if (!accepts(activity))
        return;
    // Newest first: the insertion point keeps the order by creation time.
    const auto at = std::upper_bound(
        m_rows.cbegin(), m_rows.cend(), activity,
        [](const Activity &a, const Activity &b) { return a.createdAt > b.createdAt; });
    const int position = int(at - m_rows.cbegin());
    // An older activity past the loaded pages belongs to a later fetchMore.
    if (position == m_rows.size() && !m_rows.isEmpty() && !m_atEnd
        && activity.createdAt < m_rows.constLast().createdAt)
        return;
    beginInsertRows({}, position, position);
    m_rows.insert(position, activity);
    reindex();
    endInsertRows();
    track(activity);
}

void ActivityFeedModel::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

void ActivityFeedModel::appendLogLine(const QString &activityId, const QString &message)
{
    const int row = m_index.value(activityId, -1);
    if (row < 0 || m_rows.at(row).isFinished())
        return;
    QString &log = m_logs[activityId];
    log += message + u'\n';
    Q_EMIT dataChanged(index(row), index(row), {ProgressTextRole});
}

void ActivityFeedModel::clear()
{
    stopTracking();
    m_logs.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

std::optional<Activity> ActivityFeedModel::activityAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int ActivityFeedModel::rowOf(const QString &id) const
{
    return m_index.value(id, -1);
}

QList<Activity> ActivityFeedModel::running() const
{
    QList<Activity> result;
    for (const Activity &a : m_rows) {
        if (!a.isFinished())
            result.append(a);
    }
    return result;
}

} // namespace bc
