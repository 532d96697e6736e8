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
#include "client/auditlog.h"
#include "models/activityfeedmodel.h"
#include "tst_client_support.h"
#include "tst_kill9_streams.h"
#include "tst_sandbox_support.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;
using namespace bc::test::kill9;

namespace {

constexpr int Kills = 20;

struct Lane
{
    QString name;
    QString project;
    QString environment;
};

// What the server lists of a lane since the drill began.
struct ServerActivity
{
    QString id;
    QString type;
    QString state;
    QString result;
    QString backupName;
    qint64 createdUs = 0;
};

bool finishedState(const QString &state)
{
    return state == QLatin1String("complete") || state == QLatin1String("cancelled");
}

} // namespace

class TestFaultsKill9 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drill();

private:
    QJsonArray list(const QString &path);
    QList<ServerActivity> serverActivities(const Lane &lane);
    QSet<QString> acknowledged(int lane) const;
    void snapshotRequestLog();
    void checkAfterRestart(qint64 killedUs);
    void checkStreams();
    void checkFeeds();
    void checkBackups();
    void checkAudit();
    struct Action;
    QList<Action> actions(int lane) const;
    QString wrongEnd(int lane, int index, const ServerActivity &server) const;

    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    std::unique_ptr<Cli> m_cli;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_streamClient; // the actions and their trackers
    std::unique_ptr<ApiClient> m_feedClient; // what the feeds show
    QList<Lane> m_lanes;
    std::unique_ptr<ClientStream> m_client;
    std::unique_ptr<CliStream> m_backups;
    std::unique_ptr<CliStream> m_support;
    std::vector<std::unique_ptr<ActivityFeedModel>> m_feeds;
    QTimer m_feedTimer;
    qint64 m_startUs = 0;
    quint32 m_seed = 0;
    int m_serverPosts = 0; // action POSTs the sandbox saw, summed over its lives
    int m_kills = 0;
    int m_acknowledged = 0;
    int m_seenOnce = 0;
    int m_repeated = 0;
    int m_phantoms = 0;
    int m_auditExpected = 0;
    int m_auditFound = 0;
    int m_auditWrong = 0;
    int m_actions = 0;
    int m_unacknowledgedCreated = 0;
    int m_failed = 0; // acknowledged, ended as failures (a kill interrupted them)
    QList<int> m_supportCreated; // per support run: the activities it created
    QHash<QString, ServerActivity> m_truth; // acknowledged, listed once, ended as its client saw
    QHash<QString, int> m_laneOf;
};

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

// One action of a lane: when it may have created its activity, what it was told.
struct TestFaultsKill9::Action
{
    qint64 fromUs = 0;
    qint64 toUs = 0;
    QString ack; // the acknowledged activity
    int posts = 0; // action requests it sent (at most one)
    QString label;
};

QList<TestFaultsKill9::Action> TestFaultsKill9::actions(int lane) const
{
    QList<Action> result;
    if (lane == 0) {
        for (const Intent &i : m_client->intents())
            result.append(
                {i.postedUs, i.answeredUs ? i.answeredUs : i.endedUs, i.ackId, 1, i.kind});
        return result;
    }
    for (const CommandRun &run : (lane == 1 ? m_backups : m_support)->runs())
        result.append({run.startedUs, run.endedUs, run.polledActivity(), run.actionPosts(),
                       run.arguments.join(u' ')});
    return result;
}

// Whether the client that acted saw the activity end as the server says it ended.
QString TestFaultsKill9::wrongEnd(int lane, int index, const ServerActivity &server) const
{
    if (!finishedState(server.state))
        return QStringLiteral("still %1 on the server").arg(server.state);
    if (lane == 0) {
        const Intent &intent = m_client->intents().at(index);
        if (intent.hung || !intent.end)
            return QStringLiteral("the tracker did not finish it: %1").arg(intent.error);
        if (intent.end->state != server.state || intent.end->result != server.result)
            return QStringLiteral("the tracker ended it %1/%2")
                .arg(intent.end->state, intent.end->result);
        return {};
    }
    const CommandRun &run = (lane == 1 ? m_backups : m_support)->runs().at(index);
    const bool success = server.result == QLatin1String("success");
    if (run.hung)
        return QStringLiteral("the command line hung");
    if (success && run.code == 0
        && (lane != 1 || QString::fromUtf8(run.out).trimmed() == server.backupName))
        return {};
    if (!success && run.code == 1 && run.err.contains("failed ("))
        return {};
    return QStringLiteral("the command line ended %1: %2 %3")
        .arg(run.code)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err.right(300)));
}

