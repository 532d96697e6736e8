// Issue 12, the request budget: the console's polls against the in-process sandbox, counted by
// the sandbox itself. One poll per kind per interval, none twice at once, backing off on 5xx,
// nothing while hidden, settings read once, the History tab not reloaded by a poll.
#include "consolefixture.h"
#include "sandboxprocess.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/pollscheduler.h"
#include "ui/history/historytab.h"
#include "ui/history/timelinewidget.h"
#include "ui/mainwindow/mainwindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;
using namespace std::chrono_literals;

namespace {

const QString project = QLatin1String(test::demo::eu3Project);

QString path(const QString &tail)
{
    return QStringLiteral("*/projects/") + project + tail;
}

} // namespace

class TstWorkdayPolling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oncePerKindPerInterval()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        console.shell()->controller()->setPollInterval(300ms);
        QVERIFY(console.resetRequests());
        // The environment list is polled once per interval: six of them are the clock.
        QTRY_VERIFY_WITH_TIMEOUT(console.requestCount(path(QStringLiteral("/environments"))) >= 6,
                                 20000);
        const int environments = console.requestCount(path(QStringLiteral("/environments")));
        const int feed
            = console.requestCount(path(QStringLiteral("/environments/staging/activities")));
        const int backups
            = console.requestCount(path(QStringLiteral("/environments/staging/backups")));
        qInfo("in %d intervals: feed %d, backups %d", environments, feed, backups);
        QVERIFY2(feed <= environments + 1, qPrintable(QString::number(feed)));
        QVERIFY2(backups <= environments + 1, qPrintable(QString::number(backups)));
        // Roles and retention settings do not change by themselves: not polled.
        QCOMPARE(console.requestCount(path(QStringLiteral("/user-access"))), 0);
        QCOMPARE(console.requestCount(path(QStringLiteral("/settings"))), 0);
    }

    void neverTwiceInFlightAndBackingOff()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        // The backups answer slowly, the feed fails with 503.
        QVERIFY(console.addFault(path(QStringLiteral("/environments/staging/backups"))
                                 + QStringLiteral("=delay:2500")));
        QVERIFY(console.addFault(path(QStringLiteral("/environments/staging/activities"))
                                 + QStringLiteral("=status:503")));
        console.shell()->controller()->setPollInterval(200ms);
        QVERIFY(console.resetRequests());
        QTRY_VERIFY_WITH_TIMEOUT(console.requestCount(path(QStringLiteral("/environments"))) >= 12,
                                 20000);
        const int environments = console.requestCount(path(QStringLiteral("/environments")));
        const int backups
            = console.requestCount(path(QStringLiteral("/environments/staging/backups")));
        const int feed
            = console.requestCount(path(QStringLiteral("/environments/staging/activities")));
        qInfo("in %d intervals: slow backups %d, failing feed %d", environments, backups, feed);
        // 2.5 s a backup list, 200 ms an interval: one at a time means at most two.
        QVERIFY2(backups <= 2, qPrintable(QString::number(backups)));
        // The client's own retries count, but the poll waits longer after each failure.
        QVERIFY2(feed < environments, qPrintable(QString::number(feed)));
        // Once the client gave up its own retries, the poll waits longer.
        QTRY_VERIFY_WITH_TIMEOUT(
            console.shell()->controller()->scheduler()->backoff(QStringLiteral("feed")) > 1, 30000);
    }

    void pausedWhileHidden()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        console.shell()->controller()->setPollInterval(200ms);
        MainWindow *window = console.shell()->window();
        window->hide();
        QTRY_VERIFY(!window->isVisible());
        QVERIFY(console.resetRequests());
        // Nothing to wait for but time: ten intervals with no request at all.
        QTest::qWait(2000);
        QCOMPARE(console.requestCount(path(QStringLiteral("/*"))), 0);
        window->show();
        QTRY_VERIFY(console.requestCount(path(QStringLiteral("/environments/staging/activities")))
                    > 0);
    }

    // A second account opens the same project and is removed while its environments load:
    // its client goes with its calls. Back on the first account's copy of that project, the
    // environments load again (before: the removed account's poll stayed "in flight" forever,
    // or its late answer counted for the other account, and nothing was shown).
    void removedAccountHoldsNoPoll()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        console.shell()->controller()->setPollInterval(300ms);
        const QString first = console.accountKey();
        AccountManager *accounts = console.shell()->accounts();
        Account other
            = Account::custom(console.baseUrl(), console.baseUrl(), QStringLiteral("Support seat"));
        QSignalSpy loaded(accounts, &AccountManager::projectsLoaded);
        accounts->signIn(other, QStringLiteral("sandbox-support"), false);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        // Its environments answer slowly, once: the poll is in flight when it is removed.
        QVERIFY(console.addFault(path(QStringLiteral("/environments"))
                                 + QStringLiteral("=delay:2000,times=1")));
        MainWindow *window = console.shell()->window();
        QVERIFY(window->treeView()->select(other.key(), project, {}));
        QTRY_VERIFY(
            console.shell()->controller()->scheduler()->isInFlight(QStringLiteral("environments")));
        accounts->removeAccount(other.id);
        QTRY_COMPARE(accounts->accounts().size(), 1);
        QCOMPARE(console.accountKey(), first);
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        QCOMPARE(console.shell()->context()->account().key(), first);
    }

    void historyTabNotReloadedByPolls()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        MainWindow *window = console.shell()->window();
        auto *tab = window->findChild<HistoryTab *>(QStringLiteral("historyTab"));
        QVERIFY(tab);
        window->centralTabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->timeline()->layout().marks().isEmpty(), 15000);
        console.shell()->controller()->setPollInterval(300ms);
        QVERIFY(console.resetRequests());
        QTRY_VERIFY_WITH_TIMEOUT(console.requestCount(path(QStringLiteral("/environments"))) >= 5,
                                 20000);
        // The year of history is read at the project level; polls change nothing it shows.
        QCOMPARE(console.requestCount(path(QStringLiteral("/activities"))), 0);
    }
};

QTEST_MAIN(TstWorkdayPolling)
#include "tst_workday_polling.moc"
