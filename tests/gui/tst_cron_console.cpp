// Issue 12, layering: the cron assistant opened from the console window (Tools ▸ Backup cron
// job…, in-process sandbox, demo seed) gets the project's time zone through
// ConsoleController::loadProject: one request for the project object, and the dialog shows the
// next runs in that zone.
#include "automation/cronassistantdialog.h"
#include "consolefixture.h"
#include "sandboxprocess.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

class TstCronConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void assistantGetsTheZoneThroughTheController()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        const QString project = QLatin1String(test::demo::eu3Project);
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        MainWindow *window = console.shell()->window();
        QAction *action = nullptr;
        for (QAction *candidate : window->toolsMenu()->actions()) {
            if (candidate->objectName() == QLatin1String("cronAssistantAction"))
                action = candidate;
        }
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        QVERIFY(console.resetRequests());
        action->trigger();
        QPointer<CronAssistantDialog> dialog;
        QTRY_VERIFY((dialog = window->findChild<CronAssistantDialog *>()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->job().projectZone.id(), QByteArray("Europe/Paris"),
                                  15000);
        QCOMPARE(console.requestCount(QStringLiteral("*/projects/") + project), 1);
        dialog->close();
    }
};

QTEST_MAIN(TstCronConsole)
#include "tst_cron_console.moc"
