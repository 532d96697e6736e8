// Fault injection (contract section 9): rules from the command line and at run time, each
// action, after/times/method, and the request counter that proves what reached the server.
#include "tst_sandbox_support.h"

#include <QElapsedTimer>
#include <QStandardPaths>

using bc::test::SandboxHttp;
using bc::test::SandboxProcess;
namespace demo = bc::test::demo;

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void commandLineRule();
    void statusOnActionIsCountedOnce();
    void retryAfter();
    void dropConnection();
    void truncateBody();
    void delay();
    void htmlPage();
    void garbage();
    void hang();
    void malformedJson();
    void wrongTypes();
    void wrongContentType();
    void redirect();
    void afterAndTimes();
    void methodFilter();
    void badRules_data();
    void badRules();
    void listAndClear();
    void sandboxPathsAreNeverFaulted();

private:
    void addRule(const QString &rule);
    int requestCount(const QString &glob, const QString &method);

    SandboxProcess m_sandbox{
        {QStringLiteral("--fault"), QStringLiteral("/api/users/me=status:503,times=1")}};
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_admin;
};

void TestSandboxFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BC_START(m_sandbox);
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
    BC_TOKEN(*m_http, demo::adminToken, m_admin);
}

void TestSandboxFaults::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "commandLineRule") {
        return;
    }
    BC_CALL(clear, m_http->send("DELETE", QStringLiteral("/__sandbox/faults")));
    QCOMPARE(SandboxHttp::status(clear.get()), 200);
    BC_CALL(reset, m_http->send("DELETE", QStringLiteral("/__sandbox/requests")));
    QCOMPARE(SandboxHttp::status(reset.get()), 200);
}

void TestSandboxFaults::addRule(const QString &rule)
{
    BC_CALL(reply,
            m_http->send("POST", QStringLiteral("/__sandbox/faults"),
                         SandboxHttp::body({{QStringLiteral("rule"), rule}})));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
}

int TestSandboxFaults::requestCount(const QString &glob, const QString &method)
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->get(QStringLiteral("/__sandbox/requests?path=%1&method=%2")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(glob)), method)));
    [&] {
        BC_FINISH(reply);
    }();
    return SandboxHttp::json(reply.get())[QStringLiteral("count")].toInt();
}

void TestSandboxFaults::commandLineRule()
{
    BC_CALL(first, m_http->get(QStringLiteral("/api/users/me"), m_admin));
    QCOMPARE(SandboxHttp::status(first.get()), 503);
    QCOMPARE(SandboxHttp::json(first.get())[QStringLiteral("code")].toInt(), 503);
    BC_CALL(second, m_http->get(QStringLiteral("/api/users/me"), m_admin));
    QCOMPARE(SandboxHttp::status(second.get()), 200);
}

void TestSandboxFaults::statusOnActionIsCountedOnce()
{
    const QString path = QStringLiteral("/api/projects/%1/environments/develop/backup")
                             .arg(QLatin1String(demo::eu3Project));
    addRule(QStringLiteral("/api/projects/*/backup=status:500,method=POST"));
    BC_CALL(reply, m_http->send("POST", path, "{}", m_admin));
    QCOMPARE(SandboxHttp::status(reply.get()), 500);
    QCOMPARE(SandboxHttp::json(reply.get())[QStringLiteral("code")].toInt(), 500);
    QCOMPARE(requestCount(path, QStringLiteral("POST")), 1);
    QCOMPARE(requestCount(QStringLiteral("/api/projects/*"), QStringLiteral("POST")), 1);
    BC_CALL(env,
            m_http->get(QStringLiteral("/api/projects/%1/environments/develop")
                            .arg(QLatin1String(demo::eu3Project)),
                        m_admin));
    QVERIFY2(!SandboxHttp::json(env.get())[QStringLiteral("is_dirty")].toBool(),
             "a faulted action starts nothing");
}

void TestSandboxFaults::retryAfter()
{
    addRule(QStringLiteral("/projects/*=status:429,retry-after=2"));
    BC_CALL(
        reply,
        m_http->get(QStringLiteral("/projects/%1").arg(QLatin1String(demo::us2Project)), m_admin));
    QCOMPARE(SandboxHttp::status(reply.get()), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("2"));
}

