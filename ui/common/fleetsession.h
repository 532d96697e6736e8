#pragma once

#include "client/fleetrow.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace bc {
class ApiClient;
class FleetBoardModel;
class FleetLoader;
} // namespace bc

namespace bc::ui {

// The fleet board's data, owned by ConsoleController like the backups and the feed: one load at
// a time across the accounts' clients (asked for at each load, so accounts added or removed
// since count), into one FleetBoardModel. Rows come as soon as their staleness is known, their
// details after (FleetLoader); an account removed mid-load drops out and the load still ends.
// Views show model() and ask for reload(); none of them talks to a client.
class FleetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSession)

public:
    using Clients = std::function<QList<ApiClient *>()>;
    explicit FleetSession(Clients clients, QObject *parent = nullptr);
    ~FleetSession() override;

    FleetBoardModel *model() const { return m_model; }
    void setOptions(const FleetOptions &options);
    const FleetOptions &options() const { return m_options; }
    // Judges the rows shown again at once; the next load uses it too.
    void setStaleAfter(std::chrono::hours staleAfter);
    bool isLoading() const;
    // Whether a load has finished since the session was made.
    bool hasLoaded() const { return m_loaded; }
    // Of the last load (empty while none finished).
    QList<FleetError> errors() const;
    // The running or last load, for its figures (calls sent, concurrency); nullptr before one.
    const FleetLoader *loader() const { return m_loader; }

    // The accounts left (one was removed): the others' rows go, and what the load still brings
    // for them is dropped.
    void keepAccounts(const QSet<QUuid> &accounts);

public Q_SLOTS:
    // Clears the board and loads it again; a load still running is cancelled.
    void reload();

Q_SIGNALS:
    void progressChanged(int done, int total);
    // Every row of the load is shown (details may follow).
    void rowsKnown();
    void loadFinished();

private:
    void flush();

    Clients m_clients;
    FleetOptions m_options;
    FleetBoardModel *m_model;
    FleetLoader *m_loader = nullptr;
    // Rows that arrived in this turn of the event loop: the model takes them in one batch.
    QList<FleetRow> m_pending;
    std::optional<QSet<QUuid>> m_kept; // none: every account of the load
    bool m_loaded = false;
};

} // namespace bc::ui
