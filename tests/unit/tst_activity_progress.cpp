// Issue 12, honest progress: the phases of a consistent backup read from its log, the usual
// duration from the environment's history and the texts built from both.
#include "client/activityprogress.h"
#include "client/drillrun.h"
#include "client/timeformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

using bc::Activity;
using bc::ActivityProgress;
using bc::DrillRun;
using bc::TimeFormat;
using Phase = bc::ActivityProgress::Phase;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 20), QTime(5, 0), Qt::UTC);

Activity backup(const QString &id, std::optional<bool> safe, const QString &state,
                const QString &environment = QStringLiteral("staging"))
{
    Activity a;
    a.id = id;
    a.type = QStringLiteral("environment.backup");
    a.environments = {environment};
    a.state = state;
    a.createdAt = base;
    if (state != QLatin1String("pending"))
        a.startedAt = base.addSecs(2);
    if (safe)
        a.payload.insert(QStringLiteral("safe"), *safe);
    return a;
}

// A finished backup that ran `runSeconds` from its start, `hoursAgo` before base.
Activity done(const QString &id, bool safe, int runSeconds, int hoursAgo,
              const QString &result = QStringLiteral("success"),
              const QString &environment = QStringLiteral("staging"))
{
    Activity a = backup(id, safe, QStringLiteral("complete"), environment);
    a.result = result;
    a.createdAt = base.addSecs(-3600 * hoursAgo);
    a.startedAt = a.createdAt.addSecs(1);
    a.completedAt = a.startedAt.addSecs(runSeconds);
    a.completionPercent = 100;
    return a;
}

} // namespace

class TestActivityProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phases_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("live");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("phase");
        const QString start = QStringLiteral("Creating a consistent backup of staging\n");
        const QString pause
            = start + QStringLiteral("Pausing the environment for a consistent snapshot\n");
        QTest::newRow("pending") << u"pending"_s << false << 0 << QString()
                                 << int(Phase::WaitingToStart);
        QTest::newRow("started, no pause yet")
            << u"in_progress"_s << false << 5 << start << int(Phase::WaitingForPause);
        QTest::newRow("paused") << u"in_progress"_s << false << 40 << pause
                                << int(Phase::SitePaused);
        QTest::newRow("resumed") << u"in_progress"_s << false << 70
                                 << pause
                + QStringLiteral("Snapshot taken; resuming the environment\n")
                                 << int(Phase::Finishing);
        QTest::newRow("uploading")
            << u"in_progress"_s << false << 80 << pause + QStringLiteral("Uploading the backup")
            << int(Phase::Finishing);
        // The pause line mentions the snapshot itself: that is not the end of the pause.
        QTest::newRow("pause line alone")
            << u"in_progress"_s << false << 60 << QStringLiteral("Pausing for a snapshot")
            << int(Phase::SitePaused);
        QTest::newRow("unknown log")
            << u"in_progress"_s << false << 60 << QStringLiteral("Doing things\nMore things")
            << int(Phase::WaitingForPause);
        QTest::newRow("unknown log at 90 %")
            << u"in_progress"_s << false << 90 << QStringLiteral("Doing things")
            << int(Phase::Finishing);
        QTest::newRow("paused, at 95 %")
            << u"in_progress"_s << false << 95 << pause << int(Phase::Finishing);
        QTest::newRow("live") << u"in_progress"_s << true << 40
                              << QStringLiteral("Pausing nothing: live") << int(Phase::Running);
        QTest::newRow("live at 90 %")
            << u"in_progress"_s << true << 90 << QString() << int(Phase::Finishing);
        QTest::newRow("complete") << u"complete"_s << false << 100 << pause << int(Phase::Done);
    }
    void phases()
    {
        QFETCH(QString, state);
        QFETCH(bool, live);
        QFETCH(int, percent);
        QFETCH(QString, log);
        QFETCH(int, phase);
        Activity a = backup(QStringLiteral("a"), !live, state);
        a.completionPercent = percent;
        QCOMPARE(int(ActivityProgress::phase(a, log)), phase);
    }

    void consistency()
    {
        QVERIFY(
            ActivityProgress::isConsistentBackup(backup(QStringLiteral("a"), true, u"pending"_s)));
        QVERIFY(!ActivityProgress::isConsistentBackup(
            backup(QStringLiteral("a"), false, u"pending"_s)));
        // Not said in the payload: the parameters, else consistent (the API's default).
        Activity a = backup(QStringLiteral("a"), std::nullopt, QStringLiteral("pending"));
        QVERIFY(ActivityProgress::isConsistentBackup(a));
        a.parameters.insert(QStringLiteral("safe"), false);
        QVERIFY(!ActivityProgress::isConsistentBackup(a));
        a.type = QStringLiteral("environment.restore");
        QVERIFY(!ActivityProgress::isConsistentBackup(a));
    }

    void usualIsTheMedianOfTheLastFiveSuccesses()
    {
        QList<Activity> history{
            done(QStringLiteral("c1"), true, 40, 1),
            done(QStringLiteral("c2"), true, 50, 2),
            done(QStringLiteral("c3"), true, 30, 3),
            done(QStringLiteral("c4"), true, 44, 4),
            done(QStringLiteral("c5"), true, 36, 5),
            // Older than the five newest: left out although it would move the median.
            done(QStringLiteral("c6"), true, 500, 6),
            done(QStringLiteral("c7"), true, 500, 7),
            // Failures, live backups, other environments and other types do not count.
            done(QStringLiteral("f1"), true, 900, 0, QStringLiteral("failure")),
            done(QStringLiteral("l1"), false, 5, 0),
            done(QStringLiteral("o1"), true, 900, 0, QStringLiteral("success"),
                 QStringLiteral("main")),
        };
        Activity restore = done(QStringLiteral("r1"), true, 900, 0);
        restore.type = QStringLiteral("environment.restore");
        history.append(restore);
        const Activity running = backup(QStringLiteral("now"), true, QStringLiteral("in_progress"));
        QCOMPARE(ActivityProgress::usualDuration(running, history), milliseconds(seconds(40)));
        // The live one has its own history.
        const Activity live = backup(QStringLiteral("now"), false, QStringLiteral("in_progress"));
        QCOMPARE(ActivityProgress::usualDuration(live, history), milliseconds(seconds(5)));
        // An even count: the mean of the middle two.
        QCOMPARE(ActivityProgress::usualDuration(running, history.mid(0, 4)),
                 milliseconds(seconds(42)));
        // Not yet started, asked by type and environment.
        QCOMPARE(ActivityProgress::usualDuration(QStringLiteral("environment.backup"),
                                                 QStringLiteral("main"), true, history),
                 milliseconds(seconds(900)));
        // No success of this kind: nothing to say.
        QCOMPARE(ActivityProgress::usualDuration(running, history.mid(7, 2)), std::nullopt);
        QCOMPARE(ActivityProgress::usualDuration(running, {}), std::nullopt);
    }

    void durations()
    {
        QCOMPARE(ActivityProgress::duration(milliseconds(200)), QStringLiteral("1 s"));
        QCOMPARE(ActivityProgress::duration(seconds(40)), QStringLiteral("40 s"));
        QCOMPARE(ActivityProgress::duration(seconds(200)), QStringLiteral("3 min"));
        QCOMPARE(ActivityProgress::duration(seconds(3900)), QStringLiteral("1 h 5 min"));
        QCOMPARE(ActivityProgress::usualText(seconds(40)), QStringLiteral("usually takes ~40 s"));
        QCOMPARE(ActivityProgress::duration(seconds(3590)), QStringLiteral("1 h 0 min"));
        // One formatter for both: estimates rounded, measured times (a drill's RTO) exact.
        using P = TimeFormat::Precision;
        QCOMPARE(TimeFormat::duration(59, P::Exact), QStringLiteral("59 s"));
        QCOMPARE(TimeFormat::duration(200, P::Exact), QStringLiteral("3 min 20 s"));
        QCOMPARE(TimeFormat::duration(3900, P::Exact), QStringLiteral("1 h 5 min"));
        QCOMPARE(TimeFormat::duration(3599, P::Exact), QStringLiteral("59 min 59 s"));
        QCOMPARE(DrillRun::durationText(200), QStringLiteral("3 min 20 s"));
        QCOMPARE(DrillRun::durationText(-1), QStringLiteral("unknown"));
    }

    void remainingAndOverdue()
    {
        QCOMPARE(ActivityProgress::remainingText(seconds(40), seconds(20)),
                 QStringLiteral("about 20 s left"));
        QCOMPARE(ActivityProgress::remainingText(seconds(40), seconds(41)),
                 QStringLiteral("taking longer than usual"));

        const QList<Activity> history{done(QStringLiteral("c1"), true, 40, 1)};
        Activity a = backup(QStringLiteral("now"), true, QStringLiteral("in_progress"));
        a.completionPercent = 30;
        const QString paused = QStringLiteral("Pausing the environment for a consistent snapshot");
        // Started at base + 2 s; 22 s later 20 s of the usual 40 s are left.
        QCOMPARE(ActivityProgress::line(a, paused, history, base.addSecs(22)),
                 QStringLiteral("Site paused, requests held · about 20 s left"));
        QCOMPARE(ActivityProgress::line(a, paused, history, base.addSecs(60)),
                 QStringLiteral("Site paused, requests held · taking longer than usual"));
        // No history: the phase alone.
        QCOMPARE(ActivityProgress::line(a, paused, {}, base.addSecs(22)),
                 QStringLiteral("Site paused, requests held"));
        // Not started: how long it usually takes.
        const Activity pending = backup(QStringLiteral("p"), true, QStringLiteral("pending"));
        QCOMPARE(ActivityProgress::line(pending, {}, history, base.addSecs(1)),
                 QStringLiteral("Waiting to start · usually takes ~40 s"));
        // Finished: no line.
        QVERIFY(ActivityProgress::line(history.first(), paused, history, base).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityProgress)
#include "tst_activity_progress.moc"
