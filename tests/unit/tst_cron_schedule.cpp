#include "client/cronbackupjob.h"
#include "client/cronschedule.h"

#include <QStandardPaths>
#include <QTest>

using bc::BackupCronJob;
using bc::CronSchedule;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

} // namespace

class TestCronSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acceptance_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("daily at 05:00") << "0 5 * * *" << true << 1 << true;
        QTest::newRow("every 30 minutes") << "*/30 * * * *" << true << 48 << false;
        QTest::newRow("every 12 hours") << "0 */12 * * *" << true << 2 << false;
        QTest::newRow("weekly on monday by name") << "15 3 * * mon" << true << 1 << true;
        QTest::newRow("monthly on the first") << "0 4 1 * *" << true << 1 << true;
        QTest::newRow("@daily") << "@daily" << true << 1 << true;
        QTest::newRow("@hourly") << "@hourly" << true << 24 << false;
        QTest::newRow("two minutes listed") << "0,30 5 * * *" << true << 2 << false;
        QTest::newRow("hour range") << "0 1-3 * * *" << true << 3 << false;
        QTest::newRow("never (31 February)") << "0 5 31 2 *" << true << 1 << false;
        QTest::newRow("four fields") << "0 5 * *" << false << 0 << false;
        QTest::newRow("minute out of range") << "60 5 * * *" << false << 0 << false;
        QTest::newRow("bad step") << "*/0 5 * * *" << false << 0 << false;
        QTest::newRow("reversed range") << "0 5-3 * * *" << false << 0 << false;
        QTest::newRow("unknown name") << "0 5 * * funday" << false << 0 << false;
    }

    void acceptance()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QFETCH(int, perDay);
        QFETCH(bool, accepted);
        const CronSchedule schedule = CronSchedule::parse(spec);
        QCOMPARE(schedule.isValid(), valid);
        QCOMPARE(schedule.maxRunsPerDay(), perDay);
        QCOMPARE(schedule.isAcceptable(), accepted);
        QCOMPARE(schedule.refusal().isEmpty(), accepted);
        if (perDay > 1)
            QVERIFY2(schedule.refusal().contains(QLatin1String("at most one backup a day")),
                     qPrintable(schedule.refusal()));
    }

    void nextRunsUtc()
    {
        const auto runs
            = CronSchedule::parse(QStringLiteral("0 5 * * *")).nextRuns(utc(2026, 11, 28, 5, 0), 3);
        QCOMPARE(runs,
                 (QList<QDateTime>{utc(2026, 11, 29, 5, 0), utc(2026, 11, 30, 5, 0),
                                   utc(2026, 12, 1, 5, 0)}));
        // Day-of-month and day-of-week both restricted: either one matches (classic cron).
        const auto either = CronSchedule::parse(QStringLiteral("0 5 1 * fri"))
                                .nextRuns(utc(2026, 11, 26, 0, 0), 3);
        QCOMPARE(either,
                 (QList<QDateTime>{utc(2026, 11, 27, 5, 0), utc(2026, 12, 1, 5, 0),
                                   utc(2026, 12, 4, 5, 0)}));
    }

    // 05:00 UTC is 06:00 in Paris in winter and 07:00 in summer: the change of 29 March 2026
    // shows in project time, not in UTC.
    void utcScheduleAcrossDstInProjectZone()
    {
        const QTimeZone paris("Europe/Paris");
        const auto runs
            = CronSchedule::parse(QStringLiteral("0 5 * * *")).nextRuns(utc(2026, 3, 27, 12, 0), 4);
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.first(), utc(2026, 3, 28, 5, 0));
        QCOMPARE(runs.at(0).toTimeZone(paris).time(), QTime(6, 0));
        QCOMPARE(runs.at(1).toTimeZone(paris).time(), QTime(7, 0)); // 29 March, summer time
        QCOMPARE(runs.at(2).toTimeZone(paris).time(), QTime(7, 0));
    }

    // A spec read in the project's zone keeps its local time across the change, so its UTC
    // time moves; times skipped or repeated by the change still run exactly once.
    void projectZoneSpecAcrossDst_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QList<QDateTime>>("expected");
        QTest::newRow("spring forward, 06:00 local")
            << "0 6 * * *" << utc(2026, 3, 27, 12, 0)
            << QList<QDateTime>{utc(2026, 3, 28, 5, 0), utc(2026, 3, 29, 4, 0),
                                utc(2026, 3, 30, 4, 0)};
        QTest::newRow("spring forward, 02:30 skipped runs at 03:30")
            << "30 2 * * *" << utc(2026, 3, 27, 12, 0)
            << QList<QDateTime>{utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1, 30),
                                utc(2026, 3, 30, 0, 30)};
        QTest::newRow("fall back, 02:30 repeated runs once")
            << "30 2 * * *" << utc(2026, 10, 24, 12, 0)
            << QList<QDateTime>{utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30),
                                utc(2026, 10, 27, 1, 30)};
    }

    void projectZoneSpecAcrossDst()
    {
        QFETCH(QString, spec);
        QFETCH(QDateTime, after);
        QFETCH(QList<QDateTime>, expected);
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        QCOMPARE(CronSchedule::parse(spec).nextRuns(after, 3, berlin), expected);
    }

    void dailyBuilder()
    {
        QCOMPARE(CronSchedule::daily(QTime(5, 0)).spec(), QStringLiteral("0 5 * * *"));
        QCOMPARE(CronSchedule::daily(QTime(23, 45)).maxRunsPerDay(), 1);
    }

    void yamlPlatformSh()
    {
        BackupCronJob job;
        QCOMPARE(job.yaml(),
                 QStringLiteral("crons:\n"
                                "    backup:\n"
                                "        spec: '0 5 * * *'\n"
                                "        commands:\n"
                                "            start: |\n"
                                "                if [ \"$PLATFORM_ENVIRONMENT_TYPE\" = "
                                "production ]; then\n"
                                "                    platform backup:create --yes "
                                "--no-wait\n"
                                "                fi\n"));
        QVERIFY(job.tokenReminder().contains(QLatin1String("env:PLATFORMSH_CLI_TOKEN")));
    }

    void yamlUpsunLiveWithoutGuard()
    {
        BackupCronJob job;
        job.flavour = BackupCronJob::Flavour::Upsun;
        job.live = true;
        job.productionOnly = false;
        job.appName = QStringLiteral("shop");
        QCOMPARE(job.yaml(),
                 QStringLiteral("applications:\n"
                                "    shop:\n"
                                "        crons:\n"
                                "            backup:\n"
                                "                spec: '0 5 * * *'\n"
                                "                commands:\n"
                                "                    start: |\n"
                                "                        upsun backup:create --yes "
                                "--no-wait --live\n"));
        QCOMPARE(BackupCronJob::fileName(job.flavour), QStringLiteral(".upsun/config.yaml"));
        QVERIFY(job.tokenReminder().contains(QLatin1String("env:UPSUN_CLI_TOKEN")));
        QCOMPARE(job.warnings(utc(2026, 11, 28, 0, 0)).size(), 1); // no guard
    }

    void refusedJobWritesNothing()
    {
        BackupCronJob job;
        job.spec = QStringLiteral("0 */12 * * *");
        QVERIFY(!job.refusal().isEmpty());
        QVERIFY(job.yaml().isEmpty());
    }

    // 07:30 UTC is 08:30 in Paris in winter: busy. Live backups do not pause the site.
    void busyHours_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("live");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("warned");
        QTest::newRow("05:00 UTC, quiet")
            << "0 5 * * *" << false << utc(2026, 11, 28, 0, 0) << false;
        QTest::newRow("07:30 UTC, busy")
            << "30 7 * * *" << false << utc(2026, 11, 28, 0, 0) << true;
        QTest::newRow("07:30 UTC, live")
            << "30 7 * * *" << true << utc(2026, 11, 28, 0, 0) << false;
        // 06:30 UTC is 07:30 in winter but 08:30 in summer: busy once DST starts.
        QTest::newRow("06:30 UTC, busy in summer")
            << "30 6 * * *" << false << utc(2026, 11, 28, 0, 0) << true;
    }

    void busyHours()
    {
        QFETCH(QString, spec);
        QFETCH(bool, live);
        QFETCH(QDateTime, now);
        QFETCH(bool, warned);
        BackupCronJob job;
        job.spec = spec;
        job.live = live;
        job.projectZone = QTimeZone("Europe/Paris");
        QCOMPARE(job.warnings(now).size(), warned ? 1 : 0);
        if (!live)
            QCOMPARE(job.firstBusyRun(now).isValid(), warned);
    }

    // Found by fuzz_cron: a step near INT_MAX overflowed the loop that lists a field's values
    // (signed overflow), which went on with negative minutes past the field's bitset.
    void stepBeyondTheField_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QDateTime>("firstRun");
        QTest::newRow("minute step INT_MAX") << "5/2147483647 5 * * *" << utc(2026, 11, 28, 5, 5);
        QTest::newRow("hour step INT_MAX") << "0 3/2147483647 * * *" << utc(2026, 11, 28, 3, 0);
        QTest::newRow("range step INT_MAX") << "0-59/2147483647 4 * * *" << utc(2026, 11, 28, 4, 0);
        QTest::newRow("day step INT_MAX") << "0 5 28/2147483647 * *" << utc(2026, 11, 28, 5, 0);
    }

    void stepBeyondTheField()
    {
        QFETCH(QString, spec);
        QFETCH(QDateTime, firstRun);
        const CronSchedule schedule = CronSchedule::parse(spec);
        QVERIFY2(schedule.isValid(), qPrintable(schedule.error()));
        QCOMPARE(schedule.maxRunsPerDay(), 1);
        QCOMPARE(schedule.nextRuns(utc(2026, 11, 28, 0, 0), 1), QList<QDateTime>{firstRun});
    }
};

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cron_schedule.moc"
