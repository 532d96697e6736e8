#pragma once

#include "client/apierror.h"
#include "client/auditlog.h"
#include "client/restoreplan.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace bc {
class ActionJob;
class ApiClient;
struct ApiError;
} // namespace bc

namespace bc::ui {

// Carries out one restore plan: the safety backup first when asked (a live backup of the
// target; the restore is only sent once it succeeded), then the restore on the backup's own
// environment, following each activity to its end. Support restores are written to the audit
// log before the request and updated with activity ids and outcome; a restore with a safety
// backup records its undo. Outlives the dialog that started it ("Continue in background", Esc,
// the close button): whoever owns it deletes it once finished.
class RestoreRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreRun)

public:
    RestoreRun(ApiClient *client, RestorePlan plan, QObject *parent = nullptr);
    ~RestoreRun() override;

    // Audit log for support restores; default: AuditLog::defaultPath().
    void setAuditLogPath(const QString &path) { m_auditPath = path; }
    // The environment's past activities (the feed's rows): how long each step usually takes.
    // A target the history knows nothing of has its own read when the run starts.
    void setHistory(const QList<Activity> &history) { m_history = history; }
    void start();

    const RestorePlan &plan() const { return m_plan; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString safetyBackupId() const { return m_safetyBackupId; }
    const Activity &restoreActivity() const { return m_restoreActivity; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void stageChanged(const QString &text);
    // What history says of the step running: "usually takes ~40 s", then "about 20 s left" or
    // "taking longer than usual"; empty when history knows no such step, and at the end.
    void timeChanged(const QString &text);
    // Of the whole run (both steps), never decreasing.
    void progressChanged(int percent);
    void lineReceived(const bc::LogLine &line);
    // Each activity this run started (safety backup, restore): for the feed and notifications.
    void activityStarted(const bc::Activity &activity);
    // The end, successful or not; errorText() says why when not.
    void finished(bool ok);
    // A local file could not be written (the audit log's update, the undo store): for the
    // message bar; the run goes on.
    void storageFailed(const QString &what, const bc::ApiError &error);

private:
    void startSafetyBackup();
    void startRestore();
    ActionJob *watch(ActionJob *job);
    void onSafetyDone(const Activity &activity);
    void onRestoreDone(const Activity &activity);
    void fail(const QString &text, const QString &outcome);
    void stepProgress(int percent);
    void stepUsual(const QString &type);
    void readTargetHistory();
    void stepTime(const Activity &activity);
    void audit(const QString &outcome);

    QPointer<ApiClient> m_client;
    RestorePlan m_plan;
    QString m_auditPath;
    std::optional<AuditEntry> m_audit;
    QStringList m_activityIds;
    QString m_safetyBackupId;
    Activity m_restoreActivity;
    QString m_error;
    QList<Activity> m_history;
    std::optional<std::chrono::milliseconds> m_usual; // of the step running
    int m_steps = 1;
    int m_step = 1;
    int m_progress = 0;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace bc::ui
