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
        connect(client, &QObject::destroyed, this,
                [this](QObject *gone) { clientDestroyed(gone); });
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
    for (const InFlight &call : std::as_const(m_inFlightCalls)) {
        call.handle.cancel();
    }
    m_inFlightCalls.clear();
}

void FleetLoader::enqueue(ApiClient *client, std::function<CallHandle(ApiClient &, quint64)> start)
{
    m_queue.push_back({client, std::move(start)});
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
    bool skipped = false;
    while (m_running && m_inFlightCalls.size() < m_options.maxInFlight && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (!job.client) {
            ++m_done; // its account was removed
            skipped = true;
            continue;
        }
        const quint64 call = ++m_lastCall;
        m_inFlightCalls.insert(call, {job.client.data(), {}});
        m_maxObserved = std::max(m_maxObserved, int(m_inFlightCalls.size()));
        const CallHandle handle = job.start(*job.client, call);
        const auto it = m_inFlightCalls.find(call);
        if (it != m_inFlightCalls.end()) {
            it->handle = handle;
        }
    }
    m_pumping = false;
    if (skipped) {
        Q_EMIT progressChanged(m_done, m_total);
    }
    if (m_running && m_inFlightCalls.isEmpty() && m_queue.empty()) {
        finish();
    }
}

bool FleetLoader::isAwaited(quint64 call) const
{
    return m_running && m_inFlightCalls.contains(call);
}

void FleetLoader::callDone(quint64 call)
{
    if (!m_inFlightCalls.remove(call)) {
        return;
    }
    ++m_done;
    Q_EMIT progressChanged(m_done, m_total);
    pump();
}

// The client's calls in flight will never answer (their replies go with it): stop waiting for
// them. Its queued calls are skipped by pump(), which runs once the deletion is over, so that
// finished() is never emitted from inside someone's delete.
void FleetLoader::clientDestroyed(const QObject *client)
{
    for (auto it = m_inFlightCalls.begin(); it != m_inFlightCalls.end();) {
        if (it->client == client) {
            it = m_inFlightCalls.erase(it);
            ++m_done;
        } else {
            ++it;
        }
    }
    if (m_running) {
        Q_EMIT progressChanged(m_done, m_total);
        QMetaObject::invokeMethod(this, &FleetLoader::pump, Qt::QueuedConnection);
    }
}

void FleetLoader::finish()
{
    m_running = false;
    FleetCompute::sortByStaleness(m_rows);
    qCDebug(lcClient) << "fleet loaded:" << m_rows.size() << "rows," << m_errors.size()
                      << "errors, at most" << m_maxObserved << "calls in flight";
    Q_EMIT finished();
}

void FleetLoader::loadProjects(ApiClient *client)
{
    enqueue(client, [this](ApiClient &c, quint64 call) {
        return c.projects(this,
                          [this, call, client = QPointer(&c)](Result<QList<ProjectRef>> result) {
                              if (!client || !isAwaited(call)) {
                                  return callDone(call);
                              }
                              if (!result.ok()) {
                                  addError(*client, {}, {}, result.error());
                              } else {
                                  for (const ProjectRef &project : result.value()) {
                                      loadEnvironments(client, project);
                                  }
                              }
                              callDone(call);
                          });
    });
}

void FleetLoader::loadEnvironments(ApiClient *client, const ProjectRef &project)
{
    enqueue(client, [this, project](ApiClient &c, quint64 call) {
        return c.environments(
            project.id, this,
            [this, call, client = QPointer(&c), project](Result<QList<Environment>> result) {
                if (!client || !isAwaited(call)) {
                    return callDone(call);
                }
                if (!result.ok()) {
                    addError(*client, project.id, {}, result.error());
                } else {
                    for (const Environment &environment : result.value()) {
                        if (FleetCompute::isBoardEnvironment(environment,
                                                             m_options.includeStaging)) {
                            loadBackups(client, project, environment);
                        }
                    }
                }
                callDone(call);
            });
    });
}

void FleetLoader::loadBackups(ApiClient *client, const ProjectRef &project,
                              const Environment &environment)
{
    enqueue(client, [this, project, environment](ApiClient &c, quint64 call) {
        return c.backups(project.id, environment.id, this,
                         [this, call, client = QPointer(&c), project,
                          environment](Result<QList<Backup>> result) {
                             if (!client || !isAwaited(call)) {
                                 return callDone(call);
                             }
                             if (!result.ok()) {
                                 addError(*client, project.id, environment.id, result.error());
                             } else {
                                 FleetRow row
                                     = FleetCompute::row(project, environment, result.value(),
                                                         m_now, m_options.staleAfter);
                                 row.accountId = client->account().id;
                                 row.accountLabel = client->account().label;
                                 m_rows.append(row);
                                 Q_EMIT rowReady(row);
                             }
                             callDone(call);
                         });
    });
}

void FleetLoader::addError(const ApiClient &client, const QString &projectId,
                           const QString &environment, const ApiError &error)
{
    qCWarning(lcClient) << "fleet: could not load" << projectId << environment << ":"
                        << error.message;
    m_errors.append({client.account().label, projectId, environment, error});
}

} // namespace bc
