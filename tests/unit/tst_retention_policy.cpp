#include "client/retentionrules.h"
#include "client/retentionsimulator.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using bc::Backup;
using bc::DataRetention;
using bc::RetentionPolicy;
using bc::RetentionRules;
using bc::RetentionSimulator;

namespace {

// "1d:7,1w:4" → schedule rows.
RetentionPolicy policy(int manual, const QString &schedule, std::optional<int> max = {})
{
    RetentionPolicy p;
    p.manualCount = manual;
    p.maxBackups = max;
    for (const QString &row : schedule.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = row.split(u':');
        p.schedule.append({parts.at(0), parts.at(1).toInt()});
    }
    return p;
}

// "id@2026-03-01T02:00" automated; a trailing "m" manual, "x" not restorable, "D" deleting.
QList<Backup> backups(const QStringList &specs)
{
    QList<Backup> list;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u'@');
        const QString when = parts.at(1).left(16);
        const QString flags = parts.at(1).mid(16);
        Backup b;
        b.id = parts.at(0);
        b.createdAt = QDateTime::fromString(when, Qt::ISODate);
        b.createdAt.setTimeZone(QTimeZone::utc());
        b.automated = !flags.contains(u'm');
        b.restorable = !flags.contains(u'x');
        b.status = flags.contains(u'D') ? QStringLiteral("DELETING") : QStringLiteral("CREATED");
        list << b;
    }
    return list;
}

QStringList kept(const bc::RetentionOutcome &outcome)
{
    QStringList ids;
    for (const bc::RetentionVerdict &v : outcome.verdicts) {
        if (v.keep)
            ids << v.backupId;
    }
    return ids;
}

} // namespace

