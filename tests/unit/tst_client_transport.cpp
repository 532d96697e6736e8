#include "client/apiclient.h"
#include "tst_client_fakeserver.h"
#include "tst_client_json.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace bc;
using namespace std::chrono_literals;

namespace {

QByteArray jwt(const QByteArray &sub, qint64 exp)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(j("{'alg':'none'}")) + '.'
        + part(j("{'sub':'") + sub + j("','exp':") + QByteArray::number(exp) + '}') + ".sig";
}

FakeServer::Reply tokenReply(int lifetimeSeconds = 900)
{
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + lifetimeSeconds;
    return {200,
            j("{'access_token': '") + jwt("user-1", exp) + j("', 'expires_in': ")
                + QByteArray::number(lifetimeSeconds) + j(", 'token_type': 'bearer'}")};
}

const QByteArray ProjectBody = j("{'id': 'proj1', 'title': 'P', 'region': 'eu.platform.sh'}");

} // namespace

// The transport rules a sandbox cannot show from the outside: headers on the wire, redirects
// across hosts, single-flight token exchange, retries, cancellation, NotAllowed without request.
class TestClientTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeServer>();
        m_network = std::make_unique<QNetworkAccessManager>();
        const QUrl base(m_server->base());
        m_client = std::make_unique<ApiClient>(Account::custom(base, base), m_network.get());
        m_client->setApiToken(QStringLiteral("api-token-xyz"));
        m_client->setRetryDelays(10ms, 40ms);
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void tokenExchangeFollowsContract()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            return r.path == "/oauth2/token" ? tokenReply() : FakeServer::Reply{200, ProjectBody};
        });
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QVERIFY(got->value().isLegacyRegion());
        const FakeServer::Request &exchange = m_server->requests.at(0);
        QCOMPARE(exchange.method, QByteArray("POST"));
        QCOMPARE(exchange.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(exchange.headers.value("authorization"),
                 "Basic " + QByteArray("platform-api-user:").toBase64());
        QCOMPARE(exchange.body, QByteArray("grant_type=api_token&api_token=api-token-xyz"));
        const FakeServer::Request &get = m_server->requests.at(1);
        QCOMPARE(get.path, QByteArray("/projects/proj1"));
        QVERIFY(get.headers.value("authorization").startsWith("Bearer ey"));
    }

    void singleFlightExchange()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            return r.path == "/oauth2/token" ? tokenReply() : FakeServer::Reply{200, ProjectBody};
        });
        int done = 0;
        for (int i = 0; i < 6; ++i)
            m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) {
                QVERIFY(r.ok());
                ++done;
            });
        QTRY_COMPARE(done, 6);
        QCOMPARE(m_server->count("POST", "/oauth2/token"), 1);
    }

    void unauthorizedReexchangesOnceAndRetriesOnce()
    {
        int gets = 0;
        m_server->setHandler([&](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            return ++gets == 1 ? FakeServer::Reply{401, j("{'message': 'expired'}")}
                               : FakeServer::Reply{200, ProjectBody};
        });
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(m_server->count("POST", "/oauth2/token"), 2);
        QCOMPARE(gets, 2);
    }

    void unauthorizedTwiceIsAuthError()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            return r.path == "/oauth2/token"
                ? tokenReply()
                : FakeServer::Reply{401, j("{'message': 'Invalid token', 'code': 401}")};
        });
        QSignalSpy failed(m_client.get(), &ApiClient::authenticationFailed);
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().kind, ApiError::Kind::Auth);
        QCOMPARE(got->error().message, QStringLiteral("Invalid token"));
        QCOMPARE(m_server->count("GET", "/projects"), 2);
        QCOMPARE(failed.count(), 1);
    }

    void invalidGrantAsksForNewToken()
    {
        m_server->setHandler([](const FakeServer::Request &) {
            return FakeServer::Reply{400,
                                     j("{'error': 'invalid_grant', "
                                       "'error_description': 'Invalid API token.'}")};
        });
        QSignalSpy failed(m_client.get(), &ApiClient::authenticationFailed);
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().kind, ApiError::Kind::Auth);
        QCOMPARE(got->error().message, QStringLiteral("Invalid API token."));
        QVERIFY(got->error().describe().contains(QLatin1String("new API token")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_server->count("GET", "/"), 0);
    }

    void shortLifetimeRefreshesBeforeExpiry()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            return r.path == "/oauth2/token" ? tokenReply(2) : FakeServer::Reply{200, ProjectBody};
        });
        int done = 0;
        const auto call = [&] {
            m_client->project(QStringLiteral("p"), this, [&](Result<Project> r) {
                QVERIFY(r.ok());
                ++done;
            });
        };
        call();
        QTRY_COMPARE(done, 1);
        QTest::qWait(1200); // time itself is awaited: past half of the 2 s lifetime
        call();
        QTRY_COMPARE(done, 2);
        QCOMPARE(m_server->count("POST", "/oauth2/token"), 2);
    }

    void crossHostRedirectDropsAuthorization()
    {
        FakeServer other(QHostAddress(QStringLiteral("127.0.0.2")));
        other.setHandler([](const FakeServer::Request &) {
            return FakeServer::Reply{200, ProjectBody};
        });
        m_server->setHandler([&](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            if (r.path == "/projects/proj1")
                return FakeServer::Reply{
                    302, {}, "text/plain", {{"Location", other.base().toUtf8() + "/moved"}}};
            return FakeServer::Reply{200, ProjectBody};
        });
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(other.requests.size(), 1);
        QVERIFY(!other.requests.at(0).headers.contains("authorization"));
    }

    // The token never went to the other host: its 401 says nothing of the API token (found by
    // tst_faults_matrix: the console asked for a new API token).
    void crossHostRedirect401IsNotAuth()
    {
        FakeServer other(QHostAddress(QStringLiteral("127.0.0.2")));
        other.setHandler([](const FakeServer::Request &) {
            return FakeServer::Reply{401, j("{'message': 'No access token was given'}")};
        });
        m_server->setHandler([&](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            return FakeServer::Reply{
                302, {}, "text/plain", {{"Location", other.base().toUtf8() + "/login"}}};
        });
        QSignalSpy refused(m_client.get(), &ApiClient::authenticationFailed);
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, ApiError::Kind::Http);
        QCOMPARE(got->error().httpStatus, 401);
        QCOMPARE(got->error().url.host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(refused.count(), 0);
    }

    void sameHostRedirectKeepsAuthorization()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            if (r.path == "/projects/proj1")
                return FakeServer::Reply{
                    301, {}, "text/plain", {{"Location", "/api/projects/proj1"}}};
            return FakeServer::Reply{200, ProjectBody};
        });
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("proj1"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QVERIFY(m_server->requests.last().headers.value("authorization").startsWith("Bearer "));
    }

    void getRetriedPostNever_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("post");
        QTest::addColumn<int>("expectedTries");
        QTest::addColumn<bool>("expectOk");
        QTest::newRow("GET 503 twice then 200") << 2 << false << 3 << true;
        QTest::newRow("GET 503 always: 4 tries") << 99 << false << 4 << false;
        QTest::newRow("POST 503 once: sent once") << 1 << true << 1 << false;
    }

    void getRetriedPostNever()
    {
        QFETCH(int, failures);
        QFETCH(bool, post);
        QFETCH(int, expectedTries);
        QFETCH(bool, expectOk);
        int tries = 0;
        m_server->setHandler([&](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            if (++tries <= failures)
                return FakeServer::Reply{503, "<html>busy</html>", "text/html"};
            return post ? FakeServer::Reply{200,
                                            j("{'_embedded': {'activities': [{'id': 'a1', "
                                              "'type': 'environment.backup'}]}}")}
                        : FakeServer::Reply{200, ProjectBody};
        });
        bool ok = false;
        bool done = false;
        ApiError error;
        if (post) {
            Environment env;
            env.links.insert(QStringLiteral("#backup"),
                             QStringLiteral("/projects/p/environments/main/backup"));
            m_client->createBackup(env, true, this, [&](Result<Activity> r) {
                ok = r.ok();
                error = ok ? ApiError{} : r.error();
                done = true;
            });
        } else {
            m_client->project(QStringLiteral("p"), this, [&](Result<Project> r) {
                ok = r.ok();
                error = ok ? ApiError{} : r.error();
                done = true;
            });
        }
        QTRY_VERIFY(done);
        QCOMPARE(ok, expectOk);
        QCOMPARE(tries, expectedTries);
        if (!ok) {
            QCOMPARE(error.kind, ApiError::Kind::Http);
            QCOMPARE(error.httpStatus, 503);
        }
    }

    void badAnswersAreTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed JSON")
            << 200 << QByteArray("application/json") << QByteArray("{\"id\": \"p\", ")
            << int(ApiError::Kind::Decode) << "";
        QTest::newRow("wrong content type")
            << 200 << QByteArray("text/html") << QByteArray("<html><body>hi</body></html>")
            << int(ApiError::Kind::Decode) << "";
        QTest::newRow("JSON with wrong type")
            << 200 << QByteArray("application/json") << j("{'id': 7}")
            << int(ApiError::Kind::Decode) << "";
        QTest::newRow("HTML error page")
            << 404 << QByteArray("text/html") << QByteArray("<html><h1>Not Found</h1></html>")
            << int(ApiError::Kind::Http) << "";
        QTest::newRow("problem+json") << 403 << QByteArray("application/problem+json")
                                      << j("{'status': 'Forbidden', 'code': 403, 'message': 'No "
                                           "access', 'title': 'Forbidden'}")
                                      << int(ApiError::Kind::Api) << "No access";
        QTest::newRow("oauth style") << 400 << QByteArray("application/json")
                                     << j("{'error': 'bad', 'error_description': 'Bad thing'}")
                                     << int(ApiError::Kind::Api) << "Bad thing";
        QTest::newRow("empty 2xx body") << 200 << QByteArray("application/json") << QByteArray()
                                        << int(ApiError::Kind::Decode) << "";
    }

    void badAnswersAreTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_server->setHandler([&](const FakeServer::Request &r) {
            return r.path == "/oauth2/token" ? tokenReply()
                                             : FakeServer::Reply{status, body, contentType};
        });
        std::optional<Result<Project>> got;
        m_client->project(QStringLiteral("p"), this, [&](Result<Project> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(int(got->error().kind), kind);
        QCOMPARE(got->error().httpStatus, got->error().kind == ApiError::Kind::Decode ? 0 : status);
        if (!message.isEmpty())
            QCOMPARE(got->error().message, message);
        QVERIFY(!got->error().describe().isEmpty());
        QCOMPARE(got->error().url.path(), QStringLiteral("/projects/p"));
    }

    void retryAfterHonoured()
    {
        int tries = 0;
        QElapsedTimer clock;
        m_server->setHandler([&](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            return ++tries == 1 ? FakeServer::Reply{429,
                                                    j("{'message': 'slow down'}"),
                                                    "application/json",
                                                    {{"Retry-After", "1"}}}
                                : FakeServer::Reply{200, ProjectBody};
        });
        bool ok = false;
        clock.start();
        m_client->project(QStringLiteral("p"), this, [&](Result<Project> r) { ok = r.ok(); });
        QTRY_VERIFY(ok);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelledAndOrphanedCallsStaySilent()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            return r.path == "/oauth2/token" ? tokenReply() : FakeServer::Reply{200, ProjectBody};
        });
        int calls = 0;
        CallHandle handle
            = m_client->project(QStringLiteral("p"), this, [&](Result<Project>) { ++calls; });
        QVERIFY(handle.isActive());
        handle.cancel();
        QVERIFY(!handle.isActive());
        auto context = std::make_unique<QObject>();
        m_client->project(QStringLiteral("p"), context.get(), [&](Result<Project>) { ++calls; });
        context.reset();
        bool last = false;
        m_client->project(QStringLiteral("p"), this, [&](Result<Project>) { last = true; });
        QTRY_VERIFY(last);
        // Waiting for nothing to happen, which no condition can say: the silenced calls were
        // sent before the last one, so their answers would be in by now or very soon.
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void missingActionLinkSendsNothing()
    {
        Environment env;
        env.name = QStringLiteral("main");
        env.status = QStringLiteral("active");
        env.isDirty = true;
        std::optional<Result<Activity>> got;
        m_client->createBackup(env, true, this, [&](Result<Activity> r) { got = r; });
        QVERIFY(!got.has_value()); // never inside the call
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().kind, ApiError::Kind::NotAllowed);
        QVERIFY(got->error().describe().contains(QLatin1String("already running")));
        QVERIFY(m_server->requests.isEmpty());
    }

    void actionHrefRebasedOnApiHost()
    {
        m_server->setHandler([](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            return FakeServer::Reply{200,
                                     j("{'status': 'OK', 'code': 200, '_embedded': "
                                       "{'activities': [{'id': 'i', 'type': 'integration.x'}, "
                                       "{'id': 'a1', 'type': 'environment.restore'}]}}")};
        });
        Backup backup;
        backup.links.insert(
            QStringLiteral("#restore"),
            QStringLiteral(
                "https://eu-3.platform.sh/api/projects/p/environments/main/backups/b/restore"));
        RestoreRequest request;
        request.environmentName = QStringLiteral("staging");
        std::optional<Result<Activity>> got;
        m_client->restoreBackup(backup, request, this, [&](Result<Activity> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().id, QStringLiteral("a1"));
        const FakeServer::Request &post = m_server->requests.last();
        QCOMPARE(post.path, QByteArray("/api/projects/p/environments/main/backups/b/restore"));
        QCOMPARE(post.body, QByteArray(j("{'environment_name':'staging'}")));
    }

    void bigBodyDecodedOffThreadDeliveredHere()
    {
        QByteArray body = "[";
        for (int i = 0; i < 3000; ++i)
            body += (i ? "," : "") + QByteArray(j("{'id': 'b")) + QByteArray::number(i)
                + j("', 'environment': 'main', 'size_used': 1, 'created_at': "
                    "'2026-11-20T05:00:12.123456+00:00'}");
        body += "]";
        QVERIFY(body.size() > 256 * 1024);
        m_server->setHandler([&](const FakeServer::Request &r) {
            return r.path == "/oauth2/token" ? tokenReply() : FakeServer::Reply{200, body};
        });
        std::optional<Result<QList<Backup>>> got;
        QThread *thread = nullptr;
        m_client->backups(QStringLiteral("p"), QStringLiteral("main"), this,
                          [&](Result<QList<Backup>> r) {
                              got = r;
                              thread = QThread::currentThread();
                          });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().size(), 3000);
        QCOMPARE(thread, this->thread());
    }

    // The window busy while a 6 MB answer comes in: Qt then signals readyRead once for all of it
    // and the runner moves it out a slice per turn; every byte arrives, in order, once.
    void bigAnswerWhileBusyArrivesWhole()
    {
        QByteArray body;
        body.reserve(6 * 1024 * 1024 + 16);
        body += '"';
        for (int i = 0; body.size() < 6 * 1024 * 1024; ++i)
            body += QByteArray::number(i) + ' ';
        body += '"';
        m_server->setHandler([&](const FakeServer::Request &r) {
            if (r.path == "/oauth2/token")
                return tokenReply();
            // Busy for a while once the answer is written: it piles up in Qt's buffer.
            QTimer::singleShot(0, this, [] { QThread::msleep(400); });
            return FakeServer::Reply{200, body};
        });
        std::optional<Result<QByteArray>> got;
        m_client->getRaw(QStringLiteral("/projects/p/big"), this,
                         [&](Result<QByteArray> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(got->ok());
        QCOMPARE(got->value().size(), body.size());
        QVERIFY(got->value() == body);
    }

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"
