// Issue 15, item 3: the kill -9 drill. The sandbox (its data folder kept) is killed with SIGKILL
// at 20 random moments while three streams of actions run, each on an environment of its own:
//   client    eu-3 staging: live and consistent backups and in-place restores through ApiClient,
//             each followed by an ActivityTracker (as the window does);
//   cli       eu-3 develop: `backup-console backup:create [--live]`, waiting for the activity;
//   support   legacy EU staging: `backup-console backup:restore --ticket ...` as support staff,
//             waiting, which writes the support audit log;
// and an ActivityFeedModel follows each environment, refreshed every second. The sandbox comes
// back on the same port after each kill. Checked after each restart: no activity started before
// the kill is left running, every acknowledged activity (a 202 answered) is listed once; and
// at the end: every waiter ended by itself within a bound after the restarts, every acknowledged
// activity is listed once with the end its client saw (tracker, command line, feed), no action
// was sent twice (the command line's own log, the sandbox's request log, one activity per
// action at most), no backup the client believes in is missing on the server and no backup
// exists without the activity that made it, and the audit log holds one entry per support
// restore sent, with its activity and outcome.
//
// The moments come from a seeded generator (BC_KILL9_SEED to replay one; the seed is printed).
// The streams run on their own, so a replay kills at the same offsets, not in the same states.
#include "tst_faults_kill9.h"

#include "client/auditlog.h"
#include "tst_client_support.h"
#include "tst_sandbox_support.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;
using namespace bc::test::kill9;

namespace {
constexpr int Kills = 20;
} // namespace

void TestFaultsKill9::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    m_seed = qEnvironmentVariableIsSet("BC_KILL9_SEED") ? qgetenv("BC_KILL9_SEED").toUInt()
                                                        : QRandomGenerator::global()->generate();
    qInfo("kill -9 drill: seed %u (BC_KILL9_SEED=%u replays the moments)", m_seed, m_seed);
    // Activities 25 times faster than real: a consistent backup takes 1.2 to 1.8 s, a restore
    // 1.6 s, a live backup 0.8 s, so that kills land before, during and after them.
    // Actions are answered 0.4 s after they are committed, so that some kills fall in between:
    // the action happened, its client never heard so.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--time-scale"), QStringLiteral("0.04"),
                    QStringLiteral("--fault"), QStringLiteral("*/backup=delay:400,method=POST"),
                    QStringLiteral("--fault"), QStringLiteral("*/restore=delay:400,method=POST")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
    BC_TOKEN(*m_http, demo::adminToken, m_token);
    m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());
    const QUrl base = m_sandbox->baseUrl();
    for (auto *client : {&m_streamClient, &m_feedClient}) {
        *client = std::make_unique<ApiClient>(Account::custom(base, base), &m_network);
        (*client)->setApiToken(QLatin1String(demo::adminToken));
    }
    const QString eu3 = QLatin1String(demo::eu3Project);
    const QString legacy = QLatin1String(demo::legacyEuProject);
    m_lanes = {{QStringLiteral("client"), eu3, QStringLiteral("staging")},
               {QStringLiteral("cli"), eu3, QStringLiteral("develop")},
               {QStringLiteral("support"), legacy, QStringLiteral("staging")}};
    m_client = std::make_unique<ClientStream>(m_streamClient.get(), eu3, m_lanes[0].environment);
    m_backups
        = std::make_unique<CliStream>(*m_cli, QLatin1String(demo::adminToken), [eu3](int index) {
              QStringList arguments{
                  QStringLiteral("backup:create"), QStringLiteral("-p"), eu3, QStringLiteral("-e"),
                  QStringLiteral("develop"),       QStringLiteral("-y")};
              if (index % 2 == 0)
                  arguments.append(QStringLiteral("--live"));
              return arguments;
          });
    const quint32 seed = m_seed;
    m_support = std::make_unique<CliStream>(
        *m_cli, QLatin1String(demo::supportToken), [legacy, seed](int index) {
            return QStringList{QStringLiteral("backup:restore"),
                               QStringLiteral("-p"),
                               legacy,
                               QStringLiteral("-e"),
                               QStringLiteral("staging"),
                               QStringLiteral("--ticket"),
                               QStringLiteral("SUP-K9-%1-%2").arg(seed).arg(index),
                               QStringLiteral("--confirm-project"),
                               legacy,
                               QStringLiteral("-y")};
        });
    for (const Lane &lane : std::as_const(m_lanes)) {
        auto feed = std::make_unique<ActivityFeedModel>();
        feed->setPageSize(100);
        feed->setClient(m_feedClient.get(), lane.project, lane.environment);
        m_feeds.push_back(std::move(feed));
    }
    // The console's poll scheduler, in short: refresh each feed every second.
    m_feedTimer.setInterval(1000);
    connect(&m_feedTimer, &QTimer::timeout, this, [this] {
        for (const auto &feed : m_feeds) {
            if (!feed->isLoading())
                feed->refresh();
        }
    });
}

