#include "consolefixture.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "sandboxprocess.h"
#include "ui/activity/activitydelegate.h"
#include "ui/activity/activityfeedview.h"
#include "ui/backupdialog/backupdialog.h"
#include "ui/backups/backupactions.h"
#include "ui/backups/backupsview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/messagebar.h"
#include "ui/common/notifier.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/statusindicator.h"
#include "ui/restore/restoredialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using bc::test::ConsoleFixture;
namespace demo = bc::test::demo;

namespace {

const QString project = QLatin1String(demo::legacyEuProject);

int backupActivities(bc::ui::ConsoleController *controller, bool safe)
{
    int count = 0;
    for (int row = 0; row < controller->feed()->rowCount(); ++row) {
        const auto a = controller->feed()->activityAt(row);
        if (a && a->type == QLatin1String("environment.backup") && a->safe() == safe
            && a->createdAt > QDateTime::currentDateTimeUtc().addSecs(-60))
            ++count;
    }
    return count;
}

} // namespace

class TestGuiConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signInAndBrowse()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        bc::ui::MainWindow *window = console.shell()->window();
        QVERIFY(window->windowTitle().contains(QStringLiteral("BackupConsole")));
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        bc::BackupTableModel *backups = console.shell()->controller()->backups();
        QVERIFY(backups->rowCount() > 0);
        QVERIFY(!backups->index(0, bc::BackupTableModel::Id).data().toString().isEmpty());
        QVERIFY(window->windowTitle().contains(QStringLiteral("BackupConsole")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("main")));
        // An admin may back up production; the action says so in its tooltip.
        QTRY_VERIFY(window->actions()->backup()->isEnabled());
        QVERIFY(window->statusIndicator()->connectionText().contains(QStringLiteral("Connected")));
    }

    void takeBackup_data()
    {
        QTest::addColumn<bool>("consistent");
        QTest::newRow("consistent") << true;
        QTest::newRow("live") << false;
    }

    void takeBackup()
    {
        QFETCH(bool, consistent);
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        bc::ui::MainWindow *window = console.shell()->window();
        bc::ui::ConsoleController *controller = console.shell()->controller();
        QTRY_VERIFY(window->actions()->backup()->isEnabled());
        const int before = backupActivities(controller, consistent);

        window->actions()->backup()->trigger();
        bc::ui::BackupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<bc::ui::BackupDialog *>()) != nullptr);
        QVERIFY(dialog->consistentButton()->isChecked()); // the default
        if (!consistent)
            dialog->liveButton()->click();
        QVERIFY(dialog->startButton()->isEnabled());
        // A double click sends one request.
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(!dialog->startButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 20000);
        QVERIFY2(dialog->stateText().contains(QStringLiteral("complete")),
                 qPrintable(dialog->stateText()));
        const QString id = dialog->resultId();
        QCOMPARE(id.size(), 26);
        QVERIFY(!dialog->logText().isEmpty());
        // The activity ran to completion in the feed, and the backup appeared, of the right kind.
        QTRY_VERIFY(controller->backups()->rowOf(id) >= 0);
        const auto backup = controller->backups()->backupAt(controller->backups()->rowOf(id));
        QVERIFY(backup);
        QCOMPARE(backup->safe, consistent);
        QTRY_COMPARE(backupActivities(controller, consistent), before + 1);
        const auto activity = controller->feed()->activityAt(0);
        QVERIFY(activity && activity->isSuccess());
    }

    void continueInBackground()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("develop")));
        bc::ui::MainWindow *window = console.shell()->window();
        bc::ui::ConsoleController *controller = console.shell()->controller();
        QTRY_VERIFY(window->actions()->backup()->isEnabled());
        window->actions()->backup()->trigger();
        bc::ui::BackupDialog *dialog = window->findChild<bc::ui::BackupDialog *>();
        QVERIFY(dialog);
        dialog->startButton()->click();
        QTRY_VERIFY(controller->runningJobs() == 1);
        QSignalSpy finished(controller, &bc::ui::ConsoleController::jobFinished);
        QPointer<bc::ui::BackupDialog> watched(dialog);
        dialog->backgroundButton()->click();
        QTRY_VERIFY(watched.isNull()); // closed and deleted; the job goes on
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(finished.at(0).at(0).value<bc::Activity>().isSuccess());
        QVERIFY(window->notifier()->lastMessage().startsWith(QStringLiteral("Done")));
    }

    void viewerSeesActionsDisabled()
    {
        ConsoleFixture console;
        QVERIFY(console.start(QLatin1String(demo::viewerToken)));
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        bc::ui::MainWindow *window = console.shell()->window();
        QAction *backup = window->actions()->backup();
        QTRY_VERIFY(!backup->isEnabled());
        QVERIFY2(backup->toolTip().contains(QStringLiteral("admin role")),
                 qPrintable(backup->toolTip()));
        // Restore and delete on a selected backup are refused for the same reason.
        window->backupsView()->selectId(console.shell()
                                            ->controller()
                                            ->backups()
                                            ->index(0, 0)
                                            .data(bc::BackupTableModel::IdRole)
                                            .toString());
        QTRY_VERIFY(
            !window->actions()->restore()->toolTip().contains(QStringLiteral("Select a backup")));
        QVERIFY(!window->actions()->restore()->isEnabled());
        QVERIFY(window->actions()->restore()->toolTip().contains(QStringLiteral("admin role")));
        QVERIFY(!window->actions()->deleteBackup()->isEnabled());
        // The dialog, if opened anyway, explains and refuses.
        bc::ui::BackupDialog dialog(console.shell()->controller());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.blockedReason().contains(QStringLiteral("admin role")));
    }

    void serverErrorInMessageBar()
    {
        ConsoleFixture console({QStringLiteral("*/environments/*/backup=status:500,method=POST")});
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        bc::ui::MainWindow *window = console.shell()->window();
        QTRY_VERIFY(window->actions()->backup()->isEnabled());
        window->actions()->backup()->trigger();
        bc::ui::BackupDialog *dialog = window->findChild<bc::ui::BackupDialog *>();
        QVERIFY(dialog);
        dialog->startButton()->click();
        bc::ui::MessageBar *bar = window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->level(), bc::ui::MessageBar::Level::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("backup")), qPrintable(bar->text()));
        QVERIFY2(bar->details().contains(QStringLiteral("500")), qPrintable(bar->details()));
        // Not a modal storm: no modal dialog besides the backup dialog itself.
        QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == dialog);
        QCOMPARE(bar->count(), 1);
    }

    void feedRestoreLinkOpensRestoreFlow()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        bc::ui::MainWindow *window = console.shell()->window();
        QListView *list = window->feedView()->list();
        bc::ActivityFeedModel *feed = console.shell()->controller()->feed();
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < feed->rowCount(); ++r) {
                if (feed->index(r).data(bc::ActivityFeedModel::CanRestoreRole).toBool()) {
                    row = r;
                    return true;
                }
            }
            return false;
        }());
        QSignalSpy requested(console.shell()->context(), &bc::ui::ConsoleContext::restoreRequested);
        window->show();
        const QModelIndex index = feed->index(row);
        list->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.rect = list->visualRect(index);
        const auto links = window->feedView()->delegate()->linkRects(option, index);
        QVERIFY(!links.isEmpty());
        QCOMPARE(links.constFirst().first, bc::ui::ActivityDelegate::Link::Restore);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, links.constFirst().second.center());
        QTRY_COMPARE(requested.count(), 1);
        const auto backup = requested.at(0).at(0).value<bc::Backup>();
        QCOMPARE(backup.id,
                 feed->index(row)
                     .data(bc::ActivityFeedModel::ActivityRole)
                     .value<bc::Activity>()
                     .backupName());
        // The restore flow opened a window-modal dialog; the keyboard reaches the link too.
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        QApplication::activeModalWidget()->close();
        list->setCurrentIndex(index);
        QTest::keyClick(list, Qt::Key_R);
        QTRY_COMPARE(requested.count(), 2);
    }

    // A restore run from the dialog (safety backup, then the restore) counts as one running
    // activity in the status bar until it ends, and ends with a notification.
    void restoreRunCountsAsRunning()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        bc::ui::MainWindow *window = console.shell()->window();
        bc::ui::ConsoleController *controller = console.shell()->controller();
        bc::BackupTableModel *backups = controller->backups();
        std::optional<bc::Backup> backup;
        for (int row = 0; row < backups->rowCount() && !backup; ++row) {
            const auto candidate = backups->backupAt(row);
            if (candidate && candidate->restorable && candidate->status == QLatin1String("CREATED"))
                backup = candidate;
        }
        QVERIFY(backup);
        window->show();
        QSignalSpy counts(controller, &bc::ui::ConsoleController::runningJobsChanged);
        QSignalSpy finished(controller, &bc::ui::ConsoleController::jobFinished);
        console.shell()->context()->requestRestore(*backup);
        bc::ui::RestoreDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<bc::ui::RestoreDialog *>()) != nullptr);
        auto *safety = dialog->findChild<QCheckBox *>(QStringLiteral("safetyBackup"));
        QVERIFY(safety && safety->isChecked()); // two activities in this run
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmName")),
                         QStringLiteral("main"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY(!counts.isEmpty());
        QCOMPARE(counts.constFirst().at(0).toInt(), 1);
        QTRY_VERIFY(window->statusIndicator()->runningText().startsWith(QStringLiteral("1 ")));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QTRY_COMPARE(controller->runningJobs(), 0);
        for (const QList<QVariant> &count : counts)
            QVERIFY(count.at(0).toInt() <= 1); // the safety backup did not count apart
        QCOMPARE(finished.constFirst().at(0).value<bc::Activity>().type,
                 QStringLiteral("environment.restore"));
    }
};

QTEST_MAIN(TestGuiConsole)
#include "tst_gui_console.moc"
