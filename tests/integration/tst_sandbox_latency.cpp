// The sandbox's --latency: every API answer is late by the given time, the sandbox's own paths are
// not, and concurrent requests wait side by side (timers, not a blocked event loop), as on a WAN.
#include "tst_sandbox_support.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace bc::test;

namespace {
constexpr int latencyMs = 400;
} // namespace

class TestSandboxLatency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void apiAnswersAreLate();
    void tokenExchangeIsLate();
    void sandboxPathsAreNotLate();
    void concurrentRequestsOverlap();
    void jitterStaysInItsBand();
    void badValuesAreRefused_data();
    void badValuesAreRefused();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--latency"), QString::number(latencyMs)}};
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_admin;
};

void TestSandboxLatency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BC_START(m_sandbox);
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
    BC_TOKEN(*m_http, demo::adminToken, m_admin);
}

void TestSandboxLatency::apiAnswersAreLate()
{
    for (const QString &path : {QStringLiteral("/api/users/me"), QStringLiteral("/users/me"),
                                QStringLiteral("/api/projects/nosuchproject")}) {
        QElapsedTimer timer;
        timer.start();
        BC_CALL(reply, m_http->get(path, m_admin));
        QVERIFY2(timer.elapsed() >= latencyMs - 5, qPrintable(path));
        QVERIFY(SandboxHttp::status(reply.get()) > 0);
    }
}

void TestSandboxLatency::tokenExchangeIsLate()
{
    QElapsedTimer timer;
    timer.start();
    BC_CALL(reply, m_http->exchange(demo::viewerToken));
    QVERIFY(timer.elapsed() >= latencyMs - 5);
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
}

void TestSandboxLatency::sandboxPathsAreNotLate()
{
    // Lower bound of the late answers, upper bound here: a loaded machine may slow it, but
    // not past the whole latency twice in a row.
    qint64 fastest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        BC_CALL(reply, m_http->get(QStringLiteral("/__sandbox/faults")));
        QCOMPARE(SandboxHttp::status(reply.get()), 200);
        fastest = std::min(fastest, timer.elapsed());
    }
    QVERIFY2(fastest < latencyMs, qPrintable(QString::number(fastest)));
}

void TestSandboxLatency::concurrentRequestsOverlap()
{
    // Six connections (QNetworkAccessManager's limit per host), each answered 400 ms late: in
    // series that is 2.4 s; held by timers they all finish after about 400 ms.
    constexpr int parallel = 6;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < parallel; ++i) {
        replies.emplace_back(m_http->get(QStringLiteral("/api/users/me"), m_admin));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](const auto &reply) { return reply->isFinished(); }),
                             15000);
    const qint64 elapsed = timer.elapsed();
    for (const auto &reply : replies) {
        QCOMPARE(SandboxHttp::status(reply.get()), 200);
    }
    QVERIFY2(elapsed >= latencyMs - 5, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < parallel * latencyMs / 2, qPrintable(QString::number(elapsed)));
}

void TestSandboxLatency::jitterStaysInItsBand()
{
    SandboxProcess jittery{{QStringLiteral("--latency"), QStringLiteral("300:200")}};
    BC_START(jittery);
    SandboxHttp http(jittery.baseUrl());
    QList<qint64> times;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        BC_CALL(reply, http.get(QStringLiteral("/api/users/me")));
        QCOMPARE(SandboxHttp::status(reply.get()), 401);
        times.append(timer.elapsed());
    }
    for (const qint64 t : times) {
        QVERIFY2(t >= 100 - 5, qPrintable(QString::number(t)));
    }
    // Six draws from 100..500 ms that all land within 5 ms of each other mean no jitter.
    const auto [low, high] = std::minmax_element(times.begin(), times.end());
    QVERIFY2(*high - *low > 5, qPrintable(QString::number(*high - *low)));
}

void TestSandboxLatency::badValuesAreRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("word") << "slow";
    QTest::newRow("negative") << "-5";
    QTest::newRow("jitter above latency") << "50:80";
    QTest::newRow("empty jitter") << "50:";
}

void TestSandboxLatency::badValuesAreRefused()
{
    QFETCH(QString, value);
    SandboxProcess bad{{QStringLiteral("--latency"), value}};
    QVERIFY(!bad.start(5000));
}

QTEST_GUILESS_MAIN(TestSandboxLatency)
#include "tst_sandbox_latency.moc"
