#include "fleetsession.h"

#include "client/fleetloader.h"
#include "models/history/fleetboardmodel.h"

#include <QHash>
#include <QTimer>

#include <utility>

namespace bc::ui {

FleetSession::FleetSession(Clients clients, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
    , m_model(new FleetBoardModel(this))
{ }

FleetSession::~FleetSession() = default;

void FleetSession::setOptions(const FleetOptions &options)
{
    m_options = options;
    m_model->setStaleAfter(options.staleAfter);
}

void FleetSession::setStaleAfter(std::chrono::hours staleAfter)
{
    m_options.staleAfter = staleAfter;
    m_model->setStaleAfter(staleAfter);
}

bool FleetSession::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

QList<FleetError> FleetSession::errors() const
{
    return m_loader && !m_loader->isRunning() ? m_loader->errors() : QList<FleetError>();
}

void FleetSession::reload()
{
    delete m_loader; // cancels its calls: nothing of it arrives after this
    m_pending.clear();
    m_kept.reset();
    m_model->clear();
    m_loader = new FleetLoader(m_clients ? m_clients() : QList<ApiClient *>(), this);
    m_loader->setOptions(m_options);
    connect(m_loader, &FleetLoader::progressChanged, this, &FleetSession::progressChanged);
    connect(m_loader, &FleetLoader::rowReady, this, [this](const FleetRow &row) {
        if (m_pending.isEmpty())
            QTimer::singleShot(0, m_loader, [this] { flush(); });
        m_pending.append(row);
    });
    connect(m_loader, &FleetLoader::rowsKnown, this, [this] {
        flush();
        Q_EMIT rowsKnown();
    });
    connect(m_loader, &FleetLoader::finished, this, [this] {
        flush();
        m_loaded = true;
        Q_EMIT loadFinished();
    });
    m_loader->start();
}

void FleetSession::keepAccounts(const QSet<QUuid> &accounts)
{
    m_kept = accounts;
    m_model->keepAccounts(accounts);
}

// A row may come twice in one turn (staleness, then details): the model takes its last state.
void FleetSession::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<FleetRow> batch;
    QHash<QString, qsizetype> at;
    for (FleetRow &row : std::exchange(m_pending, {})) {
        if (m_kept && !m_kept->contains(row.accountId))
            continue;
        const QString key = row.accountId.toString() + QLatin1Char('/') + row.projectId
            + QLatin1Char('/') + row.environment;
        const auto found = at.constFind(key);
        if (found == at.constEnd()) {
            at.insert(key, batch.size());
            batch.append(std::move(row));
        } else {
            batch[*found] = std::move(row);
        }
    }
    m_model->addRows(batch);
}

} // namespace bc::ui
