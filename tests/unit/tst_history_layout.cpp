// The timeline's layout arithmetic and the heatmap grid, row by row.
#include "models/history/calendargrid.h"
#include "models/history/timelinelayout.h"
#include "models/history/timelinescale.h"
#include "models/history/timelinestacking.h"

#include <QStandardPaths>
#include <QTest>

using namespace bc;

namespace {

constexpr qint64 hourMs = qint64(3600) * 1000;
constexpr qint64 dayMs = 24 * hourMs;

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

Environment env(const QString &id, const QString &type)
{
    Environment e;
    e.id = id;
    e.name = id;
    e.type = type;
    return e;
}

Backup backup(const QString &id, const QString &environment, const QDateTime &created,
              bool safe = true, bool automated = false)
{
    Backup b;
    b.id = id;
    b.environment = environment;
    b.createdAt = created;
    b.safe = safe;
    b.automated = automated;
    b.status = QStringLiteral("CREATED");
    return b;
}

Activity activity(const QString &id, const QString &type, const QString &environment,
                  const QDateTime &created, const QString &result)
{
    Activity a;
    a.id = id;
    a.type = type;
    a.environments = {environment};
    a.state = QStringLiteral("complete");
    a.result = result;
    a.completionPercent = 100;
    a.createdAt = created;
    a.completedAt = created.addSecs(60);
    return a;
}

TimelineData sample()
{
    TimelineData data;
    data.environments = {env(QStringLiteral("develop"), QStringLiteral("development")),
                         env(QStringLiteral("main"), QStringLiteral("production")),
                         env(QStringLiteral("staging"), QStringLiteral("staging"))};
    data.backups
        = {backup(QStringLiteral("m1"), QStringLiteral("main"), t0().addDays(1)),
           backup(QStringLiteral("m2"), QStringLiteral("main"), t0().addDays(3), false, true),
           backup(QStringLiteral("m3"), QStringLiteral("main"), t0().addDays(5)),
           backup(QStringLiteral("s1"), QStringLiteral("staging"), t0().addDays(2)),
           backup(QStringLiteral("d1"), QStringLiteral("develop"), t0().addDays(4))};
    data.backups[0].expiresAt = t0().addDays(8);
    Activity failed
        = activity(QStringLiteral("f1"), QStringLiteral("environment.backup"),
                   QStringLiteral("staging"), t0().addDays(6), QStringLiteral("failure"));
    Activity restore = activity(QStringLiteral("r1"), QStringLiteral("environment.restore"),
                                QStringLiteral("main"), t0().addDays(7), QStringLiteral("success"));
    restore.payload.insert(QStringLiteral("backup_name"), QStringLiteral("m3"));
    restore.payload.insert(QStringLiteral("environment"), QStringLiteral("develop"));
    Activity ok = activity(QStringLiteral("ok1"), QStringLiteral("environment.backup"),
                           QStringLiteral("main"), t0().addDays(5), QStringLiteral("success"));
    data.activities = {failed, restore, ok};
    return data;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class TstHistoryLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void timeToX_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<double>("x");
        QTest::newRow("start") << 10 * dayMs << 1000.0 << qint64(0) << 0.0;
        QTest::newRow("middle") << 10 * dayMs << 1000.0 << 5 * dayMs << 500.0;
        QTest::newRow("end") << 10 * dayMs << 1000.0 << 10 * dayMs << 1000.0;
        QTest::newRow("before") << 10 * dayMs << 1000.0 << -dayMs << -100.0;
        QTest::newRow("one day, hour") << dayMs << 480.0 << hourMs << 20.0;
        QTest::newRow("year, day") << 365 * dayMs << 730.0 << dayMs << 2.0;
    }
    void timeToX()
    {
        QFETCH(qint64, spanMs);
        QFETCH(double, width);
        QFETCH(qint64, offsetMs);
        QFETCH(double, x);
        const TimelineScale scale(t0(), spanMs, width);
        const QDateTime time = t0().addMSecs(offsetMs);
        QCOMPARE(scale.xForTime(time), x);
        QCOMPARE(scale.timeForX(x), time);
    }

