#include "client/language.h"
#include "clipcheck.h"
#include "consolefixture.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/history/timelinemark.h"
#include "sandboxprocess.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/activity/activitydelegate.h"
#include "ui/activity/activityfeedview.h"
#include "ui/backupdialog/backupdialog.h"
#include "ui/backups/backupactions.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/history/historytab.h"
#include "ui/history/timelinepainter.h"
#include "ui/history/timelinewidget.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/restore/restoredialog.h"
#include "ui/restore/restoreform.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace bc;
using namespace bc::ui;
using namespace bc::test;

namespace {

QString sizeName(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

// Issue 13, items 5 and 6: the console's windows and dialogs, rendered with real widgets on the
// sandbox at 1024×700 and 1920×1080, in English and German, light and dark (Fusion). Fails on
// what a person would see cut off (clipcheck.h), on a dialog larger than the screen, on a
// control that moves while one types, and on low contrast under the dark palette. The pictures
// go to $BC_SCREENSHOT_DIR (a temporary folder without it); docs/screenshots/ holds a selection
// made under Xvfb. One console (one sandbox) serves every case.
class TestPolishScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_light = QApplication::style()->standardPalette();
        QApplication::setPalette(m_light);
        m_dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            m_dir = m_temp.path();
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        qInfo("screen %s (%s)", qPrintable(sizeName(screen)),
              qPrintable(QGuiApplication::platformName()));
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->start());
        m_window = m_console->shell()->window();
        QVERIFY(Language::apply(m_language)); // the start applied the system's
        QVERIFY(openProject(QLatin1String(test::demo::legacyEuProject)));
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        QApplication::setPalette(m_light);
        m_console.reset();
        qInfo("pictures in %s", qPrintable(m_dir));
    }

    void mainWindow_data() { rows(); }
    void mainWindow()
    {
        QVERIFY(setUpRow());
        QStringList found = settled(m_window);
        if (m_window->size() != m_size)
            found.prepend(QStringLiteral("main window is %1, not %2 (its minimum: %3)")
                              .arg(sizeName(m_window->size()), sizeName(m_size),
                                   sizeName(m_window->minimumSizeHint())));
        found += hiddenTimes();
        if (m_dark)
            found += lowContrastLabels(m_window);
        // A selected feed row, seen in the picture (its icon stays: it vanished in the highlight).
        QListView *feed = m_window->feedView()->list();
        feed->setCurrentIndex(feed->model()->index(1, 0));
        found += selectedIconsFaded(feed);
        found += selectedIconsFaded(m_window->treeView()->tree());
        save(m_window, QStringLiteral("mainwindow"));
        QVERIFY2(found.isEmpty(), qPrintable(report(found)));
    }

    void history_data() { rows(); }
    void history()
    {
        QVERIFY(setUpRow());
        auto *tab = m_window->findChild<HistoryTab *>(QStringLiteral("historyTab"));
        QVERIFY(tab);
        m_window->centralTabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->timeline()->layout().marks().isEmpty(), 15000);
        QCoreApplication::sendPostedEvents();
        save(m_window, QStringLiteral("history"));
        // What the window owes History: its room, at the size asked for.
        QStringList outside;
        if (m_window->size() != m_size)
            outside.append(QStringLiteral("main window with History is %1, not %2")
                               .arg(sizeName(m_window->size()), sizeName(m_size)));
        if (tab->width() > m_window->width())
            outside.append(QStringLiteral("History tab %1 px wide in a window of %2 px")
                               .arg(tab->width())
                               .arg(m_window->width()));
        if (m_dark)
            outside += lowContrastLabels(tab);
        // What History draws inside: nothing cut (its year of days scrolls sideways by design).
        outside += settled(tab, 200);
        // Every kind of mark, drawn or not in this view, reads on this palette's base (3:1).
        const QColor base = tab->timeline()->palette().color(QPalette::Base);
        for (int style = 0; style <= int(TimelineMark::Style::DrillFailed); ++style) {
            const QColor colour = TimelinePainter::colour(TimelineMark::Style(style));
            const double ratio = contrastRatio(colour, base);
            if (ratio < 3.0)
                outside.append(QStringLiteral("timeline mark style %1: %2 on %3 is %4:1 (< 3)")
                                   .arg(style)
                                   .arg(colour.name(), base.name())
                                   .arg(ratio, 0, 'f', 2));
        }
        m_window->centralTabs()->setCurrentIndex(0);
        QVERIFY2(outside.isEmpty(), qPrintable(report(outside)));
    }

    void fleetBoard_data() { rows(); }
    void fleetBoard()
    {
        QVERIFY(setUpRow());
        QAction *action = nullptr;
        for (QAction *candidate : m_window->viewMenu()->actions())
            if (candidate->objectName() == QLatin1String("fleetBoardAction"))
                action = candidate;
        QVERIFY(action);
        action->trigger();
        QPointer<FleetBoardWidget> board
            = m_window->findChild<FleetBoardWidget *>(QStringLiteral("fleetBoard"));
        QVERIFY(board);
        QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading(), 15000);
        QTRY_VERIFY(board->view()->model()->rowCount() >= 4);
        board->resize(board->size().boundedTo(m_size));
        QCoreApplication::sendPostedEvents();
        save(board, QStringLiteral("fleetboard"));
        // Its columns fit (ColumnFitter): nothing behind a sideways scroll bar.
        const QStringList found = oversized(board, m_size) + settled(board, 200);
        board->close();
        QVERIFY2(found.isEmpty(), qPrintable(report(found)));
    }

    void backupDialog_data() { rows(); }
    void backupDialog()
    {
        QVERIFY(setUpRow());
        QTRY_VERIFY(m_window->actions()->backup()->isEnabled());
        m_window->actions()->backup()->trigger();
        QPointer<BackupDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<BackupDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        checkDialog(dialog, QStringLiteral("backupdialog"));
        // main's manual quota is full in the demo data: the note that the oldest manual backup
        // goes reads as a warning, as the production one above it (it was plain text).
        auto *quota = dialog->findChild<QLabel *>(QStringLiteral("quotaNote"));
        QVERIFY(quota && quota->isVisible());
        QVERIFY2(quota->text().startsWith(QStringLiteral("⚠ ")), qPrintable(quota->text()));
        dialog->reject();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void preferences_data() { rows(); }
    void preferences()
    {
        QVERIFY(setUpRow());
        m_window->showPreferences();
        QPointer<PreferencesDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        checkDialog(dialog, QStringLiteral("preferences"));
        // The fields of every section begin at one x (each section had its own label column).
        QMap<int, QStringList> starts;
        for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                if (label && field && field->widget())
                    starts[field->widget()->mapTo(dialog, QPoint(0, 0)).x()].append(
                        field->widget()->objectName());
            }
        }
        for (QGridLayout *grid : dialog->findChildren<QGridLayout *>()) {
            QLayoutItem *field = grid->itemAtPosition(1, 1);
            if (field && field->widget())
                starts[field->widget()->mapTo(dialog, QPoint(0, 0)).x()].append(
                    field->widget()->objectName());
        }
        QStringList places;
        for (auto it = starts.cbegin(); it != starts.cend(); ++it)
            places.append(QStringLiteral("x %1 (%2)").arg(it.key()).arg(it.value().join(u' ')));
        QVERIFY2(starts.size() == 1, qPrintable(places.join(u", ")));
        dialog->reject();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    // A customer on a legacy region: in place only, the other targets refused with the reason.
    void restoreLegacy_data() { rows(); }
    void restoreLegacy()
    {
        QVERIFY(setUpRow());
        QVERIFY(openProject(QLatin1String(test::demo::legacyEuProject)));
        RestoreDialog *dialog = openRestore();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("legacyBox"))->isVisible());
        checkDialog(dialog, QStringLiteral("restore-legacy"), m_dark);
        closeRestore(dialog);
    }

    void restoreInPlace_data() { rows(); }
    void restoreInPlace()
    {
        QVERIFY(setUpRow());
        QVERIFY(openProject(QLatin1String(test::demo::eu3Project)));
        RestoreDialog *dialog = openRestore();
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmName"));
        QVERIFY(confirm && confirm->isVisible());
        checkDialog(dialog, QStringLiteral("restore-inplace"), m_dark);
        // On that screen, the confirmation sits beside the button that it unlocks, never below
        // the fold.
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        const QRect field(confirm->mapTo(dialog, QPoint()), confirm->size());
        const QRect button(restore->mapTo(dialog, QPoint()), restore->size());
        QVERIFY2(dialog->rect().contains(field),
                 qPrintable(QStringLiteral("confirmation at %1,%2 outside the dialog %3")
                                .arg(field.x())
                                .arg(field.y())
                                .arg(sizeName(dialog->size()))));
        QVERIFY2(std::abs(field.center().y() - button.center().y()) <= button.height(),
                 qPrintable(QStringLiteral("confirmation at y %1, its button at y %2")
                                .arg(field.center().y())
                                .arg(button.center().y())));
        closeRestore(dialog);
    }

    // A new branch: typing its name (and the confirmation) moves nothing on the page.
    void restoreNewBranch_data() { rows(); }
    void restoreNewBranch()
    {
        QVERIFY(setUpRow());
        QVERIFY(openProject(QLatin1String(test::demo::eu3Project)));
        RestoreDialog *dialog = openRestore();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newName"));
        QVERIFY(name);
        const QStringList watched{QStringLiteral("newName"),       QStringLiteral("targetInPlace"),
                                  QStringLiteral("restoreCode"),   QStringLiteral("safetyBackup"),
                                  QStringLiteral("restoreButton"), QStringLiteral("commandLine")};
        const auto positions = [&] {
            QStringList where;
            for (const QString &objectName : watched) {
                auto *widget = dialog->findChild<QWidget *>(objectName);
                const QPoint at = widget->mapTo(dialog, QPoint());
                where.append(QStringLiteral("%1 %2,%3 %4")
                                 .arg(objectName)
                                 .arg(at.x())
                                 .arg(at.y())
                                 .arg(sizeName(widget->size())));
            }
            return where;
        };
        name->setFocus();
        QTest::keyClick(name, Qt::Key_F);
        QCoreApplication::sendPostedEvents();
        const QStringList before = positions();
        QTest::keyClicks(name, QStringLiteral("eature-invoice-export"));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(positions(), before);
        checkDialog(dialog, QStringLiteral("restore-newbranch"));
        closeRestore(dialog);
    }