QJsonArray TestFaultsKill9::list(const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(m_http->get(path, m_token));
    [&] {
        BC_FINISH(reply);
        QVERIFY2(SandboxHttp::status(reply.get()) == 200, qPrintable(path));
    }();
    return reply->isFinished() ? SandboxHttp::json(reply.get()).array() : QJsonArray();
}

QList<ServerActivity> TestFaultsKill9::serverActivities(const Lane &lane)
{
    const QJsonArray all
        = list(QStringLiteral("/api/projects/%1/environments/%2/activities?count=100")
                   .arg(lane.project, lane.environment));
    QList<ServerActivity> result;
    for (const QJsonValue &value : all) {
        const QJsonObject o = value.toObject();
        ServerActivity a{o[QStringLiteral("id")].toString(),
                         o[QStringLiteral("type")].toString(),
                         o[QStringLiteral("state")].toString(),
                         o[QStringLiteral("result")].toString(),
                         o[QStringLiteral("payload")][QStringLiteral("backup_name")].toString(),
                         serverUs(o[QStringLiteral("created_at")].toString())};
        if (a.createdUs >= m_startUs)
            result.append(a);
    }
    // A full page of the drill's own would hide older ones from the checks.
    if (result.size() >= 100)
        QTest::qFail("more than a page of activities in one lane", __FILE__, __LINE__);
    return result;
}

// The ids acknowledged so far (a 202 answered) in a lane.
QSet<QString> TestFaultsKill9::acknowledged(int lane) const
{
    QSet<QString> ids;
    if (lane == 0) {
        for (const Intent &intent : m_client->intents()) {
            if (!intent.ackId.isEmpty())
                ids.insert(intent.ackId);
        }
        return ids;
    }
    for (const CommandRun &run : (lane == 1 ? m_backups : m_support)->runs()) {
        if (!run.polledActivity().isEmpty())
            ids.insert(run.polledActivity());
    }
    return ids;
}

// The sandbox keeps its request log in memory: read it before each kill. A POST that arrives
// between this read and the kill is missed, so the sum is a lower bound of what was sent.
void TestFaultsKill9::snapshotRequestLog()
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->get(QStringLiteral("/__sandbox/requests?method=POST")));
    [&] {
        BC_FINISH(reply);
    }();
    static const QRegularExpression action(
        QStringLiteral("/environments/[^/]+/(backup|backups/[^/]+/restore)$"));
    for (const QJsonValue &value :
         SandboxHttp::json(reply.get())[QStringLiteral("requests")].toArray()) {
        if (action.match(value[QStringLiteral("path")].toString()).hasMatch())
            m_serverPosts += value[QStringLiteral("count")].toInt();
    }
}

void TestFaultsKill9::checkAfterRestart(qint64 killedUs)
{
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const QList<ServerActivity> activities = serverActivities(m_lanes[lane]);
        QVERIFY(!QTest::currentTestFailed());
        QHash<QString, int> seen;
        for (const ServerActivity &a : activities) {
            ++seen[a.id];
            QVERIFY2(a.createdUs >= killedUs || finishedState(a.state),
                     qPrintable(QStringLiteral("activity %1 (%2) is still %3 after the restart")
                                    .arg(a.id, a.type, a.state)));
            QVERIFY2(!finishedState(a.state) || !a.result.isEmpty(),
                     qPrintable(QStringLiteral("activity %1 ended without a result").arg(a.id)));
        }
        for (const QString &id : acknowledged(lane))
            QVERIFY2(seen.value(id) == 1,
                     qPrintable(QStringLiteral("acknowledged activity %1 (%2) is listed %3 times")
                                    .arg(id, m_lanes[lane].name)
                                    .arg(seen.value(id))));
    }
}

