// Issue 16: the restore drill from the window, against the in-process sandbox.
#include "client/drilllog.h"
#include "consolefixture.h"
#include "sandboxprocess.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/notifier.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/restore/drilldialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using bc::DrillLog;
using bc::DrillRecord;
using bc::test::ConsoleFixture;
using bc::ui::DrillDialog;

namespace {

const QString project = QLatin1String(bc::test::demo::eu3Project);

DrillDialog *openDrill(bc::ui::MainWindow *window)
{
    auto *action = window->findChild<QAction *>(QStringLiteral("drillAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window->findChild<DrillDialog *>();
}

QString labelText(QWidget *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

QPushButton *startButton(QWidget *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("drillStart"));
}

bool hasEnvironment(bc::ui::ConsoleController *controller, const QString &name)
{
    const QList<bc::Environment> &environments = controller->context()->environments();
    return std::any_of(environments.cbegin(), environments.cend(),
                       [&name](const bc::Environment &e) { return e.name == name; });
}

} // namespace

class TestDrillGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("en"));
    }
    void init() { QFile::remove(DrillLog::defaultPath()); }

    void adminDrillsAndTheScratchIsGone();
    void closingTheDialogLeavesTheDrillRunning();
    void viewerSeesTheReasonAndNothingIsLogged();
    void screenshots();
};

void TestDrillGui::adminDrillsAndTheScratchIsGone()
{
    ConsoleFixture console;
    QVERIFY(console.start());
    bc::ui::MainWindow *window = console.shell()->window();
    QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
    DrillDialog *dialog = openDrill(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->environment(), QStringLiteral("staging"));
    QTRY_VERIFY_WITH_TIMEOUT(startButton(dialog)->isEnabled(), 10000);
    QVERIFY2(labelText(dialog, "drillPlan").contains(QLatin1String("drill-")),
             qPrintable(labelText(dialog, "drillPlan")));
    // Checking the plan wrote nothing.
    QVERIFY(DrillLog().records().isEmpty());

    startButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "drillResult").contains(QLatin1String("passed")),
                             30000);
    const QList<DrillRecord> records = DrillLog().records();
    QCOMPARE(records.size(), 1);
    const DrillRecord &d = records.first();
    QCOMPARE(d.outcome, QStringLiteral("success"));
    QCOMPARE(d.cleanup, QStringLiteral("deleted"));
    QCOMPARE(d.environment, QStringLiteral("staging"));
    QVERIFY(d.rtoSeconds >= 0);
    QVERIFY2(console.shell()->window()->notifier()->lastMessage().contains(
                 QLatin1String("Restore drill passed")),
             qPrintable(console.shell()->window()->notifier()->lastMessage()));
    bc::ui::ConsoleController *controller = console.shell()->controller();
    QTRY_COMPARE(controller->runningJobs(), 0);
    // The tree was refreshed after the drill: the scratch environment is not in it.
    QTRY_VERIFY(!controller->context()->environments().isEmpty());
    QVERIFY(!hasEnvironment(controller, d.scratchEnvironment));
    QVERIFY(hasEnvironment(controller, QStringLiteral("staging")));
}

void TestDrillGui::closingTheDialogLeavesTheDrillRunning()
{
    ConsoleFixture console;
    QVERIFY(console.start());
    bc::ui::MainWindow *window = console.shell()->window();
    QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
    QPointer<DrillDialog> dialog = openDrill(window);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(startButton(dialog)->isEnabled(), 10000);
    startButton(dialog)->click();
    bc::ui::ConsoleController *controller = console.shell()->controller();
    QCOMPARE(controller->runningJobs(), 1);
    dialog->reject(); // Esc, or "Continue in background"
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->notifier()->lastMessage().contains(QLatin1String("Restore drill passed")), 30000);
    QTRY_COMPARE(controller->runningJobs(), 0);
    QCOMPARE(DrillLog().records().size(), 1);
    QCOMPARE(DrillLog().records().first().cleanup, QStringLiteral("deleted"));
}

void TestDrillGui::viewerSeesTheReasonAndNothingIsLogged()
{
    ConsoleFixture console;
    QVERIFY(console.start(QLatin1String(bc::test::demo::viewerToken)));
    bc::ui::MainWindow *window = console.shell()->window();
    QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
    DrillDialog *dialog = openDrill(window);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "drillPlan").contains(QLatin1String("No drill")),
                             10000);
    QVERIFY2(labelText(dialog, "drillPlan").contains(QLatin1String("admin")),
             qPrintable(labelText(dialog, "drillPlan")));
    QVERIFY(!startButton(dialog)->isEnabled());
    QVERIFY(DrillLog().records().isEmpty());
}

// docs/screenshots/drill-dialog*.png: BC_SCREENSHOT_DIR=docs/screenshots under Xvfb. Both
// languages are checked every run: the German dialog must fit 1024×700 too.
void TestDrillGui::screenshots()
{
    const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
    ConsoleFixture console({}, 0.05);
    QVERIFY(console.start());
    bc::ui::MainWindow *window = console.shell()->window();
    window->resize(1024, 700);
    QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTranslator translator;
        if (language == QLatin1String("de")) {
            // The full catalogue, built into this test (tests/gui/CMakeLists.txt).
            QVERIFY(translator.load(QStringLiteral(":/i18n/backupconsole_de.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        QPointer<DrillDialog> dialog = openDrill(window);
        QVERIFY(dialog);
        if (language == QLatin1String("de"))
            QVERIFY2(dialog->windowTitle().startsWith(QStringLiteral("Wiederherstellungsübung")),
                     qPrintable(dialog->windowTitle()));
        QTRY_VERIFY_WITH_TIMEOUT(startButton(dialog)->isEnabled(), 10000);
        startButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!labelText(dialog, "drillResult").isEmpty(), 60000);
        QCoreApplication::sendPostedEvents();
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= 1024 && image.height() <= 700);
        if (!dir.isEmpty()) {
            const QString name = language == QLatin1String("en")
                ? QStringLiteral("/drill-dialog.png")
                : QStringLiteral("/drill-dialog-de.png");
            QVERIFY(image.save(dir + name));
        }
        dialog->close();
        QTRY_VERIFY(!dialog);
        QCoreApplication::removeTranslator(&translator);
    }
}

QTEST_MAIN(TestDrillGui)
#include "tst_drill_gui.moc"
