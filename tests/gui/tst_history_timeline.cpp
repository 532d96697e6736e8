// The timeline widget offscreen: tooltips, clicks, drag and wheel, keyboard and accessible text,
// selection kept in step with a backups table both ways, export, and the calendar heatmap.
#include "client/timeformat.h"
#include "models/backuptablemodel.h"
#include "models/history/calendargrid.h"
#include "models/history/timelinetext.h"
#include "ui/history/calendarheatmapwidget.h"
#include "ui/history/timelineexport.h"
#include "ui/history/timelineselectionsync.h"
#include "ui/history/timelinewidget.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace bc;
using namespace bc::ui;

namespace {

const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Backup backup(const QString &id, const QString &environment, int daysAgo, bool safe, bool automated)
{
    Backup b;
    b.id = id;
    b.environment = environment;
    b.status = QStringLiteral("CREATED");
    b.safe = safe;
    b.automated = automated;
    b.restorable = true;
    b.sizeUsed = 150 * 1024 * 1024;
    b.commitId = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    b.createdAt = now.addDays(-daysAgo);
    b.expiresAt = b.createdAt.addDays(14);
    return b;
}

TimelineData sample()
{
    TimelineData data;
    for (const auto &[id, type] : {std::pair{"main", "production"}, {"staging", "staging"}}) {
        Environment e;
        e.id = QLatin1String(id);
        e.type = QLatin1String(type);
        data.environments.append(e);
    }
    data.backups = {backup(QStringLiteral("a1"), QStringLiteral("main"), 9, true, false),
                    backup(QStringLiteral("a2"), QStringLiteral("main"), 6, false, true),
                    backup(QStringLiteral("a3"), QStringLiteral("main"), 3, false, false),
                    backup(QStringLiteral("s1"), QStringLiteral("staging"), 5, true, true)};
    Activity failed;
    failed.id = QStringLiteral("act-failed");
    failed.type = QStringLiteral("environment.backup");
    failed.environments = {QStringLiteral("staging")};
    failed.state = QStringLiteral("complete");
    failed.result = QStringLiteral("failure");
    failed.createdAt = now.addDays(-2);
    failed.text = QStringLiteral("Ada created a backup of staging");
    data.activities = {failed};
    return data;
}

QPoint centerOf(const TimelineWidget &w, const char *id)
{
    return w.layout().marks()[w.layout().indexOfMark(QLatin1String(id))].center.toPoint();
}

} // namespace

