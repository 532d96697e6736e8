#include "models/activityfeedmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
#include <QTimer>

using bc::Activity;
using bc::ActivityFeedModel;

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 20), QTime(5, 0), Qt::UTC);

Activity activity(int minutesAgo, const QString &type = QStringLiteral("environment.backup"),
                  const QString &state = QStringLiteral("complete"))
{
    Activity a;
    a.id = QStringLiteral("act%1").arg(minutesAgo, 5, 10, QLatin1Char('0'));
    a.type = type;
    a.state = state;
    a.result = state == QLatin1String("complete") ? QStringLiteral("success") : QString();
    a.completionPercent = state == QLatin1String("complete") ? 100 : 10;
    a.createdAt = base.addSecs(-60 * minutesAgo);
    a.updatedAt = a.createdAt;
    a.text = QStringLiteral("Activity %1").arg(minutesAgo);
    a.payload.insert(QStringLiteral("backup_name"), QStringLiteral("bk%1").arg(minutesAgo));
    return a;
}

// A fake server: `total` activities one minute apart, paged like the API (strictly before
// starts_at, newest first), answered asynchronously.
ActivityFeedModel::PageSource fakeServer(int total, int *calls)
{
    return [total, calls](const bc::ActivityQuery &query, QObject *context,
                          bc::Callback<QList<Activity>> callback) {
        ++*calls;
        QList<Activity> page;
        for (int i = 0; i < total && page.size() < query.count; ++i) {
            const Activity a = activity(i);
            if (!query.startsAt.isValid() || a.createdAt < query.startsAt)
                page.append(a);
        }
        QTimer::singleShot(0, context, [callback, page] { callback(page); });
        return bc::CallHandle();
    };
}

// Microseconds since the epoch of an RFC 3339 text with six fractional digits, as the API sends.
qint64 micros(const QString &text)
{
    const QDateTime seconds = QDateTime::fromString(text.left(19) + u'Z', Qt::ISODate);
    return seconds.toSecsSinceEpoch() * 1000000 + text.mid(20, 6).toLongLong();
}

// An activity created `micro` microseconds after `base`, its created_at text exact.
Activity microActivity(int n, qint64 micro)
{
    Activity a = activity(0);
    a.id = QStringLiteral("micro%1").arg(n);
    a.createdAt = base.addMSecs(micro / 1000);
    a.createdAtText = base.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
        + QStringLiteral("%1").arg(micro, 6, 10, QLatin1Char('0')) + QStringLiteral("+00:00");
    return a;
}

// A fake server over a list that may grow: strictly before starts_at to the microsecond, as the
// API compares; a cursor sent as a QDateTime arrives cut to the millisecond.
ActivityFeedModel::PageSource listServer(const std::shared_ptr<QList<Activity>> &list,
                                         QList<bc::ActivityQuery> *queries)
{
    return [list, queries](const bc::ActivityQuery &query, QObject *context,
                           bc::Callback<QList<Activity>> callback) {
        queries->append(query);
        std::optional<qint64> before;
        if (!query.startsAtText.isEmpty())
            before = micros(query.startsAtText);
        else if (query.startsAt.isValid())
            before = query.startsAt.toMSecsSinceEpoch() * 1000;
        QList<Activity> page;
        for (const Activity &a : std::as_const(*list)) {
            if (page.size() < query.count && (!before || micros(a.createdAtText) < *before))
                page.append(a);
        }
        QTimer::singleShot(0, context, [callback, page] { callback(page); });
        return bc::CallHandle();
    };
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ActivityFeedModel::IdRole).toString());
    return result;
}

} // namespace

class TestActivityFeedModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newestFirstBatches()
    {
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyNewest({activity(3), activity(1), activity(2)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(ids(model), (QStringList{u"act00001"_s, u"act00002"_s, u"act00003"_s}));
        // A poll with two newer activities: one batch on top.
        model.applyNewest({activity(0), activity(1)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0).data(ActivityFeedModel::IdRole).toString(),
                 QStringLiteral("act00000"));
        QCOMPARE(inserted.count(), 2);
    }

    void updateInPlace()
    {
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Activity running
            = activity(1, QStringLiteral("environment.backup"), QStringLiteral("in_progress"));
        model.applyNewest({activity(0), running, activity(2)});
        const QPersistentModelIndex kept = model.index(1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(kept.data(ActivityFeedModel::RunningRole).toBool());
        running.completionPercent = 60;
        running.updatedAt = running.updatedAt.addSecs(5);
        model.applyNewest({activity(0), running, activity(2)});
        QCOMPARE(changed.count(), 1); // only the row that changed
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(kept.row(), 1);
        QCOMPARE(kept.data(ActivityFeedModel::ProgressRole).toInt(), 60);
    }

    void scopeFilter_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("shown");
        const int backups = int(ActivityFeedModel::Scope::BackupsAndRestores);
        const int everything = int(ActivityFeedModel::Scope::Everything);
        QTest::newRow("backup in backups")
            << backups << QStringLiteral("environment.backup") << true;
        QTest::newRow("restore in backups")
            << backups << QStringLiteral("environment.restore") << true;
        QTest::newRow("push hidden in backups")
            << backups << QStringLiteral("environment.push") << false;
        QTest::newRow("push in everything")
            << everything << QStringLiteral("environment.push") << true;
    }

    void scopeFilter()
    {
        QFETCH(int, scope);
        QFETCH(QString, type);
        QFETCH(bool, shown);
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(ActivityFeedModel::Scope(scope));
        model.upsert(activity(0, type));
        QCOMPARE(model.rowCount(), shown ? 1 : 0);
    }

    void fetchMore_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("expectedCalls");
        QTest::newRow("one short page") << 5 << 10 << 1;
        QTest::newRow("exact pages") << 20 << 10 << 3; // 10, 10, then the empty end page
        QTest::newRow("partial last") << 25 << 10 << 3;
    }

    void fetchMore()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(int, expectedCalls);
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int calls = 0;
        model.setPageSize(pageSize);
        model.setScope(ActivityFeedModel::Scope::Everything);
        model.setPageSource(fakeServer(total, &calls));
        // The first page; the tester itself may already ask for more (it calls fetchMore).
        QTRY_VERIFY(model.rowCount() > 0);
        // Pages until the server has nothing older.
        for (int guard = 0; guard < 10; ++guard) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(calls, expectedCalls);
        QVERIFY(!model.canFetchMore({}));
        // Still newest first, no duplicates.
        const QStringList list = ids(model);
        QCOMPARE(QSet<QString>(list.cbegin(), list.cend()).size(), total);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(ActivityFeedModel::CreatedRole).toLongLong()
                    > model.index(row).data(ActivityFeedModel::CreatedRole).toLongLong());
    }

    // Issue 14: a long history pages in at the API's largest page (100) after a first page of 25:
    // 5,184 activities took 208 round trips, now 52.
    void olderPagesAreTheLargest()
    {
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int calls = 0;
        QList<int> counts;
        const ActivityFeedModel::PageSource server = fakeServer(300, &calls);
        model.setScope(ActivityFeedModel::Scope::Everything);
        model.setPageSource([&](const bc::ActivityQuery &query, QObject *context,
                                bc::Callback<QList<Activity>> callback) {
            counts.append(query.count);
            return server(query, context, std::move(callback));
        });
        QTRY_VERIFY(model.rowCount() > 0);
        for (int guard = 0; guard < 20; ++guard) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 300);
        // 25, then 100, 100 and a short 75 that ends the feed.
        QCOMPARE(counts, (QList<int>{25, 100, 100, 100}));
        QVERIFY(!model.canFetchMore({}));
    }

    void restoreLink_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("backupRestorable");
        QTest::addColumn<bool>("link");
        QTest::newRow("successful backup")
            << QStringLiteral("environment.backup") << QStringLiteral("complete") << true << true;
        QTest::newRow("backup gone")
            << QStringLiteral("environment.backup") << QStringLiteral("complete") << false << false;
        QTest::newRow("running backup") << QStringLiteral("environment.backup")
                                        << QStringLiteral("in_progress") << true << false;
        QTest::newRow("a restore")
            << QStringLiteral("environment.restore") << QStringLiteral("complete") << true << false;
    }

    void restoreLink()
    {
        QFETCH(QString, type);
        QFETCH(QString, state);
        QFETCH(bool, backupRestorable);
        QFETCH(bool, link);
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyNewest({activity(7, type, state)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRestorableBackups(backupRestorable ? QSet<QString>{QStringLiteral("bk7")}
                                                    : QSet<QString>{});
        QCOMPARE(model.index(0).data(ActivityFeedModel::CanRestoreRole).toBool(), link);
    }
    // Issue 12: two activities in one millisecond. A cursor cut to .732000 skips the older one.
    void fetchMoreCursorKeepsMicroseconds()
    {
        auto list = std::make_shared<QList<Activity>>(QList<Activity>{
            microActivity(1, 732085), microActivity(2, 732040), microActivity(3, 100)});
        QList<bc::ActivityQuery> queries;
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(1);
        model.setScope(ActivityFeedModel::Scope::Everything);
        model.setPageSource(listServer(list, &queries));
        QTRY_COMPARE(model.rowCount(), 1);
        for (int guard = 0; guard < 10 && model.rowCount() < 3; ++guard) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(ids(model), (QStringList{u"micro1"_s, u"micro2"_s, u"micro3"_s}));
        QVERIFY(queries.size() >= 2);
        QCOMPARE(queries.at(1).startsAtText, list->at(0).createdAtText);
    }

    // Issue 12: while the window was hidden more than a page of activities started. A refresh
    // pages on until it meets the newest row it knows: no hole between the old and new rows.
    void refreshCatchesUpWithoutHoles()
    {
        auto list = std::make_shared<QList<Activity>>();
        for (int i = 0; i < 3; ++i)
            list->append(microActivity(100 + i, 900000 - i * 1000));
        QList<bc::ActivityQuery> queries;
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setScope(ActivityFeedModel::Scope::Everything);
        model.setPageSource(listServer(list, &queries));
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_VERIFY(!model.isLoading());
        // Seven newer activities: more than two pages.
        for (int i = 0; i < 7; ++i)
            list->prepend(microActivity(200 + i, 910000 + i * 1000));
        model.refresh();
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.rowCount(), 10);
        QStringList expected;
        for (const Activity &a : std::as_const(*list))
            expected.append(a.id);
        QCOMPARE(ids(model), expected);
    }
    // Issue 12: "1 minute ago" must not stay "1 minute ago" for an hour.
    void relativeTimesRefresh()
    {
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int calls = 0;
        model.setScope(ActivityFeedModel::Scope::Everything);
        model.setPageSource(fakeServer(3, &calls));
        QTRY_COMPARE(model.rowCount(), 3);
        model.setClockInterval(std::chrono::milliseconds(50));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() == 0 && args.at(1).toModelIndex().row() == 2
                && args.at(2).value<QList<int>>().contains(ActivityFeedModel::WhenRole);
        }));
    }
    // Issue 12: a running consistent backup says its phase and, from the rows' history, how
    // long it has left; finished rows say nothing.
    void progressTextOfRunningRows()
    {
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto backup = [&now](const QString &id, int secondsAgo, int runSeconds, bool safe) {
            Activity a = activity(0);
            a.id = id;
            a.environments = {QStringLiteral("staging")};
            a.payload.insert(QStringLiteral("safe"), safe);
            a.createdAt = now.addSecs(-secondsAgo);
            a.startedAt = a.createdAt;
            a.completedAt = a.startedAt.addSecs(runSeconds);
            return a;
        };
        Activity running = backup(QStringLiteral("running"), 10, 0, true);
        running.state = QStringLiteral("in_progress");
        running.result.clear();
        running.completionPercent = 20;
        running.completedAt = {};
        // The usual consistent backup takes 10 minutes (a live one is quicker, a failure
        // longer): 10 s after the start about 10 minutes are left.
        Activity failed = backup(QStringLiteral("failed"), 9000, 3000, true);
        failed.result = QStringLiteral("failure");
        model.applyNewest({running, backup(QStringLiteral("c1"), 3600, 600, true),
                           backup(QStringLiteral("live"), 5400, 20, false), failed,
                           backup(QStringLiteral("c2"), 7200, 600, true)});
        const auto text = [&model](const QString &id) {
            return model.index(model.rowOf(id))
                .data(ActivityFeedModel::ProgressTextRole)
                .toString();
        };
        QCOMPARE(text(QStringLiteral("running")),
                 QStringLiteral("Waiting for the site pause · about 10 min left"));
        QVERIFY(text(QStringLiteral("c1")).isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendLogLine(QStringLiteral("running"),
                            QStringLiteral("Pausing the environment for a consistent snapshot"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(QStringLiteral("running")),
                 QStringLiteral("Site paused, requests held · about 10 min left"));
        model.appendLogLine(QStringLiteral("running"), QStringLiteral("Uploading the backup"));
        QVERIFY2(text(QStringLiteral("running")).startsWith(QStringLiteral("Finishing · ")),
                 qPrintable(text(QStringLiteral("running"))));
    }
    // Issue 12: a later restore of the same target supersedes an earlier one's undo.
    void undoOnlyOnTheLatestRestoreOfItsTarget()
    {
        const auto restore = [](int minutesAgo, const QString &target) {
            Activity a = activity(minutesAgo, QStringLiteral("environment.restore"));
            a.environments = {target};
            return a;
        };
        const QList<Activity> rows{restore(1, u"staging"_s), restore(5, u"main"_s),
                                   restore(9, u"staging"_s)};
        ActivityFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyNewest(rows);
        QCOMPARE(model.rowCount(), 3);
        model.setUndoableRestores({rows[0].id, rows[1].id, rows[2].id});
        const auto canUndo = [&model](int row) {
            return model.index(row).data(ActivityFeedModel::CanUndoRole).toBool();
        };
        QVERIFY(canUndo(0)); // the newest restore of staging
        QVERIFY(canUndo(1)); // the only restore of main
        QVERIFY(!canUndo(2)); // superseded by the restore of staging 8 minutes later
    }

    // Issue 13: a feed row cut at its end still names its environment, in the user's language
    // (the server's English sentence lost it: "Platform.sh created an automated backu…"); the
    // server's words stay in the tooltip.
    void titlesNameTheEnvironmentFirst()
    {
        Activity automated = activity(1);
        automated.environments = {QStringLiteral("main")};
        automated.text = QStringLiteral("Platform.sh created an automated backup of Main");
        automated.payload.insert(QStringLiteral("automated"), true);
        Activity live = activity(2);
        live.environments = {QStringLiteral("staging")};
        live.payload.insert(QStringLiteral("safe"), false);
        Activity restore = activity(3, QStringLiteral("environment.restore"));
        restore.environments = {QStringLiteral("staging")};
        restore.payload.insert(QStringLiteral("environment"),
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("develop")}});
        Activity other = activity(4, QStringLiteral("environment.push"));
        other.environments = {QStringLiteral("main")};
        ActivityFeedModel model;
        model.setScope(ActivityFeedModel::Scope::Everything);
        for (const Activity &a : {other, restore, live, automated}) // oldest first
            model.upsert(a);
        QCOMPARE(model.rowCount(), 4);
        // Newest first: automated (1 minute ago) is row 0.
        const auto title = [&](int row) {
            return model.index(row, 0).data().toString();
        };
        QCOMPARE(title(0), QStringLiteral("main: automated backup"));
        QCOMPARE(title(1), QStringLiteral("staging: live backup"));
        QCOMPARE(title(2), QStringLiteral("develop: restore"));
        QCOMPARE(title(3), QStringLiteral("Activity 4")); // not a backup type: the server's words
        QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Platform.sh created an automated backup of Main")));
    }
};

QTEST_MAIN(TestActivityFeedModel)
#include "tst_models_activityfeed.moc"
