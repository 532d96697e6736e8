// Issue 16: restore drills from the command line against the sandbox, to completion.
#include "client/auditlog.h"
#include "client/drilllog.h"
#include "tst_cli_support.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

using namespace bc::test;
using bc::DrillLog;
using bc::DrillRecord;

class TestCliDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void drillRestoresAndCleansUp();
    void keepLeavesTheScratchWithTheBackupsData();
    void failedRestoreLeavesNothingBehind();
    void lostRestoreAnswerStillCleansUp();
    void failedCheckStillCleansUp();
    void failedCleanUpSaysWhatIsLeft();
    void viewerIsRefusedBeforeAnythingIsCreated();
    void supportDrillIsAudited();
    void noRoomForTheScratchIsRefused();
    void needsYesWithoutATerminal();

private:
    QString title(const QString &environment)
    {
        return bc::test::siteTitle(*m_http, m_project, environment);
    }
    void setTitle(const QString &environment, const QString &title)
    {
        QVERIFY(setSiteTitle(*m_http, m_project, environment, title));
    }
    int status(const QString &path);
    void addFault(const QString &rule);
    QStringList environmentNames();
    QList<DrillRecord> logRecords() const;
    QStringList drill(const QStringList &extra = {}) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<Cli> m_cli;
    QTemporaryDir m_dir;
    QString m_log;
    const QString m_project = QLatin1String(demo::eu3Project);
    QString m_backup; // of staging, taken while its title was "Before"
    QByteArray m_access; // the admin's access token, for the test's own API reads
};

int TestCliDrill::status(const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(m_http->get(path, m_access));
    [&] {
        BC_FINISH(reply);
    }();
    return SandboxHttp::status(reply.get());
}

void TestCliDrill::addFault(const QString &rule)
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->send("POST", QStringLiteral("/__sandbox/faults"),
                     SandboxHttp::body(QJsonObject{{QStringLiteral("rule"), rule}})));
    BC_FINISH(reply);
    QVERIFY2(SandboxHttp::status(reply.get()) < 300, reply->readAll().constData());
}

QStringList TestCliDrill::environmentNames()
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->get(QStringLiteral("/projects/%1/environments").arg(m_project), m_access));
    [&] {
        BC_FINISH(reply);
        QCOMPARE(SandboxHttp::status(reply.get()), 200);
    }();
    QStringList names;
    for (const QJsonValue &env : SandboxHttp::json(reply.get()).array())
        names.append(env.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QList<DrillRecord> TestCliDrill::logRecords() const
{
    return DrillLog(m_log).records();
}

QStringList TestCliDrill::drill(const QStringList &extra) const
{
    return QStringList{
               QStringLiteral("drill"),   QStringLiteral("-p"),    m_project, QStringLiteral("-e"),
               QStringLiteral("staging"), QStringLiteral("--log"), m_log}
    + extra;
}

void TestCliDrill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
    m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());
    m_log = m_dir.filePath(QStringLiteral("restore-drills.jsonl"));
    std::unique_ptr<QNetworkReply> token(m_http->exchange(QByteArrayLiteral("sandbox-admin")));
    BC_FINISH(token);
    m_access = SandboxHttp::json(token.get())
                   .object()
                   .value(QStringLiteral("access_token"))
                   .toString()
                   .toUtf8();
    QVERIFY(!m_access.isEmpty());
    QVERIFY(environmentNames().contains(QStringLiteral("staging")));

    setTitle(QStringLiteral("staging"), QStringLiteral("Before"));
    BC_CLI(created, 0,
           {QStringLiteral("backup:create"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("staging"), QStringLiteral("--yes")});
    m_backup = created.outText();
    QCOMPARE(m_backup.size(), 26);
    setTitle(QStringLiteral("staging"), QStringLiteral("After"));
}

void TestCliDrill::init()
{
    QFile::remove(m_log);
}

void TestCliDrill::cleanup()
{
    std::unique_ptr<QNetworkReply> reply(
        m_http->send("DELETE", QStringLiteral("/__sandbox/faults"), {}));
    BC_FINISH(reply);
}

void TestCliDrill::drillRestoresAndCleansUp()
{
    const QStringList before = environmentNames();
    BC_CLI(r, 0, drill({QStringLiteral("--backup"), m_backup, QStringLiteral("--yes")}));
    QVERIFY2(r.err.contains("The drill passed"), r.err.constData());

    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    const DrillRecord &d = records.first();
    QCOMPARE(d.outcome, QStringLiteral("success"));
    QCOMPARE(d.project, m_project);
    QCOMPARE(d.environment, QStringLiteral("staging"));
    QCOMPARE(d.backup, m_backup);
    QVERIFY2(d.scratchEnvironment.startsWith(QLatin1String("drill-")),
             qPrintable(d.scratchEnvironment));
    QCOMPARE(d.cleanup, QStringLiteral("deleted"));
    QVERIFY(d.rtoSeconds >= 0);
    QVERIFY(d.rpoSeconds >= 0);
    QVERIFY(d.finishedAt >= d.startedAt);
    // restore, deactivate, delete
    QCOMPARE(d.activityIds.size(), 3);
    QCOMPARE(d.user.isEmpty(), false);
    // stdout carries the same record.
    QCOMPARE(DrillRecord::fromJson(r.json().object()).toJson(), d.toJson());

    // The scratch environment is gone and nothing else changed.
    QCOMPARE(
        status(QStringLiteral("/projects/%1/environments/%2").arg(m_project, d.scratchEnvironment)),
        404);
    QCOMPARE(environmentNames(), before);
    QCOMPARE(title(QStringLiteral("staging")), QStringLiteral("After"));
}

