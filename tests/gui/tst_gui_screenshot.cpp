#include "consolefixture.h"
#include "models/backuptablemodel.h"
#include "sandboxprocess.h"
#include "ui/backups/backupsview.h"
#include "ui/common/consolecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QImage>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// Renders the main window on the demo data, with a backup running, and checks that it drew
// something. With BC_SCREENSHOT=path it also saves the picture (docs/screenshots/mainwindow.png
// is made this way under Xvfb: tests/support/test-session.sh with QT_QPA_PLATFORM=xcb).
class TestGuiScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mainWindow()
    {
        // Real-time activities, so the backup is still running when the picture is taken.
        bc::test::ConsoleFixture console({}, 1.0);
        QVERIFY(console.start());
        bc::ui::MainWindow *window = console.shell()->window();
        window->resize(1680, 940);
        QVERIFY(console.openEnvironment(QLatin1String(bc::test::demo::legacyEuProject),
                                        QStringLiteral("main")));
        bc::ui::ConsoleController *controller = console.shell()->controller();
        QVERIFY(controller->startBackup(false));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bc::BackupTableModel *backups = controller->backups();
                for (int row = 0; row < backups->rowCount(); ++row) {
                    const QModelIndex index = backups->index(row, 0);
                    if (index.data(bc::BackupTableModel::RunningRole).toBool()
                        && index.data(bc::BackupTableModel::ProgressRole).toInt() >= 20)
                        return true;
                }
                return false;
            }(),
            30000);
        const QModelIndex second = window->backupsView()->table()->model()->index(2, 0);
        window->backupsView()->selectId(second.data(bc::BackupTableModel::IdRole).toString());
        // The selection is shown; the layouts and repaints it asked for are posted events, all
        // delivered before the grab (which paints the window as it is now).
        QTRY_VERIFY(window->backupsView()->table()->selectionModel()->isRowSelected(2));
        QCoreApplication::sendPostedEvents();
        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        // Not a blank window: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        const QByteArray path = qgetenv("BC_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(path)));
    }
};

QTEST_MAIN(TestGuiScreenshot)
#include "tst_gui_screenshot.moc"
