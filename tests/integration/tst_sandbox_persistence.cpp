// Persistence (issue 2): after kill -9 and a restart nothing acknowledged is lost and no activity
// stays stuck; the seed goes only into an empty database.
#include "tst_sandbox_support.h"

#include <QStandardPaths>

using bc::test::SandboxHttp;
using bc::test::SandboxProcess;
namespace demo = bc::test::demo;

class TestSandboxPersistence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void survivesKill9();
    void interruptedActivityEndsAsFailure();
    void emptySeed();
    void badArguments_data();
    void badArguments();

private:
    QJsonObject get(SandboxHttp &http, const QString &path, const QByteArray &token);
};

void TestSandboxPersistence::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QJsonObject TestSandboxPersistence::get(SandboxHttp &http, const QString &path,
                                        const QByteArray &token)
{
    std::unique_ptr<QNetworkReply> reply(http.get(path, token));
    [&] {
        BC_FINISH(reply);
    }();
    return SandboxHttp::json(reply.get()).object();
}

void TestSandboxPersistence::survivesKill9()
{
    SandboxProcess sandbox;
    BC_START(sandbox);
    SandboxHttp http(sandbox.baseUrl());
    QByteArray admin;
    BC_TOKEN(http, demo::adminToken, admin);
    const QString project = QLatin1String(demo::us2Project);
    const QString state = QStringLiteral("/__sandbox/state/%1/staging").arg(project);
    BC_CALL(patch, http.send("PATCH", state, R"({"values":{"marker":"kept"}})"));
    QCOMPARE(SandboxHttp::status(patch.get()), 200);
    BC_CALL(settings,
            http.send("PATCH", QStringLiteral("/api/projects/%1/settings").arg(project),
                      R"({"data_retention":{"staging":{"default_config":{"manual_count":9}}}})",
                      admin));
    QCOMPARE(SandboxHttp::status(settings.get()), 200);
    BC_CALL(started,
            http.send("POST",
                      QStringLiteral("/api/projects/%1/environments/develop/backup").arg(project),
                      "{}", admin));
    const QString activity
        = SandboxHttp::json(started.get())[QStringLiteral("_embedded")]
                                          [QStringLiteral("activities")][0][QStringLiteral("id")]
                                              .toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        get(http, QStringLiteral("/api/projects/%1/activities/%2").arg(project, activity),
            admin)[QStringLiteral("state")]
            .toString(),
        QStringLiteral("complete"), 10000);
    const QString backup
        = get(http, QStringLiteral("/api/projects/%1/activities/%2").arg(project, activity),
              admin)[QStringLiteral("payload")][QStringLiteral("backup_name")]
              .toString();

    const QUrl before = sandbox.baseUrl();
    sandbox.kill9();
    QVERIFY(!sandbox.isRunning());
    BC_START(sandbox);
    QCOMPARE(sandbox.baseUrl(), before);
    QCOMPARE(get(http, state, {})[QStringLiteral("values")][QStringLiteral("marker")].toString(),
             QStringLiteral("kept"));
    QCOMPARE(get(http, QStringLiteral("/api/projects/%1/settings").arg(project),
                 admin)[QStringLiteral("data_retention")][QStringLiteral("staging")]
                       [QStringLiteral("default_config")][QStringLiteral("manual_count")]
                           .toInt(),
             9);
    QCOMPARE(
        get(http,
            QStringLiteral("/api/projects/%1/environments/develop/backups/%2").arg(project, backup),
            admin)[QStringLiteral("id")]
            .toString(),
        backup);
    QVERIFY2(!get(http,
                  QStringLiteral("/api/projects/%1/environments/develop/backups/%2")
                      .arg(project, backup),
                  admin)
                  .isEmpty(),
             "the token issued before the restart is still valid");
}

void TestSandboxPersistence::interruptedActivityEndsAsFailure()
{
    SandboxProcess sandbox({QStringLiteral("--time-scale"), QStringLiteral("1")});
    BC_START(sandbox);
    SandboxHttp http(sandbox.baseUrl());
    QByteArray admin;
    BC_TOKEN(http, demo::adminToken, admin);
    const QString project = QLatin1String(demo::legacyEuProject);
    BC_CALL(
        before,
        http.get(QStringLiteral("/api/projects/%1/environments/main/backups").arg(project), admin));
    const qsizetype backups = SandboxHttp::json(before.get()).array().size();
    BC_CALL(started,
            http.send("POST",
                      QStringLiteral("/api/projects/%1/environments/main/backup").arg(project),
                      "{}", admin));
    QCOMPARE(SandboxHttp::status(started.get()), 200);
    const QString id
        = SandboxHttp::json(started.get())[QStringLiteral("_embedded")]
                                          [QStringLiteral("activities")][0][QStringLiteral("id")]
                                              .toString();
    QTRY_COMPARE_WITH_TIMEOUT(get(http,
                                  QStringLiteral("/api/projects/%1/activities/%2").arg(project, id),
                                  admin)[QStringLiteral("state")]
                                  .toString(),
                              QStringLiteral("in_progress"), 10000);
    sandbox.kill9();
    BC_START(sandbox);
    const QJsonObject activity
        = get(http, QStringLiteral("/api/projects/%1/activities/%2").arg(project, id), admin);
    QCOMPARE(activity[QStringLiteral("state")].toString(), QStringLiteral("complete"));
    QCOMPARE(activity[QStringLiteral("result")].toString(), QStringLiteral("failure"));
    const QJsonObject env
        = get(http, QStringLiteral("/api/projects/%1/environments/main").arg(project), admin);
    QVERIFY(!env[QStringLiteral("is_dirty")].toBool());
    QCOMPARE(env[QStringLiteral("status")].toString(), QStringLiteral("active"));
    BC_CALL(log,
            http.get(QStringLiteral("/api/projects/%1/activities/%2/log").arg(project, id), admin));
    const QByteArray lines = log->readAll();
    QVERIFY(lines.contains("The sandbox stopped while this activity was running"));
    QVERIFY(lines.trimmed().endsWith("\"seal\":true}"));
    BC_CALL(
        list,
        http.get(QStringLiteral("/api/projects/%1/environments/main/backups").arg(project), admin));
    QCOMPARE(SandboxHttp::json(list.get()).array().size(), backups);
}

void TestSandboxPersistence::emptySeed()
{
    SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("empty")});
    BC_START(sandbox);
    SandboxHttp http(sandbox.baseUrl());
    BC_CALL(reply, http.exchange(demo::adminToken));
    QCOMPARE(SandboxHttp::status(reply.get()), 400);
}

void TestSandboxPersistence::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"),
                                              QStringLiteral("nonsense")};
    QTest::newRow("bad seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("galaxy")};
    QTest::newRow("bad scale") << QStringList{QStringLiteral("--time-scale"),
                                              QStringLiteral("fast")};
}

void TestSandboxPersistence::badArguments()
{
    QFETCH(QStringList, arguments);
    SandboxProcess sandbox(arguments);
    QVERIFY(!sandbox.start(5000));
    QVERIFY(!sandbox.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
