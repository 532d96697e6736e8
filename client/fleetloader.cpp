#include "fleetloader.h"

#include "apiclient.h"
#include "fleetcompute.h"
#include "logging.h"

#include <algorithm>
#include <utility>

namespace bc {

namespace {

// Every call of a client goes to its API base (hrefs are rebased there, the token never leaves
// it): that host is where its connections are.
QString hostOf(const ApiClient &client)
{
    const QUrl url = client.apiUrl(QStringLiteral("/"));
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString rowKey(const ApiClient &client, const FleetRow &row)
{
    return client.account().id.toString() + QLatin1Char('/') + row.projectId + QLatin1Char('/')
        + row.environment;
}

} // namespace

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
    m_options.maxPerHost = std::max(1, m_options.maxPerHost);
}

void FleetLoader::start()
{
    cancel();
    m_rows.clear();
    m_rowIndex.clear();
    m_errors.clear();
    m_done = 0;
    m_total = 0;
    m_sent = 0;
    m_rowCalls = 0;
    m_rowsKnown = false;
    m_maxObserved = 0;
    m_maxPerHostObserved = 0;
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
    m_hosts.clear();
    m_hostOrder.clear();
    m_nextHost = 0;
    for (const InFlight &call : std::as_const(m_inFlightCalls)) {
        call.handle.cancel();
    }
    m_inFlightCalls.clear();
}

void FleetLoader::enqueue(ApiClient *client, Stage stage,
                          std::function<CallHandle(ApiClient &, quint64)> start)
{
    const QString host = hostOf(*client);
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        it = m_hosts.insert(host, {});
        m_hostOrder.append(host);
    }
    it->connections = std::max(it->connections, client->connectionsPerHost());
    (stage == Stage::Rows ? it->rows : it->details).push_back({client, stage, std::move(start)});
    m_rowCalls += stage == Stage::Rows ? 1 : 0;
    ++m_total;
    Q_EMIT progressChanged(m_done, m_total);
}

bool FleetLoader::takeNext(QString &host, Job &job)
{
    if (m_inFlightCalls.size() >= m_options.maxInFlight) {
        return false;
    }
    for (qsizetype tried = 0; tried < m_hostOrder.size(); ++tried) {
        const qsizetype at = (m_nextHost + tried) % m_hostOrder.size();
        Host &candidate = m_hosts[m_hostOrder.at(at)];
        if (candidate.inFlight >= std::min(m_options.maxPerHost, candidate.connections)
            || (candidate.rows.empty() && candidate.details.empty())) {
            continue;
        }
        std::deque<Job> &queue = candidate.rows.empty() ? candidate.details : candidate.rows;
        job = std::move(queue.front());
        queue.pop_front();
        host = m_hostOrder.at(at);
        m_nextHost = (at + 1) % m_hostOrder.size();
        return true;
    }
    return false;
}

bool FleetLoader::hasQueued() const
{
    return std::any_of(m_hosts.cbegin(), m_hosts.cend(), [](const Host &host) {
        return !host.rows.empty() || !host.details.empty();
    });
}

