#include "app/cli/cli.h"
#include "tst_cli_support.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

using namespace bc::test;

// The command line against a sandbox: listings, backups, activities, exit codes.
class TestCliCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listings_data();
    void listings();
    void columnsAndNoHeader();
    void createBackup_data();
    void createBackup();
    void missingYesChangesNothing();
    void deleteBackup();
    void activities();
    void viewerIsRefusedWithTheAdminReason();
    void badTokenIsAuthentication();
    void usageErrors_data();
    void usageErrors();
    void notFound_data();
    void notFound();
    void help();
    void isCommand();
    void fleet();
    void retentionSimulate();
    void retentionSetSimulatesThenSaves();
    void waitGivesUpOnFailingActivity();
    void giveUpAfterUsage();

private:
    void sandboxCall(const QByteArray &method, const QString &path, const QByteArray &body = {});
    int backupCount(const QString &environment);
    int postCount(const QString &pathGlob);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<Cli> m_cli;
    const QString m_project = QLatin1String(demo::eu3Project);
};

void TestCliCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
    m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());
}

int TestCliCommands::backupCount(const QString &environment)
{
    const CliRun r = m_cli->run({QStringLiteral("backups"), QStringLiteral("-p"), m_project,
                                 QStringLiteral("-e"), environment, QStringLiteral("--format"),
                                 QStringLiteral("json")});
    return r.code == 0 ? int(r.json().array().size()) : -1;
}

int TestCliCommands::postCount(const QString &pathGlob)
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->get(QStringLiteral("/__sandbox/requests?method=POST&path=") + pathGlob));
    [&] {
        BC_FINISH(reply);
    }();
    return SandboxHttp::json(reply.get()).object().value(QStringLiteral("count")).toInt(-1);
}

void TestCliCommands::listings_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << "table";
    QTest::newRow("csv") << "csv";
    QTest::newRow("tsv") << "tsv";
    QTest::newRow("json") << "json";
}

void TestCliCommands::listings()
{
    QFETCH(QString, format);
    const QStringList columns{QStringLiteral("created_at"), QStringLiteral("id"),
                              QStringLiteral("restorable"), QStringLiteral("automated"),
                              QStringLiteral("live"),       QStringLiteral("status"),
                              QStringLiteral("expires_at")};
    BC_CLI(r, 0,
           {QStringLiteral("backup:list"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("main"), QStringLiteral("--format"), format});
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 2);
    static const QRegularExpression backupId(QStringLiteral("\\b[a-z2-7]{26}\\b"));
    if (format == QLatin1String("json")) {
        const QJsonArray array = r.json().array();
        QVERIFY(!array.isEmpty());
        QStringList keys = array.first().toObject().keys();
        QStringList expected = columns;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QVERIFY(array.first().toObject().value(QStringLiteral("live")).isBool());
        QVERIFY(backupId.match(array.first().toObject().value(QStringLiteral("id")).toString())
                    .hasMatch());
    } else if (format == QLatin1String("table")) {
        QVERIFY(lines.first().startsWith(QLatin1String("+-")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("| created_at")));
        QVERIFY(backupId.match(lines.at(3)).hasMatch());
    } else {
        const QChar separator
            = format == QLatin1String("csv") ? QLatin1Char(',') : QLatin1Char('\t');
        QCOMPARE(lines.first(), columns.join(separator));
        QCOMPARE(lines.at(1).split(separator).size(), columns.size());
        QVERIFY(backupId.match(lines.at(1).split(separator).at(1)).hasMatch());
    }

    BC_CLI(projects, 0, {QStringLiteral("projects"), QStringLiteral("--format"), format});
    for (const char *id :
         {demo::eu3Project, demo::legacyEuProject, demo::legacyUsProject, demo::us2Project})
        QVERIFY2(projects.out.contains(id), projects.out.constData());
    BC_CLI(environments, 0,
           {QStringLiteral("environments"), QStringLiteral("-p"), m_project,
            QStringLiteral("--format"), format});
    for (const char *name : {"main", "staging", "develop", "feature-login", "legacy-ui"})
        QVERIFY2(environments.out.contains(name), environments.out.constData());
}

