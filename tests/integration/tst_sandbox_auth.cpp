// Authentication (contract section 2) against a real sandbox process: the token exchange in its
// forms and errors, bearer tokens required, revoked and expired tokens.
#include "tst_sandbox_support.h"

#include <QElapsedTimer>
#include <QStandardPaths>

using bc::test::SandboxHttp;
using bc::test::SandboxProcess;
namespace demo = bc::test::demo;

class TestSandboxAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenExchangeForms_data();
    void tokenExchangeForms();
    void tokenErrors_data();
    void tokenErrors();
    void bearerRequired_data();
    void bearerRequired();
    void revokedToken();
    void expiredToken();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--token-lifetime"), QStringLiteral("900")}};
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxAuth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BC_START(m_sandbox);
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
}

void TestSandboxAuth::tokenExchangeForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("form") << "/oauth2/token" << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray("grant_type=api_token&api_token=sandbox-admin");
    QTest::newRow("form with client_id")
        << "/oauth2/token" << QByteArray("application/x-www-form-urlencoded")
        << QByteArray("client_id=platform-cli&grant_type=api_token&api_token=sandbox-viewer");
    QTest::newRow("json") << "/oauth2/token" << QByteArray("application/json")
                          << QByteArray(
                                 R"({"grant_type":"api_token","api_token":"sandbox-support"})");
    QTest::newRow("under /api") << "/api/oauth2/token"
                                << QByteArray("application/x-www-form-urlencoded")
                                << QByteArray("grant_type=api_token&api_token=sandbox-admin");
}

void TestSandboxAuth::tokenExchangeForms()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    BC_CALL(reply, m_http->send("POST", path, body, {}, contentType));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    const QJsonObject answer = SandboxHttp::json(reply.get()).object();
    QCOMPARE(answer.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(answer.value(QStringLiteral("expires_in")).toInt(), 900);
    const QList<QByteArray> parts
        = answer.value(QStringLiteral("access_token")).toString().toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
              .object();
    QVERIFY(!claims.value(QStringLiteral("sub")).toString().isEmpty());
    QVERIFY(claims.value(QStringLiteral("exp")).toDouble() > QDateTime::currentSecsSinceEpoch());
}

void TestSandboxAuth::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown token")
        << QByteArray("grant_type=api_token&api_token=nope") << "invalid_grant";
    QTest::newRow("no token") << QByteArray("grant_type=api_token") << "invalid_grant";
    QTest::newRow("other grant") << QByteArray("grant_type=password&username=a")
                                 << "unsupported_grant_type";
}

void TestSandboxAuth::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    BC_CALL(reply,
            m_http->send("POST", QStringLiteral("/oauth2/token"), body, {},
                         "application/x-www-form-urlencoded"));
    QCOMPARE(SandboxHttp::status(reply.get()), 400);
    const QJsonObject answer = SandboxHttp::json(reply.get()).object();
    QCOMPARE(answer.value(QStringLiteral("error")).toString(), error);
    if (error == QLatin1String("invalid_grant")) {
        QCOMPARE(answer.value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("Invalid API token."));
    }
}

void TestSandboxAuth::bearerRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("not bearer") << QByteArray("Basic abc");
    QTest::newRow("garbage") << QByteArray("Bearer garbage");
    QTest::newRow("bad signature")
        << QByteArray("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4IiwiZXhwIjo5OTk5OTk5OTk5fQ.c2ln");
}

void TestSandboxAuth::bearerRequired()
{
    QFETCH(QByteArray, authorization);
    QNetworkAccessManager nam;
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/users/me"))));
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    BC_CALL(reply, nam.get(request));
    QCOMPARE(SandboxHttp::status(reply.get()), 401);
    QCOMPARE(reply->rawHeader("WWW-Authenticate"), QByteArray("Bearer"));
    const QJsonObject error = SandboxHttp::json(reply.get()).object();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandboxAuth::revokedToken()
{
    SandboxProcess own;
    BC_START(own);
    SandboxHttp http(own.baseUrl());
    QByteArray access;
    BC_TOKEN(http, demo::viewerToken, access);
    BC_CALL(revoke,
            http.send("POST", QStringLiteral("/__sandbox/tokens/revoke"),
                      R"({"api_token":"sandbox-viewer"})"));
    QCOMPARE(SandboxHttp::status(revoke.get()), 200);
    BC_CALL(me, http.get(QStringLiteral("/users/me"), access));
    QCOMPARE(SandboxHttp::status(me.get()), 401);
    BC_CALL(again, http.exchange(demo::viewerToken));
    QCOMPARE(SandboxHttp::status(again.get()), 400);
    QCOMPARE(SandboxHttp::json(again.get())[QStringLiteral("error")].toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxAuth::expiredToken()
{
    // exp counts whole seconds: a 1 s token issued late in a second may be dead before its first
    // use. 2 s leaves it at least 1 s of life; it must be refused within 3 s of being issued.
    SandboxProcess own({QStringLiteral("--token-lifetime"), QStringLiteral("2")});
    BC_START(own);
    SandboxHttp http(own.baseUrl());
    QElapsedTimer clock;
    clock.start();
    QByteArray access;
    BC_TOKEN(http, demo::adminToken, access);
    BC_CALL(fresh, http.get(QStringLiteral("/users/me"), access));
    QCOMPARE(SandboxHttp::status(fresh.get()), 200);
    // Asks again and again until the sandbox refuses the token.
    std::unique_ptr<QNetworkReply> stale;
    const auto refused = [&] {
        if (stale && stale->isFinished() && SandboxHttp::status(stale.get()) == 401)
            return true;
        if (!stale || stale->isFinished())
            stale.reset(http.get(QStringLiteral("/users/me"), access));
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refused(), 10000);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(SandboxHttp::json(stale.get())[QStringLiteral("message")].toString().contains(
        QLatin1String("expired")));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