// A callback may run before the job returns its handle; the guard keeps pump() from recursing.
void FleetLoader::pump()
{
    if (m_pumping) {
        return;
    }
    m_pumping = true;
    bool skipped = false;
    QString host;
    Job job;
    while (m_running && takeNext(host, job)) {
        if (!job.client) {
            ++m_done; // its account was removed
            skipped = true;
            if (job.stage == Stage::Rows) {
                rowStageDone();
            }
            continue;
        }
        const quint64 call = ++m_lastCall;
        ++m_sent;
        Host &h = m_hosts[host];
        ++h.inFlight;
        m_inFlightCalls.insert(call, {job.client.data(), host, job.stage, {}});
        m_maxObserved = std::max(m_maxObserved, int(m_inFlightCalls.size()));
        m_maxPerHostObserved = std::max(m_maxPerHostObserved, h.inFlight);
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
    if (m_running && m_inFlightCalls.isEmpty() && !hasQueued()) {
        finish();
    }
}

bool FleetLoader::isAwaited(quint64 call) const
{
    return m_running && m_inFlightCalls.contains(call);
}

void FleetLoader::settle(const InFlight &call)
{
    const auto host = m_hosts.find(call.host);
    if (host != m_hosts.end()) {
        --host->inFlight;
    }
    ++m_done;
    if (call.stage == Stage::Rows) {
        rowStageDone();
    }
}

void FleetLoader::rowStageDone()
{
    if (--m_rowCalls == 0 && m_running && !std::exchange(m_rowsKnown, true)) {
        Q_EMIT rowsKnown();
    }
}

void FleetLoader::callDone(quint64 call)
{
    const auto it = m_inFlightCalls.find(call);
    if (it == m_inFlightCalls.end()) {
        return;
    }
    const InFlight done = *it;
    m_inFlightCalls.erase(it);
    settle(done);
    Q_EMIT progressChanged(m_done, m_total);
    pump();
}

// The client's calls in flight will never answer (their replies go with it): stop waiting for
// them. Its queued calls are skipped by pump(), which runs once the deletion is over, so that
// finished() is never emitted from inside someone's delete.
void FleetLoader::clientDestroyed(const QObject *client)
{
    QList<InFlight> gone;
    for (auto it = m_inFlightCalls.begin(); it != m_inFlightCalls.end();) {
        if (it->client == client) {
            gone.append(*it);
            it = m_inFlightCalls.erase(it);
        } else {
            ++it;
        }
    }
    if (!m_running) {
        return;
    }
    for (const InFlight &call : std::as_const(gone)) {
        settle(call);
    }
    Q_EMIT progressChanged(m_done, m_total);
    QMetaObject::invokeMethod(this, &FleetLoader::pump, Qt::QueuedConnection);
}

void FleetLoader::finish()
{
    m_running = false;
    m_rowIndex.clear();
    if (!std::exchange(m_rowsKnown, true)) {
        Q_EMIT rowsKnown();
    }
    FleetCompute::sortByStaleness(m_rows);
    qCDebug(lcClient) << "fleet loaded:" << m_rows.size() << "rows," << m_errors.size() << "errors,"
                      << m_sent << "calls, at most" << m_maxObserved << "in flight,"
                      << m_maxPerHostObserved << "on one host";
    Q_EMIT finished();
}

void FleetLoader::loadProjects(ApiClient *client)
{
    enqueue(client, Stage::Rows, [this](ApiClient &c, quint64 call) {
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
    enqueue(client, Stage::Rows, [this, project](ApiClient &c, quint64 call) {
        return c.environments(
            project.id, this,
            [this, call, client = QPointer(&c), project](Result<QList<Environment>> result) {
                if (!client || !isAwaited(call)) {
                    return callDone(call);
                }
                if (!result.ok()) {
                    addError(*client, project.id, {}, result.error());
                    return callDone(call);
                }
                for (const Environment &environment : result.value()) {
                    if (!FleetCompute::isBoardEnvironment(environment, m_options.includeStaging)) {
                        continue;
                    }
                    const FleetRow row = FleetCompute::summaryRow(project, environment, m_now,
                                                                  m_options.staleAfter);
                    putRow(*client, row);
                    // Never backed up: no backups to list, the row is complete.
                    if (!row.detailed) {
                        loadBackups(client, project, environment);
                    }
                }
                callDone(call);
            });
    });
}

void FleetLoader::loadBackups(ApiClient *client, const ProjectRef &project,
                              const Environment &environment)
{
    enqueue(client, Stage::Details, [this, project, environment](ApiClient &c, quint64 call) {
        return c.backups(project.id, environment.id, this,
                         [this, call, client = QPointer(&c), project,
                          environment](Result<QList<Backup>> result) {
                             if (!client || !isAwaited(call)) {
                                 return callDone(call);
                             }
                             if (!result.ok()) {
                                 addError(*client, project.id, environment.id, result.error());
                             } else {
                                 putRow(*client,
                                        FleetCompute::row(project, environment, result.value(),
                                                          m_now, m_options.staleAfter));
                             }
                             callDone(call);
                         });
    });
}

void FleetLoader::putRow(const ApiClient &client, FleetRow row)
{
    row.accountId = client.account().id;
    row.accountLabel = client.account().label;
    const QString key = rowKey(client, row);
    const auto known = m_rowIndex.constFind(key);
    if (known == m_rowIndex.constEnd()) {
        m_rowIndex.insert(key, m_rows.size());
        m_rows.append(row);
    } else {
        m_rows[*known] = row;
    }
    Q_EMIT rowReady(row);
}

void FleetLoader::addError(const ApiClient &client, const QString &projectId,
                           const QString &environment, const ApiError &error)
{
    qCWarning(lcClient) << "fleet: could not load" << projectId << environment << ":"
                        << error.message;
    m_errors.append({client.account().label, projectId, environment, error});
}

} // namespace bc
