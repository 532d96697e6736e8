// Issue 12, facts and lifetimes in the real console (in-process sandbox, demo seed): a restore
// outlives its dialog (Esc mid-run keeps the run, its count, its undo record and its notification,
// and nothing is leaked), its progress is one honest bar over two steps, and a viewer gets no
// Restore link in the feed.
#include "client/restoreundo.h"
#include "consolefixture.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/environmenttreemodel.h"
#include "sandboxprocess.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/activity/activityfeedview.h"
#include "ui/backups/backupsview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/messagebar.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/restore/restoredialog.h"
#include "ui/restore/restoreform.h"
#include "ui/restore/restorerun.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

namespace {
const QString project = QLatin1String(test::demo::eu3Project);

std::optional<Backup> firstRestorable(const ConsoleController *controller)
{
    for (int row = 0; row < controller->backups()->rowCount(); ++row) {
        if (const auto b = controller->backups()->backupAt(row); b && b->canRestore())
            return b;
    }
    return std::nullopt;
}
} // namespace

class TstWorkdayFacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escDuringRestoreKeepsTheRun()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        const std::optional<Backup> backup = firstRestorable(controller);
        QVERIFY(backup);
        console.shell()->context()->requestRestore(*backup);
        QPointer<RestoreDialog> dialog;
        QTRY_VERIFY((dialog = console.shell()->window()->findChild<RestoreDialog *>()));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QTRY_VERIFY(restore->isEnabled());
        QVERIFY(dialog->form()->plan().takesSafetyBackup()); // staging: on by default
        QSignalSpy finished(controller, &ConsoleController::jobFinished);
        restore->click();
        QPointer<RestoreRun> run = dialog->run();
        QVERIFY(run);
        QList<int> progress;
        QStringList stages;
        connect(run, &RestoreRun::progressChanged, this, [&progress](int p) { progress << p; });
        connect(run, &RestoreRun::stageChanged, this, [&stages](const QString &s) { stages << s; });
        QTRY_COMPARE_WITH_TIMEOUT(controller->runningJobs(), 1, 15000);

        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog); // hidden, not deleted
        QVERIFY(!dialog->isVisible());
        QCOMPARE(controller->runningJobs(), 1); // still running, still counted

        QTRY_COMPARE_WITH_TIMEOUT(controller->runningJobs(), 0, 60000);
        QTRY_VERIFY(!run); // the launcher deleted it: no RestoreRun left behind
        QTRY_VERIFY(!dialog); // hidden and done: gone too
        QVERIFY(console.shell()->context()->findChildren<RestoreRun *>().isEmpty());
        // The notification's signal came, for the restore itself.
        const auto restoreEnded = std::find_if(finished.cbegin(), finished.cend(), [](auto &args) {
            return args.at(0).template value<Activity>().type
                == QLatin1String("environment.restore");
        });
        QVERIFY(restoreEnded != finished.cend());
        const Activity activity = restoreEnded->at(0).value<Activity>();
        QVERIFY(activity.isSuccess());
        // The undo record exists although no dialog saw the end.
        QVERIFY(RestoreUndoStore().find(project, activity.id).has_value());

        // One bar over both steps: never back from 100 % to the restore's start.
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY2(progress.at(i) >= progress.at(i - 1), qPrintable(QString::number(i)));
        QVERIFY(!progress.isEmpty() && progress.constLast() == 100);
        QVERIFY2(stages.join(u'\n').contains(QLatin1String("Step 2 of 2")),
                 qPrintable(stages.join(u'\n')));
    }

    void viewerGetsNoRestoreLinks()
    {
        ConsoleFixture console;
        QVERIFY(console.start(QStringLiteral("sandbox-viewer")));
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        ActivityFeedModel *feed = controller->feed();
        // A successful backup in the feed whose backup is in the table: an admin's link.
        QSet<QString> listed;
        for (int row = 0; row < controller->backups()->rowCount(); ++row)
            listed.insert(controller->backups()->backupAt(row)->id);
        QTRY_VERIFY(feed->rowCount() > 0);
        bool candidate = false;
        for (int row = 0; row < feed->rowCount(); ++row) {
            const Activity a = *feed->activityAt(row);
            candidate |= a.isSuccess() && listed.contains(a.backupName());
            QVERIFY2(!feed->index(row).data(ActivityFeedModel::CanRestoreRole).toBool(),
                     qPrintable(a.id));
        }
        QVERIFY(candidate);
    }
    // Issue 12: what the fleet board does (select another environment in the controller) moves
    // the tree's highlight too; a second `--sandbox` launch keeps the selection and the table.
    // "Step 1 of 2" / "Step 2 of 2" each say how long that step usually takes in this
    // environment, from the feed's history: after one restore of staging, the next one's restore
    // step says "usually takes ~…" (a safety backup is a live backup: staging has those).
    void restoreStepsSayTheUsualTime()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        const std::optional<Backup> backup = firstRestorable(controller);
        QVERIFY(backup);
        const auto runOnce = [&](QStringList &events) {
            return runRestore(console, *backup, events);
        };
        QStringList first;
        const QString restored = runOnce(first);
        QVERIFY2(!restored.isEmpty(), qPrintable(first.join(u'\n')));
        // The feed learns of it (the history the next dialog reads).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const int row = controller->feed()->rowOf(restored);
                const auto a = row >= 0 ? controller->feed()->activityAt(row) : std::nullopt;
                return a && a->isSuccess();
            }(),
            20000);
        QTRY_VERIFY(!console.shell()->window()->findChild<RestoreDialog *>());
        QStringList second;
        QVERIFY2(!runOnce(second).isEmpty(), qPrintable(second.join(u'\n')));
        const QString all = second.join(u'\n');
        QVERIFY2(!all.contains(QStringLiteral("(not shown)")), qPrintable(all));
        const auto step2 = std::find_if(second.cbegin(), second.cend(), [](const QString &e) {
            return e.startsWith(QStringLiteral("stage: Step 2 of 2"));
        });
        QVERIFY2(step2 != second.cend(), qPrintable(all));
        QVERIFY2(std::find_if(step2, second.cend(),
                              [](const QString &e) {
                                  return e.startsWith(QStringLiteral("time: usually takes ~"));
                              })
                     != second.cend(),
                 qPrintable(all));
        // At the end nothing is promised any more.
        QCOMPARE(second.filter(QStringLiteral("time: ")).constLast(), QStringLiteral("time: "));
    }

    // A restore to another environment than the one shown: the feed's rows say nothing of the
    // target's live backups, so the run reads the target's own history (its safety backup is a
    // live backup of it, and develop's seed has one).
    void restoreToAnotherEnvironmentSaysTheUsualTime()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        const std::optional<Backup> backup = firstRestorable(console.shell()->controller());
        QVERIFY(backup);
        QStringList events;
        const QString id = runRestore(console, *backup, events, [](RestoreDialog *dialog) {
            auto *existing = dialog->findChild<QRadioButton *>(QStringLiteral("targetExisting"));
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("existingCombo"));
            QVERIFY(existing && combo);
            existing->click();
            const int develop = combo->findText(QStringLiteral("develop"), Qt::MatchStartsWith);
            QVERIFY(develop >= 0);
            combo->setCurrentIndex(develop);
            // Off by default for a development environment: its live backup is the step whose
            // time develop's own history tells.
            auto *safety = dialog->findChild<QCheckBox *>(QStringLiteral("safetyBackup"));
            QVERIFY(safety);
            safety->setChecked(true);
        });
        const QString all = events.join(u'\n');
        QVERIFY2(!id.isEmpty(), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("develop")), qPrintable(all));
        QVERIFY2(events.indexOf(QRegularExpression(QStringLiteral("^time: usually takes ~.*")))
                     >= 0,
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("(not shown)")), qPrintable(all));
    }

    // Issue 12: an empty table says why (loading, failed, filtered away) instead of looking like
    // an environment without backups.
    void emptyBackupsTableSaysWhy()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        ui::MainWindow *window = console.shell()->window();
        ui::BackupsView *view = window->backupsView();
        QVERIFY(console.addFault(
            QStringLiteral("*/environments/develop/backups=delay:2500,method=GET,times=1")));
        QVERIFY(console.addFault(
            QStringLiteral("*/environments/feature-login/backups=status:500,method=GET")));
        const QString key = console.accountKey();
        QTRY_VERIFY(window->treeView()->select(key, project, {}));
        QCOMPARE(view->emptyText(),
                 QStringLiteral("Select an environment in the tree to see its backups."));

        QTRY_VERIFY(window->treeView()->select(key, project, QStringLiteral("develop")));
        QTRY_COMPARE(view->emptyText(), QStringLiteral("Loading the backups…"));
        QTRY_VERIFY_WITH_TIMEOUT(console.shell()->controller()->backups()->rowCount() > 0, 10000);
        QCOMPARE(view->emptyText(), QString());

        view->findChild<QLineEdit *>(QStringLiteral("backupFilter"))
            ->setText(QStringLiteral("zzz-none"));
        QCOMPARE(view->emptyText(), QStringLiteral("No backup matches “zzz-none”."));
        view->findChild<QLineEdit *>(QStringLiteral("backupFilter"))->clear();
        QCOMPARE(view->emptyText(), QString());

        QVERIFY(window->treeView()->select(key, project, QStringLiteral("feature-login")));
        QTRY_COMPARE_WITH_TIMEOUT(
            view->emptyText(),
            QStringLiteral("The backups could not be loaded: the message above says why."), 10000);
        QVERIFY(window->messageBar()->text().contains(QStringLiteral("backups")));
    }

    // The feed said nothing while it had no rows: no project, loading, failed, filtered away.
    void emptyFeedSaysWhy()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        ui::MainWindow *window = console.shell()->window();
        ui::ActivityFeedView *feed = window->feedView();
        QVERIFY(console.addFault(QStringLiteral("*/activities=delay:2500,method=GET,times=1")));
        const QString key = console.accountKey();
        QTRY_COMPARE(feed->emptyText(),
                     QStringLiteral("Select a project to see its backups and restores."));

        QTRY_VERIFY(window->treeView()->select(key, project, {}));
        QTRY_VERIFY(window->treeView()->select(key, project, QStringLiteral("main")));
        QTRY_COMPARE(feed->emptyText(), QStringLiteral("Loading the activities…"));
        QTRY_VERIFY_WITH_TIMEOUT(console.shell()->controller()->feed()->rowCount() > 0, 10000);
        QCOMPARE(feed->emptyText(), QString());

        // Pending and failed: no activity is both.
        auto *state = feed->findChild<QComboBox *>(QStringLiteral("feedState"));
        auto *result = feed->findChild<QComboBox *>(QStringLiteral("feedResult"));
        state->setCurrentIndex(state->findData(QStringLiteral("pending")));
        result->setCurrentIndex(result->findData(QStringLiteral("failure")));
        QTRY_COMPARE_WITH_TIMEOUT(feed->emptyText(),
                                  QStringLiteral("No activity matches these filters."), 10000);
        state->setCurrentIndex(0);
        result->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(console.shell()->controller()->feed()->rowCount() > 0, 10000);

        QVERIFY(console.addFault(QStringLiteral("*/activities=status:500,method=GET")));
        QVERIFY(window->treeView()->select(key, project, QStringLiteral("staging")));
        QTRY_COMPARE_WITH_TIMEOUT(
            feed->emptyText(),
            QStringLiteral("The activities could not be loaded: the message above says why."),
            10000);
    }

    void oneSelection()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        QTreeView *tree = console.shell()->window()->treeView()->tree();
        const auto shownInTree = [&](const QString &environment) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(tree->model());
            const QModelIndex current
                = proxy ? proxy->mapToSource(tree->currentIndex()) : QModelIndex();
            return current.isValid()
                && current
                == controller->accounts()->tree()->indexOf(console.accountKey(), project,
                                                           environment);
        };
        QVERIFY(shownInTree(QStringLiteral("staging")));
        controller->select(console.accountKey(), project, QStringLiteral("develop"));
        QTRY_VERIFY(console.shell()->context()->environment()
                    && console.shell()->context()->environment()->id == QLatin1String("develop"));
        QTRY_VERIFY(shownInTree(QStringLiteral("develop")));

        QTRY_VERIFY(controller->backups()->rowCount() > 0);
        console.shell()->startSandbox(); // what a second launch with --sandbox hands over
        QCOMPARE(console.shell()->context()->environment()->id, QStringLiteral("develop"));
        QVERIFY(shownInTree(QStringLiteral("develop")));
        QVERIFY(controller->backups()->rowCount() > 0);
    }
    // Issue 12: an error is tied to the work that failed: Retry redoes it and a success clears
    // it; leaving the environment clears it too.
    void errorsClearedOnSuccessOrWhenLeft()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        MessageBar *bar = console.shell()->window()->messageBar();
        const QString develop = QStringLiteral("*/projects/") + project
            + QStringLiteral("/environments/develop/backups=status:403,times=1");
        QVERIFY(console.addFault(develop));
        controller->select(console.accountKey(), project, QStringLiteral("develop"));
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QLatin1String("backups")), qPrintable(bar->text()));
        auto *retry = bar->findChild<QToolButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        retry->click();
        QTRY_VERIFY(controller->backups()->rowCount() > 0);
        QVERIFY(!bar->isVisible());

        // Failing again, then the user goes elsewhere: the error does not stay over staging.
        QVERIFY(console.addFault(develop));
        controller->select(console.accountKey(), project, QStringLiteral("staging"));
        QTRY_VERIFY(controller->backups()->rowCount() > 0);
        controller->select(console.accountKey(), project, QStringLiteral("develop"));
        QTRY_VERIFY(bar->isVisible());
        controller->select(console.accountKey(), project, QStringLiteral("staging"));
        QTRY_VERIFY(!bar->isVisible());
    }

