#include "consolecontroller.h"

#include "accounts/accountmanager.h"
#include "client/apiclient.h"
#include "client/logstream.h"
#include "consolecontext.h"
#include "fleetsession.h"
#include "models/actionjob.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/environmenttreemodel.h"
#include "pollscheduler.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace bc::ui {

namespace {

// The backups this user may restore from the feed: a viewer gets no link.
QSet<QString> restorableIds(const QList<Backup> &backups)
{
    QSet<QString> ids;
    for (const Backup &b : backups) {
        if (b.restorable && b.status == QLatin1String("CREATED") && b.canRestore())
            ids.insert(b.id);
    }
    return ids;
}

} // namespace

ConsoleController::ConsoleController(AccountManager *accounts, ConsoleContext *context,
                                     QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_context(context)
    , m_backups(new BackupTableModel(this))
    , m_feed(new ActivityFeedModel(this))
    , m_scheduler(new PollScheduler(this))
    , m_fleet(new FleetSession(
          [accounts] {
              QList<ApiClient *> clients;
              for (const Account &account : accounts->accounts()) {
                  if (ApiClient *client = accounts->client(account.key()))
                      clients.append(client);
              }
              return clients;
          },
          this))
{
    // One scheduler for every poll of the window: each kind once per interval, one at a time.
    m_scheduler->add(QStringLiteral("environments"),
                     [this](PollScheduler::Done done) { loadEnvironments(std::move(done)); });
    m_scheduler->add(QStringLiteral("backups"),
                     [this](PollScheduler::Done done) { loadBackups(std::move(done)); });
    m_scheduler->add(QStringLiteral("feed"),
                     [this](PollScheduler::Done done) { pollFeed(std::move(done)); });
    connect(m_context, &ConsoleContext::environmentChanged, this,
            &ConsoleController::onEnvironmentChanged);
    connect(m_accounts, &AccountManager::accountsChanged, m_fleet, [this] {
        QSet<QUuid> kept;
        for (const Account &account : m_accounts->accounts())
            kept.insert(account.id);
        m_fleet->keepAccounts(kept);
    });
    connect(m_context, &ConsoleContext::refreshRequested, this, &ConsoleController::refresh);
    connect(m_context, &ConsoleContext::retryRequested, this, [this](const QString &source) {
        if (source == QLatin1String("environments") || source == QLatin1String("backups")
            || source == QLatin1String("feed"))
            m_scheduler->pollNow(source);
        else
            refresh();
    });
    connect(m_feed, &ActivityFeedModel::loadFailed, this, [this](const ApiError &error) {
        m_feedError = error;
        noteResult(false, &error);
        m_context->reportError(tr("Loading the activities failed"), error, QStringLiteral("feed"));
    });
    // Running backups of the environment show as rows in progress in the backup table.
    const auto syncRunning = [this] {
        m_backups->setRunning(m_feed->running());
    };
    connect(m_feed, &ActivityFeedModel::rowsInserted, this, syncRunning);
    connect(m_feed, &ActivityFeedModel::modelReset, this, syncRunning);
    connect(m_feed, &ActivityFeedModel::activityUpdated, m_backups,
            &BackupTableModel::updateRunning);
    connect(m_feed, &ActivityFeedModel::loadingChanged, this, [this](bool loading) {
        if (loading || !m_feedDone)
            return;
        const auto error = std::exchange(m_feedError, std::nullopt);
        if (!error)
            m_context->clearError(QStringLiteral("feed"));
        std::exchange(m_feedDone, {})(error ? &*error : nullptr);
    });
    connect(m_feed, &ActivityFeedModel::activityFinished, this, [this](const Activity &a) {
        if (a.type.startsWith(QLatin1String("environment.")))
            refresh();
    });
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::setVisible(bool visible)
{
    m_scheduler->setActive(visible);
}

void ConsoleController::setPollInterval(std::chrono::milliseconds interval)
{
    m_scheduler->setInterval(interval);
}

std::chrono::milliseconds ConsoleController::pollInterval() const
{
    return m_scheduler->interval();
}

void ConsoleController::pollFeed(PollScheduler::Done done)
{
    // A page already on its way (paging, a new environment) answers this poll too.
    if (m_feed->isLoading() || !m_context->client() || !m_context->environment()) {
        done(nullptr);
        return;
    }
    m_feedError.reset();
    m_feedDone = std::move(done);
    m_feed->refresh();
    if (!m_feed->isLoading() && m_feedDone)
        std::exchange(m_feedDone, {})(nullptr);
}

void ConsoleController::select(const QString &accountKey, const QString &projectId,
                               const QString &environmentId)
{
    ApiClient *client = m_accounts->client(accountKey);
    if (accountKey != m_accountKey || client != m_context->client()) {
        m_accountKey = accountKey;
        const auto account = m_accounts->account(accountKey);
        m_context->setAccount(client, account.value_or(Account{}), m_accounts->user(accountKey));
        // What the previous account had in flight answers for it, if ever (a removed account's
        // client is gone with its calls): none of it may hold up this account's polls.
        m_scheduler->restart();
    }
    const auto project = m_accounts->tree()->project(accountKey, projectId);
    if (!project) {
        m_context->setProject(std::nullopt);
        return;
    }
    if (m_context->projectId() != project->id) {
        m_context->setProject(project);
        m_pendingEnvironment = environmentId;
        loadSettings();
        m_scheduler->pollNow(QStringLiteral("environments"));
        return;
    }
    if (m_context->environments().isEmpty())
        m_pendingEnvironment = environmentId;
    else
        m_context->selectEnvironment(environmentId);
}

bool ConsoleController::isShowing(const QString &accountKey, const QString &projectId) const
{
    return m_accountKey == accountKey && m_context->projectId() == projectId;
}

void ConsoleController::refresh()
{
    if (!m_context->client() || !m_context->project())
        return;
    m_scheduler->pollNow();
}

void ConsoleController::noteResult(bool ok, const ApiError *error)
{
    const bool offline = !ok && error
        && (error->kind == ApiError::Kind::Network || error->kind == ApiError::Kind::Timeout);
    const bool connected = ok || !offline;
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected, connected ? tr("Connected") : error->describe());
}

void ConsoleController::loadEnvironments(PollScheduler::Done done)
{
    ApiClient *client = m_context->client();
    const QString projectId = m_context->projectId();
    if (!client || projectId.isEmpty()) {
        done(nullptr);
        return;
    }
    const QString accountKey = m_accountKey;
    client->environments(
        projectId, this, [this, projectId, accountKey, done](Result<QList<Environment>> result) {
            done(result.ok() ? nullptr : &result.error());
            noteResult(result.ok(), result.ok() ? nullptr : &result.error());
            // The same project may be reached through two accounts: the answer is this one's.
            if (!isShowing(accountKey, projectId))
                return;
            if (!result.ok()) {
                m_context->reportError(tr("Loading the environments failed"), result.error(),
                                       QStringLiteral("environments"));
                return;
            }
            m_context->clearError(QStringLiteral("environments"));
            m_accounts->tree()->setEnvironments(accountKey, projectId, result.value());
            m_context->setEnvironments(result.value());
            if (!m_pendingEnvironment.isEmpty()) {
                m_context->selectEnvironment(m_pendingEnvironment);
                m_pendingEnvironment.clear();
            }
        });
}

// The user's roles and the retention settings change seldom: read once per opened project.
void ConsoleController::loadSettings()
{
    ApiClient *client = m_context->client();
    const QString projectId = m_context->projectId();
    if (!client || projectId.isEmpty())
        return;
    const QString accountKey = m_accountKey;
    client->userAccess(projectId, this, [this, accountKey, projectId](Result<UserAccess> result) {
        if (isShowing(accountKey, projectId) && result.ok())
            m_context->setAccess(result.value());
    });
    client->retention(projectId, this, [this, accountKey, projectId](Result<DataRetention> result) {
        if (isShowing(accountKey, projectId))
            m_context->setRetention(result.ok() ? std::optional(result.value()) : std::nullopt);
    });
    // The project's time zone, for the dates' tooltips ("Project time (Europe/Paris): ...").
    m_backups->setProjectTimeZone({});
    m_feed->setProjectTimeZone({});
    client->project(projectId, this, [this, accountKey, projectId](Result<Project> result) {
        if (!isShowing(accountKey, projectId) || !result.ok())
            return;
        const QTimeZone zone(result.value().timezone.toUtf8());
        m_backups->setProjectTimeZone(zone);
        m_feed->setProjectTimeZone(zone);
    });
}

void ConsoleController::onEnvironmentChanged()
{
    const auto &environment = m_context->environment();
    const QString id = environment ? environment->id : QString();
    // The context re-announces the selected environment on every refresh; only a new one resets.
    if (m_shownEnvironment == id && m_shownProject == m_context->projectId()
        && m_shownAccount == m_accountKey)
        return;
    // The errors of the environment left are not facts about the new one.
    if (m_shownProject != m_context->projectId())
        m_context->clearError(QStringLiteral("environments"));
    m_context->clearError(QStringLiteral("backups"));
    m_context->clearError(QStringLiteral("feed"));
    m_shownEnvironment = id;
    m_shownProject = m_context->projectId();
    m_shownAccount = m_accountKey;
    m_backups->clear();
    setBackupsState(id.isEmpty() ? BackupsState::NoEnvironment : BackupsState::Loading);
    m_feed->setRestorableBackups({});
    m_feed->setClient(m_context->client(), m_context->projectId(), id);
    m_scheduler->pollNow(QStringLiteral("backups"));
}

void ConsoleController::setBackupsState(BackupsState state)
{
    if (state == m_backupsState)
        return;
    m_backupsState = state;
    Q_EMIT backupsStateChanged(state);
}

void ConsoleController::loadBackups(PollScheduler::Done done)
{
    ApiClient *client = m_context->client();
    const auto &environment = m_context->environment();
    if (!client || !environment) {
        done(nullptr);
        return;
    }
    const QString accountKey = m_accountKey;
    const QString projectId = m_context->projectId();
    const QString environmentId = environment->id;
    client->backups(
        projectId, environmentId, this,
        [this, accountKey, projectId, environmentId, done](Result<QList<Backup>> result) {
            done(result.ok() ? nullptr : &result.error());
            noteResult(result.ok(), result.ok() ? nullptr : &result.error());
            if (!isShowing(accountKey, projectId) || !m_context->environment()
                || m_context->environment()->id != environmentId)
                return;
            if (!result.ok()) {
                m_context->reportError(tr("Loading the backups failed"), result.error(),
                                       QStringLiteral("backups"));
                // Rows loaded before stay (and stay true until the next answer).
                if (m_backupsState != BackupsState::Loaded)
                    setBackupsState(BackupsState::Failed);
                return;
            }
            m_context->clearError(QStringLiteral("backups"));
            m_backups->setBackups(result.value());
            setBackupsState(BackupsState::Loaded);
            const QList<Backup> &backups = result.value();
            const int generation = ++m_restorableGeneration;
            if (backups.size() <= BackupTableModel::kSliceRows) {
                m_feed->setRestorableBackups(restorableIds(backups));
                return;
            }
            // 30,000 backups: the set is gathered beside the window (20-40 ms of it here).
            QtConcurrent::run([backups] { return restorableIds(backups); })
                .then(this,
                      [this, generation, accountKey, projectId,
                       environmentId](const QSet<QString> &ids) {
                          if (generation == m_restorableGeneration
                              && isShowing(accountKey, projectId) && m_context->environment()
                              && m_context->environment()->id == environmentId)
                              m_feed->setRestorableBackups(ids);
                      });
        });
}

void ConsoleController::outsideJobStarted()
{
    Q_EMIT runningJobsChanged(++m_running);
}

void ConsoleController::outsideJobEnded()
{
    if (m_running > 0)
        Q_EMIT runningJobsChanged(--m_running);
}

void ConsoleController::track(ActionJob *job, const QString &what)
{
    ++m_running;
    Q_EMIT runningJobsChanged(m_running);
    connect(job, &ActionJob::accepted, this, [this](const Activity &a) {
        m_context->announceActivity(a);
        m_feed->upsert(a);
        m_backups->updateRunning(a);
        // The environment is busy now: its action links changed.
        m_scheduler->pollNow(QStringLiteral("environments"));
    });
    connect(job, &ActionJob::updated, this, [this](const Activity &a) {
        m_feed->upsert(a);
        m_backups->updateRunning(a);
    });
    connect(job, &ActionJob::finished, this, [this, job](const Activity &a) {
        Q_EMIT runningJobsChanged(--m_running);
        m_feed->upsert(a);
        m_backups->updateRunning(a);
        Q_EMIT jobFinished(a);
        refresh();
        job->deleteLater();
    });
    connect(job, &ActionJob::failed, this, [this, job, what](const ApiError &error) {
        Q_EMIT runningJobsChanged(--m_running);
        m_context->reportError(what, error);
        refresh();
        job->deleteLater();
    });
}

ActionJob *ConsoleController::startBackup(bool safe)
{
    ApiClient *client = m_context->client();
    const auto &environment = m_context->environment();
    if (!client || !environment)
        return nullptr;
    auto *job = ActionJob::createBackup(client, *environment, safe, this);
    job->setFollowLog(true);
    track(job, tr("The backup of %1 failed").arg(environment->name));
    job->start();
    return job;
}

void ConsoleController::deleteBackup(const Backup &backup)
{
    if (ApiClient *client = m_context->client()) {
        auto *job = ActionJob::deleteBackup(client, backup, this);
        track(job, tr("Deleting backup %1 failed").arg(backup.id));
        job->start();
    }
}

void ConsoleController::cancelActivity(const Activity &activity)
{
    if (ApiClient *client = m_context->client()) {
        auto *job = ActionJob::cancelActivity(client, activity, this);
        track(job, tr("Cancelling the activity failed"));
        job->start();
    }
}

} // namespace bc::ui

namespace bc::ui {

LogStream *ConsoleController::openLog(const Activity &activity)
{
    ApiClient *client = m_context->client();
    return client ? new LogStream(client, activity) : nullptr;
}

} // namespace bc::ui

namespace bc::ui {

CallHandle ConsoleController::loadProject(QObject *context, Callback<Project> callback)
{
    ApiClient *client = m_context->client();
    if (!client || m_context->projectId().isEmpty())
        return {};
    return client->project(m_context->projectId(), context, std::move(callback));
}

CallHandle ConsoleController::findBackup(const QString &projectId, const QString &environmentId,
                                         const QString &backupId, QObject *context,
                                         Callback<Backup> callback)
{
    ApiClient *client = m_context->client();
    if (!client)
        return {};
    return client->backup(projectId, environmentId, backupId, context, std::move(callback));
}

} // namespace bc::ui
