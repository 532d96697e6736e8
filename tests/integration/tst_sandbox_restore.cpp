// Restores (contract sections 5 and 7): every rule with its exact message, a restore that really
// puts the data back, restores to other and new environments, and support staff on legacy regions.
#include "tst_sandbox_support.h"

#include <QStandardPaths>

using bc::test::SandboxHttp;
using bc::test::SandboxProcess;
namespace demo = bc::test::demo;

namespace {
QString envPath(const QString &project, const QString &env)
{
    return QStringLiteral("/api/projects/%1/environments/%2").arg(project, env);
}
} // namespace

class TestSandboxRestore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void inPlaceRestoresData();
    void dataOnlyKeepsCode();
    void toAnotherEnvironment();
    void toNewBranch();
    void supportOnLegacyRegion();
    void nullableFieldsAcceptNull();

private:
    QJsonObject get(const QString &path);
    QJsonArray getArray(const QString &path);
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body,
                     const QByteArray &token, int *status);
    QJsonObject restore(const QString &project, const QString &env, const QString &backup,
                        const QJsonObject &body, const QByteArray &token);
    QJsonObject newBackup(const QString &project, const QString &env);
    QJsonObject waitFinished(const QString &project, const QString &id);
    QString backupId(const QString &project, const QString &env, bool restorable);

    SandboxProcess m_sandbox{{QStringLiteral("--time-scale"), QStringLiteral("0.02")}};
    std::unique_ptr<SandboxHttp> m_http;
    QHash<QString, QByteArray> m_tokens;
};

void TestSandboxRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BC_START(m_sandbox);
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
    for (const char *who : {demo::adminToken, demo::contributorToken, demo::supportToken}) {
        QByteArray access;
        BC_TOKEN(*m_http, who, access);
        m_tokens.insert(QLatin1String(who), access);
    }
}

QJsonObject TestSandboxRestore::call(const QByteArray &method, const QString &path,
                                     const QByteArray &body, const QByteArray &token, int *status)
{
    std::unique_ptr<QNetworkReply> reply(m_http->send(method, path, body, token));
    [&] {
        BC_FINISH(reply);
    }();
    if (status) {
        *status = SandboxHttp::status(reply.get());
    }
    return SandboxHttp::json(reply.get()).object();
}

QJsonObject TestSandboxRestore::get(const QString &path)
{
    return call("GET", path, {}, m_tokens.value(QLatin1String(demo::adminToken)), nullptr);
}

QJsonArray TestSandboxRestore::getArray(const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->get(path, m_tokens.value(QLatin1String(demo::adminToken))));
    [&] {
        BC_FINISH(reply);
    }();
    return SandboxHttp::json(reply.get()).array();
}

QString TestSandboxRestore::backupId(const QString &project, const QString &env, bool restorable)
{
    for (const QJsonValue &backup : getArray(envPath(project, env) + QStringLiteral("/backups"))) {
        if (backup[QStringLiteral("restorable")].toBool() == restorable) {
            return backup[QStringLiteral("id")].toString();
        }
    }
    return {};
}

QJsonObject TestSandboxRestore::waitFinished(const QString &project, const QString &id)
{
    QJsonObject activity;
    const bool complete = QTest::qWaitFor(
        [&] {
            activity = get(QStringLiteral("/api/projects/%1/activities/%2").arg(project, id));
            return activity[QStringLiteral("state")].toString() == QLatin1String("complete");
        },
        20000);
    return complete ? activity : QJsonObject{};
}

QJsonObject TestSandboxRestore::restore(const QString &project, const QString &env,
                                        const QString &backup, const QJsonObject &body,
                                        const QByteArray &token)
{
    int status = 0;
    const QJsonObject answer = call("POST",
                                    envPath(project, env) + QStringLiteral("/backups/") + backup
                                        + QStringLiteral("/restore"),
                                    SandboxHttp::body(body), token, &status);
    if (status != 200) {
        qWarning() << "restore refused:" << answer;
        return {};
    }
    const QJsonObject activity
        = answer[QStringLiteral("_embedded")][QStringLiteral("activities")][0].toObject();
    return waitFinished(project, activity[QStringLiteral("id")].toString());
}