void TestFaultsKill9::drill()
{
    QRandomGenerator random(m_seed);
    m_startUs = nowUs();
    m_client->start();
    m_backups->start();
    m_support->start();
    m_feedTimer.start();
    const quint16 port = m_sandbox->port();
    const auto overdue = [this] {
        const qint64 now = nowUs();
        return m_client->killOverdue(now) || m_backups->killOverdue(now)
            || m_support->killOverdue(now);
    };
    for (m_kills = 0; m_kills < Kills;) {
        const QDeadlineTimer moment(int(random.bounded(300, 2500)));
        QTRY_VERIFY_WITH_TIMEOUT(moment.hasExpired(), 4000);
        QVERIFY2(!overdue(), "a waiter did not end within 20 s of a restart (see the tallies)");
        snapshotRequestLog();
        QVERIFY(!QTest::currentTestFailed());
        m_sandbox->kill9();
        ++m_kills;
        const qint64 killedUs = nowUs();
        const QDeadlineTimer down(int(random.bounded(0, 400)));
        QTRY_VERIFY_WITH_TIMEOUT(down.hasExpired(), 2000);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QCOMPARE(m_sandbox->port(), port);
        const qint64 restartedUs = nowUs();
        m_client->noteRestart(restartedUs);
        m_backups->noteRestart(restartedUs);
        m_support->noteRestart(restartedUs);
        checkAfterRestart(killedUs);
        if (QTest::currentTestFailed())
            return;
    }
    m_client->stop();
    m_backups->stop();
    m_support->stop();
    QTRY_VERIFY_WITH_TIMEOUT(
        overdue() || (m_client->idle() && m_backups->idle() && m_support->idle()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->idle() && m_backups->idle() && m_support->idle(), 10000);
    m_feedTimer.stop();
    snapshotRequestLog();
    checkStreams();
    checkFeeds();
    checkBackups();
    checkAudit();
    qInfo("kill -9 drill (seed %u): kills %d, actions sent %d (sandbox saw at least %d), not "
          "acknowledged yet created %d, activities acknowledged %d, seen once with their end %d "
          "(failed by a kill %d), repeated actions %d, phantom backups %d, audit entries "
          "expected %d / found %d (wrong %d)",
          m_seed, m_kills, m_actions, m_serverPosts, m_unacknowledgedCreated, m_acknowledged,
          m_seenOnce, m_failed, m_repeated, m_phantoms, m_auditExpected, m_auditFound,
          m_auditWrong);
    QCOMPARE(m_seenOnce, m_acknowledged);
    QCOMPARE(m_repeated, 0);
    QCOMPARE(m_phantoms, 0);
    QCOMPARE(m_auditFound, m_auditExpected);
    QCOMPARE(m_auditWrong, 0);
}

// What the drill found, made certain: the restore is committed, then its answer is cut short.
// The restore ran, so its audit entry must not say "refused"; its outcome is not known.
void TestFaultsKill9::unansweredSupportRestoreIsNotRefused()
{
    m_client->stop();
    m_backups->stop();
    m_support->stop();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->idle() && m_backups->idle() && m_support->idle(), 30000);
    BC_CALL(cleared, m_http->send("DELETE", QStringLiteral("/__sandbox/faults")));
    BC_CALL(added,
            m_http->send("POST", QStringLiteral("/__sandbox/faults"),
                         R"({"rule":"*/restore=truncate,method=POST,times=1"})"));
    QCOMPARE(SandboxHttp::status(added.get()), 200);
    const QString legacy = QLatin1String(demo::legacyEuProject);
    const qint64 before = nowUs();
    const bc::test::CliRun run = m_cli->run(
        {QStringLiteral("backup:restore"), QStringLiteral("-p"), legacy, QStringLiteral("-e"),
         QStringLiteral("staging"), QStringLiteral("--ticket"), QStringLiteral("SUP-K9-CUT"),
         QStringLiteral("--confirm-project"), legacy, QStringLiteral("-y")},
        QLatin1String(demo::supportToken));
    QVERIFY2(run.code == 1, Cli::describe(run).constData());
    QVERIFY2(run.err.contains("may have started all the same"), run.err.constData());
    int restores = 0;
    for (const QJsonValue &a :
         list(QStringLiteral("/api/projects/%1/environments/staging/activities?count=10")
                  .arg(legacy))) {
        restores += a[QStringLiteral("type")] == QLatin1String("environment.restore")
            && serverUs(a[QStringLiteral("created_at")].toString()) >= before;
    }
    QCOMPARE(restores, 1);
    QString problem;
    QList<AuditEntry> mine;
    for (const AuditEntry &entry : AuditLog(auditPath()).entries(&problem)) {
        if (entry.ticket == QLatin1String("SUP-K9-CUT"))
            mine.append(entry);
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().outcome, QString());
}

QTEST_GUILESS_MAIN(TestFaultsKill9)
