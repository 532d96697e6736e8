// The fleet loader against the sandbox's demo seed: the rows and their staleness are what the
// sandbox's own data says, the request concurrency stays within the limit, and the real
// `backup-console fleet` prints the same board.
#include "client/apiclient.h"
#include "client/fleetformat.h"
#include "client/fleetloader.h"
#include "tst_history_support.h"
#include "tst_sandbox_support.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;

namespace {

QMap<QString, FleetRow> byKey(const QList<FleetRow> &rows)
{
    QMap<QString, FleetRow> map;
    for (const FleetRow &row : rows) {
        map.insert(row.projectId + QLatin1Char('/') + row.environment, row);
    }
    return map;
}

} // namespace

class TstHistoryFleetLoad final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    CountingNetworkManager m_network;
    std::unique_ptr<ApiClient> m_client;

    ApiClient *makeClient(const QString &apiToken)
    {
        auto *client = new ApiClient(
            Account::custom(m_sandbox.baseUrl(), m_sandbox.baseUrl(), QStringLiteral("sandbox")),
            &m_network, this);
        client->setApiToken(apiToken);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BC_START(m_sandbox);
        m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
        BC_TOKEN(*m_http, demo::adminToken, m_token);
        m_client.reset(makeClient(QLatin1String(demo::adminToken)));
        // A fresh consistent backup of one production environment, so that a short threshold
        // splits the board into stale and fresh rows.
        takeFreshBackup(*m_http, m_token, QLatin1String(demo::eu3Project), QStringLiteral("main"));
        if (QTest::currentTestFailed()) {
            return;
        }
    }

    void board_data()
    {
        QTest::addColumn<int>("staleHours");
        QTest::addColumn<bool>("includeStaging");
        QTest::addColumn<int>("maxInFlight");
        QTest::newRow("1 h, production") << 1 << false << 8;
        QTest::newRow("24 h, production") << 24 << false << 8;
        QTest::newRow("1 h, with staging") << 1 << true << 8;
        QTest::newRow("one call at a time") << 1 << false << 1;
        QTest::newRow("two calls at a time") << 48 << true << 2;
    }
    void board()
    {
        QFETCH(int, staleHours);
        QFETCH(bool, includeStaging);
        QFETCH(int, maxInFlight);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ExpectedFleetRow> expected;
        expectedFleet(*m_http, m_token, includeStaging, now, staleHours, expected);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(expected.size() >= 4);

        FleetLoader loader({m_client.get()});
        FleetOptions options;
        options.staleAfter = std::chrono::hours(staleHours);
        options.includeStaging = includeStaging;
        options.maxInFlight = maxInFlight;
        options.now = now;
        loader.setOptions(options);
        QSignalSpy finished(&loader, &FleetLoader::finished);
        QSignalSpy progress(&loader, &FleetLoader::progressChanged);
        m_network.maxInFlight = m_network.inFlight;
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        QVERIFY(loader.errors().isEmpty());
        const QMap<QString, FleetRow> rows = byKey(loader.rows());
        QCOMPARE(rows.size(), expected.size());
        int staleCount = 0;
        for (const ExpectedFleetRow &want : expected) {
            const QString key = want.project + QLatin1Char('/') + want.environment;
            QVERIFY2(rows.contains(key), qPrintable(key));
            QCOMPARE(rows[key].lastBackupAt, want.lastBackupAt);
            QCOMPARE(rows[key].stale, want.stale);
            staleCount += want.stale ? 1 : 0;
        }
        if (staleHours == 1) {
            // The data must split the board, or this row proves nothing.
            QVERIFY(staleCount > 0 && staleCount < expected.size());
            QVERIFY(!rows[QLatin1String(demo::eu3Project) + QStringLiteral("/main")].stale);
        }
        // Most stale first. One copy of the rows: loader.rows()[i] would detach a temporary
        // list and leave the reference dangling (ASan: heap-use-after-free).
        const QList<FleetRow> sorted = loader.rows();
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            const FleetRow &a = sorted.at(i - 1);
            const FleetRow &b = sorted.at(i);
            QVERIFY(a.ageSeconds < 0 || (b.ageSeconds >= 0 && a.ageSeconds >= b.ageSeconds));
        }
        QVERIFY(loader.maxInFlightObserved() <= maxInFlight);
        QVERIFY(m_network.maxInFlight <= maxInFlight);
        if (maxInFlight > 1) {
            QVERIFY(loader.maxInFlightObserved() > 1); // the limit is used, not just respected
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
    }

    // Issue 14: every row is there, with its staleness from the environment's last_backup_at,
    // once the environments are listed (rowsKnown); the backups listings that follow only add
    // details, and only for environments that were ever backed up. One host never has more than
    // maxPerHost calls in flight.
    void rowsBeforeDetails()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ExpectedFleetRow> expected;
        expectedFleet(*m_http, m_token, true, now, 24, expected);
        if (QTest::currentTestFailed()) {
            return;
        }
        FleetLoader loader({m_client.get()});
        FleetOptions options;
        options.includeStaging = true;
        options.now = now;
        options.maxPerHost = 3;
        loader.setOptions(options);
        QList<FleetRow> atKnown;
        int doneAtKnown = 0;
        connect(&loader, &FleetLoader::rowsKnown, this, [&] { atKnown = loader.rows(); });
        connect(&loader, &FleetLoader::progressChanged, this, [&](int done) {
            if (atKnown.isEmpty()) {
                doneAtKnown = done;
            }
        });
        QSignalSpy known(&loader, &FleetLoader::rowsKnown);
        QSignalSpy finished(&loader, &FleetLoader::finished);
        m_network.maxInFlight = m_network.inFlight;
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(known.size(), 1);
        QVERIFY(loader.errors().isEmpty());
        QCOMPARE(atKnown.size(), expected.size());
        const QMap<QString, FleetRow> final = byKey(loader.rows());
        QSet<QString> projects; // every demo project has a production environment
        int everBackedUp = 0;
        for (const ExpectedFleetRow &want : expected) {
            projects.insert(want.project);
            everBackedUp += want.lastBackupAt.isValid() ? 1 : 0;
        }
        for (const FleetRow &row : std::as_const(atKnown)) {
            const QString key = row.projectId + QLatin1Char('/') + row.environment;
            QVERIFY2(final.contains(key), qPrintable(key));
            QCOMPARE(row.stale, final[key].stale);
            QCOMPARE(row.lastBackupAt.isValid(), final[key].lastBackupAt.isValid());
            QVERIFY(final[key].detailed);
        }
        // The projects listing, one environments listing per project, one backups listing per
        // board environment that has a backup: nothing else.
        QCOMPARE(loader.callsSent(), 1 + int(projects.size()) + everBackedUp);
        QVERIFY(doneAtKnown < loader.callsSent());
        QVERIFY(loader.maxPerHostObserved() <= 3);
        QVERIFY(m_network.maxInFlight <= 3);
    }

    // Issue 14: one QNetworkAccessManager opens at most 6 connections to a host and queues the
    // rest, so over a WAN the board took 200 round trips / 6. A client given two read networks
    // keeps up to 18 calls in flight on its host: the sandbox, holding every answer 150 ms, sees
    // more than 6 at once, and every network carried some of them.
    void moreThanSixConnectionsPerHost()
    {
        SandboxProcess wan({QStringLiteral("--seed"), QStringLiteral("fleet:12"),
                            QStringLiteral("--latency"), QStringLiteral("150")});
        BC_START(wan);
        CountingNetworkManager main;
        CountingNetworkManager readA;
        CountingNetworkManager readB;
        ApiClient client(Account::custom(wan.baseUrl(), wan.baseUrl(), QStringLiteral("wan")),
                         &main);
        client.setApiToken(QLatin1String(demo::adminToken));
        QCOMPARE(client.connectionsPerHost(), 6);
        client.setReadNetworks({&readA, &readB});
        QCOMPARE(client.connectionsPerHost(), 18);

        FleetLoader loader({&client});
        QCOMPARE(loader.options().maxPerHost, 18);
        QSignalSpy finished(&loader, &FleetLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(loader.errors().isEmpty());
        QVERIFY2(loader.rows().size() >= 12, qPrintable(QString::number(loader.rows().size())));
        QVERIFY(loader.maxPerHostObserved() > 6 && loader.maxPerHostObserved() <= 18);

        SandboxHttp http(wan.baseUrl());
        BC_CALL(log, http.get(QStringLiteral("/__sandbox/requests")));
        const int peak
            = SandboxHttp::json(log.get()).object().value(QStringLiteral("peak_held")).toInt();
        QVERIFY2(peak > 6, qPrintable(QStringLiteral("at most %1 answers held at once").arg(peak)));
        QVERIFY(readA.total > 0 && readB.total > 0);
        // The token exchange goes through the main network; each call is one request, except the
        // project listing (extended-access, then the ref/projects pages at once).
        QVERIFY(main.total + readA.total + readB.total >= loader.callsSent() + 1);
    }

    void refusedToken()
    {
        std::unique_ptr<ApiClient> bad(makeClient(QStringLiteral("not-a-token")));
        FleetLoader loader({bad.get()});
        QSignalSpy finished(&loader, &FleetLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(loader.rows().isEmpty());
        QCOMPARE(loader.errors().size(), 1);
        QVERIFY(loader.errors().constFirst().projectId.isEmpty());
    }

    // An account removed while the board loads (its ApiClient deleted): the loader must not
    // touch the freed client for the calls still queued, must not wait for the answers of its
    // calls in flight, and must finish with the other account's board.
    void clientRemovedMidLoad_data()
    {
        QTest::addColumn<int>("maxInFlight");
        QTest::addColumn<int>("removeAfterDone");
        QTest::newRow("its first call queued") << 1 << 0;
        QTest::newRow("its first call in flight") << 2 << 0;
        QTest::newRow("mid-load") << 2 << 4;
    }
    void clientRemovedMidLoad()
    {
        QFETCH(int, maxInFlight);
        QFETCH(int, removeAfterDone);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ExpectedFleetRow> expected;
        expectedFleet(*m_http, m_token, false, now, 24, expected);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto *doomed = new ApiClient(
            Account::custom(m_sandbox.baseUrl(), m_sandbox.baseUrl(), QStringLiteral("doomed")),
            &m_network);
        doomed->setApiToken(QLatin1String(demo::contributorToken));
        FleetLoader loader({m_client.get(), doomed});
        FleetOptions options;
        options.maxInFlight = maxInFlight;
        options.now = now;
        loader.setOptions(options);
        QSignalSpy finished(&loader, &FleetLoader::finished);
        QSignalSpy progress(&loader, &FleetLoader::progressChanged);
        loader.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty() && progress.constLast().at(0).toInt() >= removeAfterDone, 30000);
        QVERIFY(loader.isRunning());
        delete doomed;
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!loader.isRunning());
        QVERIFY(loader.errors().isEmpty());
        int kept = 0;
        for (const FleetRow &row : loader.rows()) {
            kept += row.accountLabel == QLatin1String("sandbox") ? 1 : 0;
        }
        QCOMPARE(kept, expected.size());
        QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
        // The deleted client's call in flight ends too (aborted or answered), and does so
        // soon: it may still be finishing when finished() is emitted (seen in CI under ASan).
        QTRY_COMPARE_WITH_TIMEOUT(m_network.inFlight, 0, 10000);
    }

    void cancelStopsEverything()
    {
        QCOMPARE(m_network.inFlight, 0);
        FleetLoader loader({m_client.get()});
        QSignalSpy finished(&loader, &FleetLoader::finished);
        loader.start();
        QVERIFY(loader.isRunning());
        loader.cancel();
        QVERIFY(!loader.isRunning());
        // Every request of the load has ended (aborted or answered) and what it queued has been
        // delivered: nothing is left that could still finish the load.
        QTRY_COMPARE(m_network.inFlight, 0);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.size(), 0);
    }

    void commandLine()
    {
        const QString program = QFileInfo(qEnvironmentVariable("BC_SANDBOX_BIN")).absolutePath()
            + QStringLiteral("/backup-console");
        if (!QFileInfo::exists(program)) {
            QSKIP("backup-console is not built");
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLATFORMSH_CLI_TOKEN"), QLatin1String(demo::adminToken));
        process.setProcessEnvironment(env);
        process.start(program,
                      {QStringLiteral("fleet"), QStringLiteral("--api-url"),
                       m_sandbox.baseUrl().toString(), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--stale-after"),
                       QStringLiteral("1")});
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());

        FleetLoader loader({m_client.get()});
        FleetOptions options;
        options.staleAfter = std::chrono::hours(1);
        loader.setOptions(options);
        QSignalSpy finished(&loader, &FleetLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(FleetFormat::csv(loader.rows())));
    }
};

QTEST_GUILESS_MAIN(TstHistoryFleetLoad)
#include "tst_history_fleetload.moc"
