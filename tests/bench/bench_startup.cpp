// Startup and load figures of the console:
//  1. time from process start to the first painted main window, and to the first paint that
//     shows the demo data (the sandbox account's projects in the tree);
//  2. the longest stall of the event loop while a project with 5,000 backups and 5,000
//     activities loads (backups table filled, feed paged to its end with fetchMore).
// The sandbox has no seed that big: the bench seeds the demo into a scratch folder, then adds
// 5,000 backups and 5,000 activities to acmeshopeu0001/main with the sandbox's own Store, and
// runs backup-console-sandbox on that folder in a separate process (so the server's work does not
// count as the console's stall). Run offscreen or under Xvfb.
// Every figure comes with its baseline from the same run, as a ratio:
//  - first paint: a bare QWidget of the same size shown by this program in a child process
//    (`bench_startup --bare`), from its construction to its first paint;
//  - the table: the console's own ApiClient fetching and decoding the same list, nothing else;
//  - the feed: the same client paging through the same activities with the same page sizes;
//  - stalls: the longest gap of the same 1 ms timer while the loaded console sits idle.
// Arguments: [backups [activities]] to add (default 5,000 each), e.g. `bench_startup 30000`.
#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/tokenstore.h"
#include "models/activityfeedmodel.h"
#include "models/activitytext.h"
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
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {

int backupCount = 5000;
int activityCount = 5000;
const QString project = QStringLiteral("acmeshopeu0001");

// Seeds the demo, then adds `bigCount` backups and activities to the project's main environment.
bool prepareData(const QString &dir, int bigBackups, int bigActivities)
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
    for (int i = 0; i < std::max(bigBackups, bigActivities); ++i) {
        const qint64 at = now - qint64(i + 30) * 3600 * bc::sandbox::Clock::second;
        if (i < bigBackups) {
            QJsonObject backup = backups.constFirst();
            backup.insert(QStringLiteral("id"), ids.backupId());
            backup.insert(QStringLiteral("created_at"), double(at));
            backup.insert(QStringLiteral("updated_at"), double(at));
            store.putBackup(project, backup);
        }
        if (i >= bigActivities)
            continue;
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

// Names the longest single event the loop delivered (its receiver and type): where a stall was.
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() sees the events of every thread (Qt's HTTP thread reading a 28 MB answer
        // too); only the GUI thread's hold the window still.
        if (m_depth > 0 || !m_watching || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        const qint64 spent = clock.elapsed();
        --m_depth;
        if (spent > m_longest) {
            m_longest = spent;
            m_what = name + " event " + QByteArray::number(type);
        }
        return result;
    }
    void watch(bool on)
    {
        m_watching = on;
        m_longest = 0;
    }
    QByteArray longest() const { return QByteArray::number(m_longest) + " ms, " + m_what; }

private:
    int m_depth = 0;
    bool m_watching = false;
    qint64 m_longest = 0;
    QByteArray m_what;
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

// Kilobytes of a /proc/self/status field (VmRSS: now, VmHWM: the peak).
qint64 memoryKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ratio(qint64 figure, qint64 baseline)
{
    return baseline > 0 ? double(figure) / double(baseline) : 0.0;
}

// `bench_startup --bare`: a bare QWidget of the console's size, from construction to first paint.
int runBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    bc::ui::initResources();
    QElapsedTimer clock;
    clock.start();
    QWidget window;
    window.resize(1400, 860);
    PaintWatch watch;
    watch.onPaint = [&] {
        std::printf("%lld\n", clock.elapsed());
        std::fflush(stdout);
        QApplication::quit();
    };
    window.installEventFilter(&watch);
    window.show();
    return QApplication::exec();
}

qint64 bareFirstPaint()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")});
    if (!child.waitForFinished(30000))
        return -1;
    return child.readAllStandardOutput().trimmed().toLongLong();
}

// Waits in a nested loop until `done` was called; returns the ms it took.
qint64 timed(const std::function<void(std::function<void()>)> &work)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    work([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return clock.elapsed();
}

// The baseline of the table: the same list fetched and decoded by the console's own client.
qint64 rawBackups(bc::ApiClient *client, int *count)
{
    return timed([&](std::function<void()> done) {
        client->backups(project, QStringLiteral("main"), nullptr,
                        [count, done](bc::Result<QList<bc::Backup>> result) {
                            *count = result.ok() ? int(result.value().size()) : -1;
                            done();
                        });
    });
}

// The server's part of both: the same URL answered and read whole, not decoded (its own access
// token, exchanged once; QNetworkAccessManager as the client, over the same loopback).
struct RawServer
{
    QNetworkAccessManager network;
    QByteArray bearer;
    QUrl base;

    QByteArray send(const QUrl &url, const QByteArray &post = {})
    {
        QNetworkRequest request(url);
        QNetworkReply *reply = nullptr;
        if (post.isEmpty()) {
            request.setRawHeader("Authorization", bearer);
            reply = network.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Authorization", "Basic cGxhdGZvcm0tYXBpLXVzZXI6");
            reply = network.post(request, post);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }
    bool signIn()
    {
        const QByteArray answer
            = send(base.resolved(QUrl(QStringLiteral("oauth2/token"))),
                   "grant_type=api_token&api_token=" + QByteArray(bc::test::demo::adminToken));
        bearer = "Bearer "
            + QJsonDocument::fromJson(answer)
                  .object()
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
        return bearer.size() > 7;
    }
    qint64 get(const QString &path, qsizetype *bytes)
    {
        QElapsedTimer clock;
        clock.start();
        *bytes = send(base.resolved(QUrl(path))).size();
        return clock.elapsed();
    }
};

// The baseline of the feed: the same pages (same query and page sizes), one after the other.
qint64 rawFeed(bc::ApiClient *client, int firstPage, int olderPage, int *count)
{
    *count = 0;
    return timed([&](std::function<void()> done) {
        auto next = std::make_shared<std::function<void(bc::ActivityQuery)>>();
        *next = [client, olderPage, count, done, next](bc::ActivityQuery query) {
            client->activities(project, query, nullptr,
                               [query, olderPage, count, done, next](auto result) mutable {
                                   if (result.ok())
                                       *count += int(result.value().size());
                                   if (!result.ok() || result.value().size() < query.count) {
                                       *next = {}; // the pages hold it: break the cycle
                                       done();
                                       return;
                                   }
                                   query.pageAfter(result.value().constLast());
                                   query.count = olderPage;
                                   (*next)(query);
                               });
        };
        bc::ActivityQuery first;
        first.environment = QStringLiteral("main");
        first.types = bc::ActivityText::backupTypes();
        first.count = firstPage;
        (*next)(first);
    });
}

template<typename F>
qint64 median(int rounds, F &&measure)
{
    QList<qint64> values;
    for (int i = 0; i < rounds; ++i)
        values.append(measure());
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0)
        return runBare(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    BenchApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bc::ui::initResources();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1)
        backupCount = args.at(1).toInt();
    activityCount = args.size() > 2 ? args.at(2).toInt() : 5000;

    QTemporaryDir scratch;
    const QString dataDir = scratch.filePath(QStringLiteral("sandbox"));
    QElapsedTimer seeding;
    seeding.start();
    if (!prepareData(dataDir, backupCount, activityCount)) {
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
    // The start-up baseline, before the console so that nothing of it runs meanwhile.
    const qint64 bareMs = bareFirstPaint();

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
    qint64 backupsStall = -1;
    qint64 memoryBefore = -1;
    bc::ui::ConsoleController *controller = shell.controller();
    bc::ActivityFeedModel *feed = controller->feed();
    // Pages on as soon as a page is in (queued: the model is still inside its insertion), so
    // that the figure is the console's paging and not this program's polling.
    QObject::connect(
        feed, &bc::ActivityFeedModel::loadingChanged, &app,
        [&](bool busy) {
            if (!busy && phase == Phase::Feed && feed->canFetchMore({}))
                feed->fetchMore({});
        },
        Qt::QueuedConnection);
    const auto report = [&] {
        const qint64 feedMs = loading.elapsed();
        const qint64 loadStall = meter.longest();
        const QByteArray longestEvent = app.longest();
        app.watch(false);
        const qint64 memoryAfter = memoryKb("VmRSS:");
        const int rows = controller->backups()->rowCount();
        const int activities = feed->rowCount();
        bc::ApiClient *client = shell.context()->client();
        int fetched = 0;
        const qint64 rawTable = median(3, [&] { return rawBackups(client, &fetched); });
        RawServer raw;
        raw.base = url;
        qsizetype tableBytes = 0;
        const qint64 serverTable = raw.signIn()
            ? median(
                3,
                [&] {
                    return raw.get(
                        QStringLiteral("api/projects/%1/environments/main/backups").arg(project),
                        &tableBytes);
                })
            : -1;
        int paged = 0;
        const qint64 rawPages = median(
            3, [&] { return rawFeed(client, feed->pageSize(), feed->olderPageSize(), &paged); });
        meter.start();
        timed([](std::function<void()> done) { QTimer::singleShot(1000, done); });
        const qint64 idleStall = meter.longest();
        std::printf("seeding the sandbox (set-up, not measured): %lld ms\n", seedMs);
        std::printf("start to first painted window: %lld ms; bare QWidget (baseline, child "
                    "process): %lld ms; ratio %.2f (process start-up and bench set-up before "
                    "it: %lld ms)\n",
                    firstPaint, bareMs, ratio(firstPaint, bareMs),
                    sinceStart.elapsed() - clock.elapsed());
        std::printf("start to first paint with the demo data: %lld ms\n", dataPaint);
        std::printf("%d backups in the table: %lld ms after selecting the project; the client "
                    "fetching and decoding the same %d (baseline, median of 3): %lld ms; "
                    "ratio %.2f\n",
                    rows, backupsMs, fetched, rawTable, ratio(backupsMs, rawTable));
        std::printf("  of which the server's answer alone (%.1f MB read, not decoded; median of "
                    "3): %lld ms\n",
                    double(tableBytes) / 1e6, serverTable);
        std::printf("%d activities in the feed (pages of %d, then %d, fetchMore): %lld ms; the "
                    "client paging the same %d (baseline, median of 3): %lld ms; ratio %.2f\n",
                    activities, feed->pageSize(), feed->olderPageSize(), feedMs, paged, rawPages,
                    ratio(feedMs, rawPages));
        std::printf("longest event-loop stall while loading: %lld ms (backups phase %lld ms); "
                    "idle, loaded (baseline, 1 s): %lld ms; ratio %.2f\n",
                    loadStall, backupsStall, idleStall, ratio(loadStall, idleStall));
        std::printf("longest single event while loading: %s\n", longestEvent.constData());
        std::printf("memory (RSS): %.1f MB loaded, %.1f MB before selecting the project, peak "
                    "%.1f MB\n",
                    memoryAfter / 1024.0, memoryBefore / 1024.0, memoryKb("VmHWM:") / 1024.0);
        QApplication::quit();
    };
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
                memoryBefore = memoryKb("VmRSS:");
                app.watch(true);
                meter.start();
                loading.start();
            }
            break;
        case Phase::Selecting:
            if (window->treeView()->select(key, project, QStringLiteral("main")))
                phase = Phase::Backups;
            break;
        case Phase::Backups:
            if (controller->backups()->rowCount() >= backupCount) {
                backupsMs = loading.elapsed();
                backupsStall = meter.longest();
                phase = Phase::Feed;
            }
            break;
        case Phase::Feed:
            if (feed->canFetchMore({}))
                feed->fetchMore({});
            else if (!feed->isLoading() && feed->rowCount() >= activityCount) {
                phase = Phase::Done;
                step.stop();
                report();
            }
            break;
        case Phase::Done:
            break;
        }
    });
    step.start();
    QTimer::singleShot(300000, &app, [] {
        std::fputs("timed out\n", stderr);
        QApplication::exit(1);
    });
    shell.start(true);
    return QApplication::exec();
}
