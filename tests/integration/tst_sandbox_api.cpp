// The read side of the contract (sections 3-5, 8) against a real sandbox process: who am I,
// projects, environments, backups, settings, links per role, and bad input.
#include "tst_sandbox_support.h"

#include <QJsonArray>
#include <QStandardPaths>

using bc::test::SandboxHttp;
using bc::test::SandboxProcess;
namespace demo = bc::test::demo;

class TestSandboxApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usersMeRoles_data();
    void usersMeRoles();
    void extendedAccessAndRefProjects();
    void meListsProjects();
    void everyPathWithAndWithoutApi_data();
    void everyPathWithAndWithoutApi();
    void projectShape();
    void regionalLinks();
    void environmentsShape();
    void backupsNewestFirst();
    void linksPerRole_data();
    void linksPerRole();
    void userAccess();
    void settingsRoundTrip();
    void settingsPatchMergesPerType();
    void settingsErrors_data();
    void settingsErrors();
    void notFound_data();
    void notFound();
    void badRequests_data();
    void badRequests();
    void methodNotAllowed();
    void bodyTooLarge();

private:
    QByteArray token(const QString &who) const { return m_tokens.value(who); }

    SandboxProcess m_sandbox{{QStringLiteral("--token-lifetime"), QStringLiteral("900")}};
    std::unique_ptr<SandboxHttp> m_http;
    QHash<QString, QByteArray> m_tokens;
};

void TestSandboxApi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BC_START(m_sandbox);
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
    for (const char *who :
         {demo::adminToken, demo::contributorToken, demo::viewerToken, demo::supportToken}) {
        QByteArray access;
        BC_TOKEN(*m_http, who, access);
        m_tokens.insert(QLatin1String(who), access);
    }
}

void TestSandboxApi::usersMeRoles_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("support");
    QTest::newRow("admin") << QString::fromLatin1(demo::adminToken) << false;
    QTest::newRow("contributor") << QString::fromLatin1(demo::contributorToken) << false;
    QTest::newRow("viewer") << QString::fromLatin1(demo::viewerToken) << false;
    QTest::newRow("support") << QString::fromLatin1(demo::supportToken) << true;
}

void TestSandboxApi::usersMeRoles()
{
    QFETCH(QString, who);
    QFETCH(bool, support);
    BC_CALL(reply, m_http->get(QStringLiteral("/users/me"), token(who)));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    const QJsonObject me = SandboxHttp::json(reply.get()).object();
    QCOMPARE(me.value(QStringLiteral("username")).toString(), who);
    for (const char *field : {"id", "email", "first_name", "last_name"}) {
        QVERIFY2(!me.value(QLatin1String(field)).toString().isEmpty(), field);
    }
    const QJsonArray expected = support ? QJsonArray{QStringLiteral("support")} : QJsonArray{};
    QCOMPARE(me.value(QStringLiteral("roles")).toArray(), expected);
}

