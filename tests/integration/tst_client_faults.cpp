#include "client/activitytracker.h"
#include "tst_client_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;
using namespace std::chrono_literals;

// Faults injected by the sandbox: each one a clean, typed error (or, for GETs, a transparent
// retry); actions never repeated. Also the token lifetime and revocation rules of contract §2.
class TestClientFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_world.start(), qPrintable(m_world.sandbox.errorString()));
    }

    void init()
    {
        QJsonDocument ignored;
        BC_SANDBOX(m_world, "DELETE", QStringLiteral("/__sandbox/faults"), QByteArray(), &ignored);
        BC_SANDBOX(m_world, "DELETE", QStringLiteral("/__sandbox/requests"), QByteArray(),
                   &ignored);
        m_client = m_world.client(demo::adminToken);
    }

    void getFaults_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind"); // ApiError::Kind when !ok
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("requests");
        QTest::newRow("500 then 200") << "status:500,times=1" << true << 0 << 0 << 2;
        QTest::newRow("503 twice then 200") << "status:503,times=2" << true << 0 << 0 << 3;
        QTest::newRow("500 always")
            << "status:500" << false << int(ApiError::Kind::Api) << 500 << 4;
        QTest::newRow("dropped connection once") << "drop,times=1" << true << 0 << 0 << 2;
        QTest::newRow("dropped connection always")
            << "drop" << false << int(ApiError::Kind::Network) << 0 << 4;
        QTest::newRow("truncated body always")
            << "truncate" << false << int(ApiError::Kind::Network) << 200 << 4;
        QTest::newRow("HTML error page")
            << "html:502" << false << int(ApiError::Kind::Http) << 502 << 4;
        QTest::newRow("404 not retried")
            << "status:404" << false << int(ApiError::Kind::Api) << 404 << 1;
    }

    void getFaults()
    {
        QFETCH(QString, rule);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, requests);
        const QString path
            = QStringLiteral("/projects/%1/environments").arg(QLatin1String(demo::eu3Project));
        addFault(path + u'=' + rule);
        QVERIFY(!QTest::currentTestFailed());
        Outcome<QList<Environment>> envs;
        m_client->environments(QLatin1String(demo::eu3Project), this, envs.cb());
        BC_AWAIT(envs);
        QCOMPARE(envs.ok(), ok);
        if (!ok) {
            QCOMPARE(int(envs.error().kind), kind);
            QCOMPARE(envs.error().httpStatus, status);
            QVERIFY(!envs.error().describe().isEmpty());
            QCOMPARE(envs.error().url.path(), path);
            if (envs.error().kind == ApiError::Kind::Api)
                QVERIFY2(envs.error().message.startsWith(QLatin1String("Injected fault")),
                         qPrintable(envs.error().message));
        } else {
            QVERIFY(!envs.value().isEmpty());
        }
        // Qt 6.4's HTTP layer itself re-sends a request once when a connection closes before any
        // answer byte; the client's own tries are the rest.
        const int seen = count(path, "GET");
        if (rule.startsWith(QLatin1String("drop")) && !ok)
            QVERIFY2(seen >= requests && seen <= requests + 2, qPrintable(QString::number(seen)));
        else
            QCOMPARE(seen, requests);
    }

    void retryAfterIsHonoured()
    {
        const QString path = QStringLiteral("/projects/%1").arg(QLatin1String(demo::eu3Project));
        addFault(path + QStringLiteral("=status:429,times=1,retry-after=1"));
        QElapsedTimer clock;
        clock.start();
        Outcome<Project> project;
        m_client->project(QLatin1String(demo::eu3Project), this, project.cb());
        BC_AWAIT_OK(project);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(count(path, "GET"), 2);
    }

    void hangingAnswerTimesOut()
    {
        const QString path = QStringLiteral("/projects/%1").arg(QLatin1String(demo::eu3Project));
        addFault(path + QStringLiteral("=delay:5000"));
        m_client->setTransferTimeout(400ms);
        QElapsedTimer clock;
        clock.start();
        Outcome<Project> project;
        m_client->project(QLatin1String(demo::eu3Project), this, project.cb());
        BC_AWAIT(project);
        QCOMPARE(project.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void postAnswered500IsSentOnce()
    {
        const QString project = QLatin1String(demo::eu3Project);
        Outcome<Environment> env;
        m_client->environment(project, QStringLiteral("main"), this, env.cb());
        BC_AWAIT_OK(env);
        const QString path
            = QStringLiteral("/api/projects/%1/environments/main/backup").arg(project);
        addFault(path + QStringLiteral("=status:500,method=POST"));
        Outcome<Activity> started;
        m_client->createBackup(env.value(), true, this, started.cb());
        BC_AWAIT(started);
        QCOMPARE(started.error().kind, ApiError::Kind::Api);
        QCOMPARE(started.error().httpStatus, 500);
        // Waiting for nothing to happen, which no condition can say: a wrongful retry would
        // follow the client's backoff (20-100 ms in ClientWorld), well within 300 ms.
        QTest::qWait(300);
        QCOMPARE(count(path, "POST"), 1);
    }

    void droppedPostIsNotRepeated()
    {
        const QString project = QLatin1String(demo::eu3Project);
        Outcome<Environment> env;
        m_client->environment(project, QStringLiteral("staging"), this, env.cb());
        BC_AWAIT_OK(env);
        const QString path
            = QStringLiteral("/api/projects/%1/environments/staging/backup").arg(project);
        addFault(path + QStringLiteral("=drop,method=POST"));
        Outcome<Activity> started;
        m_client->createBackup(env.value(), false, this, started.cb());
        BC_AWAIT(started);
        QCOMPARE(started.error().kind, ApiError::Kind::Network);
        // Waiting for nothing to happen: a re-sent POST (Qt's or ours) lands within 300 ms.
        QTest::qWait(300);
        // Qt 6.4 re-sends any request, POST included, when its connection drops before an
        // answer; the client's body cannot be rewound, so Qt gives up instead (OnceOnlyBody).
        QCOMPARE(count(path, "POST"), 1);
    }

    void trackerRidesOutTransientErrors()
    {
        const QString project = QLatin1String(demo::eu3Project);
        Outcome<Environment> env;
        m_client->environment(project, QStringLiteral("feature-login"), this, env.cb());
        BC_AWAIT_OK(env);
        Outcome<Activity> started;
        m_client->createBackup(env.value(), false, this, started.cb());
        BC_AWAIT_OK(started);
        // Every poll of the first two ticks fails (4 tries each), then the server recovers.
        addFault(QStringLiteral("*/activities/") + started.value().id
                 + QStringLiteral("=status:503,method=GET,times=8"));
        ActivityTracker tracker(m_client, started.value());
        tracker.setFollowLog(false);
        QSignalSpy transient(&tracker, &ActivityTracker::transientError);
        QSignalSpy failed(&tracker, &ActivityTracker::failed);
        QSignalSpy finished(&tracker, &ActivityTracker::finished);
        tracker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(transient.count() >= 1);
        QCOMPARE(transient.at(0).at(0).value<ApiError>().httpStatus, 503);
        QCOMPARE(failed.count(), 0);
        QVERIFY(finished.at(0).at(0).value<Activity>().isFinished());
    }

    void revokedTokenIsAuthError()
    {
        ApiClient *client = m_world.client(demo::viewerToken);
        Outcome<UserInfo> me;
        client->me(this, me.cb());
        BC_AWAIT_OK(me);
        QJsonDocument answer;
        BC_SANDBOX(m_world, "POST", QStringLiteral("/__sandbox/tokens/revoke"),
                   QByteArray("{\"api_token\": \"sandbox-viewer\"}"), &answer);
        ApiClient *fresh = m_world.client(demo::viewerToken);
        QSignalSpy failed(fresh, &ApiClient::authenticationFailed);
        fresh->me(this, me.cb());
        BC_AWAIT(me);
        QCOMPARE(me.error().kind, ApiError::Kind::Auth);
        QVERIFY2(me.error().describe().contains(QLatin1String("new API token")),
                 qPrintable(me.error().describe()));
        QVERIFY(!me.error().message.isEmpty());
        QCOMPARE(failed.count(), 1);
    }

    // Reply bodies are capped: a 2xx answer past the cap is cut off with a typed error naming
    // the limit, and not fetched again. Just under the cap the junk is read (and fails to decode).
    void oversizedReplyIsRefused_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("1 KiB of junk") << 1024 << int(ApiError::Kind::Decode) << 1;
        QTest::newRow("32 MiB + 1 of junk")
            << 32 * 1024 * 1024 + 1 << int(ApiError::Kind::TooLarge) << 1;
    }

    void oversizedReplyIsRefused()
    {
        QFETCH(int, bytes);
        QFETCH(int, kind);
        QFETCH(int, requests);
        const QString path
            = QStringLiteral("/projects/%1/environments").arg(QLatin1String(demo::eu3Project));
        addFault(path + QStringLiteral("=garbage:") + QString::number(bytes));
        QVERIFY(!QTest::currentTestFailed());
        Outcome<QList<Environment>> envs;
        m_client->environments(QLatin1String(demo::eu3Project), this, envs.cb());
        BC_AWAIT(envs);
        QVERIFY(!envs.ok());
        QCOMPARE(int(envs.error().kind), kind);
        QCOMPARE(envs.error().url.path(), path);
        if (kind == int(ApiError::Kind::TooLarge)) {
            QCOMPARE(envs.error().httpStatus, 200);
            QVERIFY2(envs.error().describe().contains(QLatin1String("32 MiB")),
                     qPrintable(envs.error().describe()));
        }
        QCOMPARE(count(path, "GET"), requests);
    }

    // The token exchange answers a few hundred bytes: its cap is far below the API's.
    void oversizedTokenAnswerIsRefused()
    {
        addFault(QStringLiteral("/oauth2/token=garbage:1048576"));
        QVERIFY(!QTest::currentTestFailed());
        ApiClient *client = m_world.client(demo::adminToken);
        Outcome<QList<Environment>> envs;
        client->environments(QLatin1String(demo::eu3Project), this, envs.cb());
        BC_AWAIT(envs);
        QVERIFY(!envs.ok());
        QCOMPARE(envs.error().kind, ApiError::Kind::TooLarge);
        QVERIFY2(envs.error().describe().contains(QLatin1String("64 KiB")),
                 qPrintable(envs.error().describe()));
        QCOMPARE(envs.error().url.path(), QStringLiteral("/oauth2/token"));
    }

private:
    void addFault(const QString &rule)
    {
        QJsonDocument answer;
        BC_SANDBOX(m_world, "POST", QStringLiteral("/__sandbox/faults"),
                   QJsonDocument(QJsonObject{{QStringLiteral("rule"), rule}}).toJson(), &answer);
    }

    int count(const QString &path, const char *method)
    {
        QJsonDocument answer;
        [&] {
            BC_SANDBOX(
                m_world, "GET",
                QStringLiteral("/__sandbox/requests?method=%1&path=%2")
                    .arg(QLatin1String(method), QString::fromLatin1(QUrl::toPercentEncoding(path))),
                QByteArray(), &answer);
        }();
        return answer.object().value(QLatin1String("count")).toInt(-1);
    }

    ClientWorld m_world;
    ApiClient *m_client = nullptr;
};