void TestCliCommands::columnsAndNoHeader()
{
    BC_CLI(r, 0,
           {QStringLiteral("backups"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("main"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--columns"), QStringLiteral("id,size_used,commit_id"),
            QStringLiteral("--no-header")});
    const QStringList first = r.outText().split(QLatin1Char('\n')).first().split(QLatin1Char(','));
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).size(), 26);
    QVERIFY(first.at(1).toLongLong() > 0);
    QCOMPARE(first.at(2).size(), 40);
}

void TestCliCommands::createBackup_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("live");
    QTest::addColumn<bool>("wait");
    // One environment per row: a running backup makes its environment busy.
    QTest::newRow("live, waiting") << "main" << true << true;
    QTest::newRow("consistent, waiting") << "staging" << false << true;
    QTest::newRow("live, no wait") << "develop" << true << false;
    QTest::newRow("consistent, no wait") << "feature-login" << false << false;
}

void TestCliCommands::createBackup()
{
    QFETCH(QString, environment);
    QFETCH(bool, live);
    QFETCH(bool, wait);
    const int before = backupCount(environment);
    QVERIFY(before >= 0);
    QStringList arguments{QStringLiteral("backup:create"),
                          QStringLiteral("-p"),
                          m_project,
                          QStringLiteral("-e"),
                          environment,
                          QStringLiteral("--yes")};
    if (live)
        arguments << QStringLiteral("--live");
    if (!wait)
        arguments << QStringLiteral("--no-wait");
    BC_CLI(r, 0, arguments);
    const QString id = r.outText();
    QCOMPARE(id.size(), 26); // a backup ID when waiting, the activity ID otherwise
    QString backupId = id;
    if (!wait) {
        // Accepted, not done: the activity finishes on its own; its log ends with the seal.
        QTRY_COMPARE_WITH_TIMEOUT(backupCount(environment), before + 1, 20000);
        BC_CLI(log, 0, {QStringLiteral("activity:log"), id, QStringLiteral("-p"), m_project});
        QVERIFY(!log.out.isEmpty());
        BC_CLI(latest, 0,
               {QStringLiteral("backup:get"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
                environment, QStringLiteral("--format"), QStringLiteral("json")});
        backupId = latest.json().object().value(QStringLiteral("id")).toString();
    } else {
        QCOMPARE(backupCount(environment), before + 1);
    }
    BC_CLI(got, 0,
           {QStringLiteral("backup:get"), backupId, QStringLiteral("-p"), m_project,
            QStringLiteral("-e"), environment, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(got.json().object().value(QStringLiteral("live")).toBool(), live);
    QCOMPARE(got.json().object().value(QStringLiteral("id")).toString(), backupId);
}

void TestCliCommands::missingYesChangesNothing()
{
    const int before = backupCount(QStringLiteral("main"));
    const int posts = postCount(QStringLiteral("*/backup*"));
    BC_CLI(r, 1,
           {QStringLiteral("backup:create"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("main")});
    QVERIFY2(r.err.contains("--yes"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(postCount(QStringLiteral("*/backup*")), posts);
    QCOMPARE(backupCount(QStringLiteral("main")), before);
}

void TestCliCommands::deleteBackup()
{
    BC_CLI(latest, 0,
           {QStringLiteral("backup:get"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("develop"), QStringLiteral("--columns"), QStringLiteral("id"),
            QStringLiteral("--format"), QStringLiteral("json")});
    const QString id = latest.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 26);
    const QStringList arguments{
        QStringLiteral("backup:delete"), id, QStringLiteral("-p"), m_project, QStringLiteral("-e"),
        QStringLiteral("develop")};
    BC_CLI(refused, 1, arguments);
    BC_CLI(stillThere, 0, QStringList{QStringLiteral("backup:get"), id} + arguments.mid(2));
    BC_CLI(deleted, 0, arguments + QStringList{QStringLiteral("-y")});
    QTRY_COMPARE_WITH_TIMEOUT(
        m_cli->run(QStringList{QStringLiteral("backup:get"), id} + arguments.mid(2)).code, 4,
        20000);
}

void TestCliCommands::activities()
{
    BC_CLI(r, 0,
           {QStringLiteral("activities"), QStringLiteral("-p"), m_project, QStringLiteral("--type"),
            QStringLiteral("environment.backup"), QStringLiteral("--result"),
            QStringLiteral("success"), QStringLiteral("--limit"), QStringLiteral("3"),
            QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 3);
    for (const QJsonValue &a : list) {
        QCOMPARE(a.toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("environment.backup"));
        QCOMPARE(a.toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("success"));
    }
    // More than one page of the server (at most 100 an answer).
    BC_CLI(many, 0,
           {QStringLiteral("activity:list"), QStringLiteral("-p"), m_project,
            QStringLiteral("--limit"), QStringLiteral("150"), QStringLiteral("--format"),
            QStringLiteral("json")});
    QVERIFY(many.json().array().size() > 100);
    const QString finished = list.first().toObject().value(QStringLiteral("id")).toString();
    BC_CLI(cancel, 1,
           {QStringLiteral("activity:cancel"), finished, QStringLiteral("-p"), m_project});
    QVERIFY(!cancel.err.isEmpty());
}

void TestCliCommands::viewerIsRefusedWithTheAdminReason()
{
    BC_CLI(r, 1,
           {QStringLiteral("backup:create"), QStringLiteral("--live"), QStringLiteral("-p"),
            m_project, QStringLiteral("-e"), QStringLiteral("main")},
           QLatin1String(demo::viewerToken));
    QVERIFY2(r.err.contains("admin"), r.err.constData());
}

void TestCliCommands::badTokenIsAuthentication()
{
    BC_CLI(r, 3, {QStringLiteral("projects")}, QStringLiteral("not-a-token"));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains("not-a-token")); // tokens are never printed
    BC_CLI(none, 3, {QStringLiteral("projects")}, QString());
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("backups"), QStringLiteral("-p"), QStringLiteral("x"),
                       QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("unknown column")
        << QStringList{QStringLiteral("backups"), QStringLiteral("-p"), QStringLiteral("x"),
                       QStringLiteral("--columns"), QStringLiteral("id,colour")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("projects"), QStringLiteral("--bogus")};
    QTest::newRow("missing ID") << QStringList{QStringLiteral("backup:delete"),
                                               QStringLiteral("-p"), QStringLiteral("x")};
    QTest::newRow("missing project") << QStringList{QStringLiteral("environments")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("activities"), QStringLiteral("-p"),
                                              QStringLiteral("x"), QStringLiteral("--limit"),
                                              QStringLiteral("zero")};
    QTest::newRow("bad resources-init")
        << QStringList{QStringLiteral("backup:restore"), QStringLiteral("-p"), QStringLiteral("x"),
                       QStringLiteral("--resources-init"), QStringLiteral("huge")};
    // An unknown first word opens the window (isCommand is false): ask for its help instead.
    QTest::newRow("help for an unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("backup:explode")};
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    BC_CLI(r, 2, arguments);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliCommands::notFound_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("project") << QStringList{QStringLiteral("environments"), QStringLiteral("-p"),
                                            QStringLiteral("nosuchproject00")};
    QTest::newRow("backup") << QStringList{
        QStringLiteral("backup:get"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaa"),
        QStringLiteral("-p"),         QLatin1String(demo::eu3Project),
        QStringLiteral("-e"),         QStringLiteral("main")};
    QTest::newRow("activity") << QStringList{QStringLiteral("activity:log"),
                                             QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaa"),
                                             QStringLiteral("-p"), QLatin1String(demo::eu3Project)};
}

void TestCliCommands::notFound()
{
    QFETCH(QStringList, arguments);
    BC_CLI(r, 4, arguments);
}

void TestCliCommands::help()
{
    BC_CLI(overview, 0, {QStringLiteral("help")});
    for (const char *name :
         {"projects", "backup:restore", "activity:cancel", "account:add", "fleet"})
        QVERIFY2(overview.out.contains(name), overview.out.constData());
    BC_CLI(command, 0, {QStringLiteral("help"), QStringLiteral("backup:create")});
    QVERIFY(command.out.contains("backup-console backup:create"));
    QVERIFY(command.out.contains("--no-wait"));
    BC_CLI(flag, 0, {QStringLiteral("backup:list"), QStringLiteral("--help")});
    QVERIFY(flag.out.contains("--columns"));
}

void TestCliCommands::isCommand()
{
    const QString program = QStringLiteral("backup-console");
    for (const char *name : {"help", "projects", "project:list", "backup:list", "backup:restore",
                             "activity:log", "account:add", "fleet"})
        QVERIFY2(bc::cli::isCommand({program, QLatin1String(name)}), name);
    for (const char *name : {"", "--help", "-platform", "backup:explode", "list"})
        QVERIFY2(!bc::cli::isCommand({program, QLatin1String(name)}), name);
    QVERIFY(!bc::cli::isCommand({program}));
}

void TestCliCommands::fleet()
{
    BC_CLI(r, 0, {QStringLiteral("fleet"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QLatin1String("project,environment,")));
    QCOMPARE(lines.size(), 5); // the header and the production environment of 4 projects
    BC_CLI(bad, 2,
           {QStringLiteral("fleet"), QStringLiteral("--stale-after"), QStringLiteral("-1")});
}

// Every backup of the environment gets one verdict line, and the count line adds up.
void TestCliCommands::retentionSimulate()
{
    const QString project = QLatin1String(demo::legacyEuProject);
    BC_CLI(r, 0,
           {QStringLiteral("retention:simulate"), QStringLiteral("-p"), project,
            QStringLiteral("-e"), QStringLiteral("staging")});
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QLatin1String("Policy for staging environments: manual ")),
             qPrintable(lines.first()));
    BC_CLI(listing, 0,
           {QStringLiteral("backups"), QStringLiteral("-p"), project, QStringLiteral("-e"),
            QStringLiteral("staging"), QStringLiteral("--format"), QStringLiteral("json")});
    const qsizetype backups = listing.json().array().size();
    QVERIFY(backups > 0);
    qsizetype kept = 0;
    qsizetype evicted = 0;
    for (const QString &line : lines) {
        kept += line.startsWith(QLatin1String("keep ")) ? 1 : 0;
        evicted += line.startsWith(QLatin1String("evict")) ? 1 : 0;
    }
    QCOMPARE(kept + evicted, backups);
    QVERIFY2(r.outText().contains(QStringLiteral("%1 kept, %2 evicted").arg(kept).arg(evicted)),
             qPrintable(r.outText()));
    QVERIFY(r.outText().contains(QLatin1String("In 90 days")));
    // A project without data_retention settings: nothing to simulate, said plainly.
    BC_CLI(none, 4,
           {QStringLiteral("retention:simulate"), QStringLiteral("-p"), m_project,
            QStringLiteral("-e"), QStringLiteral("main")});
    QVERIFY2(QString::fromUtf8(none.err).contains(QLatin1String("no retention policy")),
             none.err.constData());
}

// retention:set checks, simulates, asks, then PATCHes only the environment's type; the
// server's refusal comes through as it was written.
void TestCliCommands::retentionSetSimulatesThenSaves()
{
    const QString project = QLatin1String(demo::legacyEuProject);
    const auto policyLine = [this, &project](const char *environment) {
        const CliRun r = m_cli->run({QStringLiteral("retention:simulate"), QStringLiteral("-p"),
                                     project, QStringLiteral("-e"), QLatin1String(environment)});
        return r.outText().section(QLatin1Char('\n'), 0, 0);
    };
    const QString staging = policyLine("staging");
    const QString production = policyLine("main");
    QVERIFY2(staging.startsWith(QLatin1String("Policy for staging")), qPrintable(staging));
    const QStringList base{QStringLiteral("retention:set"), QStringLiteral("-p"), project,
                           QStringLiteral("-e"), QStringLiteral("staging")};

    BC_CLI(nothing, 2, base);
    BC_CLI(badRow, 2, base + QStringList{QStringLiteral("--schedule"), QStringLiteral("1d")});
    // Refused by the rules before anything is sent.
    BC_CLI(badUnit, 1,
           base
               + QStringList{QStringLiteral("--schedule"), QStringLiteral("1x:3"),
                             QStringLiteral("--yes")});
    QVERIFY2(badUnit.err.contains("nothing was sent"), badUnit.err.constData());
    // No terminal, no --yes: the simulation is shown, nothing changes.
    BC_CLI(unconfirmed, 1, base + QStringList{QStringLiteral("--manual"), QStringLiteral("4")});
    QVERIFY2(unconfirmed.out.contains("New policy for staging environments: manual 4"),
             unconfirmed.out.constData());
    QCOMPARE(policyLine("staging"), staging);
    // A viewer: the server's own refusal.
    BC_CLI(
        viewer, 1,
        base
            + QStringList{QStringLiteral("--manual"), QStringLiteral("4"), QStringLiteral("--yes")},
        QLatin1String(demo::viewerToken));
    QVERIFY2(viewer.err.contains("admin"), viewer.err.constData());
    QCOMPARE(policyLine("staging"), staging);

    BC_CLI(saved, 0,
           base
               + QStringList{QStringLiteral("--manual"), QStringLiteral("2"),
                             QStringLiteral("--schedule"), QStringLiteral("1d:4,1w:2"),
                             QStringLiteral("--yes")});
    QVERIFY2(saved.out.contains("In 90 days"), saved.out.constData());
    const QString after = policyLine("staging");
    QVERIFY2(after.contains(QStringLiteral("manual 2; 1d × 4, 1w × 2")), qPrintable(after));
    // Only staging's type was sent: production's policy is as it was.
    QCOMPARE(policyLine("main"), production);
}

// The activity endpoint answers 503 on every poll: the wait stops with its own exit code and
// says the action may still be running and how to check it, while the backup does finish.
void TestCliCommands::waitGivesUpOnFailingActivity()
{
    const QString project = QLatin1String(demo::us2Project);
    sandboxCall("POST", QStringLiteral("/__sandbox/faults"),
                R"({"rule": "*/activities/*=status:503,method=GET"})");
    QElapsedTimer clock;
    clock.start();
    const CliRun r = m_cli->run({QStringLiteral("backup:create"), QStringLiteral("-p"), project,
                                 QStringLiteral("-e"), QStringLiteral("main"),
                                 QStringLiteral("--live"), QStringLiteral("--yes"),
                                 QStringLiteral("--give-up-after"), QStringLiteral("2")});
    sandboxCall("DELETE", QStringLiteral("/__sandbox/faults"));
    qInfo("gave up after %lld ms", qint64(clock.elapsed()));
    QVERIFY2(r.code == 5, Cli::describe(r).constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("may still be running"), r.err.constData());
    QVERIFY2(r.err.contains("3 times in a row"), r.err.constData());
    const QByteArray listing = "activities -p " + project.toLatin1();
    QVERIFY2(r.err.contains(listing), r.err.constData());
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("activity:log (\\w+) -p"))
                                           .match(QString::fromUtf8(r.err));
    QVERIFY2(id.hasMatch(), r.err.constData());
    // Only the wait was abandoned: the backup itself completes, as the hint's listing shows.
    const auto state = [&] {
        const CliRun list = m_cli->run({QStringLiteral("activities"), QStringLiteral("-p"), project,
                                        QStringLiteral("--limit"), QStringLiteral("5"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &a : list.json().array()) {
            if (a.toObject().value(QStringLiteral("id")).toString() == id.captured(1))
                return a.toObject().value(QStringLiteral("state")).toString();
        }
        return QStringLiteral("(not listed)");
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("complete"), 20000);
}

void TestCliCommands::giveUpAfterUsage()
{
    BC_CLI(r, 2,
           {QStringLiteral("backup:create"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("main"), QStringLiteral("--yes"), QStringLiteral("--give-up-after"),
            QStringLiteral("soon")});
    QVERIFY2(r.err.contains("--give-up-after"), r.err.constData());
}

void TestCliCommands::sandboxCall(const QByteArray &method, const QString &path,
                                  const QByteArray &body)
{
    std::unique_ptr<QNetworkReply> reply(m_http->send(method, path, body));
    BC_FINISH(reply);
    QCOMPARE(SandboxHttp::status(reply.get()) / 100, 2);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
