// Issue 12, honest progress in the real console (in-process sandbox, demo seed, real time): a
// consistent backup taken through the dialog says its phases in order (waiting for the site
// pause, site paused, finishing), in the dialog and in the feed, and once the environment has a
// successful consistent backup the dialog says how long one usually takes.
#include "consolefixture.h"
#include "models/activityfeedmodel.h"
#include "sandboxprocess.h"
#include "ui/backupdialog/backupdialog.h"
#include "ui/backups/backupactions.h"
#include "ui/common/consolecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;

namespace {

const QString project = QLatin1String(test::demo::eu3Project);

// Where the first text starting with each phase is in `texts`, in the order of `phases`;
// -1 for a phase never seen.
QList<qsizetype> firstSeen(const QStringList &texts, const QStringList &phases)
{
    QList<qsizetype> result;
    for (const QString &phase : phases) {
        const auto at = std::find_if(texts.cbegin(), texts.cend(),
                                     [&phase](const QString &t) { return t.startsWith(phase); });
        result.append(at == texts.cend() ? -1 : at - texts.cbegin());
    }
    return result;
}

BackupDialog *openDialog(MainWindow *window)
{
    // Right after a backup the action waits for the environment's refresh (no longer busy):
    // under the sanitizers that took longer than the dialog's wait below.
    if (!QTest::qWaitFor([window] { return window->actions()->backup()->isEnabled(); }, 20000))
        return nullptr;
    window->actions()->backup()->trigger();
    BackupDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (dialog = window->findChild<BackupDialog *>()) != nullptr; });
    return dialog;
}

} // namespace

class TstWorkdayProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void consistentBackupSaysItsPhases()
    {
        // Real time: the site pause lasts 15 to 30 s, long enough for the 1 s polls to see it.
        ConsoleFixture console({}, 1.0);
        QVERIFY(console.start());
        // develop: its one consistent backup failed, its live backup succeeded.
        QVERIFY(console.openEnvironment(project, QStringLiteral("develop")));
        MainWindow *window = console.shell()->window();
        ConsoleController *controller = console.shell()->controller();
        QTRY_VERIFY(window->actions()->backup()->isEnabled());

        QPointer<BackupDialog> dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->consistentButton()->isChecked());
        // A failed consistent backup is no measure of a successful one.
        QVERIFY2(dialog->usualText().isEmpty(), qPrintable(dialog->usualText()));
        dialog->liveButton()->click();
        QVERIFY2(dialog->usualText().startsWith(
                     QStringLiteral("A live backup of this environment usually takes ~")),
                 qPrintable(dialog->usualText()));
        dialog->consistentButton()->click();
        QVERIFY(dialog->usualText().isEmpty());

        QStringList shown;
        connect(dialog, &BackupDialog::progressTextChanged, this,
                [&shown](const QString &text) { shown.append(text); });
        QStringList inFeed;
        ActivityFeedModel *feed = controller->feed();
        connect(feed, &QAbstractItemModel::dataChanged, this,
                [&inFeed, feed](const QModelIndex &from, const QModelIndex &to) {
                    for (int row = from.row(); row <= to.row(); ++row) {
                        const QString text
                            = feed->index(row).data(ActivityFeedModel::ProgressTextRole).toString();
                        if (!text.isEmpty() && (inFeed.isEmpty() || inFeed.constLast() != text))
                            inFeed.append(text);
                    }
                });
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 90000);
        QVERIFY2(dialog->stateText().contains(QStringLiteral("complete")),
                 qPrintable(dialog->stateText()));
        QVERIFY(dialog->progressText().isEmpty()); // nothing left to say once done

        const QStringList phases{QStringLiteral("Waiting for the site pause"),
                                 QStringLiteral("Site paused, requests held"),
                                 QStringLiteral("Finishing")};
        const QList<qsizetype> seen = firstSeen(shown, phases);
        const QString all = shown.join(u'\n');
        QVERIFY2(seen.at(0) >= 0 && seen.at(0) < seen.at(1) && seen.at(1) < seen.at(2),
                 qPrintable(all));
        // No history yet: the phase alone, no time promised.
        QVERIFY2(!all.contains(QStringLiteral("left")), qPrintable(all));
        // The feed's row followed the same log.
        QVERIFY2(firstSeen(inFeed, phases).at(1) >= 0, qPrintable(inFeed.join(u'\n')));

        // Now the environment has a successful consistent backup: the next dialog says so.
        dialog->close();
        QTRY_VERIFY(!dialog);
        const QString usual
            = QStringLiteral("A consistent backup of this environment usually takes ~");
        dialog = openDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY2(dialog->usualText().startsWith(usual), qPrintable(dialog->usualText()));
        // About the 15 to 45 s that one took.
        QVERIFY2(dialog->usualText().endsWith(QStringLiteral(" s.")),
                 qPrintable(dialog->usualText()));

        // A second one counts down from it.
        shown.clear();
        connect(dialog, &BackupDialog::progressTextChanged, this,
                [&shown](const QString &text) { shown.append(text); });
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(shown.cbegin(), shown.cend(),
                                             [](const QString &t) {
                                                 return t.startsWith(QStringLiteral(
                                                            "Site paused, requests held · about "))
                                                     && t.endsWith(QStringLiteral(" s left"));
                                             }),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 90000);
    }
};

QTEST_MAIN(TstWorkdayProgress)
#include "tst_workday_progress.moc"
