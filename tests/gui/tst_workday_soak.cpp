// Issue 12, item 8: a working day, compressed. The whole console (one window, the in-process
// sandbox) runs for 8 simulated hours while others act on the same project: a colleague (Sam
// Support, another admin, through the API) backs up, restores, deletes and bursts a run of
// backups while the window is hidden; the sandbox's own automated schedule backs up production.
// The window is hidden, minimised and shown again; accounts are added and removed mid-load; the
// console takes a backup of its own and its dialog is closed while it runs. At the end of the day
// what the console shows must be what the server has: the feed's items equal the server's
// activity list over the same span (no hole, no duplicate, the true end of each), each
// environment's last backup equals the server's newest backup, the table lists only backups
// that exist, no dialog or job is left over, and the requests per simulated hour stay within the
// budget stated below. The figures are printed (qInfo) for the README and the closing note.
//
// Time: one simulated hour is `hour` of wall time; activities run at the same compression
// (timeScale); the console polls every `poll`, which is 90 s of the simulated day (slower than the
// shipped 15 s, said in the figures: per poll interval is the comparable measure).
#include "colleague.h"
#include "consolefixture.h"
#include "models/actionjob.h"
#include "models/activityfeedmodel.h"
#include "models/activitytext.h"
#include "models/backuptablemodel.h"
#include "models/environmenttreemodel.h"
#include "sandboxprocess.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/backupdialog/backupdialog.h"
#include "ui/backups/backupactions.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <chrono>

using bc::test::Colleague;
using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;
using namespace std::chrono_literals;