void TestFaultsKill9::checkStreams()
{
    int attempts = 0;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const QList<ServerActivity> server = serverActivities(m_lanes[lane]);
        QVERIFY(!QTest::currentTestFailed());
        const QList<Action> acts = actions(lane);
        QList<int> created(acts.size(), 0);
        QHash<QString, int> listed;
        for (const ServerActivity &a : server) {
            ++listed[a.id];
            // Times are the same machine's clock; 2 ms for rounding.
            const auto it = std::find_if(acts.begin(), acts.end(), [&a](const Action &act) {
                return act.posts > 0 && a.createdUs >= act.fromUs - 2000
                    && (act.toUs == 0 || a.createdUs <= act.toUs + 2000);
            });
            if (it == acts.end()) {
                qWarning("%s: activity %s (%s) was asked for by no action",
                         qPrintable(m_lanes[lane].name), qPrintable(a.id), qPrintable(a.type));
                ++m_repeated;
                continue;
            }
            ++created[int(it - acts.begin())];
        }
        for (int i = 0; i < acts.size(); ++i) {
            attempts += acts[i].posts > 0;
            const int extra = qMax(0, created[i] - 1) + qMax(0, acts[i].posts - 1);
            if (extra > 0)
                qWarning("%s: repeated action: %s", qPrintable(m_lanes[lane].name),
                         qPrintable(acts[i].label));
            m_repeated += extra;
            if (lane == 2)
                m_supportCreated.append(created[i]);
            if (acts[i].ack.isEmpty()) {
                // The POST failed (the sandbox died under it), yet it may have been committed.
                m_unacknowledgedCreated += created[i];
                continue;
            }
            ++m_acknowledged;
            const auto found
                = std::find_if(server.begin(), server.end(),
                               [&](const ServerActivity &a) { return a.id == acts[i].ack; });
            QString wrong = listed.value(acts[i].ack) != 1
                ? QStringLiteral("listed %1 times").arg(listed.value(acts[i].ack))
                : wrongEnd(lane, i, *found);
            if (wrong.isEmpty()) {
                m_truth.insert(acts[i].ack, *found);
                m_laneOf.insert(acts[i].ack, lane);
            } else {
                qWarning("%s: acknowledged activity %s (%s): %s", qPrintable(m_lanes[lane].name),
                         qPrintable(acts[i].ack), qPrintable(acts[i].label), qPrintable(wrong));
            }
        }
    }
    if (m_serverPosts > attempts) {
        qWarning("the sandbox saw %d action requests for %d actions", m_serverPosts, attempts);
        m_repeated += m_serverPosts - attempts;
    }
    m_actions = attempts;
}

// What the feeds show, after one last refresh: each acknowledged activity once, with its end.
void TestFaultsKill9::checkFeeds()
{
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        ActivityFeedModel &feed = *m_feeds[size_t(lane)];
        bool failed = false;
        const auto connection = connect(&feed, &ActivityFeedModel::loadFailed, this,
                                        [&failed](const ApiError &) { failed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isLoading(), 15000);
        feed.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isLoading(), 15000);
        disconnect(connection);
        QVERIFY2(!failed, "the feed's last refresh failed");
        QHash<QString, QList<Activity>> rows;
        for (const Activity &row : feed.activities())
            rows[row.id].append(row);
        for (auto it = m_truth.begin(); it != m_truth.end();) {
            const QList<Activity> shown = rows.value(it.key());
            if (m_laneOf.value(it.key()) != lane
                || (shown.size() == 1 && shown.first().state == it->state
                    && shown.first().result == it->result)) {
                ++it;
                continue;
            }
            qWarning("%s: the feed shows activity %s %d times (%s/%s)",
                     qPrintable(m_lanes[lane].name), qPrintable(it.key()), int(shown.size()),
                     qPrintable(shown.value(0).state), qPrintable(shown.value(0).result));
            m_laneOf.remove(it.key());
            it = m_truth.erase(it);
        }
        const QList<ServerActivity> server = serverActivities(m_lanes[lane]);
        for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
            const bool known
                = std::any_of(server.begin(), server.end(),
                              [&row](const ServerActivity &a) { return a.id == row.key(); });
            if (!known && serverUs(row->first().createdAtText) >= m_startUs) {
                qWarning("%s: the feed shows activity %s that the server does not list",
                         qPrintable(m_lanes[lane].name), qPrintable(row.key()));
                ++m_phantoms;
            }
        }
    }
    m_seenOnce = int(m_truth.size());
    m_failed = int(std::count_if(m_truth.cbegin(), m_truth.cend(), [](const ServerActivity &a) {
        return a.result == QLatin1String("failure");
    }));
}

