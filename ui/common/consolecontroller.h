#pragma once

#include "client/callhandle.h"
#include "client/result.h"
#include "client/types.h"
#include "pollscheduler.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace bc {
class ActionJob;
class ActivityFeedModel;
class BackupTableModel;
class LogStream;
struct ApiError;
} // namespace bc

namespace bc::ui {

class AccountManager;
class ConsoleContext;
class FleetSession;

// The layer between the widgets and the client: loads what the selection needs (environments,
// roles, retention, backups, the feed) into the context and the models, polls while the window is
// visible, and starts the actions as ActionJobs. No widget calls the client; they call this.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    ConsoleController(AccountManager *accounts, ConsoleContext *context, QObject *parent = nullptr);
    ~ConsoleController() override;

    ConsoleContext *context() const { return m_context; }
    AccountManager *accounts() const { return m_accounts; }
    BackupTableModel *backups() const { return m_backups; }
    ActivityFeedModel *feed() const { return m_feed; }
    // The fleet board's rows across every account (loaded on request, not polled).
    FleetSession *fleet() const { return m_fleet; }

    // Account, project and (optionally) environment; empty ids clear the lower levels.
    void select(const QString &accountKey, const QString &projectId, const QString &environmentId);
    QString accountKey() const { return m_accountKey; }
    // Polls only while the window is visible.
    void setVisible(bool visible);
    void setPollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pollInterval() const;
    PollScheduler *scheduler() const { return m_scheduler; }
    bool isConnected() const { return m_connected; }
    int runningJobs() const { return m_running; }
    // Where the backups of the environment shown are: none selected, being loaded, loaded (maybe
    // none), or their load failed before any arrived. The table says it instead of going blank.
    enum class BackupsState { NoEnvironment, Loading, Loaded, Failed };
    BackupsState backupsState() const { return m_backupsState; }
    // Work started elsewhere in the window (a restore dialog's run) that the count includes.
    void outsideJobStarted();
    void outsideJobEnded();

    // Actions. Each sends exactly one request; the job follows the activity to its end and
    // outlives any dialog that watches it.
    ActionJob *startBackup(bool safe);
    void deleteBackup(const Backup &backup);
    void cancelActivity(const Activity &activity);
    // The live log of an activity (for the log viewer); nullptr without a client.
    LogStream *openLog(const Activity &activity);

    // Look-ups for dialogs, on the selected account's client; the callback is dropped with
    // `context`, and never runs without a client (the handle is then inactive).
    // The full object of the project shown (the cron assistant reads its time zone).
    CallHandle loadProject(QObject *context, Callback<Project> callback);
    // One backup by id (Undo restore opens the dialog on the restore's safety backup).
    CallHandle findBackup(const QString &projectId, const QString &environmentId,
                          const QString &backupId, QObject *context, Callback<Backup> callback);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void connectionChanged(bool connected, const QString &text);
    void runningJobsChanged(int count);
    // An activity started by this console ended (for the desktop notification).
    void jobFinished(const bc::Activity &activity);
    void backupsStateChanged(bc::ui::ConsoleController::BackupsState state);

private:
    void loadEnvironments(PollScheduler::Done done);
    void loadSettings();
    // Whether the window still shows this account's project (answers come late).
    bool isShowing(const QString &accountKey, const QString &projectId) const;
    void loadBackups(PollScheduler::Done done);
    void pollFeed(PollScheduler::Done done);
    void onEnvironmentChanged();
    void track(ActionJob *job, const QString &what);
    void noteResult(bool ok, const ApiError *error);
    void setBackupsState(BackupsState state);

    AccountManager *m_accounts;
    ConsoleContext *m_context;
    BackupTableModel *m_backups;
    ActivityFeedModel *m_feed;
    PollScheduler *m_scheduler;
    FleetSession *m_fleet;
    PollScheduler::Done m_feedDone;
    std::optional<ApiError> m_feedError;
    QString m_accountKey;
    QString m_pendingEnvironment;
    QString m_shownAccount;
    QString m_shownProject;
    QString m_shownEnvironment;
    bool m_connected = true;
    BackupsState m_backupsState = BackupsState::NoEnvironment;
    int m_restorableGeneration = 0; // the backups answer whose restorable set the feed takes
    int m_running = 0;
};

} // namespace bc::ui
