#pragma once

#include "callhandle.h"
#include "fleetrow.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <functional>

namespace bc {

class ApiClient;

// Loads the fleet board across accounts in two steps. Rows: for every client its projects and
// their environments; each board environment's row is ready with its staleness from
// last_backup_at as soon as its project's environments are listed (rowsKnown() once all are).
// Details: then the backups listing of each board environment that has ever been backed up
// (the others have nothing to list), which makes the row detailed (rowReady() again).
// Calls wait in one queue per API host, rows before details; at most FleetOptions::maxPerHost in
// flight on one host (and no more than its clients have connections to it, so that nothing waits
// in Qt's queue, where a detail would go before a row) and FleetOptions::maxInFlight in all.
// Widget-free; no nested loop.
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

    // In arrival order while loading; sorted by staleness (FleetCompute::sortByStaleness) once
    // finished.
    QList<FleetRow> rows() const { return m_rows; }
    QList<FleetError> errors() const { return m_errors; }
    // The largest number of calls this loader had in flight at once, in all and on one host.
    int maxInFlightObserved() const { return m_maxObserved; }
    int maxPerHostObserved() const { return m_maxPerHostObserved; }
    // The calls sent (each one request, unless the client retried it).
    int callsSent() const { return m_sent; }

Q_SIGNALS:
    // done and total count calls; total grows as projects and environments become known.
    void progressChanged(int done, int total);
    // A new row (staleness known), or the same row again with its details.
    void rowReady(const bc::FleetRow &row);
    // Every project's environments are listed: every row is there, details may follow.
    void rowsKnown();
    void finished();

private:
    enum class Stage { Rows, Details };
    // A call waits in the queue of its host, tied to its client: once the client is gone, it is
    // skipped.
    struct Job
    {
        QPointer<ApiClient> client;
        Stage stage = Stage::Rows;
        std::function<CallHandle(ApiClient &client, quint64 call)> start;
    };
    struct Host
    {
        std::deque<Job> rows;
        std::deque<Job> details;
        int inFlight = 0;
        int connections = 0; // the most any of its clients has (ApiClient::connectionsPerHost)
    };
    // A call in flight, by the client that runs it (compared only, never dereferenced).
    struct InFlight
    {
        const QObject *client = nullptr;
        QString host;
        Stage stage = Stage::Rows;
        CallHandle handle;
    };

    void finish();
    void enqueue(ApiClient *client, Stage stage,
                 std::function<CallHandle(ApiClient &, quint64)> start);
    void pump();
    // The next job to send, round robin over the hosts with room; false when none may go now.
    bool takeNext(QString &host, Job &job);
    bool hasQueued() const;
    // False once the call was given up (cancelled, or its client deleted).
    bool isAwaited(quint64 call) const;
    void callDone(quint64 call);
    void settle(const InFlight &call);
    void rowStageDone();
    void clientDestroyed(const QObject *client);
    void loadProjects(ApiClient *client);
    void loadEnvironments(ApiClient *client, const ProjectRef &project);
    void loadBackups(ApiClient *client, const ProjectRef &project, const Environment &environment);
    void putRow(const ApiClient &client, FleetRow row);
    void addError(const ApiClient &client, const QString &projectId, const QString &environment,
                  const ApiError &error);

    QList<QPointer<ApiClient>> m_clients;
    FleetOptions m_options;
    QDateTime m_now;
    QHash<QString, Host> m_hosts;
    QStringList m_hostOrder;
    qsizetype m_nextHost = 0;
    QHash<quint64, InFlight> m_inFlightCalls;
    quint64 m_lastCall = 0;
    QList<FleetRow> m_rows;
    QHash<QString, qsizetype> m_rowIndex;
    QList<FleetError> m_errors;
    int m_maxObserved = 0;
    int m_maxPerHostObserved = 0;
    int m_sent = 0;
    int m_done = 0;
    int m_total = 0;
    // Calls of the rows stage (projects, environments) queued or in flight.
    int m_rowCalls = 0;
    bool m_rowsKnown = false;
    bool m_running = false;
    bool m_pumping = false;
};

} // namespace bc
