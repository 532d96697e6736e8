#pragma once

#include "client/types.h"
#include "restorerun.h"
#include "restoresession.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace bc::ui {

class RestoreForm;

// Restore a backup: the form with its pre-flight summary, then the progress of the run (safety
// backup, restore) with its streaming log. "Continue in background", Esc and the close button
// hide the dialog during a run; the run goes on, owned by `runOwner`. After a restore with a safety
// backup, "Undo restore" loads that backup back into the form, in place, for a restore of its own.
// Every confirmation is a widget on the page (typed name, ticket), never a nested modal box, so
// tests drive it directly.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const RestoreSession &session, const Backup &backup, QObject *runOwner,
                  QWidget *parent = nullptr);
    ~RestoreDialog() override;

    RestoreForm *form() const { return m_form; }
    RestoreRun *run() const { return m_run; }
    // Audit log path for support restores (tests); default AuditLog::defaultPath().
    void setAuditLogPath(const QString &path) { m_auditPath = path; }
    // Loads the safety backup of the finished run into the form (Undo restore).
    void undoRestore();
    bool isRunning() const;
    void reject() override;

Q_SIGNALS:
    // A run was created (owned by `runOwner`): its owner follows it to its end.
    void runCreated(bc::ui::RestoreRun *run);
    void activityStarted(const bc::Activity &activity);
    void runFinished(bool ok);
    // The restore activity of the run ended (not sent when the run stopped before it).
    void restoreEnded(const bc::Activity &restore);
    // The form was loaded with the safety backup and can be restored in place.
    void undoReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildProgress();
    void startRun();
    void onRunFinished(bool ok);
    void openContactSupport();
    void updateButton();

    RestoreSession m_session;
    QPointer<QObject> m_runOwner;
    QString m_auditPath;
    QStackedWidget *m_pages = nullptr;
    RestoreForm *m_form = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_time = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_background = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<RestoreRun> m_run;
    QString m_safetyBackupId; // of the finished run, for Undo restore
    QString m_undoTarget;
};

} // namespace bc::ui