void TestSandboxApi::extendedAccessAndRefProjects()
{
    BC_CALL(
        me,
        m_http->get(QStringLiteral("/users/me"), token(QString::fromLatin1(demo::viewerToken))));
    const QString id = SandboxHttp::json(me.get())[QStringLiteral("id")].toString();
    BC_CALL(access,
            m_http->get(
                QStringLiteral("/users/%1/extended-access?filter[resource_type]=project").arg(id),
                token(QString::fromLatin1(demo::viewerToken))));
    QCOMPARE(SandboxHttp::status(access.get()), 200);
    const QJsonObject answer = SandboxHttp::json(access.get()).object();
    const QJsonArray items = answer.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 4);
    QSet<QString> organizations;
    for (const QJsonValue &item : items) {
        QCOMPARE(item[QStringLiteral("resource_type")].toString(), QStringLiteral("project"));
        QCOMPARE(item[QStringLiteral("permissions")].toArray(),
                 QJsonArray{QStringLiteral("viewer")});
        QCOMPARE(item[QStringLiteral("user_id")].toString(), id);
        organizations.insert(item[QStringLiteral("organization_id")].toString());
    }
    QCOMPARE(organizations.size(), 2);
    const QString ref
        = answer[QStringLiteral("_links")][QStringLiteral("ref:projects:0")][QStringLiteral("href")]
              .toString();
    QVERIFY(ref.startsWith(QLatin1String("/ref/projects?in=")));
    BC_CALL(projects,
            m_http->get(ref + QStringLiteral(",unknownproject1"),
                        token(QString::fromLatin1(demo::viewerToken))));
    const QJsonObject byId = SandboxHttp::json(projects.get()).object();
    QCOMPARE(byId.size(), 5);
    QVERIFY(byId.value(QStringLiteral("unknownproject1")).isNull());
    const QJsonObject legacy = byId.value(QLatin1String(demo::legacyEuProject)).toObject();
    QCOMPARE(legacy.value(QStringLiteral("region")).toString(), QStringLiteral("eu.platform.sh"));
    QCOMPARE(legacy.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    for (const char *field :
         {"id", "title", "organization_id", "vendor", "created_at", "updated_at"}) {
        QVERIFY2(legacy.contains(QLatin1String(field)), field);
    }
    BC_CALL(other,
            m_http->get(QStringLiteral("/users/someone-else/extended-access"),
                        token(QString::fromLatin1(demo::viewerToken))));
    QCOMPARE(SandboxHttp::status(other.get()), 403);
}

void TestSandboxApi::meListsProjects()
{
    BC_CALL(reply,
            m_http->get(QStringLiteral("/api/me"), token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    const QJsonArray projects
        = SandboxHttp::json(reply.get())[QStringLiteral("projects")].toArray();
    QCOMPARE(projects.size(), 4);
    QSet<QString> regions;
    for (const QJsonValue &project : projects) {
        regions.insert(project[QStringLiteral("region")].toString());
        // Issue 11: on the sandbox's own origin by default, so a client can follow it.
        QVERIFY(project[QStringLiteral("endpoint")].toString().startsWith(
            m_sandbox.baseUrl().toString() + QStringLiteral("/api/projects/")));
        QCOMPARE(project[QStringLiteral("status")].toString(), QStringLiteral("active"));
    }
    QCOMPARE(
        regions,
        (QSet<QString>{QStringLiteral("eu.platform.sh"), QStringLiteral("us.platform.sh"),
                       QStringLiteral("eu-3.platform.sh"), QStringLiteral("us-2.platform.sh")}));
}

void TestSandboxApi::everyPathWithAndWithoutApi_data()
{
    QTest::addColumn<QString>("path");
    const QString p = QStringLiteral("/projects/") + QLatin1String(demo::legacyEuProject);
    const QStringList paths{QStringLiteral("/users/me"),
                            QStringLiteral("/me"),
                            QStringLiteral("/ref/projects?in=") + QLatin1String(demo::us2Project),
                            p,
                            p + QStringLiteral("/environments"),
                            p + QStringLiteral("/environments/main"),
                            p + QStringLiteral("/environments/main/backups"),
                            p + QStringLiteral("/settings"),
                            p + QStringLiteral("/user-access"),
                            p + QStringLiteral("/activities"),
                            p + QStringLiteral("/environments/main/activities")};
    for (const QString &path : paths) {
        QTest::newRow(qPrintable(path)) << path;
        QTest::newRow(qPrintable(QStringLiteral("/api") + path))
            << QString(QStringLiteral("/api") + path);
    }
}

void TestSandboxApi::everyPathWithAndWithoutApi()
{
    QFETCH(QString, path);
    BC_CALL(reply, m_http->get(path, token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .contains(QLatin1String("json")));
    QVERIFY(!SandboxHttp::json(reply.get()).isNull());
}

void TestSandboxApi::projectShape()
{
    BC_CALL(reply,
            m_http->get(QStringLiteral("/api/projects/") + QLatin1String(demo::eu3Project),
                        token(QString::fromLatin1(demo::adminToken))));
    const QJsonObject project = SandboxHttp::json(reply.get()).object();
    QCOMPARE(project[QStringLiteral("id")].toString(), QLatin1String(demo::eu3Project));
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]{13,15}$"))
                .match(project[QStringLiteral("id")].toString())
                .hasMatch());
    QCOMPARE(project[QStringLiteral("status")][QStringLiteral("code")].toString(),
             QStringLiteral("provisioned"));
    QCOMPARE(project[QStringLiteral("default_branch")].toString(), QStringLiteral("main"));
    QVERIFY(project[QStringLiteral("subscription")][QStringLiteral("plan")].isString());
    QCOMPARE(project[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")]
                 .toString(),
             m_sandbox.baseUrl().toString() + QStringLiteral("/api/projects/")
                 + QLatin1String(demo::eu3Project));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$)"))
                .match(project[QStringLiteral("created_at")].toString())
                .hasMatch());
}