// Backups: what a client believes in exists; what exists was made by a successful activity.
void TestFaultsKill9::checkBackups()
{
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const Lane &l = m_lanes[lane];
        QHash<QString, qint64> listed;
        for (const QJsonValue &b : list(QStringLiteral("/api/projects/%1/environments/%2/backups")
                                            .arg(l.project, l.environment)))
            listed.insert(b[QStringLiteral("id")].toString(),
                          serverUs(b[QStringLiteral("created_at")].toString()));
        QVERIFY(!QTest::currentTestFailed());
        QStringList made;
        for (const ServerActivity &a : serverActivities(l)) {
            if (a.type == QLatin1String("environment.backup")
                && a.result == QLatin1String("success"))
                made.append(a.backupName);
        }
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (it.value() >= m_startUs && made.count(it.key()) != 1) {
                qWarning("%s: backup %s exists, made by %d successful activities",
                         qPrintable(l.name), qPrintable(it.key()), int(made.count(it.key())));
                ++m_phantoms;
            }
        }
        QStringList believed;
        if (lane == 0) {
            for (const Intent &i : m_client->intents()) {
                if (i.end && i.end->isSuccess()
                    && i.end->type == QLatin1String("environment.backup"))
                    believed.append(i.end->backupName());
            }
        } else if (lane == 1) {
            for (const CommandRun &run : m_backups->runs()) {
                if (run.code == 0)
                    believed.append(QString::fromUtf8(run.out).trimmed());
            }
        }
        Outcome<QList<Backup>> shown;
        m_feedClient->backups(l.project, l.environment, this, shown.cb());
        BC_AWAIT_OK(shown);
        for (const Backup &b : shown.value())
            believed.append(b.id);
        for (const QString &id : std::as_const(believed)) {
            if (!listed.contains(id)) {
                qWarning("%s: the client shows backup %s, the server does not list it",
                         qPrintable(l.name), qPrintable(id));
                ++m_phantoms;
            }
        }
    }
}

// One entry per support restore sent (written before the request), with the activity that was
// acknowledged and the outcome the command line saw.
void TestFaultsKill9::checkAudit()
{
    AuditLog log(m_cli->dataHome()
                 + QLatin1String("/BackupConsole/BackupConsole/support-audit.jsonl"));
    QString problem;
    const QList<AuditEntry> entries = log.entries(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (int index = 0; index < m_support->runs().size(); ++index) {
        const CommandRun &run = m_support->runs().at(index);
        const QString ticket
            = run.arguments.at(run.arguments.indexOf(QStringLiteral("--ticket")) + 1);
        QList<AuditEntry> mine;
        for (const AuditEntry &e : entries) {
            if (e.ticket == ticket)
                mine.append(e);
        }
        m_auditExpected += run.actionPosts() > 0;
        m_auditFound += int(mine.size());
        if (mine.size() != 1)
            continue;
        const QString ack = run.polledActivity();
        const AuditEntry &entry = mine.first();
        // Not acknowledged: "refused" only if the server acted on nothing; a request that got
        // no answer may have started the restore, and then the outcome is not known.
        QStringList expected{QString()};
        if (!ack.isEmpty())
            expected = {m_truth.contains(ack) ? m_truth.value(ack).result : QStringLiteral("?")};
        else if (m_supportCreated.value(index) == 0)
            expected.append(QStringLiteral("refused"));
        if ((!ack.isEmpty() && !entry.activityIds.contains(ack))
            || !expected.contains(entry.outcome)) {
            const auto said = [](const QString &outcome) {
                return outcome.isEmpty() ? QStringLiteral("(unknown)") : outcome;
            };
            QStringList wanted;
            for (const QString &outcome : std::as_const(expected))
                wanted.append(said(outcome));
            qWarning("support: the audit entry of %s says [%s] %s, expected [%s] %s",
                     qPrintable(ticket), qPrintable(entry.activityIds.join(u',')),
                     qPrintable(said(entry.outcome)), qPrintable(ack),
                     qPrintable(wanted.join(QLatin1String(" or "))));
            ++m_auditWrong;
        }
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

QTEST_GUILESS_MAIN(TestFaultsKill9)
#include "tst_faults_kill9.moc"
