#include "fleetloader.h"

#include "apiclient.h"
#include "fleetcompute.h"
#include "logging.h"

#include <algorithm>

namespace bc {

FleetLoader::FleetLoader(const QList<ApiClient *> &clients, QObject *parent)
    : QObject(parent)
{
    for (ApiClient *client : clients) {
        m_clients.append(client);
    }
}

FleetLoader::~FleetLoader()
{
    cancel();
}

void FleetLoader::setOptions(const FleetOptions &options)
{
    m_options = options;
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
}

void FleetLoader::start()
{
    cancel();
    m_rows.clear();
    m_errors.clear();
    m_done = 0;
    m_total = 0;
    m_maxObserved = 0;
    m_now = m_options.now.isValid() ? m_options.now.toUTC() : QDateTime::currentDateTimeUtc();
    m_running = true;
    for (const QPointer<ApiClient> &client : std::as_const(m_clients)) {
        if (client) {
            loadProjects(client);
        }
    }
    pump();
}

void FleetLoader::cancel()
{
    m_running = false;
    m_queue.clear();
    for (CallHandle &handle : m_handles) {
        handle.cancel();
    }
    m_handles.clear();
    m_inFlight = 0;
}

void FleetLoader::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    ++m_total;
    Q_EMIT progressChanged(m_done, m_total);
}

// A callback may run before the job returns its handle; the guard keeps pump() from recursing.
void FleetLoader::pump()
{
    if (m_pumping) {
        return;
    }
    m_pumping = true;
    while (m_running && m_inFlight < m_options.maxInFlight && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_maxObserved = std::max(m_maxObserved, m_inFlight);
        m_handles.append(job());
    }
    m_pumping = false;
    if (m_running && m_inFlight == 0 && m_queue.empty()) {
        finish();
    }
}

void FleetLoader::callDone()
{
    --m_inFlight;
    ++m_done;
    Q_EMIT progressChanged(m_done, m_total);
    pump();
}

void FleetLoader::finish()
{
    m_running = false;
    m_handles.clear();
    FleetCompute::sortByStaleness(m_rows);
    qCDebug(lcClient) << "fleet loaded:" << m_rows.size() << "rows," << m_errors.size()
                      << "errors, at most" << m_maxObserved << "calls in flight";
    Q_EMIT finished();
}

void FleetLoader::loadProjects(ApiClient *client)
{
    enqueue([this, client] {
        return client->projects(this, [this, client](Result<QList<ProjectRef>> result) {
            if (!result.ok()) {
                addError(client, {}, {}, result.error());
            } else {
                for (const ProjectRef &project : result.value()) {
                    loadEnvironments(client, project);
                }
            }
            callDone();
        });
    });
}

void FleetLoader::loadEnvironments(ApiClient *client, const ProjectRef &project)
{
    enqueue([this, client, project] {
        return client->environments(project.id, this,
                                    [this, client, project](Result<QList<Environment>> result) {
                                        if (!result.ok()) {
                                            addError(client, project.id, {}, result.error());
                                        } else {
                                            for (const Environment &environment : result.value()) {
                                                if (FleetCompute::isBoardEnvironment(
                                                        environment, m_options.includeStaging)) {
                                                    loadBackups(client, project, environment);
                                                }
                                            }
                                        }
                                        callDone();
                                    });
    });
}

void FleetLoader::loadBackups(ApiClient *client, const ProjectRef &project,
                              const Environment &environment)
{
    enqueue([this, client, project, environment] {
        return client->backups(project.id, environment.id, this,
                               [this, client, project, environment](Result<QList<Backup>> result) {
                                   if (!result.ok()) {
                                       addError(client, project.id, environment.id, result.error());
                                   } else {
                                       FleetRow row
                                           = FleetCompute::row(project, environment, result.value(),
                                                               m_now, m_options.staleAfter);
                                       row.accountId = client->account().id;
                                       row.accountLabel = client->account().label;
                                       m_rows.append(row);
                                       Q_EMIT rowReady(row);
                                   }
                                   callDone();
                               });
    });
}

void FleetLoader::addError(ApiClient *client, const QString &projectId, const QString &environment,
                           const ApiError &error)
{
    qCWarning(lcClient) << "fleet: could not load" << projectId << environment << ":"
                        << error.message;
    m_errors.append({client->account().label, projectId, environment, error});
}

} // namespace bc