// --regional-links: self links on the region's host, as the real service gives them; the
// client's rebasing is tested against this (tst_client_*).
void TestSandboxApi::regionalLinks()
{
    SandboxProcess regional{{QStringLiteral("--regional-links")}};
    BC_START(regional);
    SandboxHttp http(regional.baseUrl());
    QByteArray access;
    BC_TOKEN(http, demo::adminToken, access);
    BC_CALL(reply,
            http.get(QStringLiteral("/projects/%1").arg(QLatin1String(demo::eu3Project)), access));
    QCOMPARE(
        SandboxHttp::json(
            reply.get())[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")]
            .toString(),
        QStringLiteral("https://eu-3.platform.sh/api/projects/") + QLatin1String(demo::eu3Project));
    BC_CALL(
        envs,
        http.get(QStringLiteral("/projects/%1/environments").arg(QLatin1String(demo::eu3Project)),
                 access));
    const QJsonObject main = SandboxHttp::json(envs.get()).array().first().toObject();
    QVERIFY(main[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")]
                .toString()
                .startsWith(QLatin1String("https://eu-3.platform.sh/api/projects/")));
    QVERIFY(main[QStringLiteral("_links")][QStringLiteral("backups")][QStringLiteral("href")]
                .toString()
                .startsWith(QLatin1String("/api/projects/")));
}

void TestSandboxApi::environmentsShape()
{
    BC_CALL(reply,
            m_http->get(
                QStringLiteral("/projects/%1/environments").arg(QLatin1String(demo::us2Project)),
                token(QString::fromLatin1(demo::adminToken))));
    const QJsonArray envs = SandboxHttp::json(reply.get()).array();
    QCOMPARE(envs.size(), 6);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &env : envs) {
        byName.insert(env[QStringLiteral("name")].toString(), env.toObject());
        QCOMPARE(env[QStringLiteral("id")], env[QStringLiteral("name")]);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$"))
                    .match(env[QStringLiteral("head_commit")].toString())
                    .hasMatch());
    }
    QCOMPARE(byName[QStringLiteral("main")][QStringLiteral("type")].toString(),
             QStringLiteral("production"));
    QVERIFY(byName[QStringLiteral("main")][QStringLiteral("is_main")].toBool());
    QVERIFY(byName[QStringLiteral("main")][QStringLiteral("parent")].isNull());
    QCOMPARE(byName[QStringLiteral("staging")][QStringLiteral("parent")].toString(),
             QStringLiteral("main"));
    QCOMPARE(byName[QStringLiteral("feature-login")][QStringLiteral("parent")].toString(),
             QStringLiteral("develop"));
    QCOMPARE(byName[QStringLiteral("legacy-ui")][QStringLiteral("status")].toString(),
             QStringLiteral("inactive"));
    QVERIFY(!byName[QStringLiteral("legacy-ui")][QStringLiteral("_links")].toObject().contains(
        QStringLiteral("#backup")));
    // The demo's paused development environment: no backup until resumed (issue 11).
    QCOMPARE(byName[QStringLiteral("preview-cart")][QStringLiteral("status")].toString(),
             QStringLiteral("paused"));
    QVERIFY(!byName[QStringLiteral("preview-cart")][QStringLiteral("_links")].toObject().contains(
        QStringLiteral("#backup")));
    QVERIFY(byName[QStringLiteral("preview-cart")][QStringLiteral("_links")].toObject().contains(
        QStringLiteral("#resume")));
    for (const QString &name :
         {QStringLiteral("main"), QStringLiteral("staging"), QStringLiteral("develop")}) {
        QVERIFY2(!byName[name][QStringLiteral("last_backup_at")].isNull(), qPrintable(name));
    }
    const QString backupHref = byName[QStringLiteral("main")][QStringLiteral("_links")]
                                     [QStringLiteral("#backup")][QStringLiteral("href")]
                                         .toString();
    QCOMPARE(backupHref,
             QStringLiteral("/api/projects/%1/environments/main/backup")
                 .arg(QLatin1String(demo::us2Project)));
    QVERIFY(byName[QStringLiteral("main")][QStringLiteral("_links")][QStringLiteral("#backup")]
                  [QStringLiteral("meta")][QStringLiteral("post")]
                      .isObject());
    QVERIFY(!byName[QStringLiteral("main")][QStringLiteral("is_dirty")].toBool());
}