class TstHistoryTimeline final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TimelineWidget> m_timeline;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_timeline = std::make_unique<TimelineWidget>();
        m_timeline->resize(1140, 260);
        m_timeline->setNow(now);
        m_timeline->setData(sample(), QStringLiteral("main"));
        m_timeline->showSpan(qint64(14) * 24 * 3600 * 1000);
        m_timeline->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    }
    void cleanup() { m_timeline.reset(); }

    void tooltipText_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("lines");
        const QLocale locale;
        const QString created = TimelineText::time(now.addDays(-9));
        QTest::newRow("consistent manual")
            << "a1"
            << QStringList{QStringLiteral("Consistent manual backup"),
                           QStringLiteral("Environment: main"),
                           QStringLiteral("Created: ") + created,
                           QStringLiteral("Expires: ") + TimelineText::time(now.addDays(5))
                               + QStringLiteral(" (in 5 d)"),
                           QStringLiteral("Size used: ") + bc::TimeFormat::size(150 * 1024 * 1024),
                           QStringLiteral("Commit: 0123456789ab"),
                           QStringLiteral("Restorable"),
                           QStringLiteral("Backup: a1")};
        QTest::newRow("failed") << "act-failed"
                                << QStringList{QStringLiteral("Failed backup"),
                                               QStringLiteral("Environment: staging"),
                                               QStringLiteral("Started: ")
                                                   + TimelineText::time(now.addDays(-2)),
                                               QStringLiteral("Ada created a backup of staging"),
                                               QStringLiteral("Activity: act-failed")};
    }
    void tooltipText()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, lines);
        const QPoint at = centerOf(*m_timeline, qPrintable(id));
        QCOMPARE(m_timeline->toolTipAt(at), lines.join(QLatin1Char('\n')));
        QHelpEvent help(QEvent::ToolTip, at, m_timeline->mapToGlobal(at));
        QApplication::sendEvent(m_timeline.get(), &help);
        QTRY_COMPARE(QToolTip::text(), lines.join(QLatin1Char('\n')));
        // Empty space has no tooltip.
        QCOMPARE(m_timeline->toolTipAt(QPoint(m_timeline->width() - 3, 5)), QString());
    }

    void clickSelects()
    {
        QSignalSpy clicked(m_timeline.get(), &TimelineWidget::backupClicked);
        QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {}, centerOf(*m_timeline, "a2"));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().at(0).toString(), QStringLiteral("a2"));
        QCOMPARE(m_timeline->selectedBackupId(), QStringLiteral("a2"));
        // A failed backup is no backup: nothing to select in the table.
        QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {},
                          centerOf(*m_timeline, "act-failed"));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("act-failed"));
    }

    void dragPans()
    {
        QSignalSpy clicked(m_timeline.get(), &TimelineWidget::backupClicked);
        const QDateTime start = m_timeline->layout().scale().start();
        const QPoint from = centerOf(*m_timeline, "a1");
        QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, from + QPoint(120, 0),
                         m_timeline->mapToGlobal(from + QPoint(120, 0)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_timeline.get(), &move);
        QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, from + QPoint(120, 0));
        QVERIFY(m_timeline->layout().scale().start() < start); // dragged right: earlier times
        QCOMPARE(clicked.size(), 0);
    }

    void wheelZoomsWithinLimits()
    {
        const auto wheel = [this](int delta) {
            const QPointF pos(600, 80);
            QWheelEvent event(pos, m_timeline->mapToGlobal(pos), {}, QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(m_timeline.get(), &event);
        };
        const qint64 before = m_timeline->layout().scale().spanMs();
        wheel(120);
        QVERIFY(m_timeline->layout().scale().spanMs() < before);
        for (int i = 0; i < 40; ++i) {
            wheel(120);
        }
        QCOMPARE(m_timeline->layout().scale().spanMs(), TimelineScale::minSpanMs);
        for (int i = 0; i < 80; ++i) {
            wheel(-120);
        }
        QCOMPARE(m_timeline->layout().scale().spanMs(), TimelineScale::maxSpanMs);
    }

    void keyboard()
    {
        m_timeline->setFocus();
        QSignalSpy moved(m_timeline.get(), &TimelineWidget::currentMarkChanged);
        QTest::keyClick(m_timeline.get(), Qt::Key_Right); // nothing focused: newest of main
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("a3"));
        QTest::keyClick(m_timeline.get(), Qt::Key_Left);
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("a2"));
        QTest::keyClick(m_timeline.get(), Qt::Key_Down); // staging, nearest in time to a2
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("s1"));
        QTest::keyClick(m_timeline.get(), Qt::Key_Right);
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("act-failed"));
        QTest::keyClick(m_timeline.get(), Qt::Key_Up);
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("a3"));
        QTest::keyClick(m_timeline.get(), Qt::Key_Home);
        QCOMPARE(m_timeline->currentMarkId(), QStringLiteral("a1"));
        QCOMPARE(moved.size(), 6);
        const int index = m_timeline->layout().indexOfMark(QStringLiteral("a1"));
        QCOMPARE(m_timeline->accessibleDescription(),
                 TimelineText::accessibleName(m_timeline->layout(), index));
        QVERIFY(m_timeline->accessibleDescription().startsWith(
            QLatin1String("Consistent manual backup of main")));
        QSignalSpy clicked(m_timeline.get(), &TimelineWidget::backupClicked);
        QTest::keyClick(m_timeline.get(), Qt::Key_Return);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(m_timeline->selectedBackupId(), QStringLiteral("a1"));
    }

    void selectionSyncBothWays()
    {
        BackupTableModel model;
        model.setNow(now);
        model.setBackups(sample().backups);
        QTableView table;
        table.setModel(&model);
        table.setSelectionBehavior(QAbstractItemView::SelectRows);
        TimelineSelectionSync sync(&table, BackupTableModel::IdRole, m_timeline.get());

        // Table → timeline.
        const int row = model.rowOf(QStringLiteral("s1"));
        QVERIFY(row >= 0);
        table.selectRow(row);
        QCOMPARE(m_timeline->selectedBackupId(), QStringLiteral("s1"));
        // Timeline → table.
        QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {}, centerOf(*m_timeline, "a1"));
        const QModelIndexList selected = table.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data(BackupTableModel::IdRole).toString(),
                 QStringLiteral("a1"));
        QCOMPARE(m_timeline->selectedBackupId(), QStringLiteral("a1"));
        // Clearing the table clears the timeline.
        table.clearSelection();
        QCOMPARE(m_timeline->selectedBackupId(), QString());
    }

    void selectScrollsIntoView()
    {
        m_timeline->showSpan(qint64(24) * 3600 * 1000); // only the last day: a1 is off-screen
        const double left = m_timeline->layout().geometry().labelWidth;
        const double right = left + m_timeline->layout().scale().width();
        const auto x = [this] {
            return centerOf(*m_timeline, "a1").x();
        };
        QVERIFY(x() < left);
        m_timeline->selectBackup(QStringLiteral("a1"));
        QVERIFY(x() > left && x() < right);
        m_timeline->selectBackup(QStringLiteral("unknown"));
        QCOMPARE(m_timeline->selectedBackupId(), QString());
    }

    void exportPictures()
    {
        QTemporaryDir dir;
        TimelinePainter::State state;
        state.now = now;
        state.palette = m_timeline->palette();
        const QString png = dir.filePath(QStringLiteral("t.png"));
        const QString svg = dir.filePath(QStringLiteral("t.svg"));
        QVERIFY(TimelineExport::save(png, m_timeline->layout(), state));
        QVERIFY(TimelineExport::save(svg, m_timeline->layout(), state));
        const QImage image(png);
        QCOMPARE(image.width(), 2 * m_timeline->width());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("main"));
        QVERIFY(!TimelineExport::save(dir.filePath(QStringLiteral("no/such/dir/t.png")),
                                      m_timeline->layout(), state));
    }

    void heatmap()
    {
        CalendarHeatmapWidget heatmap;
        const TimelineData data = sample();
        const QDate today = now.toLocalTime().date();
        heatmap.setCounts(CalendarGrid::countPerDay(data.backups, data.activities), today);
        heatmap.resize(heatmap.sizeHint());
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        const QDate busy = now.addDays(-3).toLocalTime().date();
        QCOMPARE(heatmap.count(busy), 1);
        const QPoint cell = heatmap.grid().cellOf(busy);
        // Find the cell on screen by asking the widget, so the test does not copy its sizes.
        QPoint found(-1, -1);
        for (int x = 0; x < heatmap.width() && found.x() < 0; ++x) {
            for (int y = 0; y < heatmap.height(); ++y) {
                if (heatmap.dayAt(QPoint(x, y)) == busy) {
                    found = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(found.x() >= 0);
        QVERIFY(cell.x() >= 0);
        QVERIFY(heatmap.toolTipAt(found).endsWith(QLatin1String(": 1 successful backup")));
        QVERIFY(heatmap.accessibleDescription().startsWith(QLatin1String("361 of 365")));
    }
};

QTEST_MAIN(TstHistoryTimeline)
#include "tst_history_timeline.moc"