void TestSandboxFaults::dropConnection()
{
    // Every time: Qt resends a request once by itself when a reused connection closes.
    addRule(QStringLiteral("/api/me=drop"));
    BC_CALL(dropped, m_http->get(QStringLiteral("/api/me"), m_admin));
    QCOMPARE(dropped->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(SandboxHttp::status(dropped.get()), 0);
    QVERIFY(requestCount(QStringLiteral("/api/me"), QStringLiteral("GET")) >= 1);
    BC_CALL(clear, m_http->send("DELETE", QStringLiteral("/__sandbox/faults")));
    BC_CALL(next, m_http->get(QStringLiteral("/api/me"), m_admin));
    QCOMPARE(SandboxHttp::status(next.get()), 200);
}

void TestSandboxFaults::truncateBody()
{
    const QString path
        = QStringLiteral("/api/projects/%1/environments").arg(QLatin1String(demo::us2Project));
    BC_CALL(whole, m_http->get(path, m_admin));
    const QByteArray full = whole->readAll();
    addRule(QStringLiteral("*/environments=truncate"));
    BC_CALL(cut, m_http->get(path, m_admin));
    const QByteArray part = cut->readAll();
    QVERIFY(part.size() < full.size());
    QVERIFY(cut->error() != QNetworkReply::NoError || QJsonDocument::fromJson(part).isNull());
}

void TestSandboxFaults::delay()
{
    addRule(QStringLiteral("/api/users/me=delay:400"));
    QElapsedTimer timer;
    timer.start();
    BC_CALL(reply, m_http->get(QStringLiteral("/api/users/me"), m_admin));
    QVERIFY(timer.elapsed() >= 380);
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    QVERIFY(SandboxHttp::json(reply.get())[QStringLiteral("id")].isString());
}

void TestSandboxFaults::htmlPage()
{
    addRule(QStringLiteral("/ref/*=html"));
    BC_CALL(reply, m_http->get(QStringLiteral("/ref/projects?in=x"), m_admin));
    QCOMPARE(SandboxHttp::status(reply.get()), 502);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QLatin1String("text/html")));
    QVERIFY(reply->readAll().startsWith("<!DOCTYPE html>"));
}

void TestSandboxFaults::garbage()
{
    addRule(QStringLiteral("/api/me=garbage:2048"));
    BC_CALL(reply, m_http->get(QStringLiteral("/api/me"), m_admin));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    QCOMPARE(reply->readAll(), QByteArray(2048, 'x'));
}

void TestSandboxFaults::hang()
{
    const QString path = QStringLiteral("/api/projects/%1/environments/develop/backup")
                             .arg(QLatin1String(demo::us2Project));
    addRule(QStringLiteral("*/backup=hang,method=POST"));
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_admin);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(700);
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> hung(nam.post(request, QByteArray("{}")));
    BC_FINISH(hung);
    // No answer at all: the client's own timeout ended it, not the server.
    QVERIFY2(clock.elapsed() >= 650, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(hung->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(SandboxHttp::status(hung.get()), 0);
    QCOMPARE(requestCount(path, QStringLiteral("POST")), 1);
    // Not served: the environment is not backing up.
    BC_CALL(env,
            m_http->get(QStringLiteral("/api/projects/%1/environments/develop")
                            .arg(QLatin1String(demo::us2Project)),
                        m_admin));
    QVERIFY(!SandboxHttp::json(env.get())[QStringLiteral("is_dirty")].toBool());
    // The sandbox goes on answering other connections.
    BC_CALL(me, m_http->get(QStringLiteral("/api/users/me"), m_admin));
    QCOMPARE(SandboxHttp::status(me.get()), 200);
}

void TestSandboxFaults::malformedJson()
{
    addRule(QStringLiteral("/api/users/me=json"));
    BC_CALL(reply, m_http->get(QStringLiteral("/api/users/me"), m_admin));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(reply->readAll(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::wrongTypes()
{
    const QString path
        = QStringLiteral("/api/projects/%1/environments").arg(QLatin1String(demo::us2Project));
    BC_CALL(whole, m_http->get(path, m_admin));
    const QJsonArray real = SandboxHttp::json(whole.get()).array();
    QVERIFY(!real.isEmpty());
    addRule(QStringLiteral("*/environments=types"));
    BC_CALL(turned, m_http->get(path, m_admin));
    QCOMPARE(SandboxHttp::status(turned.get()), 200);
    const QJsonArray wrong = SandboxHttp::json(turned.get()).array();
    QCOMPARE(wrong.size(), real.size());
    const QJsonObject first = wrong.first().toObject();
    const QString id = real.first()[QStringLiteral("id")].toString();
    QCOMPARE(first[QStringLiteral("id")].toInt(-1), int(id.size()));
    // Nested: the self link's href is a number too.
    QVERIFY(
        first[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")].isDouble());
    QCOMPARE(first.keys(), real.first().toObject().keys());
}

void TestSandboxFaults::wrongContentType()
{
    const QString path = QStringLiteral("/api/projects/%1").arg(QLatin1String(demo::us2Project));
    BC_CALL(whole, m_http->get(path, m_admin));
    const QJsonDocument real = SandboxHttp::json(whole.get());
    addRule(QStringLiteral("/api/projects/*=contenttype"));
    BC_CALL(reply, m_http->get(path, m_admin));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QLatin1String("text/html")));
    QCOMPARE(SandboxHttp::json(reply.get())[QStringLiteral("id")], real[QStringLiteral("id")]);
}

void TestSandboxFaults::redirect()
{
    const QString path
        = QStringLiteral("/api/projects/%1/settings").arg(QLatin1String(demo::us2Project));
    addRule(QStringLiteral("*/settings=redirect:https://elsewhere.example/login?from%3Dsandbox,"
                           "method=PATCH"));
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_admin);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkAccessManager nam;
    BC_CALL(reply, nam.sendCustomRequest(request, "PATCH", QByteArray("{}")));
    QCOMPARE(SandboxHttp::status(reply.get()), 302);
    QCOMPARE(reply->rawHeader("Location"),
             QByteArray("https://elsewhere.example/login?from%3Dsandbox"));
    QCOMPARE(requestCount(path, QStringLiteral("PATCH")), 1);
}

void TestSandboxFaults::afterAndTimes()
{
    addRule(QStringLiteral("/users/me=status:502,after=2,times=1"));
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        BC_CALL(reply, m_http->get(QStringLiteral("/users/me"), m_admin));
        statuses.append(SandboxHttp::status(reply.get()));
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 502, 200}));
}