void TestSandboxApi::backupsNewestFirst()
{
    BC_CALL(reply,
            m_http->get(QStringLiteral("/projects/%1/environments/main/backups")
                            .arg(QLatin1String(demo::legacyEuProject)),
                        token(QString::fromLatin1(demo::adminToken))));
    const QJsonArray backups = SandboxHttp::json(reply.get()).array();
    QVERIFY(backups.size() >= 10);
    bool automated = false;
    bool manualSafe = false;
    bool manualLive = false;
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &backup : backups) {
        const QString created = backup[QStringLiteral("created_at")].toString();
        QVERIFY(created < previous);
        previous = created;
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z2-7]{26}$"))
                    .match(backup[QStringLiteral("id")].toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$"))
                    .match(backup[QStringLiteral("commit_id")].toString())
                    .hasMatch());
        if (backup[QStringLiteral("automated")].toBool()) {
            automated = true;
            QVERIFY(!backup[QStringLiteral("safe")].toBool());
            QVERIFY(backup[QStringLiteral("index")].isDouble());
        } else {
            (backup[QStringLiteral("safe")].toBool() ? manualSafe : manualLive) = true;
        }
        QVERIFY(backup[QStringLiteral("size_used")].toDouble() > 0);
    }
    QVERIFY(automated && manualSafe && manualLive);
    const QString id = backups.first()[QStringLiteral("id")].toString();
    BC_CALL(one,
            m_http->get(QStringLiteral("/api/projects/%1/environments/main/backups/%2")
                            .arg(QLatin1String(demo::legacyEuProject), id),
                        token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::json(one.get())[QStringLiteral("id")].toString(), id);
}

void TestSandboxApi::linksPerRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("env");
    QTest::addColumn<bool>("actions");
    const QStringList envs{QStringLiteral("main"), QStringLiteral("staging"),
                           QStringLiteral("develop")};
    for (const QString &env : envs) {
        QTest::newRow(qPrintable(QStringLiteral("admin ") + env))
            << QString::fromLatin1(demo::adminToken) << env << true;
        QTest::newRow(qPrintable(QStringLiteral("support ") + env))
            << QString::fromLatin1(demo::supportToken) << env << true;
        QTest::newRow(qPrintable(QStringLiteral("contributor ") + env))
            << QString::fromLatin1(demo::contributorToken) << env << false;
        QTest::newRow(qPrintable(QStringLiteral("viewer ") + env))
            << QString::fromLatin1(demo::viewerToken) << env << false;
    }
}

