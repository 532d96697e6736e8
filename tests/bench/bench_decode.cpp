// Decode throughput of the client (MB/s, objects/s) for 10,000 backups and 10,000 activities,
// and the longest time the calling thread was blocked while the client fetched and decoded them
// (a 1 ms QTimer on the calling thread records the longest gap between its ticks).
// The baseline, from the same run: nlohmann's json::parse of the same bytes (ratio = its time /
// ours).

#include "../unit/tst_client_fakeserver.h"
#include "client/apiclient.h"
#include "client/decode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <nlohmann/json.hpp>

using namespace bc;

namespace {

constexpr int Count = 10000;

QByteArray backups()
{
    QByteArray out = "[";
    for (int i = 0; i < Count; ++i) {
        const QByteArray id = QByteArray::number(i).rightJustified(26, 'a');
        out += (i ? "," : "") + QByteArray("{\"id\":\"") + id
            + "\",\"environment\":\"main\",\"status\":\"CREATED\",\"safe\":true,\"automated\":"
              "false,"
              "\"index\":null,\"restorable\":true,\"commit_id\":\"0123456789abcdef0123456789abcdef"
              "01234567\",\"deployment\":\"d1\",\"size_of_volumes\":1073741824,\"size_used\":"
            + QByteArray::number(500000000 + i)
            + ",\"created_at\":\"2026-11-20T05:00:12.123456+00:00\",\"updated_at\":"
              "\"2026-11-20T05:00:13.123456+00:00\",\"expires_at\":null,\"attributes\":{},"
              "\"_links\":{\"self\":{\"href\":\"https://eu-3.platform.sh/api/projects/p/"
              "environments/main/backups/"
            + id + "\"},\"#restore\":{\"href\":\"/api/projects/p/environments/main/backups/" + id
            + "/restore\"},\"#delete\":{\"href\":\"/api/projects/p/environments/main/backups/" + id
            + "\"}}}";
    }
    return out + "]";
}

QByteArray activities()
{
    QByteArray out = "[";
    for (int i = 0; i < Count; ++i) {
        const QByteArray id = "act" + QByteArray::number(i);
        out += (i ? "," : "") + QByteArray("{\"id\":\"") + id
            + "\",\"type\":\"environment.backup\",\"project\":\"p\",\"environments\":[\"main\"],"
              "\"state\":\"complete\",\"result\":\"success\",\"completion_percent\":100,"
              "\"created_at\":\"2026-11-20T05:00:12.123456+00:00\",\"updated_at\":"
              "\"2026-11-20T05:00:42.123456+00:00\",\"started_at\":\"2026-11-20T05:00:12.2+00:00\","
              "\"completed_at\":\"2026-11-20T05:00:42.123456+00:00\",\"cancelled_at\":null,"
              "\"description\":\"<user data-id=\\\"u1\\\">Ada</user> created a backup of "
              "<environment data-id=\\\"main\\\">Main</environment>\",\"text\":\"Ada created a "
              "backup of "
              "Main\",\"parameters\":{\"safe\":true},\"payload\":{\"user\":{\"id\":\"u1\","
              "\"display_name\":\"Ada\"},\"environment\":{\"id\":\"main\",\"title\":\"Main\"},"
              "\"backup_name\":\"abc\",\"safe\":true},\"_links\":{\"self\":{\"href\":\"https://"
              "eu-3.platform.sh/api/projects/p/activities/"
            + id + "\"},\"log\":{\"href\":\"/api/projects/p/activities/" + id + "/log\"}}}";
    }
    return out + "]";
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Our decoder against nlohmann's own json::parse (a DOM, nothing converted) of the same bytes,
// the two alternating round by round so that the machine's load falls on both alike. Prints the
// medians and the ratio decoder/parse (the goal is 0.7 or more).
template<typename T>
void throughput(const char *name, const QByteArray &body)
{
    constexpr int Rounds = 7;
    QList<double> ours;
    QList<double> document;
    QList<double> parse;
    QList<double> ratios;
    qsizetype decoded = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer clock;
        double parseSeconds = 0;
        double oursSeconds = 0;
        {
            clock.start();
            const nlohmann::json document = nlohmann::json::parse(body.cbegin(), body.cend());
            parseSeconds = clock.nsecsElapsed() / 1e9;
            if (!document.is_array())
                std::abort();
        }
        // What the one left freed is not charged to the other (glibc consolidates its free
        // chunks at the next big allocation).
        malloc_trim(0);
        {
            clock.start();
            const Result<QList<T>> result = decodeBody<QList<T>>(body);
            oursSeconds = clock.nsecsElapsed() / 1e9;
            decoded = result.ok() ? result.value().size() : -1;
        }
        malloc_trim(0);
        double documentSeconds = 0;
        {
            clock.start();
            const Result<QList<T>> result = detail::decodeDocument<QList<T>>(body);
            documentSeconds = clock.nsecsElapsed() / 1e9;
            if (!result.ok())
                std::abort();
        }
        malloc_trim(0);
        document.append(body.size() / 1e6 / documentSeconds);
        ours.append(body.size() / 1e6 / oursSeconds);
        parse.append(body.size() / 1e6 / parseSeconds);
        ratios.append(parseSeconds / oursSeconds);
    }
    std::printf(
        "%-10s %5.2f MB body, %lld objects: decoder %6.1f MB/s (%8.0f objects/s), "
        "json::parse %6.1f MB/s; ratio %.2fx (median of %d rounds; through the JSON document as "
        "before: %.1f MB/s)\n",
        name, body.size() / 1e6, static_cast<long long>(decoded), median(ours),
        median(ours) * 1e6 / body.size() * decoded, median(parse), median(ratios), Rounds,
        median(document));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray backupBody = backups();
    const QByteArray activityBody = activities();
    throughput<Backup>("backups", backupBody);
    throughput<Activity>("activities", activityBody);

    // Through the client over loopback: decoding happens off the calling thread.
    FakeServer server;
    server.setHandler([&](const FakeServer::Request &r) {
        if (r.path == "/oauth2/token")
            return FakeServer::Reply{200, "{\"access_token\": \"a.b.c\", \"expires_in\": 900}"};
        return FakeServer::Reply{200, r.path.contains("activities") ? activityBody : backupBody};
    });
    QNetworkAccessManager network;
    const QUrl base(server.base());
    ApiClient client(Account::custom(base, base), &network);
    client.setApiToken(QStringLiteral("bench"));

    qint64 longestGapNs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    QElapsedTimer total;
    const auto report = [&](const char *what, qsizetype objects) {
        std::printf("client %-10s %lld objects in %.1f ms wall; calling thread blocked at most "
                    "%.1f ms\n",
                    what, static_cast<long long>(objects), total.nsecsElapsed() / 1e6,
                    longestGapNs / 1e6);
    };
    const auto fetchActivities = [&] {
        longestGapNs = 0;
        total.start();
        sinceTick.start();
        client.activities(QStringLiteral("p"), {}, &app, [&](Result<QList<Activity>> r) {
            report("activities", r.ok() ? r.value().size() : -1);
            app.quit();
        });
    };
    total.start();
    sinceTick.start();
    ticker.start();
    client.backups(QStringLiteral("p"), QStringLiteral("main"), &app, [&](Result<QList<Backup>> r) {
        report("backups", r.ok() ? r.value().size() : -1);
        fetchActivities();
    });
    return app.exec();
}
