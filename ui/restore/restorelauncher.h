#pragma once

#include "client/types.h"
#include "restoresession.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace bc::ui {

class AuditWindow;
class ConsoleContext;
class RestoreDialog;
class RestoreRun;

// Plugs the restore flow into the console: opens the restore dialog for
// ConsoleContext::restoreRequested (backup row, feed link, Ctrl+R), announces the activities it
// starts, refreshes when a run ends, offers Undo restore for a restore that took a safety
// backup, and shows the support audit window. Owns the runs so they outlive their dialogs.
class RestoreLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreLauncher)

public:
    RestoreLauncher(ConsoleContext *context, QWidget *window);
    ~RestoreLauncher() override;

    // Where the dialogs read the environment's past activities (the feed's rows) for "usually
    // takes ~40 s"; none by default.
    void setHistorySource(std::function<QList<Activity>()> source)
    {
        m_history = std::move(source);
    }
    // Where the launcher and its dialogs look a backup up (ConsoleController::findBackup).
    void setBackupFinder(decltype(RestoreSession::findBackup) finder)
    {
        m_findBackup = std::move(finder);
    }
    RestoreDialog *openRestore(const Backup &backup);
    // True when `restore` is a finished restore of this console that took a safety backup.
    bool canUndo(const Activity &restore) const;
    // Fetches the safety backup and opens the dialog on it, in place.
    void undoRestore(const Activity &restore);
    void showAuditWindow();

Q_SIGNALS:
    // A restore started from one of this launcher's dialogs ended (for the notification).
    void restoreFinished(const bc::Activity &restore);
    // A dialog's run sent its first request / ended (also when its dialog went away meanwhile):
    // the window counts it among the running activities.
    void runStarted();
    void runEnded();

private:
    void follow(RestoreRun *run);

    ConsoleContext *m_context;
    QPointer<QWidget> m_window;
    std::function<QList<Activity>()> m_history;
    decltype(RestoreSession::findBackup) m_findBackup;
    QPointer<AuditWindow> m_audit;
};

} // namespace bc::ui