void TestSandboxApi::linksPerRole()
{
    QFETCH(QString, who);
    QFETCH(QString, env);
    QFETCH(bool, actions);
    const QString base
        = QStringLiteral("/projects/%1/environments/%2").arg(QLatin1String(demo::us2Project), env);
    BC_CALL(envReply, m_http->get(base, token(who)));
    const QJsonObject links
        = SandboxHttp::json(envReply.get())[QStringLiteral("_links")].toObject();
    QCOMPARE(links.contains(QStringLiteral("#backup")), actions);
    // Self links are on the sandbox's own origin by default (--regional-links: regionalLinks()).
    QVERIFY(links[QStringLiteral("self")][QStringLiteral("href")].toString().startsWith(
        m_sandbox.baseUrl().toString() + QStringLiteral("/api/")));
    BC_CALL(backups, m_http->get(base + QStringLiteral("/backups"), token(who)));
    const QJsonArray list = SandboxHttp::json(backups.get()).array();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &backup : list) {
        const QJsonObject backupLinks = backup[QStringLiteral("_links")].toObject();
        QCOMPARE(backupLinks.contains(QStringLiteral("#delete")), actions);
        QCOMPARE(backupLinks.contains(QStringLiteral("#restore")),
                 actions && backup[QStringLiteral("restorable")].toBool());
        if (actions) {
            QVERIFY(backupLinks[QStringLiteral("#delete")][QStringLiteral("href")]
                        .toString()
                        .startsWith(QLatin1String("/api/projects/")));
        }
    }
}

void TestSandboxApi::userAccess()
{
    BC_CALL(
        reply,
        m_http->get(
            QStringLiteral("/projects/%1/user-access").arg(QLatin1String(demo::legacyUsProject)),
            token(QString::fromLatin1(demo::viewerToken))));
    const QJsonArray entries = SandboxHttp::json(reply.get()).array();
    QVERIFY(entries.size() >= 4);
    BC_CALL(me,
            m_http->get(QStringLiteral("/users/me"),
                        token(QString::fromLatin1(demo::contributorToken))));
    const QString contributor = SandboxHttp::json(me.get())[QStringLiteral("id")].toString();
    bool found = false;
    for (const QJsonValue &entry : entries) {
        if (entry[QStringLiteral("user_id")].toString() == contributor) {
            found = true;
            QCOMPARE(entry[QStringLiteral("permissions")].toArray(),
                     (QJsonArray{QStringLiteral("production:viewer"),
                                 QStringLiteral("staging:contributor"),
                                 QStringLiteral("development:contributor")}));
        }
    }
    QVERIFY(found);
}

void TestSandboxApi::settingsRoundTrip()
{
    SandboxProcess own;
    BC_START(own);
    SandboxHttp http(own.baseUrl());
    QByteArray admin;
    BC_TOKEN(http, demo::adminToken, admin);
    const QString path
        = QStringLiteral("/api/projects/%1/settings").arg(QLatin1String(demo::eu3Project));
    BC_CALL(before, http.get(path, admin));
    QVERIFY(SandboxHttp::json(before.get())[QStringLiteral("data_retention")].isNull());
    const QByteArray body
        = R"({"data_retention":{"production":{"max_backups":5,"default_config":{"manual_count":2,"schedule":[{"interval":"1d","count":3}]}}}})";
    BC_CALL(patch, http.send("PATCH", path, body, admin));
    QCOMPARE(SandboxHttp::status(patch.get()), 200);
    QCOMPARE(SandboxHttp::json(patch.get())[QStringLiteral("status")].toString(),
             QStringLiteral("OK"));
    BC_CALL(after, http.get(path, admin));
    QCOMPARE(SandboxHttp::json(after.get())[QStringLiteral("data_retention")][QStringLiteral(
                 "production")][QStringLiteral("default_config")][QStringLiteral("manual_count")]
                 .toInt(),
             2);
    QByteArray viewer;
    BC_TOKEN(http, demo::viewerToken, viewer);
    BC_CALL(denied, http.send("PATCH", path, body, viewer));
    QCOMPARE(SandboxHttp::status(denied.get()), 403);
}

