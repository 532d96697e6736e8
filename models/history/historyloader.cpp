#include "historyloader.h"

#include "client/apiclient.h"

namespace bc {

HistoryLoader::HistoryLoader(QObject *parent)
    : QObject(parent)
{ }

HistoryLoader::~HistoryLoader()
{
    cancel();
}

void HistoryLoader::cancel()
{
    for (CallHandle &handle : m_handles) {
        handle.cancel();
    }
    m_handles.clear();
    m_pending = 0;
}

void HistoryLoader::load(ApiClient *client, const QString &projectId,
                         const QList<Environment> &environments)
{
    cancel();
    m_client = client;
    m_projectId = projectId;
    m_data = {};
    m_data.environments = environments;
    m_since = QDateTime::currentDateTimeUtc().addYears(-1);
    if (!client) {
        return;
    }
    ++m_pending;
    loadActivities(std::nullopt, 0);
    if (!environments.isEmpty()) {
        loadBackups();
        return;
    }
    ++m_pending;
    m_handles.append(
        client->environments(projectId, this, [this](Result<QList<Environment>> result) {
            if (!result.ok()) {
                return fail(result.error());
            }
            m_data.environments = result.value();
            loadBackups();
            partDone();
        }));
}

void HistoryLoader::loadBackups()
{
    for (const Environment &environment : std::as_const(m_data.environments)) {
        ++m_pending;
        m_handles.append(m_client->backups(m_projectId, environment.id, this,
                                           [this](Result<QList<Backup>> result) {
                                               if (!result.ok()) {
                                                   return fail(result.error());
                                               }
                                               m_data.backups += result.value();
                                               partDone();
                                           }));
    }
}

void HistoryLoader::loadActivities(const std::optional<Activity> &after, int page)
{
    ActivityQuery query;
    query.types = {QStringLiteral("environment.backup"), QStringLiteral("environment.restore")};
    query.count = 100;
    if (after)
        query.pageAfter(*after); // the exact cursor: QDateTime would cut the microseconds
    m_handles.append(m_client->activities(
        m_projectId, query, this, [this, page](Result<QList<Activity>> result) {
            if (!result.ok()) {
                return fail(result.error());
            }
            const QList<Activity> &activities = result.value();
            m_data.activities += activities;
            const bool older = !activities.isEmpty() && activities.constLast().createdAt > m_since
                && page + 1 < maxActivityPages;
            if (older) {
                loadActivities(activities.constLast(), page + 1);
                return;
            }
            partDone();
        }));
}

void HistoryLoader::partDone()
{
    if (--m_pending == 0) {
        m_handles.clear();
        Q_EMIT loaded(m_data);
    }
}

void HistoryLoader::fail(const ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

} // namespace bc