QJsonObject TestSandboxRestore::newBackup(const QString &project, const QString &env)
{
    int status = 0;
    const QJsonObject answer
        = call("POST", envPath(project, env) + QStringLiteral("/backup"), R"({"safe":false})",
               m_tokens.value(QLatin1String(demo::adminToken)), &status);
    const QJsonObject done = waitFinished(
        project,
        answer[QStringLiteral("_embedded")][QStringLiteral("activities")][0][QStringLiteral("id")]
            .toString());
    return get(envPath(project, env) + QStringLiteral("/backups/")
               + done[QStringLiteral("payload")][QStringLiteral("backup_name")].toString());
}

void TestSandboxRestore::refused_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("backup"); // "ok", "unrestorable" or an id
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString us2 = QLatin1String(demo::us2Project);
    const QString eu = QLatin1String(demo::legacyEuProject);
    const QString admin = QLatin1String(demo::adminToken);
    const QString main = QStringLiteral("main");
    QTest::newRow("missing target")
        << us2 << main << "ok" << QByteArray(R"({"environment_name":"newenv"})") << admin << 400
        << "Environment not found: newenv; pass branch_from to create it";
    QTest::newRow("unknown branch_from")
        << us2 << main << "ok"
        << QByteArray(R"({"environment_name":"newenv","branch_from":"nope"})") << admin << 400
        << "Environment not found (in branch_from): nope";
    QTest::newRow("existing target with branch_from")
        << us2 << main << "ok"
        << QByteArray(R"({"environment_name":"staging","branch_from":"main"})") << admin << 400
        << "Target environment already exists; branch_from is only for new environments";
    QTest::newRow("not restorable")
        << us2 << QStringLiteral("staging") << "unrestorable" << QByteArray("{}") << admin << 400
        << "The backup %1 cannot be restored";
    QTest::newRow("legacy other env")
        << eu << main << "ok" << QByteArray(R"({"environment_name":"staging"})") << admin << 400
        << "Backups cannot be restored to another environment on this region: eu.platform.sh. "
           "Please contact support.";
    QTest::newRow("legacy new env")
        << QString::fromLatin1(demo::legacyUsProject) << main << "ok"
        << QByteArray(R"({"environment_name":"fresh","branch_from":"main"})") << admin << 400
        << "Backups cannot be restored to another environment on this region: us.platform.sh. "
           "Please contact support.";
    QTest::newRow("contributor") << us2 << QStringLiteral("develop") << "ok" << QByteArray("{}")
                                 << QString::fromLatin1(demo::contributorToken) << 403 << "";
    QTest::newRow("inactive target")
        << us2 << main << "ok" << QByteArray(R"({"environment_name":"legacy-ui"})") << admin << 400
        << "Environment legacy-ui is not active";
    QTest::newRow("unknown backup")
        << us2 << main << "aaaaaaaaaaaaaaaaaaaaaaaaaa" << QByteArray("{}") << admin << 404 << "";
    QTest::newRow("unknown environment")
        << us2 << QStringLiteral("nope") << "aaaaaaaaaaaaaaaaaaaaaaaaaa" << QByteArray("{}")
        << admin << 404 << "";
    QTest::newRow("unknown project")
        << QStringLiteral("nosuchproject1") << main << "aaaaaaaaaaaaaaaaaaaaaaaaaa"
        << QByteArray("{}") << admin << 404 << "";
    QTest::newRow("bad resources")
        << us2 << main << "ok" << QByteArray(R"({"resources":{"init":"huge"}})") << admin << 400
        << "";
    QTest::newRow("bad restore_code")
        << us2 << main << "ok" << QByteArray(R"({"restore_code":"no"})") << admin << 400
        << "Field restore_code must be a boolean";
    QTest::newRow("unknown field") << us2 << main << "ok" << QByteArray(R"({"target":"x"})")
                                   << admin << 400 << "Unknown field: target";
    // Issue 11: the spec's EnvironmentRestoreInput has no ticket; support staff's ticket stays
    // in the console's audit log, so the sandbox refuses it like any unknown field.
    QTest::newRow("ticket is unknown")
        << eu << main << "ok" << QByteArray(R"({"environment_name":"staging","ticket":"SUP-1"})")
        << QString::fromLatin1(demo::supportToken) << 400 << "Unknown field: ticket";
    QTest::newRow("paused target")
        << us2 << main << "ok" << QByteArray(R"({"environment_name":"preview-cart"})") << admin
        << 400 << "Environment preview-cart is paused; resume it first";
}

