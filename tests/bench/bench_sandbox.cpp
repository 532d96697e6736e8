// Throughput of the sandbox over loopback for the two lists the console polls most: backups of an
// environment and a project's activities. Prints requests/s, median and p99 latency per case.
// Bounded: at most `requests` per case and about 3 s per case. Needs BC_SANDBOX_BIN.
// First, the start of a sandbox seeding `--seed fleet:N` (N = second argument, 200 unless given)
// until it listens, against the start of one with `--seed empty` (the process alone: the
// baseline), both in the same run: `bench_sandbox [requests] [N]`.
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

struct Case
{
    const char *name;
    QString path;
    int parallel;
};

// Sends each case's requests with `parallel` in flight, one case after the other.
class Bench final : public QObject
{
public:
    Bench(const QUrl &base, QList<Case> cases, int requests)
        : m_base(base)
        , m_cases(std::move(cases))
        , m_requests(requests)
    { }

    void start()
    {
        QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/oauth2/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(request, "grant_type=api_token&api_token=sandbox-admin");
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_token = QJsonDocument::fromJson(reply->readAll())
                          .object()
                          .value(QStringLiteral("access_token"))
                          .toString()
                          .toLatin1();
            nextCase();
        });
    }

private:
    void nextCase()
    {
        if (m_case >= m_cases.size()) {
            QCoreApplication::exit(m_failures == 0 ? 0 : 1);
            return;
        }
        m_latencies.clear();
        m_sent = 0;
        m_caseTimer.start();
        for (int i = 0; i < m_cases[m_case].parallel; ++i) {
            sendOne();
        }
    }

    void sendOne()
    {
        if (m_sent >= m_requests || m_caseTimer.elapsed() > 3000) {
            return;
        }
        ++m_sent;
        QNetworkRequest request(m_base.resolved(QUrl(m_cases[m_case].path)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
            reply->deleteLater();
            m_latencies.append(double(timer->nsecsElapsed()) / 1e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200
                || reply->readAll().isEmpty()) {
                ++m_failures;
            }
            if (m_latencies.size() == m_sent
                && (m_sent >= m_requests || m_caseTimer.elapsed() > 3000)) {
                report();
                ++m_case;
                nextCase();
            } else {
                sendOne();
            }
        });
    }

    void report()
    {
        const double seconds = double(m_caseTimer.nsecsElapsed()) / 1e9;
        std::sort(m_latencies.begin(), m_latencies.end());
        const auto at = [this](double q) {
            return m_latencies[qMin(m_latencies.size() - 1,
                                    qsizetype(q * double(m_latencies.size())))];
        };
        std::printf(
            "%-34s %2d in flight %5lld requests %8.0f req/s  median %6.2f ms  p99 %6.2f ms\n",
            m_cases[m_case].name, m_cases[m_case].parallel, qlonglong(m_latencies.size()),
            double(m_latencies.size()) / seconds, at(0.5), at(0.99));
        std::fflush(stdout);
    }

    QUrl m_base;
    QList<Case> m_cases;
    int m_requests;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
    QElapsedTimer m_caseTimer;
    qsizetype m_case = 0;
    int m_sent = 0;
    int m_failures = 0;
    QList<double> m_latencies;
};

struct StartTime
{
    double wall = 0; // from starting the process until it listens
    double cpu = 0; // the process's own CPU time (user + system) by then
};

// The CPU time a process used so far, from /proc (0 where there is none).
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// A sandbox started with seed until it listens, in a fresh data folder.
StartTime start(const QString &seed)
{
    bc::test::SandboxProcess sandbox({QStringLiteral("--seed"), seed});
    QElapsedTimer clock;
    clock.start();
    if (!sandbox.start(300000)) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
        std::exit(2);
    }
    return {double(clock.nsecsElapsed()) / 1e9, cpuSeconds(sandbox.processId())};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int requests = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int fleet = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    {
        // The wall time against the process's own CPU time: on a loaded machine the difference
        // is the machine's (waiting for a core or the disk), not the seed's.
        const StartTime empty = start(QStringLiteral("empty"));
        const StartTime seeded = start(QStringLiteral("fleet:%1").arg(fleet));
        std::printf("start, --seed fleet:%d: %.2f s (its CPU time %.2f s); --seed empty: %.2f s "
                    "(baseline); ratio %.1fx\n",
                    fleet, seeded.wall, seeded.cpu, empty.wall, seeded.wall / empty.wall);
        std::fflush(stdout);
    }
    bc::test::SandboxProcess sandbox({QStringLiteral("--time-scale"), QStringLiteral("1")});
    if (!sandbox.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
        return 2;
    }
    const QString project
        = QStringLiteral("/api/projects/") + QLatin1String(bc::test::demo::legacyEuProject);
    const QList<Case> cases{
        {"backups of main", project + QStringLiteral("/environments/main/backups"), 1},
        {"backups of main", project + QStringLiteral("/environments/main/backups"), 6},
        {"activities, count=25", project + QStringLiteral("/activities?count=25"), 1},
        {"activities, count=25", project + QStringLiteral("/activities?count=25"), 6},
        {"activities, count=100", project + QStringLiteral("/activities?count=100"), 1},
        {"activities, type filter, count=100",
         project + QStringLiteral("/activities?type=environment.backup&count=100"), 1},
    };
    Bench bench(sandbox.baseUrl(), cases, requests);
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    return app.exec();
}