namespace {

const QString project = QLatin1String(test::demo::eu3Project);
const QString production = QStringLiteral("main");
const QString staging = QStringLiteral("staging");

constexpr int hours = 8;
constexpr auto hour = 12s; // of wall time: the day takes about 100 s
constexpr double timeScale = 1.0 / 300; // 12 s stand for 3600 s
constexpr auto poll = 300ms; // 90 s of the simulated day
constexpr auto autoBackupEvery = 2 * hour; // the schedule: production every two hours
// The budget: every kind (environments, backups, feed) once per interval, plus following what
// runs (an activity's state, a consistent backup's log) and paging when catching up. Four
// requests per interval on average, i.e. 4 * 3600 / 15 = 960 per hour at the shipped interval.
constexpr double budgetPerInterval = 4.0;

QDateTime parsed(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

struct ServerActivity
{
    QString id;
    QString state;
    QString result;
    QDateTime created;
};

} // namespace

class TstWorkdaySoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workingDay()
    {
        ConsoleFixture console({}, timeScale);
        console.configureSandbox([](sandbox::ServerOptions &options) {
            options.autoBackupMs = int(std::chrono::milliseconds(autoBackupEvery).count());
        });
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, production));
        MainWindow *window = console.shell()->window();
        ConsoleController *controller = console.shell()->controller();
        ConsoleContext *context = console.shell()->context();
        AccountManager *accounts = console.shell()->accounts();
        controller->setPollInterval(poll);
        const QString mainAccount = console.accountKey();

        Colleague sam(console.baseUrl(), "sandbox-support", project);
        QVERIFY(sam.signedIn());
        QStringList acknowledged; // activities on production the server accepted (202/200)
        int refused = 0; // actions the server refused (busy): never retried by anyone
        const auto note = [&](const QString &id) {
            if (id.isEmpty())
                ++refused;
            else
                acknowledged.append(id);
        };
        // Whether an activity is finished on the server (the colleague's reads are not the
        // console's: they are taken off the counts below).
        const auto finishedOnServer = [&](const QString &id) {
            const QJsonArray one
                = sam.get(QStringLiteral("projects/%1/activities?count=100").arg(project));
            for (const QJsonValue &a : one) {
                if (a[QStringLiteral("id")].toString() == id)
                    return a[QStringLiteral("state")].toString() == QLatin1String("complete")
                        || a[QStringLiteral("state")].toString() == QLatin1String("cancelled");
            }
            return false;
        };

        QVERIFY(console.resetRequests());
        QElapsedTimer day;
        day.start();
        // Only time is awaited here: the clock of the simulated day.
        const auto until = [&](double hoursIntoDay) {
            const qint64 at = qint64(hoursIntoDay * std::chrono::milliseconds(hour).count());
            return QTest::qWaitFor([&] { return day.elapsed() >= at; }, int(at + 60000));
        };
        int hidden = 0;
        int minimised = 0;
        int accountsAddedAndRemoved = 0;
        QPointer<BackupDialog> ownDialog;
        QString ownActivity;

        for (int h = 0; h < hours; ++h) {
            QVERIFY(until(h));
            // Every hour: the colleague backs up staging and production.
            note(sam.backUp(production));
            (void)sam.backUp(staging);
            switch (h) {
            case 4: {
                // Hidden for half an hour, while the colleague runs a burst of 30 backups of
                // production one after another: more than a page of the feed (25).
                window->hide();
                QTRY_VERIFY(!window->isVisible());
                ++hidden;
                for (int i = 0; i < 30; ++i) {
                    QString id;
                    QVERIFY(QTest::qWaitFor(
                        [&] { return !(id = sam.backUp(production)).isEmpty(); }, 10000));
                    acknowledged.append(id);
                    QVERIFY(QTest::qWaitFor([&] { return finishedOnServer(id); }, 10000));
                }
                QVERIFY(until(h + 0.5));
                window->show();
                QTRY_VERIFY(window->isVisible());
                break;
            }
            case 1:
            case 2: {
                // Another account signs in and is removed while it loads: hour 1 as soon as it
                // signed in (its projects loading), hour 2 once one of its projects is opened
                // (its environments loading). Signing in shows the new account, as after "Add
                // account"; once it is gone the admin goes back to production.
                Account other = Account::custom(console.baseUrl(), console.baseUrl(),
                                                QStringLiteral("Support seat"));
                QSignalSpy signedIn(accounts, &AccountManager::signedIn);
                QSignalSpy projects(accounts, &AccountManager::projectsLoaded);
                accounts->signIn(other, QStringLiteral("sandbox-support"), false);
                QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 10000);
                if (h == 2) {
                    QTRY_VERIFY_WITH_TIMEOUT(!projects.isEmpty(), 10000);
                    QVERIFY(window->treeView()->select(other.key(), project, {}));
                }
                accounts->removeAccount(other.id);
                ++accountsAddedAndRemoved;
                QTRY_COMPARE(accounts->accounts().size(), 1);
                QCOMPARE(console.accountKey(), mainAccount);
                // Nothing of it is left in the tree.
                EnvironmentTreeModel *tree = accounts->tree();
                QCOMPARE(tree->match(tree->index(0, 0), EnvironmentTreeModel::AccountRole,
                                     other.key(), -1, Qt::MatchExactly | Qt::MatchRecursive)
                             .size(),
                         0);
                QVERIFY2(console.openEnvironment(project, production),
                         qPrintable(QStringLiteral("hour %1: %2 %3 access %4 backups %5 feed %6")
                                        .arg(h)
                                        .arg(context->projectId(),
                                             context->environment() ? context->environment()->id
                                                                    : QStringLiteral("none"))
                                        .arg(bool(context->access()))
                                        .arg(controller->backups()->rowCount())
                                        .arg(controller->feed()->rowCount())));
                break;
            }
            case 3: {
                // The console's own backup, its dialog closed (Esc) while it runs: the work goes
                // on in the background and is told once.
                QTRY_VERIFY_WITH_TIMEOUT(window->actions()->backup()->isEnabled(), 10000);
                window->actions()->backup()->trigger();
                QTRY_VERIFY((ownDialog = window->findChild<BackupDialog *>()) != nullptr);
                ownDialog->liveButton()->click();
                QSignalSpy started(context, &ConsoleContext::activityStarted);
                // Production may be busy with the colleague's backup: the dialog says so and
                // the admin tries again a moment later.
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        if (started.isEmpty() && ownDialog->startButton()->isEnabled())
                            ownDialog->startButton()->click();
                        return !started.isEmpty();
                    },
                    20000));
                ownActivity = started.constFirst().at(0).value<Activity>().id;
                acknowledged.append(ownActivity);
                QTest::keyClick(ownDialog, Qt::Key_Escape);
                QTRY_VERIFY(!ownDialog || !ownDialog->isVisible());
                break;
            }
            case 5: {
                // Minimised for half an hour; the colleague restores production in place from
                // its newest backup meanwhile.
                window->showMinimized();
                QTRY_VERIFY(window->isMinimized());
                ++minimised;
                const QJsonArray backups = sam.get(
                    QStringLiteral("projects/%1/environments/%2/backups").arg(project, production));
                QVERIFY(!backups.isEmpty());
                QString id;
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        id = sam.restore(production,
                                         backups.first()[QStringLiteral("id")].toString());
                        return !id.isEmpty();
                    },
                    10000));
                acknowledged.append(id);
                QVERIFY(until(h + 0.5));
                window->showNormal();
                QTRY_VERIFY(!window->isMinimized());
                break;
            }
            case 6: {
                // The colleague deletes the oldest manual backup of production.
                const QJsonArray backups = sam.get(
                    QStringLiteral("projects/%1/environments/%2/backups").arg(project, production));
                for (qsizetype i = backups.size() - 1; i > 0; --i) {
                    if (!backups.at(i)[QStringLiteral("automated")].toBool()
                        && backups.at(i)[QStringLiteral("status")].toString()
                            == QLatin1String("CREATED")) {
                        QString id;
                        QVERIFY(QTest::qWaitFor(
                            [&] {
                                id = sam.deleteBackup(
                                    production, backups.at(i)[QStringLiteral("id")].toString());
                                return !id.isEmpty();
                            },
                            10000));
                        acknowledged.append(id);
                        break;
                    }
                }
                break;
            }
            default:
                break;
            }
            // The selection never drifts: the window still shows production of the demo project.
            QVERIFY2(context->environment() && context->environment()->id == production,
                     qPrintable(QStringLiteral("hour %1: %2 / %3")
                                    .arg(h)
                                    .arg(context->projectId(),
                                         context->environment() ? context->environment()->id
                                                                : QStringLiteral("none"))));
        }
        QVERIFY(until(hours));
        const qint64 dayMs = day.elapsed();
        // The sandbox counts everyone's requests: the colleague's reads are taken off.
        const int consoleGets = console.requestCount(QStringLiteral("*/projects/*")) - sam.reads();
        const int consolePosts
            = console.requestCount(QStringLiteral("*/projects/*"), "POST") - sam.posts();

        // The day is over: nobody acts any more. Wait until the server is quiet and the console
        // has polled twice since.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QString &env : {production, staging}) {
                    const QJsonArray running = sam.get(
                        QStringLiteral("projects/%1/environments/%2/activities?state=in_progress")
                            .arg(project, env));
                    const QJsonArray pending = sam.get(
                        QStringLiteral("projects/%1/environments/%2/activities?state=pending")
                            .arg(project, env));
                    if (!running.isEmpty() || !pending.isEmpty() || sam.lastStatus() != 200)
                        return false;
                }
                return true;
            },
            60000));
        {
            QSignalSpy polled(controller->feed(), &ActivityFeedModel::loadingChanged);
            QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 4 && !controller->feed()->isLoading(), 20000);
        }

        // 1. The feed: every row once, with the server's end, and no hole over its span.
        ActivityFeedModel *feed = controller->feed();
        QHash<QString, QString> feedEnds;
        QDateTime oldest;
        int duplicates = 0;
        for (int row = 0; row < feed->rowCount(); ++row) {
            const auto activity = feed->activityAt(row);
            QVERIFY(activity);
            if (feedEnds.contains(activity->id))
                ++duplicates;
            feedEnds.insert(activity->id, activity->state + u'/' + activity->result);
            if (!oldest.isValid() || activity->createdAt < oldest)
                oldest = activity->createdAt;
        }
        QVERIFY(oldest.isValid());
        QList<ServerActivity> server;
        QString cursor;
        for (bool more = true; more;) {
            QString path = QStringLiteral("projects/%1/environments/%2/activities?count=100")
                               .arg(project, production);
            if (!cursor.isEmpty())
                path += QStringLiteral("&starts_at=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const QJsonArray page = sam.get(path);
            QCOMPARE(sam.lastStatus(), 200);
            more = page.size() == 100;
            for (const QJsonValue &a : page) {
                const QDateTime created = parsed(a[QStringLiteral("created_at")]);
                if (created < oldest) {
                    more = false;
                    break;
                }
                cursor = a[QStringLiteral("created_at")].toString();
                if (!ActivityText::backupTypes().contains(a[QStringLiteral("type")].toString()))
                    continue;
                server.append({a[QStringLiteral("id")].toString(),
                               a[QStringLiteral("state")].toString(),
                               a[QStringLiteral("result")].toString(), created});
            }
        }
        int holes = 0;
        int wrongEnds = 0;
        QStringList problems;
        QSet<QString> serverIds;
        for (const ServerActivity &a : std::as_const(server)) {
            serverIds.insert(a.id);
            const auto shown = feedEnds.constFind(a.id);
            if (shown == feedEnds.cend()) {
                ++holes;
                problems += QStringLiteral("missing %1 (%2)")
                                .arg(a.id, a.created.toString(Qt::ISODateWithMs));
            } else if (*shown != a.state + u'/' + a.result) {
                ++wrongEnds;
                problems += QStringLiteral("%1 shown %2, server %3/%4")
                                .arg(a.id, *shown, a.state, a.result);
            }
        }
        int extra = 0;
        for (auto it = feedEnds.cbegin(); it != feedEnds.cend(); ++it) {
            if (!serverIds.contains(it.key())) {
                ++extra;
                problems += QStringLiteral("not on the server: %1").arg(it.key());
            }
        }
        int unacknowledgedMissing = 0;
        for (const QString &id : std::as_const(acknowledged)) {
            if (!feedEnds.contains(id))
                ++unacknowledgedMissing;
        }

        // 2. Each environment's last backup (context and tree) is the server's newest, and the
        // table lists exactly the server's backups of production.
        int lastBackupMismatches = 0;
        int phantomBackups = 0;
        int missingBackups = 0;
        for (const QString &env : {production, staging}) {
            const QJsonArray backups
                = sam.get(QStringLiteral("projects/%1/environments/%2/backups").arg(project, env));
            QCOMPARE(sam.lastStatus(), 200);
            QDateTime newest;
            for (const QJsonValue &b : backups) {
                if (b[QStringLiteral("status")].toString() != QLatin1String("CREATED"))
                    continue;
                const QDateTime at = parsed(b[QStringLiteral("created_at")]);
                if (!newest.isValid() || at > newest)
                    newest = at;
            }
            QDateTime known;
            for (const Environment &e : context->environments()) {
                if (e.id == env)
                    known = e.lastBackupAt;
            }
            QDateTime inTree;
            EnvironmentTreeModel *tree = accounts->tree();
            const QModelIndexList rows
                = tree->match(tree->index(0, 0), EnvironmentTreeModel::EnvironmentRole, env, -1,
                              Qt::MatchExactly | Qt::MatchRecursive);
            for (const QModelIndex &row : rows) {
                if (row.data(EnvironmentTreeModel::ProjectRole).toString() == project)
                    inTree = row.data(EnvironmentTreeModel::EnvironmentDataRole)
                                 .value<Environment>()
                                 .lastBackupAt;
            }
            const auto same = [&newest](const QDateTime &shown) {
                return shown.isValid() && std::abs(shown.msecsTo(newest)) < 1;
            };
            if (!same(known) || !same(inTree)) {
                ++lastBackupMismatches;
                problems += QStringLiteral("%1: server newest %2, context %3, tree %4")
                                .arg(env, newest.toString(Qt::ISODateWithMs),
                                     known.toString(Qt::ISODateWithMs),
                                     inTree.toString(Qt::ISODateWithMs));
            }
            if (env != production)
                continue;
            QSet<QString> onServer;
            for (const QJsonValue &b : backups)
                onServer.insert(b[QStringLiteral("id")].toString());
            QSet<QString> inTable;
            BackupTableModel *table = controller->backups();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (const auto backup = table->backupAt(row))
                    inTable.insert(backup->id);
            }
            phantomBackups = int((inTable - onServer).size());
            missingBackups = int((onServer - inTable).size());
        }

        // 3. Nothing left over: no dialog, no job, nothing counted as running.
        QTRY_VERIFY_WITH_TIMEOUT(!ownDialog, 10000);
        int dialogsLeft = 0;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(w))
                ++dialogsLeft;
        }
        const int jobsLeft = int(controller->findChildren<ActionJob *>().size());

        // 4. The request budget.
        const double intervals = double(dayMs) / double(std::chrono::milliseconds(poll).count());
        const double perInterval = double(consoleGets) / intervals;
        const double perSimulatedHour = double(consoleGets) / hours;

        qInfo("soak: %d simulated hours in %.1f s; %d poll intervals of %lld ms", hours,
              double(dayMs) / 1000.0, int(intervals),
              qint64(std::chrono::milliseconds(poll).count()));
        qInfo(
            "soak: requests by the console: %d reads, %d posts; %.0f per simulated hour, %.2f per "
            "poll interval (budget %.1f), i.e. %.0f per hour at the shipped 15 s",
            consoleGets, consolePosts, perSimulatedHour, perInterval, budgetPerInterval,
            perInterval * 3600 / 15);
        qInfo("soak: feed %lld rows, server %lld over the same span; holes %d, duplicates %d, "
              "wrong ends %d, not on the server %d; acknowledged %lld, missing %d, refused %d",
              qint64(feedEnds.size()), qint64(server.size()), holes, duplicates, wrongEnds, extra,
              qint64(acknowledged.size()), unacknowledgedMissing, refused);
        qInfo("soak: last backup mismatches %d, phantom backups %d, missing backups %d; hidden %d, "
              "minimised %d, accounts added and removed %d; dialogs left %d, jobs left %d, "
              "running %d",
              lastBackupMismatches, phantomBackups, missingBackups, hidden, minimised,
              accountsAddedAndRemoved, dialogsLeft, jobsLeft, controller->runningJobs());
        const QString all = problems.join(u'\n');
        QVERIFY2(holes == 0 && duplicates == 0 && wrongEnds == 0 && extra == 0, qPrintable(all));
        QCOMPARE(unacknowledgedMissing, 0);
        QVERIFY2(lastBackupMismatches == 0, qPrintable(all));
        QCOMPARE(phantomBackups, 0);
        QCOMPARE(missingBackups, 0);
        QCOMPARE(dialogsLeft, 0);
        QCOMPARE(jobsLeft, 0);
        QCOMPARE(controller->runningJobs(), 0);
        QVERIFY2(perInterval <= budgetPerInterval, qPrintable(QString::number(perInterval)));
        QVERIFY(feedEnds.contains(ownActivity));
    }
};

QTEST_MAIN(TstWorkdaySoak)
#include "tst_workday_soak.moc"
