// The history in the real console window (in-process sandbox, demo seed): the History tab sits
// beside the backups table and follows its selection both ways, and the View menu's fleet board
// opens an environment in the console.
#include "consolefixture.h"
#include "models/history/fleetboardmodel.h"
#include "sandboxprocess.h"
#include "ui/backups/backupsview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/history/historytab.h"
#include "ui/history/timelinewidget.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

class TstHistoryConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void historyTabFollowsTheTable()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        const QString project = QLatin1String(test::demo::legacyEuProject);
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        MainWindow *window = console.shell()->window();
        auto *tab = window->findChild<HistoryTab *>(QStringLiteral("historyTab"));
        QVERIFY(tab);
        QVERIFY(window->centralTabs()->indexOf(tab) > 0);
        window->centralTabs()->setCurrentWidget(tab);
        TimelineWidget *timeline = tab->timeline();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->layout().marks().isEmpty(), 15000);
        // The selected environment's lane comes first.
        QCOMPARE(timeline->layout().lanes().constFirst(), QStringLiteral("staging"));

        // Table → timeline.
        BackupsView *backups = window->backupsView();
        QTRY_VERIFY(backups->findChild<QTableView *>()->model()->rowCount() > 0);
        QTableView *table = backups->findChild<QTableView *>();
        table->selectRow(0);
        const QString first = backups->selectedId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(timeline->selectedBackupId(), first);

        // Timeline → table: click another staging backup's mark.
        QString other;
        for (const TimelineMark &mark : timeline->layout().marks()) {
            if (mark.environment == QLatin1String("staging")
                && mark.kind == TimelineMark::Kind::Backup && mark.id != first) {
                other = mark.id;
            }
        }
        QVERIFY(!other.isEmpty());
        timeline->selectBackup(other); // scrolls it into view
        const int index = timeline->layout().indexOfMark(other);
        QTest::mouseClick(timeline, Qt::LeftButton, {},
                          timeline->layout().marks()[index].center.toPoint());
        QCOMPARE(backups->selectedId(), other);
        QCOMPARE(timeline->selectedBackupId(), other);
    }

    void fleetBoardOpensEnvironment()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        MainWindow *window = console.shell()->window();
        auto *action = window->viewMenu()->findChild<QAction *>(QStringLiteral("fleetBoardAction"));
        if (!action) {
            for (QAction *candidate : window->viewMenu()->actions()) {
                if (candidate->objectName() == QLatin1String("fleetBoardAction")) {
                    action = candidate;
                }
            }
        }
        QVERIFY(action);
        action->trigger();
        auto *board = window->findChild<FleetBoardWidget *>(QStringLiteral("fleetBoard"));
        QVERIFY(board);
        QVERIFY(board->isWindow());
        QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading(), 15000);
        QTRY_VERIFY(board->view()->model()->rowCount() >= 4);
        const FleetRow row = board->rowsInViewOrder().constLast();
        const QModelIndex index
            = board->view()->model()->index(board->view()->model()->rowCount() - 1, 0);
        const QPoint at = board->view()->visualRect(index).center();
        QTest::mouseClick(board->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(board->view()->viewport(), Qt::LeftButton, {}, at);
        ConsoleContext *context = window->controller()->context();
        QTRY_COMPARE_WITH_TIMEOUT(context->projectId(), row.projectId, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            context->environment() && context->environment()->id == row.environment, 15000);
    }
};

QTEST_MAIN(TstHistoryConsole)
#include "tst_history_console.moc"