    void zoomLimits_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<double>("factor");
        QTest::addColumn<qint64>("expectedSpanMs");
        QTest::addColumn<bool>("changed");
        QTest::newRow("in x2") << 10 * dayMs << 2.0 << 5 * dayMs << true;
        QTest::newRow("out x2") << 10 * dayMs << 0.5 << 20 * dayMs << true;
        QTest::newRow("in past a day") << 2 * dayMs << 4.0 << dayMs << true;
        QTest::newRow("in at a day") << dayMs << 2.0 << dayMs << false;
        QTest::newRow("out past a year") << 300 * dayMs << 0.5 << 365 * dayMs << true;
        QTest::newRow("out at a year") << 365 * dayMs << 0.5 << 365 * dayMs << false;
        QTest::newRow("nonsense factor") << 10 * dayMs << 0.0 << 10 * dayMs << false;
    }
    void zoomLimits()
    {
        QFETCH(qint64, spanMs);
        QFETCH(double, factor);
        QFETCH(qint64, expectedSpanMs);
        QFETCH(bool, changed);
        TimelineScale scale(t0(), spanMs, 1000.0);
        QCOMPARE(scale.zoomAt(500.0, factor), changed);
        QCOMPARE(scale.spanMs(), expectedSpanMs);
    }

    void rangeClamped_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("an hour") << hourMs << dayMs;
        QTest::newRow("a week") << 7 * dayMs << 7 * dayMs;
        QTest::newRow("two years") << 730 * dayMs << 365 * dayMs;
    }
    void rangeClamped()
    {
        QFETCH(qint64, spanMs);
        QFETCH(qint64, expected);
        TimelineScale scale;
        scale.setRangeEndingAt(t0(), spanMs);
        QCOMPARE(scale.spanMs(), expected);
        QCOMPARE(scale.end(), t0());
    }

    void zoomKeepsAnchor_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::newRow("left edge in") << 0.0 << 1.5;
        QTest::newRow("middle in") << 500.0 << 3.0;
        QTest::newRow("right out") << 1000.0 << 0.25;
        QTest::newRow("quarter out") << 250.0 << 0.8;
    }
    void zoomKeepsAnchor()
    {
        QFETCH(double, x);
        QFETCH(double, factor);
        TimelineScale scale(t0(), 30 * dayMs, 1000.0);
        const QDateTime anchor = scale.timeForX(x);
        QVERIFY(scale.zoomAt(x, factor));
        QVERIFY(std::abs(scale.xForTime(anchor) - x) < 0.01);
    }

    void pan_data()
    {
        QTest::addColumn<double>("dx");
        QTest::addColumn<qint64>("startShiftMs");
        QTest::newRow("drag right shows earlier") << 100.0 << -dayMs;
        QTest::newRow("drag left shows later") << -250.0 << qint64(5) * dayMs / 2;
        QTest::newRow("no drag") << 0.0 << qint64(0);
    }
    void pan()
    {
        QFETCH(double, dx);
        QFETCH(qint64, startShiftMs);
        TimelineScale scale(t0(), 10 * dayMs, 1000.0);
        scale.panByPixels(dx);
        QCOMPARE(scale.start(), t0().addMSecs(startShiftMs));
        QCOMPARE(scale.spanMs(), 10 * dayMs);
    }

    void laneOrder_data()
    {
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none selected: by type")
            << QString() << words("main staging develop feature");
        QTest::newRow("selected development first")
            << QStringLiteral("feature") << words("feature main staging develop");
        QTest::newRow("selected production")
            << QStringLiteral("main") << words("main staging develop feature");
        QTest::newRow("unknown selection")
            << QStringLiteral("gone") << words("main staging develop feature");
    }
    void laneOrder()
    {
        QFETCH(QString, selected);
        QFETCH(QStringList, expected);
        const QList<Environment> envs{env(QStringLiteral("feature"), QStringLiteral("development")),
                                      env(QStringLiteral("staging"), QStringLiteral("staging")),
                                      env(QStringLiteral("develop"), QStringLiteral("development")),
                                      env(QStringLiteral("main"), QStringLiteral("production"))};
        QCOMPARE(TimelineLayout::laneOrder(envs, selected), expected);
    }

    void laneAt_data()
    {
        QTest::addColumn<double>("y");
        QTest::addColumn<int>("lane");
        // axis 34, lanes 58 high, 3 lanes
        QTest::newRow("axis") << 10.0 << -1;
        QTest::newRow("first lane top") << 34.0 << 0;
        QTest::newRow("first lane bottom") << 91.9 << 0;
        QTest::newRow("second lane") << 92.0 << 1;
        QTest::newRow("third lane") << 200.0 << 2;
        QTest::newRow("below lanes") << 300.0 << -1;
    }
    void laneAt()
    {
        QFETCH(double, y);
        QFETCH(int, lane);
        QCOMPARE(TimelineGeometry().laneAt(y, 3), lane);
    }

    void stacking_data()
    {
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("apart") << QList<double>{0, 20, 40} << 3 << QList<int>{0, 0, 0};
        QTest::newRow("two overlap") << QList<double>{0, 5, 40} << 3 << QList<int>{0, 1, 0};
        QTest::newRow("three overlap") << QList<double>{0, 5, 8} << 3 << QList<int>{0, 1, 2};
        QTest::newRow("overflow to least overlap")
            << QList<double>{0, 5, 8, 9} << 3 << QList<int>{0, 1, 2, 0};
        QTest::newRow("one row only") << QList<double>{0, 1, 2} << 1 << QList<int>{0, 0, 0};
        QTest::newRow("exactly the gap") << QList<double>{0, 10} << 2 << QList<int>{0, 0};
        QTest::newRow("row frees up") << QList<double>{0, 5, 12, 16} << 2 << QList<int>{0, 1, 0, 1};
        QTest::newRow("empty") << QList<double>{} << 3 << QList<int>{};
    }
    void stacking()
    {
        QFETCH(QList<double>, xs);
        QFETCH(int, maxRows);
        QFETCH(QList<int>, rows);
        QCOMPARE(TimelineStacking::assignRows(xs, 10.0, maxRows), rows);
    }

    void marksPlaced()
    {
        TimelineLayout layout;
        layout.setViewWidth(140.0 + 1000.0);
        layout.scale().setRange(t0(), 10 * dayMs);
        layout.setData(sample(), QStringLiteral("staging"));
        QCOMPARE(layout.lanes(), words("staging main develop"));
        // 5 backups and 1 failed backup; the successful backup activity is not a mark.
        QCOMPARE(layout.marks().size(), 6);
        const TimelineMark &m1 = layout.marks()[layout.indexOfMark(QStringLiteral("m1"))];
        QCOMPARE(m1.lane, 1);
        QCOMPARE(m1.center.x(), 140.0 + 100.0);
        QCOMPARE(m1.center.y(), TimelineGeometry().rowY(1, 0));
        QCOMPARE(m1.barEndX, 140.0 + 800.0);
        QCOMPARE(m1.style(), TimelineMark::Style::ConsistentManual);
        const TimelineMark &m2 = layout.marks()[layout.indexOfMark(QStringLiteral("m2"))];
        QCOMPARE(m2.style(), TimelineMark::Style::LiveAutomated);
        QCOMPARE(m2.barEndX, 140.0 + 1000.0); // no expiry: to the right edge
        const TimelineMark &f1 = layout.marks()[layout.indexOfMark(QStringLiteral("f1"))];
        QCOMPARE(f1.kind, TimelineMark::Kind::FailedBackup);
        QCOMPARE(f1.style(), TimelineMark::Style::Failed);
        QCOMPARE(f1.lane, 0);
        // The restore: from m3's mark (main) to develop's lane at the completion time.
        QCOMPARE(layout.arrows().size(), 1);
        const TimelineArrow &arrow = layout.arrows().constFirst();
        QCOMPARE(arrow.fromMark, layout.indexOfMark(QStringLiteral("m3")));
        QCOMPARE(arrow.fromLane, 1);
        QCOMPARE(arrow.toLane, 2);
        QCOMPARE(arrow.from, layout.marks()[arrow.fromMark].center);
        QCOMPARE(arrow.to.x(), layout.xForTime(t0().addDays(7).addSecs(60)));
    }

    void markAt_data()
    {
        QTest::addColumn<QPointF>("offset");
        QTest::addColumn<bool>("hit");
        QTest::newRow("centre") << QPointF(0, 0) << true;
        QTest::newRow("edge") << QPointF(5, 5) << true;
        QTest::newRow("just out") << QPointF(9, 0) << false;
        QTest::newRow("another lane") << QPointF(0, 58) << false;
    }
    void markAt()
    {
        QFETCH(QPointF, offset);
        QFETCH(bool, hit);
        TimelineLayout layout;
        layout.setViewWidth(1140.0);
        layout.scale().setRange(t0(), 10 * dayMs);
        layout.setData(sample(), {});
        const int m1 = layout.indexOfMark(QStringLiteral("m1"));
        QCOMPARE(layout.markAt(layout.marks()[m1].center + offset), hit ? m1 : -1);
    }

    void overlappingMarksStack()
    {
        TimelineData data;
        data.environments = {env(QStringLiteral("main"), QStringLiteral("production"))};
        for (int i = 0; i < 4; ++i) {
            data.backups.append(
                backup(QStringLiteral("b%1").arg(i), QStringLiteral("main"), t0().addSecs(i * 60)));
        }
        TimelineLayout layout;
        layout.setViewWidth(1140.0);
        layout.scale().setRange(t0(), 30 * dayMs);
        layout.setData(data);
        QList<int> rows;
        for (const TimelineMark &mark : layout.marks()) {
            rows.append(mark.row);
        }
        QCOMPARE(rows, (QList<int>{0, 1, 2, 0}));
        // Zoomed to a day, a minute is ~0.7 px at 1000 px: still stacked; at b0 and b3 after
        // zooming to the limit the rows stay within maxRows.
        layout.scale().zoomAt(0.0, 1000.0);
        layout.relayout();
        for (const TimelineMark &mark : layout.marks()) {
            QVERIFY(mark.row >= 0 && mark.row < layout.geometry().maxRows);
        }
    }

    void keyboard_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("to");
        using D = TimelineLayout::Direction;
        // Lanes: main (m1 d1, m2 d3, m3 d5), staging (s1 d2, f1 d6), develop (d1 d4)
        QTest::newRow("right in lane") << "m1" << int(D::Right) << "m2";
        QTest::newRow("left in lane") << "m2" << int(D::Left) << "m1";
        QTest::newRow("left at start stays") << "m1" << int(D::Left) << "m1";
        QTest::newRow("right at end stays") << "m3" << int(D::Right) << "m3";
        QTest::newRow("down nearest in time") << "m3" << int(D::Down) << "f1";
        QTest::newRow("down from m1") << "m1" << int(D::Down) << "s1";
        QTest::newRow("up from develop") << "d1" << int(D::Up) << "s1";
        QTest::newRow("up at top stays") << "m2" << int(D::Up) << "m2";
        QTest::newRow("down at bottom stays") << "d1" << int(D::Down) << "d1";
        QTest::newRow("home") << "m3" << int(D::First) << "m1";
        QTest::newRow("end") << "m1" << int(D::Last) << "m3";
        QTest::newRow("nothing focused: newest of first lane") << "" << int(D::Right) << "m3";
    }
    void keyboard()
    {
        QFETCH(QString, from);
        QFETCH(int, direction);
        QFETCH(QString, to);
        TimelineData data = sample();
        data.activities.removeAt(1); // no restore needed here
        TimelineLayout layout;
        layout.setViewWidth(1140.0);
        layout.scale().setRange(t0(), 10 * dayMs);
        layout.setData(data, QStringLiteral("main"));
        const int start = from.isEmpty() ? -1 : layout.indexOfMark(from);
        const int next = layout.neighbour(start, static_cast<TimelineLayout::Direction>(direction));
        QCOMPARE(layout.marks().value(next).id, to);
    }

    void bands()
    {
        TimelineLayout layout;
        layout.setViewWidth(1140.0);
        layout.scale().setRange(t0(), 365 * dayMs);
        layout.setData(sample());
        const QDateTime now = t0().addDays(300);
        const QList<TimelineBand> bands = layout.bands(now);
        QCOMPARE(bands.size(), 4); // the guaranteed week, then one per lane with backups
        QCOMPARE(bands[0].kind, TimelineBand::Kind::Guaranteed);
        QCOMPARE(bands[0].lane, -1);
        QCOMPARE(bands[0].x0, layout.xForTime(now.addDays(-7)));
        QCOMPARE(bands[0].x1, layout.xForTime(now));
        // Each lane is hatched up to its oldest backup still kept: in main m1 has expired, m2
        // (no expiry) is kept; staging and develop keep their only backup.
        const auto markX = [&](const char *id) {
            return layout.marks()[layout.indexOfMark(QLatin1String(id))].center.x();
        };
        const QList<std::pair<QString, double>> expected{{QStringLiteral("main"), markX("m2")},
                                                         {QStringLiteral("staging"), markX("s1")},
                                                         {QStringLiteral("develop"), markX("d1")}};
        for (int i = 0; i < expected.size(); ++i) {
            const TimelineBand &band = bands[i + 1];
            QCOMPARE(band.kind, TimelineBand::Kind::Expired);
            QCOMPARE(layout.lanes().value(band.lane), expected[i].first);
            QCOMPARE(band.x0, 140.0);
            QCOMPARE(band.x1, expected[i].second);
        }
        // Before m1 expired, main keeps everything: its hatch ends where its first backup is.
        QCOMPARE(layout.bands(t0().addDays(2))[1].x1, markX("m1"));
    }

    void calendarCells_data()
    {
        QTest::addColumn<QDate>("lastDay");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QPoint>("cell");
        // 2026-11-28 is a Saturday; a year back plus a day: 2025-11-29 (Saturday), whose
        // Monday is 2025-11-24.
        const QDate last(2026, 11, 28);
        QTest::newRow("first day") << last << QDate(2025, 11, 29) << QPoint(0, 5);
        QTest::newRow("day before range") << last << QDate(2025, 11, 28) << QPoint(-1, -1);
        QTest::newRow("last day") << last << last << QPoint(52, 5);
        QTest::newRow("after last day") << last << QDate(2026, 11, 29) << QPoint(-1, -1);
        QTest::newRow("a monday") << last << QDate(2025, 12, 1) << QPoint(1, 0);
        QTest::newRow("a sunday") << last << QDate(2026, 1, 4) << QPoint(5, 6);
        // Ending on a Sunday: the first day is a Monday, no partial first column.
        QTest::newRow("sunday year: first column holds a sunday only")
            << QDate(2026, 11, 29) << QDate(2025, 11, 30) << QPoint(0, 6);
    }
    void calendarCells()
    {
        QFETCH(QDate, lastDay);
        QFETCH(QDate, date);
        QFETCH(QPoint, cell);
        const CalendarGrid grid(lastDay);
        QCOMPARE(grid.cellOf(date), cell);
        if (cell.x() >= 0) {
            QCOMPARE(grid.dateAt(cell.x(), cell.y()), date);
        }
    }

    void calendarEdges()
    {
        const CalendarGrid grid(QDate(2026, 11, 28));
        QCOMPARE(grid.columns(), 53);
        QVERIFY(!grid.dateAt(0, 0).isValid()); // Monday before the first day
        QVERIFY(!grid.dateAt(52, 6).isValid()); // Sunday after the last day
        QCOMPARE(grid.monthStarts().constFirst().second, QDate(2025, 12, 1));
        QCOMPARE(grid.monthStarts().constLast().second, QDate(2026, 11, 1));
        int days = 0;
        for (int c = 0; c < grid.columns(); ++c) {
            for (int r = 0; r < CalendarGrid::rows; ++r) {
                days += grid.dateAt(c, r).isValid() ? 1 : 0;
            }
        }
        QCOMPARE(days, 365);
    }

    void calendarCounts()
    {
        const TimelineData data = sample();
        QList<Activity> activities = data.activities;
        // A successful backup activity whose backup has expired since: still counted.
        Activity expired = activities[2];
        expired.id = QStringLiteral("ok2");
        expired.payload.insert(QStringLiteral("backup_name"), QStringLiteral("gone"));
        activities.append(expired);
        // The activity of a backup still listed: counted once.
        activities[2].payload.insert(QStringLiteral("backup_name"), QStringLiteral("m3"));
        const QHash<QDate, int> counts = CalendarGrid::countPerDay(data.backups, activities);
        int total = 0;
        for (const int count : counts) {
            total += count;
        }
        QCOMPARE(total, 6);
    }

    void levels_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("level");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("three") << 3 << 2;
        QTest::newRow("five") << 5 << 3;
        QTest::newRow("many") << 40 << 4;
    }
    void levels()
    {
        QFETCH(int, count);
        QFETCH(int, level);
        QCOMPARE(CalendarGrid::level(count), level);
    }
};

QTEST_GUILESS_MAIN(TstHistoryLayout)
#include "tst_history_layout.moc"
