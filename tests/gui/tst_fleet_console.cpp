// The fleet board through the console's controller (issue 12, layering; issue 14, rows first):
// the window's board shows ConsoleController::fleet()'s model and asks it to load, the load
// covers every account the controller knows, an account removed mid-load drops out of the board
// while the load still ends, and each row is there with its staleness before its details.
#include "consolefixture.h"
#include "models/history/fleetboardmodel.h"
#include "sandboxprocess.h"
#include "ui/accounts/accountmanager.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/fleetsession.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

class TstFleetConsole final : public QObject
{
    Q_OBJECT

    static QAction *fleetAction(MainWindow *window)
    {
        for (QAction *candidate : window->viewMenu()->actions()) {
            if (candidate->objectName() == QLatin1String("fleetBoardAction"))
                return candidate;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void boardLoadsThroughTheController()
    {
        ConsoleFixture console;
        // Every answer 120 ms late: the load is still running when the account goes.
        console.configureSandbox([](sandbox::ServerOptions &options) { options.latencyMs = 120; });
        QVERIFY(console.start());
        MainWindow *window = console.shell()->window();
        ConsoleController *controller = window->controller();
        AccountManager *accounts = controller->accounts();
        QSignalSpy signedIn(accounts, &AccountManager::signedIn);
        accounts->signIn(
            Account::custom(console.baseUrl(), console.baseUrl(), QStringLiteral("second")),
            QLatin1String(test::demo::contributorToken), false);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        QCOMPARE(accounts->accounts().size(), 2);
        const QUuid first = accounts->accounts().constFirst().id;
        const QUuid second = accounts->accounts().constLast().id;
        QVERIFY(first != second);

        FleetSession *fleet = controller->fleet();
        QSignalSpy known(fleet, &FleetSession::rowsKnown);
        QSignalSpy finished(fleet, &FleetSession::loadFinished);
        // The first rows (with their staleness) shown while details are still missing.
        bool sawPending = false;
        connect(fleet->model(), &QAbstractItemModel::rowsInserted, this, [&] {
            for (const FleetRow &row : fleet->model()->rows())
                sawPending = sawPending || !row.detailed;
        });
        QAction *action = fleetAction(window);
        QVERIFY(action);
        action->trigger();
        auto *board = window->findChild<FleetBoardWidget *>(QStringLiteral("fleetBoard"));
        QVERIFY(board);
        QCOMPARE(board->session(), fleet);
        QCOMPARE(board->model(), fleet->model());
        QVERIFY(fleet->isLoading());
        QVERIFY(board->isLoading());

        // The second account goes while its calls are queued or in flight.
        QTRY_VERIFY_WITH_TIMEOUT(fleet->model()->rowCount() > 0, 15000);
        accounts->removeAccount(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(known.size(), 1);
        QVERIFY(!board->isLoading());
        QVERIFY(fleet->errors().isEmpty());
        QVERIFY(sawPending);
        const QList<FleetRow> rows = fleet->model()->rows();
        QCOMPARE(rows.size(), 4); // the demo seed's production environments, once
        for (const FleetRow &row : rows) {
            QCOMPARE(row.accountId, first);
            QVERIFY(row.detailed);
        }
        QCOMPARE(board->view()->model()->rowCount(), rows.size());

        // A new load asks the controller's accounts again: still one.
        board->reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(fleet->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TstFleetConsole)
#include "tst_fleet_console.moc"
