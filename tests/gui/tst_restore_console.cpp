// Issue 12, layering: Undo restore from the restore dialog in the real console (in-process
// sandbox, demo seed) looks the safety backup up through ConsoleController::findBackup, and the
// undo then runs like any restore of the console: counted, announced, notified and refreshed.
#include "consolefixture.h"
#include "models/backuptablemodel.h"
#include "sandboxprocess.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/restore/restoredialog.h"
#include "ui/restore/restoreform.h"

#include <QCheckBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

class TstRestoreConsole final : public QObject
{
    Q_OBJECT

    static bool restoreEnded(const QSignalSpy &finished, const QString &backupId)
    {
        return std::any_of(finished.cbegin(), finished.cend(), [&](const QList<QVariant> &args) {
            const Activity a = args.at(0).value<Activity>();
            return a.type == QLatin1String("environment.restore") && a.isSuccess()
                && a.backupName() == backupId;
        });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undoFromTheDialogRunsThroughTheController()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        const QString project = QLatin1String(test::demo::eu3Project);
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        std::optional<Backup> backup;
        for (int row = 0; row < controller->backups()->rowCount() && !backup; ++row) {
            if (const auto b = controller->backups()->backupAt(row); b && b->canRestore())
                backup = b;
        }
        QVERIFY(backup);
        console.shell()->context()->requestRestore(*backup);
        QPointer<RestoreDialog> dialog;
        QTRY_VERIFY((dialog = console.shell()->window()->findChild<RestoreDialog *>()));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QTRY_VERIFY(restore->isEnabled());
        QVERIFY(dialog->form()->plan().takesSafetyBackup()); // staging: on by default
        QSignalSpy finished(controller, &ConsoleController::jobFinished);
        restore->click();
        QTRY_COMPARE_WITH_TIMEOUT(controller->runningJobs(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->runningJobs(), 0, 60000);
        QTRY_VERIFY(restoreEnded(finished, backup->id));

        auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible());
        QVERIFY(console.resetRequests());
        QSignalSpy ready(dialog.data(), &RestoreDialog::undoReady);
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
        const QString safetyId = dialog->form()->plan().input().backup.id;
        QVERIFY(!safetyId.isEmpty() && safetyId != backup->id);
        QCOMPARE(console.requestCount(QStringLiteral("*/backups/") + safetyId), 1);
        // The console's table, refreshed after the first run, lists the safety backup.
        QTRY_VERIFY_WITH_TIMEOUT(controller->backups()->rowOf(safetyId) >= 0, 15000);

        // The undo: no second safety net, then counted and notified like any restore.
        dialog->findChild<QCheckBox *>(QStringLiteral("safetyBackup"))->click();
        QTRY_VERIFY(restore->isEnabled());
        restore->click();
        QTRY_COMPARE_WITH_TIMEOUT(controller->runningJobs(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->runningJobs(), 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(restoreEnded(finished, safetyId), 15000);
        // And refreshed: the backups of the environment were listed again after it.
        QTRY_VERIFY_WITH_TIMEOUT(
            console.requestCount(QStringLiteral("*/environments/staging/backups")) > 0, 15000);
    }
};

QTEST_MAIN(TstRestoreConsole)
#include "tst_restore_console.moc"