void TestSandboxRestore::refused()
{
    QFETCH(QString, project);
    QFETCH(QString, env);
    QFETCH(QString, backup);
    QFETCH(QByteArray, body);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, message);
    if (backup == QLatin1String("ok") || backup == QLatin1String("unrestorable")) {
        backup = backupId(project, env, backup == QLatin1String("ok"));
        QVERIFY(!backup.isEmpty());
    }
    int answered = 0;
    const QJsonObject error = call("POST",
                                   envPath(project, env) + QStringLiteral("/backups/") + backup
                                       + QStringLiteral("/restore"),
                                   body, m_tokens.value(who), &answered);
    QCOMPARE(answered, status);
    QCOMPARE(error[QStringLiteral("code")].toInt(), status);
    if (!message.isEmpty()) {
        QCOMPARE(error[QStringLiteral("message")].toString(),
                 message.contains(QLatin1String("%1")) ? message.arg(backup) : message);
    }
    QVERIFY(!get(envPath(QLatin1String(demo::us2Project),
                         QStringLiteral("newenv")))[QStringLiteral("name")]
                 .isString());
}

void TestSandboxRestore::inPlaceRestoresData()
{
    const QString project = QLatin1String(demo::us2Project);
    const QString state = QStringLiteral("/__sandbox/state/%1/main").arg(project);
    const QJsonObject before = get(state);
    const QJsonObject backup = newBackup(project, QStringLiteral("main"));
    QCOMPARE(backup[QStringLiteral("commit_id")].toString(),
             before[QStringLiteral("head_commit")].toString());
    int status = 0;
    call(
        "PATCH", state,
        R"({"values":{"orders":1,"theme":"broken"},"head_commit":"0000000000000000000000000000000000000000"})",
        {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(get(state)[QStringLiteral("values")][QStringLiteral("theme")].toString(),
             QStringLiteral("broken"));
    const QJsonObject done
        = restore(project, QStringLiteral("main"), backup[QStringLiteral("id")].toString(), {},
                  m_tokens.value(QLatin1String(demo::adminToken)));
    QCOMPARE(done[QStringLiteral("type")].toString(), QStringLiteral("environment.restore"));
    QCOMPARE(done[QStringLiteral("result")].toString(), QStringLiteral("success"));
    QCOMPARE(done[QStringLiteral("payload")][QStringLiteral("backup_name")].toString(),
             backup[QStringLiteral("id")].toString());
    const QJsonObject after = get(state);
    QCOMPARE(after[QStringLiteral("values")], before[QStringLiteral("values")]);
    QCOMPARE(after[QStringLiteral("head_commit")], before[QStringLiteral("head_commit")]);
}

void TestSandboxRestore::dataOnlyKeepsCode()
{
    const QString project = QLatin1String(demo::eu3Project);
    const QString state = QStringLiteral("/__sandbox/state/%1/staging").arg(project);
    const QJsonObject backup = newBackup(project, QStringLiteral("staging"));
    const QString newCommit = QStringLiteral("1111111111111111111111111111111111111111");
    call("PUT", state,
         SandboxHttp::body({{QStringLiteral("values"), QJsonObject{{QStringLiteral("x"), 1}}},
                            {QStringLiteral("head_commit"), newCommit}}),
         {}, nullptr);
    const QJsonObject done = restore(
        project, QStringLiteral("staging"), backup[QStringLiteral("id")].toString(),
        {{QStringLiteral("restore_code"), false}}, m_tokens.value(QLatin1String(demo::adminToken)));
    QCOMPARE(done[QStringLiteral("result")].toString(), QStringLiteral("success"));
    QCOMPARE(get(state)[QStringLiteral("head_commit")].toString(), newCommit);
    QVERIFY(!get(state)[QStringLiteral("values")].toObject().contains(QStringLiteral("x")));
}

void TestSandboxRestore::toAnotherEnvironment()
{
    const QString project = QLatin1String(demo::us2Project);
    const QJsonObject backup = newBackup(project, QStringLiteral("develop"));
    const QJsonObject source = get(QStringLiteral("/__sandbox/state/%1/develop").arg(project));
    const QJsonObject done
        = restore(project, QStringLiteral("develop"), backup[QStringLiteral("id")].toString(),
                  {{QStringLiteral("environment_name"), QStringLiteral("feature-login")}},
                  m_tokens.value(QLatin1String(demo::adminToken)));
    QCOMPARE(done[QStringLiteral("environments")].toArray(),
             QJsonArray{QStringLiteral("feature-login")});
    QCOMPARE(done[QStringLiteral("payload")][QStringLiteral("environment")][QStringLiteral("id")]
                 .toString(),
             QStringLiteral("feature-login"));
    QCOMPARE(
        done[QStringLiteral("payload")][QStringLiteral("source_environment")][QStringLiteral("id")]
            .toString(),
        QStringLiteral("develop"));
    QCOMPARE(get(QStringLiteral("/__sandbox/state/%1/feature-login")
                     .arg(project))[QStringLiteral("values")],
             source[QStringLiteral("values")]);
}

void TestSandboxRestore::toNewBranch()
{
    const QString project = QLatin1String(demo::us2Project);
    const QString backup = backupId(project, QStringLiteral("main"), true);
    const QJsonObject done
        = restore(project, QStringLiteral("main"), backup,
                  {{QStringLiteral("environment_name"), QStringLiteral("restored-1")},
                   {QStringLiteral("branch_from"), QStringLiteral("develop")},
                   {QStringLiteral("resources"),
                    QJsonObject{{QStringLiteral("init"), QStringLiteral("parent")}}}},
                  m_tokens.value(QLatin1String(demo::adminToken)));
    QCOMPARE(done[QStringLiteral("result")].toString(), QStringLiteral("success"));
    QCOMPARE(done[QStringLiteral("payload")][QStringLiteral("branch_from")].toString(),
             QStringLiteral("develop"));
    const QJsonObject env = get(envPath(project, QStringLiteral("restored-1")));
    QCOMPARE(env[QStringLiteral("parent")].toString(), QStringLiteral("develop"));
    QCOMPARE(env[QStringLiteral("type")].toString(), QStringLiteral("development"));
    QCOMPARE(env[QStringLiteral("status")].toString(), QStringLiteral("active"));
    const QJsonObject backupObject
        = get(envPath(project, QStringLiteral("main")) + QStringLiteral("/backups/") + backup);
    QCOMPARE(env[QStringLiteral("head_commit")].toString(),
             backupObject[QStringLiteral("commit_id")].toString());
}

void TestSandboxRestore::supportOnLegacyRegion()
{
    const QString project = QLatin1String(demo::legacyEuProject);
    const QString backup = backupId(project, QStringLiteral("main"), true);
    const QJsonObject done
        = restore(project, QStringLiteral("main"), backup,
                  {{QStringLiteral("environment_name"), QStringLiteral("staging")}},
                  m_tokens.value(QLatin1String(demo::supportToken)));
    QCOMPARE(done[QStringLiteral("result")].toString(), QStringLiteral("success"));
    const QJsonObject payload = done[QStringLiteral("payload")].toObject();
    QCOMPARE(payload[QStringLiteral("user")][QStringLiteral("display_name")].toString(),
             QStringLiteral("Sam Support"));
    QCOMPARE(payload[QStringLiteral("on_behalf_of")][QStringLiteral("display_name")].toString(),
             QStringLiteral("Ada Lovelace"));
    QVERIFY(!payload[QStringLiteral("on_behalf_of")][QStringLiteral("id")].toString().isEmpty());
    QVERIFY(!payload.contains(QStringLiteral("ticket")));
}

// The spec's EnvironmentRestoreInput marks these nullable: null reads as "not given".
void TestSandboxRestore::nullableFieldsAcceptNull()
{
    const QString project = QLatin1String(demo::legacyUsProject);
    const QJsonObject done = restore(
        project, QStringLiteral("develop"), backupId(project, QStringLiteral("develop"), true),
        {{QStringLiteral("environment_name"), QJsonValue::Null},
         {QStringLiteral("branch_from"), QJsonValue::Null},
         {QStringLiteral("resources"), QJsonObject{{QStringLiteral("init"), QJsonValue::Null}}}},
        m_tokens.value(QLatin1String(demo::adminToken)));
    QCOMPARE(done[QStringLiteral("result")].toString(), QStringLiteral("success"));
    QCOMPARE(done[QStringLiteral("environments")].toArray(), QJsonArray{QStringLiteral("develop")});
    QVERIFY(!done[QStringLiteral("payload")].toObject().contains(QStringLiteral("on_behalf_of")));
}

QTEST_GUILESS_MAIN(TestSandboxRestore)
#include "tst_sandbox_restore.moc"