private:
    static void rows()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "de"})
            for (const bool dark : {false, true})
                for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)})
                    QTest::addRow("%s-%s-%s", language, dark ? "dark" : "light",
                                  qPrintable(sizeName(size)))
                        << QString::fromLatin1(language) << dark << size;
    }

    // The row's language and palette, and the window at the row's size.
    bool setUpRow()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        m_dark = dark;
        m_size = size;
        m_tag = QString::fromLatin1(QTest::currentDataTag());
        if (language != m_language) {
            if (!Language::apply(language))
                return false;
            m_language = language;
        }
        QApplication::setPalette(dark ? darkPalette() : m_light);
        m_window->resize(size);
        QCoreApplication::sendPostedEvents();
        // The window may refuse the size (its minimum): the checks say so.
        (void)QTest::qWaitFor([&] { return m_window->size() == size; }, 2000);
        // The docks' share and the column fits it causes are posted events.
        QCoreApplication::sendPostedEvents();
        return true;
    }

    bool openProject(const QString &project)
    {
        ConsoleContext *context = m_console->shell()->context();
        if (context->projectId() == project && context->environment())
            return true;
        return m_console->openEnvironment(project, QStringLiteral("main"));
    }

    RestoreDialog *openRestore()
    {
        BackupTableModel *backups = m_console->shell()->controller()->backups();
        std::optional<Backup> backup;
        for (int row = 0; row < backups->rowCount() && !backup; ++row) {
            const auto candidate = backups->backupAt(row);
            if (candidate && candidate->restorable && candidate->status == QLatin1String("CREATED"))
                backup = candidate;
        }
        if (!backup)
            return nullptr;
        m_console->shell()->context()->requestRestore(*backup);
        RestoreDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<RestoreDialog *>()); },
                             5000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return dialog->isVisible(); }, 5000))
            return nullptr;
        QCoreApplication::sendPostedEvents();
        return dialog;
    }

    static void closeRestore(RestoreDialog *dialog)
    {
        QPointer<RestoreDialog> watched(dialog);
        dialog->reject();
        QTRY_VERIFY(!watched);
    }

    // A dialog on the screen the row simulates: not larger than it, nothing cut, readable.
    void checkDialog(QWidget *dialog, const QString &name, bool contrast = false)
    {
        QCoreApplication::sendPostedEvents();
        QStringList found = oversized(dialog, m_size);
        // As it opens on a screen of the row's size: sized to it (the screen here may be larger).
        if (dialog->width() > m_size.width() || dialog->height() > m_size.height()) {
            dialog->resize(dialog->size().boundedTo(m_size).expandedTo(dialog->minimumSizeHint()));
            QCoreApplication::sendPostedEvents();
        }
        found += settled(dialog);
        if (contrast)
            found += lowContrastLabels(dialog);
        save(dialog, name);
        QVERIFY2(found.isEmpty(), qPrintable(report(found)));
    }

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::sendPostedEvents();
        const QString file = QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_tag));
        QVERIFY2(widget->grab().save(file), qPrintable(file));
        m_lastPicture = file;
    }

    // What is cut off in `root` once its layouts, column fits and scroll bars (posted events,
    // timers) have settled: waited for, up to `timeout` ms, while something is still found.
    static QStringList settled(QWidget *root, int timeout = 1000)
    {
        QStringList found;
        (void)QTest::qWaitFor([&] { return (found = clippedWidgets(root)).isEmpty(); }, timeout);
        return found;
    }

    // Feed rows on screen whose time is cut ("Platform.sh · vor 2…"): the links beside it
    // must leave the time in view.
    QStringList hiddenTimes() const
    {
        QStringList found;
        QListView *list = m_window->feedView()->list();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const QRect rect = list->visualRect(index);
            if (!rect.intersects(list->viewport()->rect()))
                continue;
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.rect = rect;
            const QString when = index.data(ActivityFeedModel::WhenRole).toString();
            const QString line = m_window->feedView()->delegate()->metaLine(option, index);
            if (!line.contains(when))
                found.append(QStringLiteral("feed row %1 shows \"%2\", not its time \"%3\"")
                                 .arg(row)
                                 .arg(line, when));
        }
        return found;
    }

    // The icon of the view's current (selected) row: its left 40 px must keep some pixels that
    // stand out (3:1) from the highlight they are drawn on.
    static QStringList selectedIconsFaded(QAbstractItemView *view)
    {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid() || !view->selectionModel()->isSelected(current))
            return {QStringLiteral("%1: no selected row").arg(describe(view))};
        const QRect rect = view->visualRect(current) & view->viewport()->rect();
        const QImage image = view->viewport()->grab(rect).toImage();
        const QColor highlight = view->palette().color(QPalette::Highlight);
        int standing = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < std::min(40, image.width()); ++x)
                standing += contrastRatio(QColor(image.pixel(x, y)), highlight) >= 3.0 ? 1 : 0;
        }
        if (standing >= 30)
            return {};
        return {QStringLiteral("%1: the selected row's icon fades into the highlight (%2 px stand "
                               "out)")
                    .arg(describe(view))
                    .arg(standing)};
    }

    QString report(const QStringList &found) const
    {
        return QStringLiteral("%1 (picture: %2):\n  ").arg(m_tag, m_lastPicture)
            + found.join(QStringLiteral("\n  "));
    }

    QTemporaryDir m_temp;
    QString m_dir;
    QPalette m_light;
    std::unique_ptr<test::ConsoleFixture> m_console;
    MainWindow *m_window = nullptr;
    QString m_language = QStringLiteral("en");
    QString m_tag;
    QString m_lastPicture;
    bool m_dark = false;
    QSize m_size;
};

QTEST_MAIN(TestPolishScreenshots)
#include "tst_polish_screenshots.moc"