// ProjectSettingsPatch.data_retention is keyed by environment type: a PATCH of one type's
// default_config leaves the other types, and the type's own max_backups (the plan's), as they were.
void TestSandboxApi::settingsPatchMergesPerType()
{
    SandboxProcess own;
    BC_START(own);
    SandboxHttp http(own.baseUrl());
    QByteArray admin;
    BC_TOKEN(http, demo::adminToken, admin);
    const QString path
        = QStringLiteral("/api/projects/%1/settings").arg(QLatin1String(demo::legacyEuProject));
    BC_CALL(before, http.get(path, admin));
    const QJsonObject old
        = SandboxHttp::json(before.get())[QStringLiteral("data_retention")].toObject();
    QCOMPARE(old.keys(),
             (QStringList{QStringLiteral("development"), QStringLiteral("production"),
                          QStringLiteral("staging")}));
    const QByteArray body
        = R"({"data_retention":{"staging":{"default_config":{"manual_count":4,"schedule":[{"interval":"12h","count":2}]}}}})";
    BC_CALL(patch, http.send("PATCH", path, body, admin));
    QCOMPARE(SandboxHttp::status(patch.get()), 200);
    BC_CALL(after, http.get(path, admin));
    const QJsonObject now
        = SandboxHttp::json(after.get())[QStringLiteral("data_retention")].toObject();
    QCOMPARE(now.value(QStringLiteral("production")), old.value(QStringLiteral("production")));
    QCOMPARE(now.value(QStringLiteral("development")), old.value(QStringLiteral("development")));
    const QJsonObject staging = now.value(QStringLiteral("staging")).toObject();
    QCOMPARE(staging.value(QStringLiteral("max_backups")),
             old.value(QStringLiteral("staging"))[QStringLiteral("max_backups")]);
    QCOMPARE(staging.value(QStringLiteral("default_config")),
             QJsonDocument::fromJson(body)[QStringLiteral("data_retention")][QStringLiteral(
                 "staging")][QStringLiteral("default_config")]);
}

void TestSandboxApi::settingsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{data");
    QTest::newRow("unknown field") << QByteArray(R"({"retention":{}})");
    QTest::newRow("not an object") << QByteArray(R"({"data_retention":5})");
    QTest::newRow("bad type key") << QByteArray(R"({"data_retention":{"prod":{}}})");
    QTest::newRow("bad count") << QByteArray(
        R"({"data_retention":{"production":{"default_config":{"manual_count":"3"}}}})");
    QTest::newRow("bad interval") << QByteArray(
        R"({"data_retention":{"production":{"default_config":{"schedule":[{"interval":"1x","count":1}]}}}})");
    // The spec: default_config is required, and neither object takes other fields.
    QTest::newRow("no default_config")
        << QByteArray(R"({"data_retention":{"production":{"max_backups":3}}})");
    QTest::newRow("unknown type field")
        << QByteArray(R"({"data_retention":{"production":{"default_config":{},"keep":1}}})");
    QTest::newRow("unknown config field")
        << QByteArray(R"({"data_retention":{"production":{"default_config":{"manual":3}}}})");
    QTest::newRow("unknown schedule field") << QByteArray(
        R"({"data_retention":{"production":{"default_config":{"schedule":[{"interval":"1d","count":1,"at":"05:00"}]}}}})");
}

