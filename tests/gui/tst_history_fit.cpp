// History that fits (issue 13, item 2): "now" inside the timeline with the future expiry in view,
// a legend that wraps instead of being cut, the heatmap opening on its recent months under a
// caption that is whole, the active zoom shown, and retention bands that agree with each
// backup's own expires_at. First the widgets offscreen, then the History tab of the real console
// at 1600×1000 and 1024×700 in English and German (pictures into BC_SCREENSHOT_DIR when set).
#include "client/language.h"
#include "clipcheck.h"
#include "consolefixture.h"
#include "sandboxprocess.h"
#include "ui/history/calendarheatmapwidget.h"
#include "ui/history/historytab.h"
#include "ui/history/timelinepainter.h"
#include "ui/history/timelinewidget.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

namespace {

constexpr qint64 dayMs = qint64(24) * 3600 * 1000;
const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Backup backup(const QString &id, const QDateTime &created, const QDateTime &expires)
{
    Backup b;
    b.id = id;
    b.environment = QStringLiteral("main");
    b.status = QStringLiteral("CREATED");
    b.automated = true;
    b.restorable = true;
    b.createdAt = created;
    b.expiresAt = expires;
    return b;
}

// One production lane with a schedule like the sandbox's: daily backups kept a week, monthly
// ones kept 13 months (so they expire in 2 to 12 months), and an old daily one long expired.
TimelineData monthlyHistory()
{
    TimelineData data;
    Environment e;
    e.id = QStringLiteral("main");
    e.type = QStringLiteral("production");
    data.environments.append(e);
    for (int day = 0; day < 7; ++day) {
        const QDateTime at = now.addDays(-day).addSecs(-3600);
        data.backups.append(backup(QStringLiteral("d%1").arg(day), at, at.addDays(7)));
    }
    for (int month = 1; month <= 11; ++month) {
        const QDateTime at = now.addMonths(-month);
        data.backups.append(backup(QStringLiteral("m%1").arg(month), at, at.addMonths(13)));
    }
    const QDateTime old = now.addDays(-340);
    data.backups.append(backup(QStringLiteral("old"), old, old.addDays(7)));
    return data;
}

// The tab's tool buttons are its zoom buttons, Day to Year.
QList<QToolButton *> zoomButtons(QWidget *tab)
{
    return tab->findChildren<QToolButton *>();
}

qsizetype checkedCount(const QList<QToolButton *> &buttons)
{
    return std::count_if(buttons.begin(), buttons.end(),
                         [](const QToolButton *b) { return b->isChecked(); });
}

QScrollArea *scrollAreaOf(QWidget *tab, QWidget *child)
{
    for (QScrollArea *area : tab->findChildren<QScrollArea *>()) {
        if (area->widget() == child) {
            return area;
        }
    }
    return nullptr;
}

// The latest expiry of the backups taken within `span` before now: what the view should reach.
QDateTime latestExpiry(const TimelineData &data, const QDateTime &at, qint64 span)
{
    QDateTime latest = at;
    for (const Backup &b : data.backups) {
        if (b.expiresAt && b.createdAt >= at.addMSecs(-span)) {
            latest = std::max(latest, *b.expiresAt);
        }
    }
    return latest;
}

// "now" well inside the view, and the future shown up to the latest expiry (or a third).
void verifyNowAndFuture(const TimelineWidget &timeline, const TimelineData &data,
                        const QDateTime &at)
{
    const TimelineLayout &layout = timeline.layout();
    const qint64 span = layout.scale().spanMs();
    const double right = layout.geometry().labelWidth + layout.scale().width();
    const double nowX = layout.xForTime(at);
    QVERIFY2(nowX >= layout.geometry().labelWidth && nowX <= right - layout.scale().width() / 25,
             qPrintable(QStringLiteral("now at %1 of %2").arg(nowX).arg(right)));
    const QDateTime wanted
        = std::min(latestExpiry(data, at, span), at.addMSecs(span / 3 - span / 100));
    QVERIFY2(layout.scale().end() >= wanted,
             qPrintable(QStringLiteral("view ends %1, the future to show reaches %2")
                            .arg(layout.scale().end().toString(Qt::ISODate),
                                 wanted.toString(Qt::ISODate))));
}

// The legend's entries inside the widget, and no painted pixel in its rightmost columns.
void verifyLegendFits(TimelineWidget &timeline)
{
    const TimelineLayout &layout = timeline.layout();
    const double width = timeline.width();
    for (const TimelinePainter::LegendItem &item :
         TimelinePainter::legendItems(timeline.fontMetrics(), layout, width)) {
        QVERIFY2(item.rect.right() <= width, qPrintable(item.text));
    }
    QVERIFY2(timeline.height() >= timeline.heightForWidth(timeline.width()),
             "the legend's rows are cut off below");
    const QImage image = timeline.grab().toImage();
    const QRgb base = timeline.palette().color(QPalette::Base).rgb();
    // The legend's rows only: lanes may go on below a legend kept in view.
    const int top = int(timeline.legendRect().top()) + 2;
    const int bottom = std::min(image.height(), int(timeline.legendRect().bottom()));
    int painted = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != base) {
                QVERIFY2(x < image.width() - 3,
                         qPrintable(QStringLiteral("legend cut at the right edge (y %1)").arg(y)));
                ++painted;
            }
        }
    }
    QVERIFY(painted > 100); // the legend is there
}

