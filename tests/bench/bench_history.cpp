// Prints the figures of the visual history: the paint time of the timeline with 5,000 backups,
// and the fleet load time and request concurrency against `--seed fleet:200`.
//   bench_history [projects]   (BC_SANDBOX_BIN names the sandbox; default 200 fleet projects)
#include "../integration/tst_history_support.h"
#include "client/apiclient.h"
#include "client/fleetloader.h"
#include "models/history/timelinelayout.h"
#include "sandboxprocess.h"
#include "ui/history/timelinepainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace bc;

namespace {

constexpr qint64 dayMs = qint64(24) * 3600 * 1000;

TimelineData fiveThousand(const QDateTime &now)
{
    TimelineData data;
    const QStringList names{QStringLiteral("main"), QStringLiteral("staging"),
                            QStringLiteral("develop"), QStringLiteral("feature-a"),
                            QStringLiteral("feature-b")};
    for (const QString &name : names) {
        Environment e;
        e.id = name;
        e.type = name == QLatin1String("main") ? QStringLiteral("production")
                                               : QStringLiteral("development");
        data.environments.append(e);
    }
    QRandomGenerator random(42);
    for (int i = 0; i < 5000; ++i) {
        Backup b;
        b.id = QStringLiteral("b%1").arg(i);
        b.environment = names[i % names.size()];
        b.createdAt = now.addMSecs(-qint64(random.bounded(365.0) * double(dayMs)));
        b.safe = random.bounded(2) == 1;
        b.automated = random.bounded(3) != 0;
        b.expiresAt = b.createdAt.addDays(7 + random.bounded(170));
        data.backups.append(b);
    }
    for (int i = 0; i < 50; ++i) {
        Activity a;
        a.id = QStringLiteral("r%1").arg(i);
        a.type = QStringLiteral("environment.restore");
        a.state = QStringLiteral("complete");
        a.result = QStringLiteral("success");
        a.createdAt = now.addDays(-random.bounded(300));
        a.environments = {QStringLiteral("main")};
        a.payload.insert(QStringLiteral("backup_name"), QStringLiteral("b%1").arg(i * 7));
        a.payload.insert(QStringLiteral("environment"), names[1 + i % 4]);
        data.activities.append(a);
    }
    return data;
}

void paintBench()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    TimelineLayout layout;
    layout.setViewWidth(1600);
    layout.scale().setRangeEndingAt(now, 365 * dayMs);
    layout.setData(fiveThousand(now), QStringLiteral("main"));
    std::printf("timeline: layout of 5000 backups (setData)          %8.2f ms\n",
                double(timer.nsecsElapsed()) / 1e6);
    ui::TimelinePainter::State state;
    state.now = now;
    state.palette = QApplication::palette();
    const QSize size(1600, int(layout.contentHeight() + ui::TimelinePainter::legendHeight));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (const auto &[name, span] :
         {std::pair{"year", 365 * dayMs}, {"month", 30 * dayMs}, {"day", dayMs}}) {
        layout.scale().setRangeEndingAt(now, span);
        constexpr int rounds = 20;
        timer.restart();
        for (int i = 0; i < rounds; ++i) {
            layout.relayout();
        }
        const double relayoutMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
        timer.restart();
        for (int i = 0; i < rounds; ++i) {
            QPainter painter(&image);
            ui::TimelinePainter::paint(painter, layout, state);
        }
        const double paintMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
        std::printf("timeline: 5000 backups, %-5s zoom: relayout %6.2f ms, paint %6.2f ms "
                    "(1600x%d, mean of %d)\n",
                    name, relayoutMs, paintMs, size.height(), rounds);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    paintBench();

    const int projects = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    QElapsedTimer timer;
    timer.start();
    test::SandboxProcess sandbox(
        {QStringLiteral("--seed"), QStringLiteral("fleet:%1").arg(projects)});
    if (!sandbox.start(300000)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("fleet: sandbox seeded with fleet:%d in %.1f s\n", projects,
                double(timer.elapsed()) / 1000.0);

    test::CountingNetworkManager network;
    ApiClient client(Account::custom(sandbox.baseUrl(), sandbox.baseUrl()), &network);
    client.setApiToken(QLatin1String(test::demo::adminToken));
    FleetLoader loader({&client});
    int exitCode = 0;
    QObject::connect(&loader, &FleetLoader::finished, &app, [&] {
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        int stale = 0;
        for (const FleetRow &row : loader.rows()) {
            stale += row.stale ? 1 : 0;
        }
        std::printf("fleet: %lld rows (%d stale), %lld errors in %.2f s\n",
                    qlonglong(loader.rows().size()), stale, qlonglong(loader.errors().size()),
                    seconds);
        std::printf("fleet: calls in flight at most %d (limit %d); HTTP requests %d, at most %d "
                    "at once on the wire\n",
                    loader.maxInFlightObserved(), loader.options().maxInFlight, network.total,
                    network.maxInFlight);
        exitCode = loader.errors().isEmpty() ? 0 : 1;
        app.quit();
    });
    QTimer::singleShot(0, &loader, [&] {
        timer.restart();
        loader.start();
    });
    app.exec();
    return exitCode;
}