void TestSandboxFaults::methodFilter()
{
    addRule(QStringLiteral("/api/projects/*/settings=status:500,method=PATCH"));
    BC_CALL(get,
            m_http->get(
                QStringLiteral("/api/projects/%1/settings").arg(QLatin1String(demo::us2Project)),
                m_admin));
    QCOMPARE(SandboxHttp::status(get.get()), 200);
    BC_CALL(patch,
            m_http->send(
                "PATCH",
                QStringLiteral("/api/projects/%1/settings").arg(QLatin1String(demo::us2Project)),
                "{}", m_admin));
    QCOMPARE(SandboxHttp::status(patch.get()), 500);
}

void TestSandboxFaults::badRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("no action") << "/api/me";
    QTest::newRow("unknown action") << "/api/me=explode";
    QTest::newRow("bad status") << "/api/me=status:200";
    QTest::newRow("bad delay") << "/api/me=delay:soon";
    QTest::newRow("bad option") << "/api/me=drop,often=3";
    QTest::newRow("hang with argument") << "/api/me=hang:10";
    QTest::newRow("redirect without host") << "/api/me=redirect:/elsewhere";
    QTest::newRow("redirect with a comma") << "/api/me=redirect:https://a.example/x,y";
}

void TestSandboxFaults::badRules()
{
    QFETCH(QString, rule);
    BC_CALL(reply,
            m_http->send("POST", QStringLiteral("/__sandbox/faults"),
                         SandboxHttp::body({{QStringLiteral("rule"), rule}})));
    QCOMPARE(SandboxHttp::status(reply.get()), 400);
    // The reason after the rule, e.g. "cannot read fault rule: /api/me=explode: unknown action".
    const QString message = SandboxHttp::json(reply.get())[QStringLiteral("message")].toString();
    QVERIFY2(message.contains(rule + QStringLiteral(": ")) && !message.endsWith(rule),
             qPrintable(message));
}

void TestSandboxFaults::listAndClear()
{
    addRule(QStringLiteral("/a=drop"));
    BC_CALL(raw,
            m_http->send("POST", QStringLiteral("/__sandbox/faults"), "/b=status:500", {},
                         "text/plain"));
    QCOMPARE(SandboxHttp::status(raw.get()), 200);
    BC_CALL(list, m_http->get(QStringLiteral("/__sandbox/faults")));
    const QJsonArray rules = SandboxHttp::json(list.get()).array();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[1][QStringLiteral("rule")].toString(), QStringLiteral("/b=status:500"));
    BC_CALL(clear, m_http->send("DELETE", QStringLiteral("/__sandbox/faults")));
    BC_CALL(empty, m_http->get(QStringLiteral("/__sandbox/faults")));
    QVERIFY(SandboxHttp::json(empty.get()).array().isEmpty());
}

void TestSandboxFaults::sandboxPathsAreNeverFaulted()
{
    addRule(QStringLiteral("*=status:500"));
    BC_CALL(health, m_http->get(QStringLiteral("/__sandbox/health")));
    QCOMPARE(SandboxHttp::status(health.get()), 200);
    QCOMPARE(SandboxHttp::json(health.get())[QStringLiteral("ok")].toBool(), true);
    BC_CALL(api, m_http->get(QStringLiteral("/api/me"), m_admin));
    QCOMPARE(SandboxHttp::status(api.get()), 500);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
