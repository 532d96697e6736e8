// Prints the figures of the visual history: the paint time of the timeline with 5,000 and 50,000
// backups beside its baseline from the same run (the same picture without marks and bars: lanes,
// axis, bands, legend), and the fleet load time and request concurrency against
// `--seed fleet:200`.
//   bench_history [projects]   (BC_SANDBOX_BIN names the sandbox; default 200 fleet projects)
//   bench_history --timeline   (the timeline only)
#include "../integration/tst_history_support.h"
#include "client/apiclient.h"
#include "client/fleetloader.h"
#include "models/history/timelinelayout.h"
#include "sandboxprocess.h"
#include "ui/history/timelinepainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bc;

namespace {

constexpr qint64 dayMs = qint64(24) * 3600 * 1000;

TimelineData history(const QDateTime &now, int backups)
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
    for (int i = 0; i < backups; ++i) {
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

// The median of `rounds` runs of f, in milliseconds.
template<typename F>
double medianMs(int rounds, F &&f)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void paintBench(int backups)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    TimelineLayout layout;
    layout.setViewWidth(1600);
    layout.scale().setRangeEndingAt(now, 365 * dayMs);
    const TimelineData data = history(now, backups);
    layout.setData(data, QStringLiteral("main"));
    std::printf("timeline: layout of %d backups (setData)          %8.2f ms\n", backups,
                double(timer.nsecsElapsed()) / 1e6);
    // The baseline: the same lanes without a backup, painted at the same size.
    TimelineData empty;
    empty.environments = data.environments;
    TimelineLayout bare;
    bare.setViewWidth(1600);
    bare.setData(empty, QStringLiteral("main"));
    ui::TimelinePainter::State state;
    state.now = now;
    state.palette = QApplication::palette();
    const QSizeF picture = ui::TimelinePainter::pictureSize(QFontMetrics(QFont()), layout);
    QImage image(picture.toSize(), QImage::Format_ARGB32_Premultiplied);
    constexpr int rounds = 21;
    for (const auto &[name, span] :
         {std::pair{"year", 365 * dayMs}, {"month", 30 * dayMs}, {"day", dayMs}}) {
        layout.scale().setRangeEndingAt(now.addMSecs(span / 20), span);
        bare.scale().setRangeEndingAt(now.addMSecs(span / 20), span);
        bare.relayout();
        const double relayoutMs = medianMs(rounds, [&] { layout.relayout(); });
        const double paintMs = medianMs(rounds, [&] {
            QPainter painter(&image);
            ui::TimelinePainter::paint(painter, layout, state);
        });
        const double baseMs = medianMs(rounds, [&] {
            QPainter painter(&image);
            ui::TimelinePainter::paint(painter, bare, state);
        });
        std::printf("timeline: %d backups, %-5s zoom: relayout %6.2f ms, paint %6.2f ms; "
                    "baseline (no marks) %5.2f ms, ratio %4.1fx (%dx%d, median of %d)\n",
                    backups, name, relayoutMs, paintMs, baseMs, paintMs / baseMs, image.width(),
                    image.height(), rounds);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    paintBench(5000);
    paintBench(50000);
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == QLatin1String("--timeline")) {
        return 0;
    }

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
