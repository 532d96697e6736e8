// Issue 12, item 6: notifications also for activities this console did not start (the sandbox's
// cron, a colleague), per preference, and exactly one for an activity started here. The colleague
// is Sam Support (admin on the demo projects), talking HTTP to the same in-process sandbox.
#include "colleague.h"
#include "consolefixture.h"
#include "models/activityfeedmodel.h"
#include "models/preferences.h"
#include "sandboxprocess.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/notifier.h"
#include "ui/mainwindow/mainwindow.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using bc::test::Colleague;
using bc::test::ConsoleFixture;
using namespace bc;
using namespace bc::ui;
using namespace std::chrono_literals;

namespace {
const QString project = QLatin1String(test::demo::eu3Project);

} // namespace

class TstWorkdayNotify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A colleague's backup that fails (cancelled) is told by default; one that succeeds only
    // when "all" is chosen; "never" tells neither. The console's own backup is told once.
    void othersActivitiesPerPreference()
    {
        // Slow enough (a live backup takes a few seconds) for the colleague to cancel one.
        ConsoleFixture console({}, 0.3);
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("staging")));
        ConsoleController *controller = console.shell()->controller();
        controller->setPollInterval(300ms);
        Notifier *notifier = console.shell()->window()->notifier();
        QCOMPARE(notifier->othersPolicy(), Notifier::Others::Failures); // the default
        QSignalSpy told(notifier, &Notifier::notified);

        Colleague sam(console.baseUrl(), "sandbox-support", project);
        QVERIFY(sam.signedIn());

        // 1. Failures (default): the cancelled backup is told, naming who started it.
        const QString cancelled = sam.backUp(QStringLiteral("staging"));
        QVERIFY(!cancelled.isEmpty());
        QVERIFY(sam.cancel(cancelled));
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 1, 20000);
        QVERIFY2(told.at(0).at(0).toString().startsWith(QStringLiteral("Failed")),
                 qPrintable(told.at(0).at(0).toString()));
        QVERIFY2(told.at(0).at(1).toString().contains(QStringLiteral("Sam")),
                 qPrintable(told.at(0).at(1).toString()));

        // A success is not told under "failures".
        const QString quiet = sam.backUp(QStringLiteral("staging"));
        QVERIFY(!quiet.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(finishedInFeed(controller->feed(), quiet), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->feed()->isLoading(), 5000);
        QCOMPARE(told.size(), 1);

        // 2. All: the next success is told.
        notifier->setOthersPolicy(Notifier::Others::All);
        const QString done = sam.backUp(QStringLiteral("staging"));
        QVERIFY(!done.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 2, 30000);
        QVERIFY2(told.at(1).at(0).toString().startsWith(QStringLiteral("Done")),
                 qPrintable(told.at(1).at(0).toString()));

        // 3. Our own backup: told once, by the job, not a second time by the feed.
        ActionJob *job = controller->startBackup(false);
        QVERIFY(job);
        QSignalSpy jobs(controller, &ConsoleController::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 3, 5000);
        const QString own = jobs.at(0).at(0).value<Activity>().id;
        QTRY_VERIFY_WITH_TIMEOUT(finishedInFeed(controller->feed(), own), 10000);
        // Two more polls: still one message for it.
        QSignalSpy loads(controller->feed(), &ActivityFeedModel::loadingChanged);
        QTRY_VERIFY_WITH_TIMEOUT(loads.size() >= 4, 10000);
        QCOMPARE(told.size(), 3);

        // 4. Never: nothing about others.
        notifier->setOthersPolicy(Notifier::Others::Never);
        const QString unseen = sam.backUp(QStringLiteral("staging"));
        QVERIFY(sam.cancel(unseen));
        QTRY_VERIFY_WITH_TIMEOUT(finishedInFeed(controller->feed(), unseen), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->feed()->isLoading(), 5000);
        QCOMPARE(told.size(), 3);
    }

    // The choice is a preference, kept and read back; an unknown stored value reads as the
    // default, and the window applies it to its notifier.
    void othersPolicyIsAPreference()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bc-test"),
                           QStringLiteral("notify"));
        settings.clear();
        Preferences p;
        QCOMPARE(p.notifyOthers, Preferences::NotifyOthers::Failures);
        p.notifyOthers = Preferences::NotifyOthers::All;
        p.save(settings);
        QCOMPARE(Preferences::load(settings).notifyOthers, Preferences::NotifyOthers::All);
        settings.setValue(QStringLiteral("preferences/notifyOthers"), QStringLiteral("sometimes"));
        QCOMPARE(Preferences::load(settings).notifyOthers, Preferences::NotifyOthers::Failures);

        ConsoleFixture console;
        QVERIFY(console.start());
        MainWindow *window = console.shell()->window();
        Preferences chosen = window->preferences();
        chosen.notifyOthers = Preferences::NotifyOthers::Never;
        window->setPreferences(chosen);
        QCOMPARE(window->notifier()->othersPolicy(), Notifier::Others::Never);
    }

private:
    static bool finishedInFeed(const ActivityFeedModel *feed, const QString &id)
    {
        const int row = feed->rowOf(id);
        const auto activity = row >= 0 ? feed->activityAt(row) : std::nullopt;
        return activity && activity->isFinished();
    }
};

QTEST_MAIN(TstWorkdayNotify)
#include "tst_workday_notify.moc"
