#pragma once

#include "callhandle.h"
#include "fleetrow.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace bc {

class ApiClient;

// Loads the fleet board across accounts: for every client its projects, their environments, and
// the backups of every production (optionally staging) environment, with at most
// FleetOptions::maxInFlight calls in flight across all clients. Widget-free; no nested loop.
class FleetLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoader)

public:
    // Clients are not owned; each must have its API token set. A client deleted mid-load (its
    // account removed) drops out: its queued calls are skipped, its calls in flight no longer
    // awaited, and the load finishes with the other clients' rows.
    explicit FleetLoader(const QList<ApiClient *> &clients, QObject *parent = nullptr);
    ~FleetLoader() override;

    void setOptions(const FleetOptions &options);
    const FleetOptions &options() const { return m_options; }

    // Starts (or restarts) the load. finished() follows, also when everything failed.
    void start();
    // Cancels the calls in flight; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

    // Sorted by staleness (FleetCompute::sortByStaleness) once finished.
    QList<FleetRow> rows() const { return m_rows; }
    QList<FleetError> errors() const { return m_errors; }
    // The largest number of calls this loader had in flight at once.
    int maxInFlightObserved() const { return m_maxObserved; }

Q_SIGNALS:
    // done and total count calls; total grows as projects and environments become known.
    void progressChanged(int done, int total);
    void rowReady(const bc::FleetRow &row);
    void finished();

private:
    // A call waits in the queue tied to its client: once the client is gone, it is skipped.
    struct Job
    {
        QPointer<ApiClient> client;
        std::function<CallHandle(ApiClient &client, quint64 call)> start;
    };
    // A call in flight, by the client that runs it (compared only, never dereferenced).
    struct InFlight
    {
        const QObject *client = nullptr;
        CallHandle handle;
    };

    void finish();
    void enqueue(ApiClient *client, std::function<CallHandle(ApiClient &, quint64)> start);
    void pump();
    // False once the call was given up (cancelled, or its client deleted).
    bool isAwaited(quint64 call) const;
    void callDone(quint64 call);
    void clientDestroyed(const QObject *client);
    void loadProjects(ApiClient *client);
    void loadEnvironments(ApiClient *client, const ProjectRef &project);
    void loadBackups(ApiClient *client, const ProjectRef &project, const Environment &environment);
    void addError(const ApiClient &client, const QString &projectId, const QString &environment,
                  const ApiError &error);

    QList<QPointer<ApiClient>> m_clients;
    FleetOptions m_options;
    QDateTime m_now;
    std::deque<Job> m_queue;
    QHash<quint64, InFlight> m_inFlightCalls;
    quint64 m_lastCall = 0;
    QList<FleetRow> m_rows;
    QList<FleetError> m_errors;
    int m_maxObserved = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_pumping = false;
};

} // namespace bc
