#include "client/backupexpiry.h"
#include "client/timeformat.h"
#include "models/actionreasons.h"
#include "models/backupsortproxy.h"
#include "models/backuptablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using bc::Backup;
using bc::BackupTableModel;

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 20), QTime(5, 0), Qt::UTC);

Backup backup(const QString &id, int hoursAgo, qint64 size = 100, bool safe = true)
{
    Backup b;
    b.id = id;
    b.environment = QStringLiteral("main");
    b.status = QStringLiteral("CREATED");
    b.safe = safe;
    b.restorable = true;
    b.sizeUsed = size;
    b.sizeOfVolumes = 1000;
    b.commitId = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    b.createdAt = base.addSecs(-3600 * hoursAgo);
    b.updatedAt = b.createdAt;
    return b;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(BackupTableModel::IdRole).toString());
    return result;
}

} // namespace

class TestBackupTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void merge_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<int>("insertSignals");
        QTest::addColumn<int>("removeSignals");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("insert batch") << QStringList{} << QStringList{u"a"_s, u"b"_s, u"c"_s} << 1
                                      << 0 << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("append new")
            << QStringList{u"a"_s, u"b"_s} << QStringList{u"c"_s, u"a"_s, u"b"_s} << 1 << 0
            << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("removal range")
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << QStringList{u"a"_s, u"d"_s} << 0 << 1
            << QStringList{u"a"_s, u"d"_s};
        QTest::newRow("two ranges")
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}
            << QStringList{u"a"_s, u"c"_s, u"e"_s} << 0 << 2 << QStringList{u"a"_s, u"c"_s, u"e"_s};
        QTest::newRow("unchanged") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s}
                                   << 0 << 0 << QStringList{u"a"_s, u"b"_s};
    }

    void merge()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(int, insertSignals);
        QFETCH(int, removeSignals);
        QFETCH(QStringList, expected);
        BackupTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Backup> first;
        for (int i = 0; i < before.size(); ++i)
            first.append(backup(before.at(i), i));
        model.setBackups(first);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<Backup> second;
        for (const QString &id : after)
            second.append(backup(id, int(before.indexOf(id))));
        model.setBackups(second);
        QCOMPARE(inserted.count(), insertSignals);
        QCOMPARE(removed.count(), removeSignals);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(ids(model), expected);
        for (const QString &id : expected)
            QCOMPARE(model.rowOf(id), int(expected.indexOf(id)));
    }

    // 30,000 backups in one list held the window still (bench_startup 30000: 44 ms in one event,
    // the model's part of it the insertion and, on every poll, the comparison of all rows). A long
    // list goes in kSliceRows at a time, one slice per turn of the event loop.
    void longListInSlices()
    {
        const int slice = BackupTableModel::kSliceRows;
        const int count = 3 * slice + 500;
        BackupTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bc::BackupSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(BackupTableModel::Created, Qt::DescendingOrder);
        QList<Backup> first;
        for (int i = 0; i < count; ++i)
            first.append(backup(u"b%1"_s.arg(i), i));
        QSignalSpy applied(&model, &BackupTableModel::applied);
        model.setBackups(first);
        // The first slice is in at once, the rest follows on the event loop.
        QCOMPARE(model.rowCount(), slice);
        QVERIFY(model.applying());
        QCOMPARE(applied.count(), 0);
        QTRY_COMPARE(model.rowCount(), count);
        QCOMPARE(applied.count(), 1);
        QVERIFY(!model.applying());
        QCOMPARE(proxy.rowCount(), count);
        QCOMPARE(proxy.index(0, 0).data(BackupTableModel::IdRole).toString(), u"b0"_s);
        QCOMPARE(proxy.index(count - 1, 0).data(BackupTableModel::IdRole).toString(),
                 u"b%1"_s.arg(count - 1));

        // The next poll: ten gone, one changed, five new; kept rows keep their index.
        const QPersistentModelIndex kept = model.index(model.rowOf(u"b2000"_s), 0);
        QList<Backup> second;
        for (int i = 10; i < count; ++i) {
            Backup b = backup(u"b%1"_s.arg(i), i);
            if (i == 2500)
                b.status = QStringLiteral("DELETING");
            second.append(b);
        }
        for (int i = 0; i < 5; ++i)
            second.append(backup(u"new%1"_s.arg(i), count + i));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setBackups(second);
        QCOMPARE(model.rowOf(u"b0"_s), -1); // vanished rows go before the first slice
        QTRY_COMPARE(applied.count(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), count - 10 + 5);
        for (const Backup &b : std::as_const(second))
            QVERIFY2(model.rowOf(b.id) >= 0, qPrintable(b.id));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(BackupTableModel::IdRole).toString(), u"b2000"_s);
        QCOMPARE(model.index(model.rowOf(u"b2500"_s), BackupTableModel::State).data().toString(),
                 QStringLiteral("Deleting"));

        // Another environment while a long list is still going in: nothing of the old list
        // arrives after clear(), and a short list replaces a long one still going in.
        model.clear();
        model.setBackups(first);
        QVERIFY(model.applying());
        model.clear();
        QVERIFY(!model.applying());
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 0);
        model.setBackups(first);
        model.setBackups({backup(u"only"_s, 0)});
        QVERIFY(!model.applying());
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(ids(model), QStringList{u"only"_s});
    }

    void updateInPlace()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackups({backup(QStringLiteral("a"), 0), backup(QStringLiteral("b"), 1),
                          backup(QStringLiteral("c"), 2)});
        const QPersistentModelIndex kept = model.index(1, BackupTableModel::Size);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Backup b = backup(QStringLiteral("b"), 1, 500);
        Backup c = backup(QStringLiteral("c"), 2);
        c.status = QStringLiteral("DELETING");
        model.setBackups({backup(QStringLiteral("a"), 0), b, c});
        // b and c are consecutive: one range.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(BackupTableModel::RawRole).toLongLong(), 500);
        QCOMPARE(model.index(2, BackupTableModel::State).data().toString(),
                 QStringLiteral("Deleting"));
    }

    void runningRows()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackups({backup(QStringLiteral("a"), 0)});
        bc::Activity running;
        running.id = QStringLiteral("act1");
        running.type = QStringLiteral("environment.backup");
        running.state = QStringLiteral("in_progress");
        running.completionPercent = 40;
        running.createdAt = base;
        bc::Activity push = running;
        push.id = QStringLiteral("act2");
        push.type = QStringLiteral("environment.push");
        model.setRunning({running, push});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(1, 0).data(BackupTableModel::RunningRole).toBool());
        QCOMPARE(model.index(1, 0).data(BackupTableModel::ProgressRole).toInt(), 40);
        running.completionPercent = 70;
        model.updateRunning(running);
        QCOMPARE(model.index(1, 0).data(BackupTableModel::ProgressRole).toInt(), 70);
        // New backups keep the running row.
        model.setBackups({backup(QStringLiteral("a"), 0), backup(QStringLiteral("b"), 1)});
        QCOMPARE(model.rowCount(), 3);
        running.state = QStringLiteral("complete");
        running.completionPercent = 100;
        model.updateRunning(running);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("act1")), -1);
    }

    void sortByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        // a: 2 h ago, 900 bytes, expires in 1 day; b: 1 h ago, 50 bytes, never; c: 3 h, 1000, 2
        // days.
        QTest::newRow("size ascending") << int(BackupTableModel::Size) << int(Qt::AscendingOrder)
                                        << QStringList{u"b"_s, u"a"_s, u"c"_s};
        QTest::newRow("size descending (bytes, not text)")
            << int(BackupTableModel::Size) << int(Qt::DescendingOrder)
            << QStringList{u"c"_s, u"a"_s, u"b"_s};
        QTest::newRow("created descending")
            << int(BackupTableModel::Created) << int(Qt::DescendingOrder)
            << QStringList{u"b"_s, u"a"_s, u"c"_s};
        QTest::newRow("expires, never last")
            << int(BackupTableModel::Expires) << int(Qt::AscendingOrder)
            << QStringList{u"a"_s, u"c"_s, u"b"_s};
    }

    void sortByRawValues()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        BackupTableModel model;
        bc::BackupSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Backup a = backup(QStringLiteral("a"), 2, 900);
        a.expiresAt = base.addDays(1);
        Backup b = backup(QStringLiteral("b"), 1, 50);
        Backup c = backup(QStringLiteral("c"), 3, 1000);
        c.expiresAt = base.addDays(2);
        model.setBackups({a, b, c});
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(ids(proxy), expected);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
        QTest::newRow("by id") << QStringLiteral("bet") << QStringList{u"beta"_s};
        QTest::newRow("by kind") << QStringLiteral("live") << QStringList{u"gamma"_s};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
        QTest::newRow("shown state")
            << QStringLiteral("creat") << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
        QTest::newRow("shown kind")
            << QStringLiteral("consistent") << QStringList{u"alpha"_s, u"beta"_s};
        QTest::newRow("shown commit")
            << QStringLiteral("0123456") << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
        QTest::newRow("full commit pasted")
            << QStringLiteral("0123456789ABCDEF0123456789abcdef01234567")
            << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
        // Raw sort values are never shown: booleans, the unseen middle of a commit hash.
        QTest::newRow("raw true") << QStringLiteral("true") << QStringList{};
        QTest::newRow("raw false") << QStringLiteral("fals") << QStringList{};
        QTest::newRow("hidden commit middle") << QStringLiteral("89abcdef") << QStringList{};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        BackupTableModel model;
        bc::BackupSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackups({backup(QStringLiteral("alpha"), 0), backup(QStringLiteral("beta"), 1),
                          backup(QStringLiteral("gamma"), 2, 10, false)});
        proxy.setFilterText(text);
        QCOMPARE(ids(proxy), expected);
    }

    void expiresRelativeWithDateTooltip()
    {
        BackupTableModel model;
        model.setNow(base);
        Backup a = backup(QStringLiteral("a"), 0);
        a.expiresAt = base.addDays(6);
        model.setBackups({a, backup(QStringLiteral("b"), 1)});
        QCOMPARE(model.index(0, BackupTableModel::Expires).data().toString(),
                 QStringLiteral("in 6 days"));
        QVERIFY(model.index(0, BackupTableModel::Expires)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2026")));
        QCOMPARE(model.index(1, BackupTableModel::Expires).data().toString(),
                 QStringLiteral("Never"));
    }

    // Issue 13: a backup whose expires_at has passed is not offered as valid, even while the
    // server still lists it with its restore link (it is about to be deleted).
    void expiredBackupReadsExpired()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setNow(now);
        Backup gone = backup(QStringLiteral("gone"), 0);
        gone.expiresAt = now.addSecs(-3600);
        gone.links.insert(QStringLiteral("#restore"), QStringLiteral("/restore"));
        Backup kept = backup(QStringLiteral("kept"), 1);
        kept.expiresAt = now.addDays(3);
        kept.links.insert(QStringLiteral("#restore"), QStringLiteral("/restore"));
        model.setBackups({gone, kept});
        QCOMPARE(model.index(0, BackupTableModel::Restorable).data().toString(),
                 QStringLiteral("Expired"));
        QCOMPARE(model.index(1, BackupTableModel::Restorable).data().toString(),
                 QStringLiteral("Yes"));
        // Shown as gone, like a backup being deleted.
        QVERIFY(model.index(0, BackupTableModel::Id).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, BackupTableModel::Id).data(Qt::ForegroundRole).isValid());
        // No restore (nor drill) is offered for it; the other one stays restorable.
        QVERIFY(bc::isExpired(gone, now));
        QVERIFY(!bc::isExpired(kept, now));
        const QString why = bc::ActionReasons::restore(gone, QStringLiteral("production"), {});
        QVERIFY2(why.contains(QStringLiteral("expired")), qPrintable(why));
        QVERIFY(bc::ActionReasons::restore(kept, QStringLiteral("production"), {}).isEmpty());
    }

    // Issue 13: one date and size form everywhere, the user's locale's (the table showed ISO
    // "2026-11-20 05:00" while the restore dialog showed a long form), and the project's own
    // time zone on hover.
    void datesAndSizesFollowTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        BackupTableModel model;
        model.setNow(base);
        model.setProjectTimeZone(QTimeZone("Asia/Tokyo"));
        Backup a = backup(QStringLiteral("a"), 0, 1536 * 1024);
        a.expiresAt = base.addDays(6);
        model.setBackups({a});
        const QString created = model.index(0, BackupTableModel::Created).data().toString();
        QLocale::setDefault(before);
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(created, german.toString(base.toLocalTime(), QLocale::ShortFormat));
        QVERIFY2(!created.contains(u'-'), qPrintable(created));
        QLocale::setDefault(german);
        const QString size = model.index(0, BackupTableModel::Size).data().toString();
        const QString tip
            = model.index(0, BackupTableModel::Created).data(Qt::ToolTipRole).toString();
        const QString expiryTip
            = model.index(0, BackupTableModel::Expires).data(Qt::ToolTipRole).toString();
        const QString expected = bc::TimeFormat::detailed(base, QTimeZone("Asia/Tokyo"));
        QLocale::setDefault(before);
        QVERIFY2(size.startsWith(QStringLiteral("1,5 ")), qPrintable(size));
        QCOMPARE(tip, expected);
        QVERIFY2(tip.contains(QStringLiteral("Asia/Tokyo")), qPrintable(tip));
        QVERIFY2(tip.contains(german.toString(base.toTimeZone(QTimeZone("Asia/Tokyo")),
                                              QLocale::ShortFormat)),
                 qPrintable(tip));
        QVERIFY2(expiryTip.contains(QStringLiteral("Asia/Tokyo")), qPrintable(expiryTip));
    }
};

QTEST_MAIN(TestBackupTableModel)
#include "tst_models_backuptable.moc"
