// The checks at the end of the kill -9 drill (see tst_faults_kill9.cpp).
#include "client/auditlog.h"
#include "tst_client_support.h"
#include "tst_faults_kill9.h"

using namespace bc;
using namespace bc::test;
using namespace bc::test::kill9;

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
    AuditLog log(auditPath());
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
