// Startup and load figures of the console:
//  1. time from process start to the first painted main window, and to the first paint that
//     shows the demo data (the sandbox account's projects in the tree);
//  2. the longest stall of the event loop while a project with 5,000 backups and 5,000
//     activities loads (backups table filled, feed paged to its end with fetchMore).
// The sandbox has no seed that big: the bench seeds the demo into a scratch folder, then adds
// 5,000 backups and 5,000 activities to acmeshopeu0001/main with the sandbox's own Store, and
// runs backup-console-sandbox on that folder in a separate process (so the server's work does not
// count as the console's stall). Run offscreen or under Xvfb.
#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/environmenttreemodel.h"
#include "sandbox/clock.h"
#include "sandbox/database.h"
#include "sandbox/ids.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/store.h"
#include "sandboxprocess.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/consoleshell.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

constexpr int bigCount = 5000;
const QString project = QStringLiteral("acmeshopeu0001");

// Seeds the demo, then adds `bigCount` backups and activities to the project's main environment.
bool prepareData(const QString &dir)
{
    {
        bc::sandbox::ServerOptions options;
        options.dataDir = dir;
        bc::sandbox::Server seeding(options);
        if (!seeding.start().ok())
            return false;
    }
    bc::sandbox::Database db;
    if (!db.open(dir).isEmpty())
        return false;
    bc::sandbox::Store store(db);
    const QList<QJsonObject> backups = store.backups(project, QStringLiteral("main"));
    bc::sandbox::ActivityFilter filter;
    filter.environment = QStringLiteral("main");
    filter.types = {QStringLiteral("environment.backup")};
    filter.count = 1;
    const QList<QJsonObject> activities = store.activities(project, filter);
    if (backups.isEmpty() || activities.isEmpty())
        return false;
    bc::sandbox::Ids ids(42);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    bc::sandbox::Transaction transaction(db);
    for (int i = 0; i < bigCount; ++i) {
        const qint64 at = now - qint64(i + 30) * 3600 * bc::sandbox::Clock::second;
        QJsonObject backup = backups.constFirst();
        backup.insert(QStringLiteral("id"), ids.backupId());
        backup.insert(QStringLiteral("created_at"), double(at));
        backup.insert(QStringLiteral("updated_at"), double(at));
        store.putBackup(project, backup);
        QJsonObject activity = activities.constFirst();
        activity.insert(QStringLiteral("id"), ids.activityId());
        activity.insert(QStringLiteral("created_at"), double(at));
        activity.insert(QStringLiteral("updated_at"), double(at + 40 * bc::sandbox::Clock::second));
        activity.insert(QStringLiteral("completed_at"),
                        double(at + 40 * bc::sandbox::Clock::second));
        store.putActivity(project, activity);
    }
    return transaction.commit();
}

// Measures the longest gap between ticks of a 1 ms timer: how long the GUI thread was busy.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

class PaintWatch final : public QObject
{
public:
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            onPaint();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bc::ui::initResources();

    QTemporaryDir scratch;
    const QString dataDir = scratch.filePath(QStringLiteral("sandbox"));
    QElapsedTimer seeding;
    seeding.start();
    if (!prepareData(dataDir)) {
        std::fputs("could not prepare the sandbox data\n", stderr);
        return 1;
    }
    const qint64 seedMs = seeding.elapsed();
    bc::test::SandboxProcess server({}, dataDir);
    if (!server.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QUrl url = server.baseUrl();

    // Everything before this line is set-up; the console's clock starts here.
    QElapsedTimer clock;
    clock.start();
    QNetworkAccessManager network;
    bc::AccountStore accounts(scratch.filePath(QStringLiteral("accounts.ini")));
    bc::TokenStore tokens;
    bc::ui::ConsoleShell shell(&accounts, &tokens, &network);
    shell.setSandboxStarter(
        [url](const bc::ui::ConsoleShell::SandboxReady &ready) { ready(url, {}); });
    bc::ui::MainWindow *window = shell.window();
    window->resize(1400, 860);

    qint64 firstPaint = -1;
    qint64 dataPaint = -1;
    PaintWatch watch;
    watch.onPaint = [&] {
        if (firstPaint < 0)
            firstPaint = clock.elapsed();
        if (dataPaint < 0 && shell.accounts()->tree()->rowCount() > 0
            && shell.accounts()->tree()->rowCount(shell.accounts()->tree()->index(0, 0)) > 0)
            dataPaint = clock.elapsed();
    };
    window->installEventFilter(&watch);
    window->treeView()->tree()->viewport()->installEventFilter(&watch);

    StallMeter meter;
    QElapsedTimer loading;
    enum class Phase { Startup, Selecting, Backups, Feed, Done } phase = Phase::Startup;
    qint64 backupsMs = -1;
    bc::ui::ConsoleController *controller = shell.controller();
    QTimer step;
    step.setInterval(5);
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        const QString key = shell.accounts()->accounts().isEmpty()
            ? QString()
            : shell.accounts()->accounts().constFirst().key();
        switch (phase) {
        case Phase::Startup:
            if (dataPaint >= 0 && window->treeView()->select(key, project, {})) {
                phase = Phase::Selecting;
                meter.start();
                loading.start();
            }
            break;
        case Phase::Selecting:
            if (window->treeView()->select(key, project, QStringLiteral("main")))
                phase = Phase::Backups;
            break;
        case Phase::Backups:
            if (controller->backups()->rowCount() >= bigCount) {
                backupsMs = loading.elapsed();
                phase = Phase::Feed;
            }
            break;
        case Phase::Feed: {
            bc::ActivityFeedModel *feed = controller->feed();
            if (feed->canFetchMore({}))
                feed->fetchMore({});
            else if (!feed->isLoading() && feed->rowCount() >= bigCount) {
                phase = Phase::Done;
                std::printf("seeding the sandbox (set-up, not measured): %lld ms\n", seedMs);
                std::printf("start to first painted window: %lld ms (after %lld ms of process "
                            "start-up and bench set-up)\n",
                            firstPaint, sinceStart.elapsed() - clock.elapsed());
                std::printf("start to first paint with the demo data: %lld ms\n", dataPaint);
                std::printf("%d backups in the table: %lld ms after selecting the project\n",
                            controller->backups()->rowCount(), backupsMs);
                std::printf("%d activities in the feed (paged, fetchMore): %lld ms\n",
                            feed->rowCount(), loading.elapsed());
                std::printf("longest event-loop stall while loading: %lld ms\n", meter.longest());
                QApplication::quit();
            }
            break;
        }
        case Phase::Done:
            break;
        }
    });
    step.start();
    QTimer::singleShot(120000, &app, [] {
        std::fputs("timed out\n", stderr);
        QApplication::exit(1);
    });
    shell.start(true);
    return QApplication::exec();
}
