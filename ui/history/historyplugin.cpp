#include "historyplugin.h"

#include "client/apiclient.h"
#include "fleetboardwidget.h"
#include "historytab.h"
#include "ui/accounts/accountmanager.h"
#include "ui/backups/backupsview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

namespace bc::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bc::ui::HistoryPlugin)
};

// One board window per console window, made on first use and reloaded at each opening.
void showFleetBoard(MainWindow *window)
{
    ConsoleController *controller = window->controller();
    auto *board = window->findChild<FleetBoardWidget *>(QStringLiteral("fleetBoard"));
    if (!board) {
        board = new FleetBoardWidget(controller->fleet(), window);
        board->setWindowFlag(Qt::Window);
        board->setObjectName(QStringLiteral("fleetBoard"));
        board->setStaleAfter(window->preferences().staleAfter);
        board->setComplianceRules(window->preferences().compliance);
        QObject::connect(board, &FleetBoardWidget::environmentActivated, window,
                         [window, controller](const QUuid &account, const QString &project,
                                              const QString &environment) {
                             controller->select(account.toString(QUuid::WithoutBraces), project,
                                                environment);
                             window->raise();
                             window->activateWindow();
                         });
    }
    board->show();
    board->raise();
    board->reload();
}

} // namespace

void installHistory(MainWindow *window)
{
    ConsoleContext *context = window->controller()->context();
    auto *tab = new HistoryTab(context, window);
    tab->setObjectName(QStringLiteral("historyTab"));
    window->centralTabs()->addTab(tab, QString());

    BackupsView *backups = window->backupsView();
    QObject::connect(backups, &BackupsView::selectionChanged, tab,
                     [tab, backups] { tab->selectBackup(backups->selectedId()); });
    QObject::connect(tab, &HistoryTab::backupClicked, backups, &BackupsView::selectId);

    QAction *action = window->viewMenu()->addAction(QString());
    action->setObjectName(QStringLiteral("fleetBoardAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QObject::connect(action, &QAction::triggered, window, [window] { showFleetBoard(window); });

    const auto retranslate = [window, tab, action] {
        QTabWidget *tabs = window->centralTabs();
        tabs->setTabText(tabs->indexOf(tab), Tr::tr("History"));
        action->setText(Tr::tr("Fleet board…"));
    };
    retranslate();
    QObject::connect(window, &MainWindow::languageChanged, tab, retranslate);
    QObject::connect(
        window, &MainWindow::preferencesChanged, window, [window](const Preferences &preferences) {
            if (auto *board = window->findChild<FleetBoardWidget *>(QStringLiteral("fleetBoard"))) {
                board->setStaleAfter(preferences.staleAfter);
                board->setComplianceRules(preferences.compliance);
            }
        });
}

} // namespace bc::ui