void verifyHeatmapOnRecentMonths(HistoryTab &tab)
{
    QScrollArea *area = scrollAreaOf(&tab, tab.heatmap());
    QVERIFY(area);
    QScrollBar *bar = area->horizontalScrollBar();
    if (area->viewport()->width() < tab.heatmap()->sizeHint().width()) {
        QTRY_VERIFY(bar->maximum() > 0);
    }
    QTRY_COMPARE(bar->value(), bar->maximum());
    auto *caption = tab.findChild<QLabel *>(QStringLiteral("heatmapCaption"));
    QVERIFY2(caption, "no caption outside the heatmap's scroll area");
    QVERIFY(caption->isVisible());
    QVERIFY(caption->text().contains(tab.heatmap()->accessibleDescription().toHtmlEscaped()));
    QVERIFY(caption->geometry().right() < tab.width());
    QVERIFY2(caption->heightForWidth(caption->width()) <= caption->height(),
             "the caption's text is cut");
}

// A History tab with the monthly history, on screen.
bool showMonthlyHistory(HistoryTab &tab, QSize size = {1200, 700})
{
    tab.timeline()->setNow(now);
    tab.setData(monthlyHistory(), QStringLiteral("main"));
    tab.resize(size);
    tab.show();
    return QTest::qWaitForWindowExposed(&tab);
}

void save(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }
}

} // namespace

class TstHistoryFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nowInsideWithFuture()
    {
        const TimelineData data = monthlyHistory();
        HistoryTab tab(nullptr);
        tab.timeline()->setNow(now);
        tab.setData(data, QStringLiteral("main"));
        tab.resize(1400, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        // As opened, then at every zoom.
        verifyNowAndFuture(*tab.timeline(), data, now);
        for (QToolButton *button : zoomButtons(&tab)) {
            button->click();
            verifyNowAndFuture(*tab.timeline(), data, now);
        }
        // At a month, the monthly backup of a month ago shows its bar running on past the edge.
        tab.timeline()->showSpan(30 * dayMs);
        const TimelineLayout &layout = tab.timeline()->layout();
        const TimelineMark &monthly = layout.marks()[layout.indexOfMark(QStringLiteral("m1"))];
        QVERIFY(monthly.barEndX > layout.geometry().labelWidth + layout.scale().width());
    }

    void legendWraps_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("600") << 600;
        QTest::newRow("1024") << 1024;
        QTest::newRow("1600") << 1600;
    }

    void legendWraps()
    {
        QFETCH(int, width);
        TimelineWidget timeline;
        timeline.setNow(now);
        timeline.setData(monthlyHistory(), QStringLiteral("main"));
        timeline.resize(width, timeline.heightForWidth(width));
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        verifyLegendFits(timeline);
        QVERIFY(timeline.heightForWidth(500) > timeline.heightForWidth(1600));
    }

    void heatmapOpensOnRecentMonths()
    {
        HistoryTab tab(nullptr);
        QVERIFY(showMonthlyHistory(tab, {640, 700}));
        verifyHeatmapOnRecentMonths(tab);
        QVERIFY(scrollAreaOf(&tab, tab.heatmap())->horizontalScrollBar()->maximum() > 0);
    }

    void zoomButtonsShowTheActiveZoom()
    {
        HistoryTab tab(nullptr);
        QVERIFY(showMonthlyHistory(tab));
        const QList<QToolButton *> buttons = zoomButtons(&tab);
        QCOMPARE(buttons.size(), 5);
        for (QToolButton *button : buttons) {
            QVERIFY(button->isCheckable());
        }
        QCOMPARE(checkedCount(buttons), 1);
        QVERIFY(buttons[2]->isChecked()); // Month, the span it opens with
        buttons[4]->click();
        QVERIFY(buttons[4]->isChecked());
        QCOMPARE(checkedCount(buttons), 1);
        QCOMPARE(tab.timeline()->layout().scale().spanMs(), 365 * dayMs);
        buttons[0]->click();
        QVERIFY(buttons[0]->isChecked());
        QCOMPARE(checkedCount(buttons), 1);
        // The wheel zooms to a span no button names: none is checked.
        TimelineWidget *timeline = tab.timeline();
        const QPointF at(600, 60);
        QWheelEvent wheel(at, timeline->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline, &wheel);
        QVERIFY(timeline->layout().scale().spanMs() > dayMs);
        QCOMPARE(checkedCount(buttons), 0);
        buttons[1]->click();
        QVERIFY(buttons[1]->isChecked());
        QCOMPARE(checkedCount(buttons), 1);
    }

    // The active zoom is seen at a glance, also on a dark palette (Fusion's checked tool button
    // is a shade darker than the others: 1.1:1 on dark).
    void activeZoomStandsOut_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void activeZoomStandsOut()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark ? bc::test::darkPalette() : QPalette());
        HistoryTab tab(nullptr);
        QVERIFY(showMonthlyHistory(tab));
        const QList<QToolButton *> buttons = zoomButtons(&tab);
        buttons[1]->click();
        // A pixel of each button's face, left of its text.
        const auto face = [](QToolButton *button) {
            const QImage image = button->grab().toImage();
            return QColor(image.pixel(4 * image.width() / 100 + 3, image.height() / 2));
        };
        const QColor checked = face(buttons[1]);
        const QColor other = face(buttons[0]);
        QApplication::setPalette(before);
        const double ratio = bc::test::contrastRatio(checked, other);
        QVERIFY2(ratio >= 2.0,
                 qPrintable(QStringLiteral("checked %1 against %2: %3:1")
                                .arg(checked.name(), other.name())
                                .arg(ratio, 0, 'f', 2)));
    }

    void bandsAgreeWithExpiry()
    {
        // The year before now, so the oldest backups are in view.
        TimelineLayout layout;
        layout.setViewWidth(1400);
        layout.scale().setRangeEndingAt(now, 365 * dayMs);
        layout.setData(monthlyHistory(), QStringLiteral("main"));
        int hatches = 0;
        for (const TimelineBand &band : layout.bands(now)) {
            if (band.kind == TimelineBand::Kind::Guaranteed || band.x1 <= band.x0) {
                continue;
            }
            ++hatches;
            for (const TimelineMark &mark : layout.marks()) {
                const bool kept = mark.expiresAt > now;
                if (kept) {
                    // A backup still kept is never inside the "expired" hatch.
                    QVERIFY2(mark.center.x() >= band.x1 - 0.5, qPrintable(mark.id));
                } else if (mark.id == QLatin1String("old")) {
                    QVERIFY2(mark.center.x() < band.x1, "the long-expired backup is hatched");
                }
            }
        }
        QCOMPARE(hatches, 1);
    }

    void historyAtWindowSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
            for (const char *language : {"en", "de"}) {
                QTest::addRow("%dx%d %s", size.width(), size.height(), language)
                    << size << QString::fromLatin1(language);
            }
        }
    }

    void historyAtWindowSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(QLatin1String(test::demo::legacyEuProject),
                                        QStringLiteral("main")));
        MainWindow *window = console.shell()->window();
        QVERIFY(Language::apply(language));
        window->resize(size);
        auto *tab = window->findChild<HistoryTab *>(QStringLiteral("historyTab"));
        QVERIFY(tab);
        window->centralTabs()->setCurrentWidget(tab);
        TimelineWidget *timeline = tab->timeline();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->layout().marks().isEmpty(), 15000);
        QTRY_COMPARE(window->size(), size);
        QTRY_VERIFY(timeline->height() >= timeline->heightForWidth(timeline->width()));

        verifyNowAndFuture(*timeline, tab->timeline()->layout().data(), timeline->now());
        verifyLegendFits(*timeline);
        // The legend in sight, whatever part of the lanes is (1024×700: five lanes, a
        // scroll area of four).
        const QRect visible = timeline->visibleRegion().boundingRect();
        QVERIFY2(visible.contains(timeline->legendRect().toAlignedRect()),
                 qPrintable(QStringLiteral("legend at y %1–%2, in view y %3–%4")
                                .arg(timeline->legendRect().top())
                                .arg(timeline->legendRect().bottom())
                                .arg(visible.top())
                                .arg(visible.bottom())));
        verifyHeatmapOnRecentMonths(*tab);
        QCOMPARE(checkedCount(zoomButtons(tab)), 1);
        save(*window,
             QStringLiteral("history-%1x%2-%3.png")
                 .arg(size.width())
                 .arg(size.height())
                 .arg(language));
        QVERIFY(Language::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TstHistoryFit)
#include "tst_history_fit.moc"