void TestCliDrill::keepLeavesTheScratchWithTheBackupsData()
{
    // Without --backup: the newest restorable one, the backup of initTestCase.
    BC_CLI(r, 0, drill({QStringLiteral("--keep"), QStringLiteral("--yes")}));
    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    const DrillRecord &d = records.first();
    QCOMPARE(d.backup, m_backup);
    QCOMPARE(d.cleanup, QStringLiteral("kept"));
    QCOMPARE(d.activityIds.size(), 1);
    QVERIFY2(r.err.contains(d.scratchEnvironment.toUtf8()), r.err.constData());
    // The scratch environment holds the backup's data, not staging's current data.
    QCOMPARE(title(d.scratchEnvironment), QStringLiteral("Before"));

    // A second drill in the same minute gets its own name.
    BC_CLI(second, 0, drill({QStringLiteral("--keep"), QStringLiteral("--yes")}));
    const QList<DrillRecord> both = logRecords();
    QCOMPARE(both.size(), 2);
    QVERIFY(both.at(1).scratchEnvironment != d.scratchEnvironment);
}

void TestCliDrill::failedRestoreLeavesNothingBehind()
{
    const QStringList before = environmentNames();
    addFault(QStringLiteral("*/restore=status:500,method=POST"));
    BC_CLI(r, 1, drill({QStringLiteral("--yes")}));
    QVERIFY2(r.err.contains("failed"), r.err.constData());
    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, QStringLiteral("failure"));
    QVERIFY2(records.first().failure.contains(QLatin1String("restore")),
             qPrintable(records.first().failure));
    QCOMPARE(records.first().cleanup, QString());
    QCOMPARE(environmentNames(), before);
}

void TestCliDrill::lostRestoreAnswerStillCleansUp()
{
    // The service acts on the restore but its answer is cut short: the drill cannot know the
    // activity, yet the scratch environment may exist, so it is looked for and deleted.
    const QStringList before = environmentNames();
    addFault(QStringLiteral("*/restore=truncate,method=POST"));
    BC_CLI(r, 1, drill({QStringLiteral("--yes")}));
    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    const DrillRecord &d = records.first();
    QCOMPARE(d.outcome, QStringLiteral("failure"));
    QCOMPARE(d.cleanup, QStringLiteral("deleted"));
    QTRY_COMPARE_WITH_TIMEOUT(environmentNames(), before, 10000);
}

void TestCliDrill::failedCheckStillCleansUp()
{
    // The restore succeeds, then reading the scratch environment fails (every retry of the
    // first GET): the drill fails, and its clean-up still deletes what it created.
    const QStringList before = environmentNames();
    addFault(QStringLiteral("*/environments/drill-*=status:500,method=GET,times=4"));
    BC_CLI(r, 1, drill({QStringLiteral("--yes")}));
    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    const DrillRecord &d = records.first();
    QCOMPARE(d.outcome, QStringLiteral("failure"));
    QVERIFY2(d.failure.contains(d.scratchEnvironment), qPrintable(d.failure));
    QCOMPARE(d.cleanup, QStringLiteral("deleted"));
    QCOMPARE(d.rtoSeconds, -1); // never proven
    QCOMPARE(environmentNames(), before);
}

void TestCliDrill::failedCleanUpSaysWhatIsLeft()
{
    addFault(QStringLiteral("*/deactivate=status:503,method=POST"));
    BC_CLI(r, 1, drill({QStringLiteral("--yes")}));
    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    const DrillRecord &d = records.first();
    QCOMPARE(d.outcome, QStringLiteral("failure"));
    QCOMPARE(d.cleanup, QStringLiteral("left"));
    // The restore itself was proven and measured; what is left is named, on stderr too.
    QVERIFY(d.rtoSeconds >= 0);
    QVERIFY2(r.err.contains(d.scratchEnvironment.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("environment:delete"), r.err.constData());
    QVERIFY(environmentNames().contains(d.scratchEnvironment));
}

void TestCliDrill::viewerIsRefusedBeforeAnythingIsCreated()
{
    const QStringList before = environmentNames();
    BC_CLI(r, 1, drill({QStringLiteral("--yes")}), QLatin1String(demo::viewerToken));
    QVERIFY2(r.err.contains("admin"), r.err.constData());
    QCOMPARE(environmentNames(), before);
    const QList<DrillRecord> records = logRecords();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, QStringLiteral("refused"));
    QVERIFY(records.first().activityIds.isEmpty());
}