// The policy checks and the simulator, against cases worked out by hand.
class TestRetentionPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void intervals_data()
    {
        QTest::addColumn<QString>("interval");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("1h") << "1h" << qint64(3600);
        QTest::newRow("1d") << "1d" << qint64(86400);
        QTest::newRow("2w") << "2w" << qint64(14 * 86400);
        QTest::newRow("1M is 30 days, as the sandbox") << "1M" << qint64(30 * 86400);
        QTest::newRow("1y") << "1y" << qint64(365 * 86400);
        QTest::newRow("zero") << "0d" << qint64(0);
        QTest::newRow("no number") << "d" << qint64(0);
        QTest::newRow("unknown unit") << "1x" << qint64(0);
        QTest::newRow("upper-case day") << "1D" << qint64(0);
        QTest::newRow("minutes are not a unit (m)") << "5m" << qint64(0);
        QTest::newRow("space") << " 1d" << qint64(0);
        QTest::newRow("negative") << "-1d" << qint64(0);
    }

    void intervals()
    {
        QFETCH(QString, interval);
        QFETCH(qint64, seconds);
        QCOMPARE(RetentionRules::intervalSeconds(interval), seconds);
        QCOMPARE(RetentionRules::parseInterval(interval).has_value(), seconds > 0);
    }

    void validation_data()
    {
        QTest::addColumn<int>("manual");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<int>("max"); // -1: the plan sets no limit
        QTest::addColumn<QStringList>("problems"); // a word each problem's message must hold
        QTest::newRow("the demo's production policy")
            << 3 << "1d:7,1w:4,1M:12" << 26 << QStringList{};
        QTest::newRow("no schedule") << 2 << "" << 2 << QStringList{};
        QTest::newRow("no plan limit known") << 50 << "1h:500" << -1 << QStringList{};
        QTest::newRow("zero manual") << 0 << "1d:7" << 26 << QStringList{QStringLiteral("Manual")};
        QTest::newRow("negative manual") << -2 << "1d:7" << 26 << QStringList{QStringLiteral("-2")};
        QTest::newRow("zero count") << 3 << "1d:0" << 26 << QStringList{QStringLiteral("row 1")};
        QTest::newRow("negative count")
            << 3 << "1d:7,1w:-4" << 26 << QStringList{QStringLiteral("row 2")};
        QTest::newRow("unknown unit") << 3 << "1x:7" << 26 << QStringList{QStringLiteral("\"1x\"")};
        QTest::newRow("upper-case D") << 3 << "1D:7" << 26 << QStringList{QStringLiteral("\"1D\"")};
        QTest::newRow("duplicate interval")
            << 3 << "1d:7,1d:2" << 26 << QStringList{QStringLiteral("already")};
        QTest::newRow("more than the plan")
            << 3 << "1d:7,1w:4,1M:13" << 26 << QStringList{QStringLiteral("27")};
        QTest::newRow("everything wrong at once")
            << 0 << "0d:1,1d:0" << 0
            << QStringList{QStringLiteral("Manual"), QStringLiteral("\"0d\""),
                           QStringLiteral("row 2"), QStringLiteral("at most 0")};
    }

    void validation()
    {
        QFETCH(int, manual);
        QFETCH(QString, schedule);
        QFETCH(int, max);
        QFETCH(QStringList, problems);
        const QStringList found = RetentionRules::problems(
            policy(manual, schedule, max < 0 ? std::nullopt : std::optional<int>(max)));
        QCOMPARE(found.size(), problems.size());
        for (qsizetype i = 0; i < problems.size(); ++i)
            QVERIFY2(found.at(i).contains(problems.at(i)), qPrintable(found.at(i)));
    }

    void periods_data()
    {
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QDateTime>("a");
        QTest::addColumn<QDateTime>("b");
        QTest::addColumn<bool>("same");
        const auto at = [](const char *iso) {
            QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
            t.setTimeZone(QTimeZone::utc());
            return t;
        };
        QTest::newRow("1d: one minute apart across midnight")
            << "1d" << at("2026-02-28T23:59") << at("2026-03-01T00:00") << false;
        QTest::newRow("1M: 31 Jan and 1 Feb")
            << "1M" << at("2026-01-31T23:59") << at("2026-02-01T00:00") << false;
        QTest::newRow("1M: 1 and 28 Feb")
            << "1M" << at("2026-02-01T00:00") << at("2026-02-28T23:59") << true;
        QTest::newRow("1M: 29 Feb of a leap year")
            << "1M" << at("2028-02-29T12:00") << at("2028-02-01T12:00") << true;
        QTest::newRow("1w: Monday 29 Dec and Thursday 1 Jan (ISO week 1)")
            << "1w" << at("2025-12-29T03:00") << at("2026-01-01T03:00") << true;
        QTest::newRow("1w: Sunday and Monday")
            << "1w" << at("2025-12-28T23:00") << at("2025-12-29T01:00") << false;
        QTest::newRow("1y: New Year's Eve")
            << "1y" << at("2025-12-31T23:59") << at("2026-01-01T00:00") << false;
        QTest::newRow("6h: 07:00 and 11:59")
            << "6h" << at("2026-03-01T07:00") << at("2026-03-01T11:59") << true;
        QTest::newRow("6h: 11:59 and 12:00")
            << "6h" << at("2026-03-01T11:59") << at("2026-03-01T12:00") << false;
        QTest::newRow("a local time is read in UTC")
            << "1d" << QDateTime(QDate(2026, 3, 2), QTime(0, 30), QTimeZone(3600))
            << at("2026-03-01T12:00") << true;
    }

    void periods()
    {
        QFETCH(QString, interval);
        QFETCH(QDateTime, a);
        QFETCH(QDateTime, b);
        QFETCH(bool, same);
        const auto spec = RetentionRules::parseInterval(interval);
        QVERIFY(spec);
        QCOMPARE(RetentionSimulator::period(a, *spec) == RetentionSimulator::period(b, *spec),
                 same);
    }

    void keepAndEvict_data()
    {
        QTest::addColumn<int>("manual");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QStringList>("backups");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("manual quota keeps the newest")
            << 2 << ""
            << QStringList{QStringLiteral("m1@2026-03-05T10:00m"),
                           QStringLiteral("m2@2026-03-04T10:00m"),
                           QStringLiteral("m3@2026-03-01T10:00m")}
            << QStringList{QStringLiteral("m1"), QStringLiteral("m2")};
        QTest::newRow("manual quota: a backup being deleted does not count")
            << 2 << ""
            << QStringList{QStringLiteral("m1@2026-03-05T10:00m"),
                           QStringLiteral("m2@2026-03-04T10:00mD"),
                           QStringLiteral("m3@2026-03-01T10:00m")}
            << QStringList{QStringLiteral("m1"), QStringLiteral("m3")};
        QTest::newRow("manual and automated are counted apart")
            << 1 << "1d:1"
            << QStringList{QStringLiteral("a1@2026-03-05T03:00"),
                           QStringLiteral("m1@2026-03-05T10:00m"),
                           QStringLiteral("m2@2026-03-04T10:00m"),
                           QStringLiteral("a2@2026-03-04T03:00")}
            << QStringList{QStringLiteral("m1"), QStringLiteral("a1")};
        QTest::newRow("daily: two the same day, the newer stays")
            << 1 << "1d:3"
            << QStringList{QStringLiteral("a1@2026-12-01T03:00"),
                           QStringLiteral("a2@2026-11-30T03:00"),
                           QStringLiteral("a3@2026-11-30T01:00"),
                           QStringLiteral("a4@2026-11-29T03:00"),
                           QStringLiteral("a5@2026-11-28T03:00")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a4")};
        QTest::newRow("monthly: the last minute of February is February")
            << 1 << "1M:2"
            << QStringList{QStringLiteral("a1@2026-03-01T02:00"),
                           QStringLiteral("a2@2026-02-28T23:59"),
                           QStringLiteral("a3@2026-02-01T00:30"),
                           QStringLiteral("a4@2026-01-31T23:59")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a2")};
        QTest::newRow("daily then monthly: a month the daily row covers is not counted again")
            << 1 << "1d:1,1M:2"
            << QStringList{QStringLiteral("a1@2026-03-01T02:00"),
                           QStringLiteral("a2@2026-02-28T23:00"),
                           QStringLiteral("a3@2026-02-15T03:00"),
                           QStringLiteral("a4@2026-01-31T23:59"),
                           QStringLiteral("a5@2026-01-01T03:00")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a4")};
        QTest::newRow("weekly across New Year (ISO week 1 starts on 29 Dec)")
            << 1 << "1w:2"
            << QStringList{QStringLiteral("a1@2026-01-01T03:00"),
                           QStringLiteral("a2@2025-12-29T03:00"),
                           QStringLiteral("a3@2025-12-28T03:00"),
                           QStringLiteral("a4@2025-12-21T03:00")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a3")};
        QTest::newRow("six-hourly periods in UTC")
            << 1 << "6h:2"
            << QStringList{QStringLiteral("a1@2026-03-01T12:00"),
                           QStringLiteral("a2@2026-03-01T11:00"),
                           QStringLiteral("a3@2026-03-01T07:00"),
                           QStringLiteral("a4@2026-03-01T05:00")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a2")};
        QTest::newRow("a gap in the backups: periods without one are not counted")
            << 1 << "1d:2"
            << QStringList{QStringLiteral("a1@2026-03-10T03:00"),
                           QStringLiteral("a2@2026-03-01T03:00"),
                           QStringLiteral("a3@2026-02-20T03:00")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a2")};
        QTest::newRow("no schedule: automated backups all go")
            << 1 << ""
            << QStringList{QStringLiteral("a1@2026-03-10T03:00"),
                           QStringLiteral("m1@2026-03-01T03:00m")}
            << QStringList{QStringLiteral("m1")};
        QTest::newRow("a backup that cannot be restored still takes its period")
            << 1 << "1d:1"
            << QStringList{QStringLiteral("a1@2026-03-10T03:00x"),
                           QStringLiteral("a2@2026-03-10T01:00")}
            << QStringList{QStringLiteral("a1")};
        QTest::newRow("input order does not matter")
            << 1 << "1d:2"
            << QStringList{QStringLiteral("a3@2026-03-08T03:00"),
                           QStringLiteral("a1@2026-03-10T03:00"),
                           QStringLiteral("a2@2026-03-09T03:00")}
            << QStringList{QStringLiteral("a1"), QStringLiteral("a2")};
    }

    void keepAndEvict()
    {
        QFETCH(int, manual);
        QFETCH(QString, schedule);
        QFETCH(QStringList, backups);
        QFETCH(QStringList, kept);
        const bc::RetentionOutcome outcome
            = RetentionSimulator::apply(::backups(backups), policy(manual, schedule));
        QCOMPARE(::kept(outcome), kept);
        QCOMPARE(outcome.verdicts.size(), backups.size());
        QCOMPARE(outcome.kept(), int(kept.size()));
        for (const bc::RetentionVerdict &v : outcome.verdicts)
            QVERIFY2(!v.reason.isEmpty(), qPrintable(v.backupId));
    }

    void projectionOfADailyPolicy()
    {
        // Seven daily backups at 03:00, the newest this morning; 90 more days of them.
        const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
        QStringList specs;
        for (int d = 0; d < 7; ++d)
            specs << QStringLiteral("a%1@%2").arg(d).arg(
                now.addDays(-d).date().toString(Qt::ISODate) + QLatin1String("T03:00"));
        const auto p = RetentionSimulator::project(backups(specs),
                                                   policy(1, QStringLiteral("1d:7")), now, 90);
        QCOMPARE(p.automatedTaken, 90);
        QCOMPARE(p.backups, 7);
        QCOMPARE(p.peakBackups, 7);
        QCOMPARE(p.restorePoints, 7);
        QCOMPARE(p.until, now.addDays(90));
        QCOMPARE(p.oldestRestorePoint,
                 QDateTime(QDate(2026, 6, 8).addDays(-6), QTime(3, 0), QTimeZone::utc()));
        QVERIFY(p.gaps.isEmpty());
    }

    void projectionOfAWeeklyTail()
    {
        // 2 daily + 2 weekly: at the end 4 points; the gap between the two daily ones and the
        // weekly ones is what the picture must show.
        const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc()); // a Tuesday
        const auto p = RetentionSimulator::project(backups({QStringLiteral("a0@2026-03-10T03:00")}),
                                                   policy(1, QStringLiteral("1d:2,1w:2")), now, 90);
        QCOMPARE(p.backups, 4);
        QCOMPARE(p.restorePoints, 4);
        // Day 90 is Monday 8 June 2026: the daily row keeps 8 and 7 June (Sunday 7 June closes
        // the week before, so both weeks are covered), the weekly row the newest of the two
        // weeks before those: Sundays 31 May and 24 May, kept since their own week ended.
        QCOMPARE(p.oldestRestorePoint,
                 QDateTime(QDate(2026, 5, 24), QTime(3, 0), QTimeZone::utc()));
        QCOMPARE(p.gaps.size(), 2);
        QCOMPARE(p.gaps.at(0).from, QDateTime(QDate(2026, 5, 31), QTime(3, 0), QTimeZone::utc()));
        QCOMPARE(p.gaps.at(0).to, QDateTime(QDate(2026, 6, 7), QTime(3, 0), QTimeZone::utc()));
    }

    void projectionWithoutASchedule()
    {
        const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
        const auto p = RetentionSimulator::project(
            backups({QStringLiteral("m1@2026-03-01T10:00m")}), policy(1, QString()), now, 90);
        QCOMPARE(p.automatedTaken, 0);
        QCOMPARE(p.backups, 1);
        QCOMPARE(p.gaps.size(), 1);
        QCOMPARE(p.gaps.at(0).to, now.addDays(90));
        QCOMPARE(p.gaps.at(0).from, QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
    }

    void changesCarryOnlyWhatChanged()
    {
        DataRetention before;
        before.byType.insert(QStringLiteral("production"),
                             policy(3, QStringLiteral("1d:7,1w:4,1M:12"), 26));
        before.byType.insert(QStringLiteral("staging"), policy(3, QStringLiteral("1d:3"), 8));
        QVERIFY(RetentionRules::changes(before, before).byType.isEmpty());

        DataRetention after = before;
        after.byType[QStringLiteral("production")].schedule[0].count = 5;
        const DataRetention changed = RetentionRules::changes(before, after);
        QCOMPARE(changed.byType.keys(), QStringList{QStringLiteral("production")});
        QCOMPARE(changed.byType.value(QStringLiteral("production")).schedule,
                 after.byType.value(QStringLiteral("production")).schedule);
        QVERIFY(!changed.byType.value(QStringLiteral("production")).maxBackups);

        after = before;
        after.byType.insert(QStringLiteral("development"), policy(1, QString()));
        QCOMPARE(RetentionRules::changes(before, after).byType.keys(),
                 QStringList{QStringLiteral("development")});
    }
};

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retention_policy.moc"