void TestSandboxApi::settingsErrors()
{
    QFETCH(QByteArray, body);
    BC_CALL(
        reply,
        m_http->send("PATCH",
                     QStringLiteral("/projects/%1/settings").arg(QLatin1String(demo::us2Project)),
                     body, token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 400);
    const QJsonObject error = SandboxHttp::json(reply.get()).object();
    QCOMPARE(error[QStringLiteral("code")].toInt(), 400);
    QCOMPARE(error[QStringLiteral("title")].toString(), QStringLiteral("Bad Request"));
    QVERIFY(!error[QStringLiteral("message")].toString().isEmpty());
}

void TestSandboxApi::notFound_data()
{
    QTest::addColumn<QString>("path");
    const QString p = QStringLiteral("/projects/") + QLatin1String(demo::us2Project);
    QTest::newRow("project") << QStringLiteral("/projects/nosuchproject1");
    QTest::newRow("environment") << QString(p + QStringLiteral("/environments/nope"));
    QTest::newRow("backups of unknown env")
        << QString(p + QStringLiteral("/environments/nope/backups"));
    QTest::newRow("backup") << QString(
        p + QStringLiteral("/environments/main/backups/aaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QTest::newRow("activity") << QString(p + QStringLiteral("/activities/nope"));
    QTest::newRow("activity log") << QString(p + QStringLiteral("/activities/nope/log"));
    QTest::newRow("unknown path") << QStringLiteral("/api/nothing/here");
    QTest::newRow("sandbox under api") << QStringLiteral("/api/__sandbox/health");
}

void TestSandboxApi::notFound()
{
    QFETCH(QString, path);
    BC_CALL(reply, m_http->get(path, token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 404);
    QCOMPARE(SandboxHttp::json(reply.get())[QStringLiteral("code")].toInt(), 404);
}

void TestSandboxApi::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QByteArray("{\"safe\": tru") << "Malformed JSON";
    QTest::newRow("array") << QByteArray("[1]") << "must be a JSON object";
    QTest::newRow("wrong type") << QByteArray(R"({"safe":"yes"})")
                                << "Field safe must be a boolean";
    QTest::newRow("unknown field")
        << QByteArray(R"({"safe":true,"extra":1})") << "Unknown field: extra";
}

void TestSandboxApi::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    BC_CALL(reply,
            m_http->send("POST",
                         QStringLiteral("/projects/%1/environments/develop/backup")
                             .arg(QLatin1String(demo::legacyUsProject)),
                         body, token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 400);
    QVERIFY2(SandboxHttp::json(reply.get())[QStringLiteral("message")].toString().contains(message),
             qPrintable(message));
    BC_CALL(env,
            m_http->get(QStringLiteral("/projects/%1/environments/develop")
                            .arg(QLatin1String(demo::legacyUsProject)),
                        token(QString::fromLatin1(demo::adminToken))));
    QVERIFY2(!SandboxHttp::json(env.get())[QStringLiteral("is_dirty")].toBool(),
             "a refused request must start nothing");
}

void TestSandboxApi::methodNotAllowed()
{
    BC_CALL(reply,
            m_http->send("PUT",
                         QStringLiteral("/api/projects/%1").arg(QLatin1String(demo::us2Project)),
                         "{}", token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 405);
    QCOMPARE(reply->rawHeader("Allow"), QByteArray("GET"));
    QCOMPARE(SandboxHttp::json(reply.get())[QStringLiteral("code")].toInt(), 405);
}

void TestSandboxApi::bodyTooLarge()
{
    const QByteArray big(1024 * 1024 + 10, 'x');
    BC_CALL(reply,
            m_http->send("POST",
                         QStringLiteral("/projects/%1/environments/main/backup")
                             .arg(QLatin1String(demo::us2Project)),
                         big, token(QString::fromLatin1(demo::adminToken))));
    QCOMPARE(SandboxHttp::status(reply.get()), 413);
    QCOMPARE(SandboxHttp::json(reply.get())[QStringLiteral("code")].toInt(), 413);
    BC_CALL(health, m_http->get(QStringLiteral("/__sandbox/health")));
    QCOMPARE(SandboxHttp::json(health.get())[QStringLiteral("ok")].toBool(), true);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
