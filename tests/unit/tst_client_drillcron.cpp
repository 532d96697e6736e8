#include "client/drillcronjob.h"

#include <QTest>

using bc::DrillCronJob;

class TestDrillCron : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlyByDefault();
    void calendar_data();
    void calendar();
    void refusals_data();
    void refusals();
};

void TestDrillCron::monthlyByDefault()
{
    DrillCronJob job;
    job.project = QStringLiteral("acmeblogeu3002");
    job.environment = QStringLiteral("main");
    QCOMPARE(job.refusal(), QString());
    QCOMPARE(job.command(), QStringLiteral("backup-console drill -p acmeblogeu3002 -e main --yes"));
    QVERIFY2(job.crontab().contains(QLatin1String("\nCRON_TZ=UTC\n0 6 1 * * backup-console drill")),
             qPrintable(job.crontab()));
    QCOMPARE(job.onCalendar(), QStringLiteral("*-*-01 06:00:00 UTC"));
    QVERIFY(job.systemdTimer().contains(QLatin1String("OnCalendar=*-*-01 06:00:00 UTC\n")));
    QVERIFY(job.systemdTimer().contains(QLatin1String("Persistent=true")));
    QVERIFY(job.systemdService().contains(
        QLatin1String("ExecStart=backup-console drill -p acmeblogeu3002 -e main --yes\n")));
    QCOMPARE(job.unitName(), QStringLiteral("backup-console-drill-acmeblogeu3002-main"));
    // No token in any of it: the job reads the stored account or the environment.
    for (const QString &text : {job.crontab(), job.systemdService(), job.systemdTimer()})
        QVERIFY(!text.contains(QLatin1String("TOKEN")));
    // The next runs are the 1st of each month at 06:00 UTC.
    const QList<QDateTime> runs
        = job.schedule().nextRuns(QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::utc()), 3);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0), QDateTime(QDate(2027, 1, 1), QTime(6, 0), QTimeZone::utc()));
    QCOMPARE(runs.at(2), QDateTime(QDate(2027, 3, 1), QTime(6, 0), QTimeZone::utc()));
}

void TestDrillCron::calendar_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("calendar");
    QTest::newRow("1st and 15th") << "30 4 1,15 * *"
                                  << "*-*-01,15 04:30:00 UTC";
    QTest::newRow("quarterly") << "0 6 1 1,4,7,10 *"
                               << "*-01,04,07,10-01 06:00:00 UTC";
    QTest::newRow("sundays") << "0 3 * * 0"
                             << "Sun *-*-* 03:00:00 UTC";
    QTest::newRow("7 is Sunday too") << "0 3 * * 1,7"
                                     << "Mon,Sun *-*-* 03:00:00 UTC";
    // cron ORs the day of month and the weekday; systemd would AND them: no timer.
    QTest::newRow("day and weekday") << "0 3 1 * 1"
                                     << "";
    QTest::newRow("ranges") << "0 3 1-7 * *"
                            << "";
    QTest::newRow("names") << "0 3 * jan *"
                           << "";
}

void TestDrillCron::calendar()
{
    QFETCH(QString, spec);
    QFETCH(QString, calendar);
    DrillCronJob job;
    job.project = QStringLiteral("p1");
    job.spec = spec;
    QCOMPARE(job.onCalendar(), calendar);
    QCOMPARE(job.systemdTimer().isEmpty(), calendar.isEmpty());
}

void TestDrillCron::refusals_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::newRow("no project") << ""
                                << "main"
                                << "0 6 1 * *"
                                << "project";
    QTest::newRow("shell in the name") << "p1;rm -rf ~"
                                       << "main"
                                       << "0 6 1 * *"
                                       << "safely";
    QTest::newRow("space in env") << "p1"
                                  << "a b"
                                  << "0 6 1 * *"
                                  << "safely";
    QTest::newRow("hourly") << "p1"
                            << "main"
                            << "0 * * * *"
                            << "day";
    QTest::newRow("unreadable") << "p1"
                                << "main"
                                << "every month"
                                << "";
}

void TestDrillCron::refusals()
{
    QFETCH(QString, project);
    QFETCH(QString, environment);
    QFETCH(QString, spec);
    QFETCH(QString, says);
    DrillCronJob job;
    job.project = project;
    job.environment = environment;
    job.spec = spec;
    const QString refusal = job.refusal();
    QVERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(says), qPrintable(refusal));
    QCOMPARE(job.crontab(), QString());
    QCOMPARE(job.systemdService(), QString());
}

QTEST_GUILESS_MAIN(TestDrillCron)
#include "tst_client_drillcron.moc"