private:
    // Restores `backup` through its dialog (`setUp` may change the dialog's choices first) and
    // records what the run says: its stages and times, and whether the dialog showed each time.
    // The restore activity's id once it ended; empty on any failure (events say how far).
    QString runRestore(ConsoleFixture &console, const Backup &backup, QStringList &events,
                       const std::function<void(RestoreDialog *)> &setUp = {})
    {
        console.shell()->context()->requestRestore(backup);
        QPointer<RestoreDialog> dialog;
        if (!QTest::qWaitFor(
                [&] { return (dialog = console.shell()->window()->findChild<RestoreDialog *>()); }))
            return {};
        if (setUp)
            setUp(dialog);
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        if (!QTest::qWaitFor([&] { return restore->isEnabled(); }))
            return {};
        restore->click();
        QPointer<RestoreRun> run = dialog->run();
        auto *time = dialog->findChild<QLabel *>(QStringLiteral("stepTime"));
        if (!run || !time)
            return {};
        connect(run, &RestoreRun::stageChanged, this,
                [&events](const QString &s) { events << QStringLiteral("stage: ") + s; });
        connect(run, &RestoreRun::timeChanged, this, [&events, time](const QString &t) {
            // The dialog shows what the run says.
            events << QStringLiteral("time: ") + t
                    + (time->text() == t ? QString() : QStringLiteral(" (not shown)"));
        });
        QString id;
        connect(run, &RestoreRun::finished, this,
                [&id, run](bool) { id = run->restoreActivity().id; });
        if (!QTest::qWaitFor([&] { return !id.isEmpty(); }, 60000))
            return {};
        dialog->close();
        return id;
    }
};

QTEST_MAIN(TstWorkdayFacts)
#include "tst_workday_facts.moc"
