// The fleet board's load against `--seed fleet:N`, side by side with curl fetching the same URLs
// at the same concurrency (the baseline, measured in the same run, alternating).
//   bench_fleet [--projects N] [--latency MS] [--runs R] [--cli] [--per-host N]
// BC_SANDBOX_BIN names the sandbox; --cli also times `backup-console fleet` (beside the sandbox
// binary) per run. Prints each run, then the medians and their ratio.
#include "client/apiclient.h"
#include "client/fleetloader.h"
#include "client/requestrunner.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

using namespace bc;

namespace {

// Records every request the console sends: the URLs curl then fetches.
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    QList<QUrl> gets;
    int total = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++total;
        if (op == GetOperation)
            gets.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Bench
{
    QUrl base;
    // Network managers the console's client has (main and read networks, as in the console and
    // the CLI) and so the connections it has on the wire; curl gets as many.
    static constexpr int Networks = 3;
    int concurrency = 0;
    int perHost = FleetOptions().maxPerHost;
    int runs = 5;
    bool cli = false;
    QTemporaryDir dir;
    QList<QUrl> urls; // of the last console run
    QList<double> console, projectsListed, rowsKnown, curl, cliTimes;
    int consoleRequests = 0;
    int rows = 0;
    int run = 0;
    std::function<void()> next;

    void runConsole(std::function<void()> done)
    {
        auto networks = std::make_shared<std::array<RecordingNetwork, Networks>>();
        auto client = std::make_shared<ApiClient>(Account::custom(base, base), &networks->at(0));
        QList<QNetworkAccessManager *> reads;
        for (std::size_t i = 1; i < networks->size(); ++i)
            reads.append(&networks->at(i));
        client->setReadNetworks(reads);
        client->setApiToken(QLatin1String(test::demo::adminToken));
        auto loader = std::make_shared<FleetLoader>(QList<ApiClient *>{client.get()});
        FleetOptions options;
        options.maxPerHost = perHost;
        loader->setOptions(options);
        auto timer = std::make_shared<QElapsedTimer>();
        auto listed = std::make_shared<bool>(false);
        QObject::connect(loader.get(), &FleetLoader::progressChanged, loader.get(),
                         [this, timer, listed](int, int total) {
                             if (total > 1 && !std::exchange(*listed, true))
                                 projectsListed.append(double(timer->nsecsElapsed()) / 1e9);
                         });
        QObject::connect(loader.get(), &FleetLoader::rowsKnown, loader.get(),
                         [this, timer] { rowsKnown.append(double(timer->nsecsElapsed()) / 1e9); });
        QObject::connect(
            loader.get(), &FleetLoader::finished, loader.get(),
            [this, networks, client, loader, timer, done] {
                const double seconds = double(timer->nsecsElapsed()) / 1e9;
                console.append(seconds);
                urls.clear();
                consoleRequests = 0;
                for (const RecordingNetwork &network : *networks) {
                    urls += network.gets;
                    consoleRequests += network.total;
                }
                rows = int(loader->rows().size());
                std::printf("run %d console: %d rows (projects listed %.3f s, rows known %.3f s), "
                            "all details %.3f s, %d requests (%lld GET), at most %d in flight, "
                            "%d on one host, %lld errors\n",
                            run + 1, rows, projectsListed.value(projectsListed.size() - 1),
                            rowsKnown.constLast(), seconds, consoleRequests, qlonglong(urls.size()),
                            loader->maxInFlightObserved(), loader->maxPerHostObserved(),
                            qlonglong(loader->errors().size()));
                QTimer::singleShot(0, [networks, client, loader, done] { done(); });
            });
        timer->start();
        loader->start();
    }

    static void writeConfig(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(text);
    }

    // The same exchange (token, then every GET of the console's run) with curl: one token POST,
    // then the GETs at `concurrency` in flight. Token only in config files (0600), never in args.
    void runCurl(std::function<void()> done)
    {
        const QString tokenConfig = dir.filePath(QStringLiteral("token.cfg"));
        writeConfig(tokenConfig,
                    "url = \"" + base.resolved(QUrl(QStringLiteral("oauth2/token"))).toEncoded()
                        + "\"\ndata = \"grant_type=api_token&api_token="
                        + QByteArray(test::demo::adminToken)
                        + "\"\nheader = \"Authorization: Basic cGxhdGZvcm0tYXBpLXVzZXI6\"\n");
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto *token = new QProcess;
        QObject::connect(token, &QProcess::finished, token, [this, token, timer, done](int code) {
            token->deleteLater();
            const QByteArray access = QJsonDocument::fromJson(token->readAllStandardOutput())
                                          .object()
                                          .value(QStringLiteral("access_token"))
                                          .toString()
                                          .toUtf8();
            if (code != 0 || access.isEmpty()) {
                std::fprintf(stderr, "curl: no access token\n");
                QCoreApplication::exit(1);
                return;
            }
            QByteArray config = "header = \"Authorization: Bearer " + access + "\"\n";
            for (const QUrl &url : std::as_const(urls))
                config += "url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n";
            const QString getConfig = dir.filePath(QStringLiteral("gets.cfg"));
            writeConfig(getConfig, config);
            auto *gets = new QProcess;
            QObject::connect(gets, &QProcess::finished, gets, [this, gets, timer, done](int exit) {
                gets->deleteLater();
                const double seconds = double(timer->nsecsElapsed()) / 1e9;
                curl.append(seconds);
                std::printf("run %d curl:    %lld requests + token in "
                            "%.3f s (exit %d)\n",
                            run + 1, qlonglong(urls.size()), seconds, exit);
                done();
            });
            gets->start(QStringLiteral("curl"),
                        {QStringLiteral("-sf"), QStringLiteral("--parallel"),
                         QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
                         QString::number(concurrency), QStringLiteral("-K"), getConfig});
        });
        token->start(QStringLiteral("curl"),
                     {QStringLiteral("-sf"), QStringLiteral("-K"), tokenConfig});
    }

    // The command line's board (process start included), same sandbox.
    void runCli(std::function<void()> done)
    {
        const QString program = QFileInfo(qEnvironmentVariable("BC_SANDBOX_BIN")).absolutePath()
            + QStringLiteral("/backup-console");
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLATFORMSH_CLI_TOKEN"), QLatin1String(test::demo::adminToken));
        process->setProcessEnvironment(env);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QObject::connect(process, &QProcess::finished, process,
                         [this, process, timer, done](int code) {
                             process->deleteLater();
                             const double seconds = double(timer->nsecsElapsed()) / 1e9;
                             cliTimes.append(seconds);
                             std::printf("run %d cli:     backup-console fleet %.3f s (exit %d, "
                                         "%lld output lines)\n",
                                         run + 1, seconds, code,
                                         qlonglong(process->readAllStandardOutput().count('\n')));
                             done();
                         });
        process->start(program,
                       {QStringLiteral("fleet"), QStringLiteral("--api-url"), base.toString(),
                        QStringLiteral("--format"), QStringLiteral("csv")});
    }

    void step()
    {
        if (run == runs) {
            report();
            QCoreApplication::quit();
            return;
        }
        // Console first (it makes the URL list), then curl, then the command line.
        runConsole([this] {
            runCurl([this] {
                const auto after = [this] {
                    ++run;
                    QTimer::singleShot(0, [this] { step(); });
                };
                if (cli)
                    runCli(after);
                else
                    after();
            });
        });
    }

    void report() const
    {
        const double c = median(console);
        const double b = median(curl);
        std::printf("\nfleet board, %d rows, median of %d: console %.3f s (rows with staleness "
                    "%.3f s), %d requests; curl, same %lld GETs + token at %d in flight "
                    "(baseline, same run) %.3f s: ratio %.2fx (rows %.2fx)\n",
                    rows, runs, c, median(rowsKnown), consoleRequests, qlonglong(urls.size()),
                    concurrency, b, c / b, median(rowsKnown) / b);
        if (cli) {
            std::printf("backup-console fleet (process start included), median of %d: %.3f s: "
                        "ratio to curl %.2fx\n",
                        runs, median(cliTimes), median(cliTimes) / b);
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption projects(QStringLiteral("projects"), QStringLiteral("fleet:N"),
                                      QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("sandbox --latency (ms)"), QStringLiteral("MS"),
                                     QStringLiteral("0"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("rounds"),
                                  QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("time the CLI too"));
    const QCommandLineOption perHost(
        QStringLiteral("per-host"), QStringLiteral("FleetOptions::maxPerHost"), QStringLiteral("N"),
        QString::number(FleetOptions().maxPerHost));
    parser.addOptions({projects, latency, runs, cli, perHost});
    parser.process(app);

    QStringList arguments{QStringLiteral("--seed"),
                          QStringLiteral("fleet:%1").arg(parser.value(projects))};
    if (parser.value(latency).toInt() > 0)
        arguments << QStringLiteral("--latency") << parser.value(latency);
    test::SandboxProcess sandbox(arguments);
    if (!sandbox.start(300000)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("sandbox: %s, latency %d ms\n", qPrintable(arguments.join(QLatin1Char(' '))),
                parser.value(latency).toInt());
    Bench bench;
    bench.base = sandbox.baseUrl();
    bench.runs = std::max(1, parser.value(runs).toInt());
    bench.cli = parser.isSet(cli);
    bench.perHost = std::max(1, parser.value(perHost).toInt());
    bench.concurrency
        = std::min(bench.perHost, RequestRunner::ConnectionsPerNetwork * Bench::Networks);
    QTimer::singleShot(0, [&bench] { bench.step(); });
    return app.exec();
}
