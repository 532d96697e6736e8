// The support audit log (JSON Lines, append-only, last line per id wins), its CSV and Markdown
// exports, and the customer's prepared support request.
#include "client/auditexport.h"
#include "client/auditlog.h"
#include "client/restoreplan.h"
#include "client/supportrequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bc;

namespace {

RestorePlan supportPlan()
{
    RestoreInput in;
    in.project.id = QStringLiteral("acmeshopeu0001");
    in.project.title = QStringLiteral("Acme Shop");
    in.project.region = QStringLiteral("eu.platform.sh");
    Environment main;
    main.id = main.name = QStringLiteral("main");
    main.type = QStringLiteral("production");
    main.status = QStringLiteral("active");
    in.environments = {main};
    in.backup.id = QStringLiteral("b0000000000000000000000001");
    in.backup.environment = QStringLiteral("main");
    in.backup.status = QStringLiteral("CREATED");
    in.backup.restorable = true;
    in.backup.createdAt
        = QDateTime::fromString(QStringLiteral("2026-11-20T05:00:12Z"), Qt::ISODate);
    in.backup.links.insert(QLatin1String(Rel::Restore), QStringLiteral("/r"));
    in.user.id = QStringLiteral("u-sam");
    in.user.firstName = QStringLiteral("Sam");
    in.user.lastName = QStringLiteral("Support");
    in.user.roles = {QStringLiteral("support")};
    in.access.permissions
        = {QStringLiteral("production:admin"), QStringLiteral("development:admin")};
    in.target = RestoreTarget::newBranch(QStringLiteral("restored"), QStringLiteral("main"));
    in.options.ticket = QStringLiteral("SUP-7, \"urgent\"");
    in.options.confirmedProjectId = in.project.id;
    in.options.restoreCode = false;
    return RestorePlan(in);
}

} // namespace

class TestRestoreAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultPathIsAppData()
    {
        QVERIFY(AuditLog::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(AuditLog::defaultPath().endsWith(QLatin1String(".jsonl")));
    }

    void appendAndUpdate()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("sub/audit.jsonl")));
        const RestorePlan plan = supportPlan();
        QVERIFY(plan.isValid());
        const AuditEntry first = AuditEntry::fromPlan(plan);
        QVERIFY(log.append(first));
        AuditEntry other = AuditEntry::fromPlan(plan);
        other.ticket = QStringLiteral("SUP-8");
        QVERIFY(log.append(other));
        QVERIFY(log.update(first, {QStringLiteral("act1")}, QStringLiteral("success")));

        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the final newline
        const QJsonObject line = QJsonDocument::fromJson(lines.at(0)).object();
        for (const char *key :
             {"time", "staff_user", "ticket", "project", "region", "backup", "source", "target",
              "branch_from", "options", "activity_ids", "outcome", "updated"})
            QVERIFY2(line.contains(QLatin1String(key)), key);

        const QList<AuditEntry> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, first.id);
        QCOMPARE(entries.at(0).outcome, QStringLiteral("success"));
        QCOMPARE(entries.at(0).activityIds, QStringList{QStringLiteral("act1")});
        QVERIFY(entries.at(0).updated.isValid());
        QCOMPARE(entries.at(0).staffUser, QStringLiteral("Sam Support"));
        QCOMPARE(entries.at(0).ticket, QStringLiteral("SUP-7, \"urgent\""));
        QCOMPARE(entries.at(0).project, QStringLiteral("acmeshopeu0001"));
        QCOMPARE(entries.at(0).region, QStringLiteral("eu.platform.sh"));
        QCOMPARE(entries.at(0).source, QStringLiteral("main"));
        QCOMPARE(entries.at(0).target, QStringLiteral("restored"));
        QCOMPARE(entries.at(0).branchFrom, QStringLiteral("main"));
        QCOMPARE(entries.at(0).options.value(QStringLiteral("restore_code")).toBool(true), false);
        QCOMPARE(entries.at(1).ticket, QStringLiteral("SUP-8"));
        QVERIFY(entries.at(1).outcome.isEmpty());
    }

    void skipsBrokenLines()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(AuditEntry::fromPlan(supportPlan())));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{not json\n");
        file.close();
        QVERIFY(log.append(AuditEntry::fromPlan(supportPlan())));
        QCOMPARE(log.entries().size(), 2);
        QVERIFY(AuditLog(dir.filePath(QStringLiteral("missing.jsonl"))).entries().isEmpty());
    }

    void exports()
    {
        AuditEntry e = AuditEntry::fromPlan(supportPlan());
        e.activityIds = {QStringLiteral("a1"), QStringLiteral("a2")};
        e.outcome = QStringLiteral("success");
        const QString csv = AuditExport::toCsv({e});
        const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).startsWith(QLatin1String("Time,Staff user,Ticket,Project,Region")));
        QVERIFY2(rows.at(1).contains(QLatin1String(",\"SUP-7, \"\"urgent\"\"\",acmeshopeu0001,")),
                 qPrintable(rows.at(1)));
        QVERIFY(rows.at(1).contains(QLatin1String(",main,restored,main,no-code,a1 a2,success,")));

        e.ticket = QStringLiteral("A|B");
        const QStringList md = AuditExport::toMarkdown({e}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(md.size(), 3);
        QVERIFY(md.at(0).startsWith(QLatin1String("| Time | Staff user | Ticket |")));
        QVERIFY(md.at(1).startsWith(QLatin1String("| --- |")));
        QVERIFY2(md.at(2).contains(QLatin1String("| A\\|B | acmeshopeu0001 | eu.platform.sh |")),
                 qPrintable(md.at(2)));
    }

    void supportRequestText()
    {
        const RestorePlan plan = supportPlan();
        const QString body = SupportRequest::body(plan);
        for (const char *part :
             {"Project: acmeshopeu0001", "Region: eu.platform.sh",
              "Backup ID: b0000000000000000000000001", "Backup date: 2026-11-20T05:00:12Z",
              "a new environment restored, branched from main",
              "--target restored --branch-from main --no-code"})
            QVERIFY2(body.contains(QLatin1String(part)), part);
        QVERIFY(SupportRequest::subject(plan).contains(QLatin1String("acmeshopeu0001")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreAudit)
#include "tst_restore_audit.moc"
