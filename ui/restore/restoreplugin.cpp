#include "restoreplugin.h"

#include "client/drillrun.h"
#include "drilldialog.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "restorelauncher.h"
#include "ui/activity/activityfeedview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/notifier.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>

namespace bc::ui {

namespace {

// The feed's successful restores whose safety backup is on record.
void updateUndoable(ActivityFeedModel *feed, const RestoreLauncher *launcher)
{
    // Runs on every page the feed takes in; canUndo() reads the settings file, so only the
    // restores the feed can keep are asked (on 5,000 rows: every restore, per page).
    QSet<QString> undoable;
    for (const Activity &activity : feed->newestRestores()) {
        if (launcher->canUndo(activity))
            undoable.insert(activity.id);
    }
    feed->setUndoableRestores(undoable);
}

} // namespace

void installRestore(MainWindow *window)
{
    ConsoleController *controller = window->controller();
    auto *launcher = new RestoreLauncher(controller->context(), window);
    ActivityFeedModel *feed = controller->feed();
    launcher->setHistorySource([feed] { return feed->activities(); });
    launcher->setBackupFinder([controller](const QString &project, const QString &environment,
                                           const QString &backupId, QObject *context,
                                           Callback<Backup> callback) {
        return controller->findBackup(project, environment, backupId, context, std::move(callback));
    });

    const auto refreshUndo = [feed, launcher] {
        updateUndoable(feed, launcher);
    };
    QObject::connect(feed, &QAbstractItemModel::modelReset, launcher, refreshUndo);
    QObject::connect(feed, &QAbstractItemModel::rowsInserted, launcher, refreshUndo);
    QObject::connect(feed, &ActivityFeedModel::activityFinished, launcher, refreshUndo);
    QObject::connect(launcher, &RestoreLauncher::restoreFinished, launcher, refreshUndo);
    QObject::connect(launcher, &RestoreLauncher::restoreFinished, controller,
                     &ConsoleController::jobFinished);
    QObject::connect(launcher, &RestoreLauncher::runStarted, controller,
                     &ConsoleController::outsideJobStarted);
    QObject::connect(launcher, &RestoreLauncher::runEnded, controller,
                     &ConsoleController::outsideJobEnded);
    QObject::connect(window->feedView(), &ActivityFeedView::undoRequested, launcher,
                     &RestoreLauncher::undoRestore);

    // Restore drills (issue 16): the log lives as long as the window; each run is the window's.
    auto *drillLog = new DrillLog(DrillLog::defaultPath());
    QObject::connect(window, &QObject::destroyed, [drillLog] { delete drillLog; });
    QAction *drill = window->toolsMenu()->addAction(QString());
    drill->setObjectName(QStringLiteral("drillAction"));
    drill->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    const auto updateDrill = [drill, controller] {
        drill->setEnabled(controller->context()->environment().has_value());
    };
    updateDrill();
    QObject::connect(controller->context(), &ConsoleContext::environmentChanged, drill,
                     updateDrill);
    QObject::connect(drill, &QAction::triggered, window, [window, controller, drillLog] {
        ConsoleContext *context = controller->context();
        if (!context->environment())
            return;
        auto *dialog
            = new DrillDialog(context, controller->backups()->backups(), drillLog, window, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(
            dialog, &DrillDialog::runStarted, controller, [window, controller](DrillRun *run) {
                controller->outsideJobStarted();
                QObject::connect(run, &DrillRun::activityStarted, controller->context(),
                                 &ConsoleContext::announceActivity);
                QObject::connect(run, &DrillRun::finished, controller,
                                 [window, controller, run](const DrillRecord &record) {
                                     controller->outsideJobEnded();
                                     window->notifier()->drillFinished(record);
                                     controller->context()->requestRefresh();
                                     run->deleteLater();
                                 });
            });
        dialog->show();
    });

    QAction *audit = window->toolsMenu()->addAction(QString());
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QObject::connect(audit, &QAction::triggered, launcher, &RestoreLauncher::showAuditWindow);
    const auto retranslate = [audit, drill] {
        drill->setText(QCoreApplication::translate("bc::ui::RestorePlugin", "Run restore &drill…"));
        audit->setText(QCoreApplication::translate("bc::ui::RestorePlugin", "Support &audit log…"));
    };
    retranslate();
    QObject::connect(window, &MainWindow::languageChanged, audit, retranslate);
}

} // namespace bc::ui