// Contract §2 with access tokens that live 3 seconds: refreshes go unnoticed by callers.
class TestClientTokenLifetime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_world.start(), qPrintable(m_world.sandbox.errorString())); }

    void shortLivedTokensRefreshTransparently()
    {
        ApiClient *client = m_world.client(demo::adminToken);
        QSignalSpy failed(client, &ApiClient::authenticationFailed);
        QSignalSpy exchanged(client, &ApiClient::authenticated);
        QElapsedTimer clock;
        clock.start();
        int calls = 0;
        while (clock.elapsed() < 7000) {
            Outcome<QList<Environment>> envs;
            client->environments(QLatin1String(demo::eu3Project), this, envs.cb());
            BC_AWAIT_OK(envs);
            ++calls;
            // Time itself is awaited: calls spread over two token lifetimes, as a user's are.
            QTest::qWait(400);
        }
        QVERIFY(calls >= 10);
        QVERIFY2(exchanged.count() >= 3, qPrintable(QString::number(exchanged.count())));
        QCOMPARE(failed.count(), 0);
    }

    void revokedTokenFailsAtNextRefresh()
    {
        ApiClient *client = m_world.client(demo::contributorToken);
        Outcome<UserInfo> me;
        client->me(this, me.cb());
        BC_AWAIT_OK(me);
        QJsonDocument answer;
        BC_SANDBOX(m_world, "POST", QStringLiteral("/__sandbox/tokens/revoke"),
                   QByteArray("{\"api_token\": \"sandbox-contributor\"}"), &answer);
        QSignalSpy failed(client, &ApiClient::authenticationFailed);
        // Until the sandbox refuses the client's access token (the newest it issued) as expired:
        // the client must then exchange again, and be refused.
        QByteArray access;
        {
            QJsonDocument tokens;
            BC_SANDBOX(m_world, "GET", QStringLiteral("/__sandbox/tokens"), {}, &tokens);
            access = tokens[QStringLiteral("access_tokens")].toArray().last().toString().toUtf8();
        }
        QVERIFY(!access.isEmpty());
        std::unique_ptr<QNetworkReply> probe;
        bool seen = false; // reading a body consumes it: remembered for QTRY's last look
        const auto expired = [&] {
            if (!seen && probe && probe->isFinished())
                seen
                    = SandboxHttp::json(probe.get())[QStringLiteral("message")].toString().contains(
                        QLatin1String("expired"));
            if (seen)
                return true;
            if (!probe || probe->isFinished())
                probe.reset(m_world.http->get(QStringLiteral("/users/me"), access));
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(expired(), 10000);
        client->me(this, me.cb());
        BC_AWAIT(me);
        QCOMPARE(me.error().kind, ApiError::Kind::Auth);
        QVERIFY(failed.count() >= 1);
    }

private:
    ClientWorld m_world{{QStringLiteral("--token-lifetime"), QStringLiteral("3")}};
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestClientFaults faults;
    TestClientTokenLifetime lifetime;
    return QTest::qExec(&faults, argc, argv) | QTest::qExec(&lifetime, argc, argv);
}

#include "tst_client_faults.moc"