void TestCliDrill::supportDrillIsAudited()
{
    // Support staff drill a customer's legacy-region project: a ticket is needed, and the
    // drill's restore is a support restore like any other, in the audit log.
    const QStringList base{QStringLiteral("drill"),
                           QStringLiteral("-p"),
                           QLatin1String(demo::legacyEuProject),
                           QStringLiteral("-e"),
                           QStringLiteral("main"),
                           QStringLiteral("--log"),
                           m_log,
                           QStringLiteral("--yes")};
    BC_CLI(noTicket, 1, base, QLatin1String(demo::supportToken));
    QVERIFY2(noTicket.err.contains("ticket"), noTicket.err.constData());
    // -p alone does not confirm the customer's project: it must be typed again.
    const QStringList ticket{QStringLiteral("--ticket"), QStringLiteral("SUP-4711")};
    BC_CLI(unconfirmed, 1, base + ticket, QLatin1String(demo::supportToken));
    QVERIFY2(unconfirmed.err.contains("project"), unconfirmed.err.constData());
    BC_CLI(r, 0,
           base + ticket
               + QStringList{QStringLiteral("--confirm-project"),
                             QLatin1String(demo::legacyEuProject)},
           QLatin1String(demo::supportToken));
    const DrillRecord d = logRecords().last();
    QCOMPARE(d.outcome, QStringLiteral("success"));
    QCOMPARE(d.cleanup, QStringLiteral("deleted"));

    QDirIterator it(m_cli->home(), {QStringLiteral("support-audit.jsonl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY2(it.hasNext(), "no support-audit.jsonl under the command line's HOME");
    const QList<bc::AuditEntry> entries = bc::AuditLog(it.next()).entries();
    QCOMPARE(entries.size(), 1);
    const bc::AuditEntry &e = entries.first();
    QCOMPARE(e.ticket, QStringLiteral("SUP-4711"));
    QCOMPARE(e.project, QLatin1String(demo::legacyEuProject));
    QCOMPARE(e.target, d.scratchEnvironment);
    QCOMPARE(e.outcome, QStringLiteral("success"));
    QCOMPARE(e.activityIds.size(), 1);
    QCOMPARE(e.activityIds.first(), d.activityIds.first());
}

void TestCliDrill::noRoomForTheScratchIsRefused()
{
    // Fill the plan's quota of active environments besides production with new branches.
    int active = 0;
    for (const QString &name : environmentNames()) {
        std::unique_ptr<QNetworkReply> reply(m_http->get(
            QStringLiteral("/projects/%1/environments/%2").arg(m_project, name), m_access));
        BC_FINISH(reply);
        const QJsonObject env = SandboxHttp::json(reply.get()).object();
        active += env.value(QStringLiteral("type")).toString() != QLatin1String("production")
            && env.value(QStringLiteral("status")).toString() != QLatin1String("inactive");
    }
    for (int i = active; i < 8; ++i) {
        BC_CLI(r, 0,
               {QStringLiteral("backup:restore"), m_backup, QStringLiteral("-p"), m_project,
                QStringLiteral("-e"), QStringLiteral("staging"), QStringLiteral("--target"),
                QStringLiteral("filler-%1").arg(i), QStringLiteral("--branch-from"),
                QStringLiteral("staging"), QStringLiteral("--yes")});
    }
    const QStringList before = environmentNames();
    BC_CLI(r, 1, drill({QStringLiteral("--yes")}));
    QVERIFY2(r.err.contains("no room"), r.err.constData());
    QVERIFY2(r.err.contains("8"), r.err.constData());
    QCOMPARE(environmentNames(), before);
    QCOMPARE(logRecords().first().outcome, QStringLiteral("refused"));
    // Room again for the next tests: the fillers are deactivated.
    for (int i = active; i < 8; ++i) {
        std::unique_ptr<QNetworkReply> reply(m_http->send(
            "POST",
            QStringLiteral("/projects/%1/environments/filler-%2/deactivate").arg(m_project).arg(i),
            {}, m_access));
        BC_FINISH(reply);
        QCOMPARE(SandboxHttp::status(reply.get()), 200);
    }
    const auto inactive = [this](int i) {
        std::unique_ptr<QNetworkReply> reply(m_http->get(
            QStringLiteral("/projects/%1/environments/filler-%2").arg(m_project).arg(i), m_access));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 15000))
            return false;
        return SandboxHttp::json(reply.get()).object().value(QStringLiteral("status")).toString()
            == QLatin1String("inactive");
    };
    for (int i = active; i < 8; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(inactive(i), 10000);
}

void TestCliDrill::needsYesWithoutATerminal()
{
    const QStringList before = environmentNames();
    BC_CLI(r, 1, drill());
    QVERIFY2(r.err.contains("--yes"), r.err.constData());
    QCOMPARE(environmentNames(), before);
}

QTEST_GUILESS_MAIN(TestCliDrill)
#include "tst_cli_drill.moc"
