#include "restoreplugin.h"

#include "models/activityfeedmodel.h"
#include "restorelauncher.h"
#include "ui/activity/activityfeedview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>

namespace bc::ui {

namespace {

// The feed's successful restores whose safety backup is on record.
void updateUndoable(ActivityFeedModel *feed, const RestoreLauncher *launcher)
{
    QSet<QString> undoable;
    for (int row = 0; row < feed->rowCount(); ++row) {
        const std::optional<Activity> activity = feed->activityAt(row);
        if (activity && launcher->canUndo(*activity))
            undoable.insert(activity->id);
    }
    feed->setUndoableRestores(undoable);
}

} // namespace

void installRestore(MainWindow *window)
{
    ConsoleController *controller = window->controller();
    auto *launcher = new RestoreLauncher(controller->context(), window);
    ActivityFeedModel *feed = controller->feed();

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

    QAction *audit = window->toolsMenu()->addAction(QString());
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QObject::connect(audit, &QAction::triggered, launcher, &RestoreLauncher::showAuditWindow);
    const auto retranslate = [audit] {
        audit->setText(QCoreApplication::translate("bc::ui::RestorePlugin", "Support &audit log…"));
    };
    retranslate();
    QObject::connect(window, &MainWindow::languageChanged, audit, retranslate);
}

} // namespace bc::ui
