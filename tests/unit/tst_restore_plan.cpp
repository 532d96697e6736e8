// RestorePlan: every rule of contract §5/§7 checked before a request, the body, the facts and
// the equivalent command line, one row per case of issue 5.
#include "client/encode.h"
#include "client/restoreplan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace bc;
using Code = RestoreProblem::Code;
using Codes = QList<Code>;
using TargetKind = RestoreTarget::Kind;

Q_DECLARE_METATYPE(Codes)
Q_DECLARE_METATYPE(TargetKind)

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
const QStringList kAdmin{QStringLiteral("production:admin"), QStringLiteral("staging:admin"),
                         QStringLiteral("development:admin")};
const QStringList kViewer{QStringLiteral("production:viewer"), QStringLiteral("staging:viewer"),
                          QStringLiteral("development:viewer")};

Environment env(const QString &name, const QString &type, const QString &parent = {})
{
    Environment e;
    e.id = e.name = e.title = name;
    e.type = type;
    e.parent = parent;
    e.status = QStringLiteral("active");
    e.lastBackupAt = kNow.addDays(-3);
    return e;
}

struct Row
{
    TargetKind kind = TargetKind::InPlace;
    QString target;
    QString branchFrom;
};

RestoreInput baseInput()
{
    RestoreInput in;
    in.now = kNow;
    in.project.id = QStringLiteral("acmeblogeu3002");
    in.project.region = QStringLiteral("eu-3.platform.sh");
    in.environments
        = {env(QStringLiteral("main"), QStringLiteral("production")),
           env(QStringLiteral("staging"), QStringLiteral("staging"), QStringLiteral("main")),
           env(QStringLiteral("develop"), QStringLiteral("development"), QStringLiteral("staging")),
           env(QStringLiteral("legacy-ui"), QStringLiteral("development"), QStringLiteral("main"))};
    in.environments[3].status = QStringLiteral("inactive");
    in.environments[3].lastBackupAt = {};
    in.backup.id = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    in.backup.environment = QStringLiteral("staging");
    in.backup.status = QStringLiteral("CREATED");
    in.backup.restorable = true;
    in.backup.safe = true;
    in.backup.createdAt = kNow.addDays(-1);
    in.backup.links.insert(QLatin1String(Rel::Restore), QStringLiteral("/api/x/restore"));
    in.user.id = QStringLiteral("u-ada");
    in.access.permissions = kAdmin;
    return in;
}

} // namespace

class TestRestorePlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rules_data();
    void rules();
    void serverTexts();
    void facts();
    void lastBackupKnownFromTheBackup();
    void safetyNet();
    void branchNames_data();
    void branchNames();
    void fromFlags();
};

void TestRestorePlan::rules_data()
{
    QTest::addColumn<TargetKind>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("branchFrom");
    QTest::addColumn<QString>("tweak"); // a change to the base input, see rules()
    QTest::addColumn<Codes>("problems");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QString>("command");

    const QString cmd = QStringLiteral("platform backup:restore abcdefghijklmnopqrstuvwxyz "
                                       "-p acmeblogeu3002 -e staging");
    const QString legacyCmd = QStringLiteral("platform backup:restore abcdefghijklmnopqrstuvwxyz "
                                             "-p acmeshopeu0001 -e staging");
    QTest::newRow("in place") << TargetKind::InPlace << QString() << QString() << QString()
                              << Codes{} << QStringLiteral("{}") << false << cmd;
    QTest::newRow("in place, existing kind naming the source")
        << TargetKind::Existing << QStringLiteral("staging") << QString() << QString() << Codes{}
        << QStringLiteral("{}") << false << cmd;
    QTest::newRow("existing target")
        << TargetKind::Existing << QStringLiteral("develop") << QString() << QString() << Codes{}
        << QStringLiteral(R"({"environment_name":"develop"})") << false
        << cmd + QStringLiteral(" --target develop");
    QTest::newRow("production target needs typed confirmation")
        << TargetKind::Existing << QStringLiteral("main") << QString() << QString() << Codes{}
        << QStringLiteral(R"({"environment_name":"main"})") << true
        << cmd + QStringLiteral(" --target main");
    QTest::newRow("new target with branch_from")
        << TargetKind::New << QStringLiteral("hotfix/restore-1") << QStringLiteral("main")
        << QString() << Codes{}
        << QStringLiteral(R"({"branch_from":"main","environment_name":"hotfix/restore-1"})")
        << false << cmd + QStringLiteral(" --target hotfix/restore-1 --branch-from main");
    QTest::newRow("new target without branch_from: parent is the backup's environment")
        << TargetKind::New << QStringLiteral("copy") << QString() << QString() << Codes{}
        << QStringLiteral(R"({"branch_from":"staging","environment_name":"copy"})") << false
        << cmd + QStringLiteral(" --target copy --branch-from staging");
    QTest::newRow("missing target without branch_from")
        << TargetKind::Existing << QStringLiteral("nope") << QString() << QString()
        << Codes{Code::TargetNotFound} << QStringLiteral(R"({"environment_name":"nope"})") << false
        << cmd + QStringLiteral(" --target nope");
    QTest::newRow("existing target with branch_from")
        << TargetKind::New << QStringLiteral("develop") << QStringLiteral("main") << QString()
        << Codes{Code::TargetExists}
        << QStringLiteral(R"({"branch_from":"main","environment_name":"develop"})") << false
        << cmd + QStringLiteral(" --target develop --branch-from main");
    QTest::newRow("branch_from unknown")
        << TargetKind::New << QStringLiteral("copy") << QStringLiteral("ghost") << QString()
        << Codes{Code::BranchFromUnknown}
        << QStringLiteral(R"({"branch_from":"ghost","environment_name":"copy"})") << false
        << cmd + QStringLiteral(" --target copy --branch-from ghost");
    QTest::newRow("invalid new branch name")
        << TargetKind::New << QStringLiteral("bad..name") << QString() << QString()
        << Codes{Code::InvalidBranchName}
        << QStringLiteral(R"({"branch_from":"staging","environment_name":"bad..name"})") << false
        << cmd + QStringLiteral(" --target bad..name --branch-from staging");
    QTest::newRow("no target name")
        << TargetKind::Existing << QString() << QString() << QString()
        << Codes{Code::TargetNameMissing} << QStringLiteral(R"({"environment_name":""})") << false
        << cmd + QStringLiteral(" --target ''");
    QTest::newRow("not restorable")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("unrestorable")
        << Codes{Code::NotRestorable} << QStringLiteral("{}") << false << cmd;
    QTest::newRow("backup being deleted")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("deleting")
        << Codes{Code::NotRestorable} << QStringLiteral("{}") << false << cmd;
    // Issue 13: past its expires_at, whatever links the server still lists.
    QTest::newRow("backup expired")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("expired")
        << Codes{Code::NotRestorable} << QStringLiteral("{}") << false << cmd;
    QTest::newRow("busy target") << TargetKind::Existing << QStringLiteral("develop") << QString()
                                 << QStringLiteral("busy:develop") << Codes{Code::TargetBusy}
                                 << QStringLiteral(R"({"environment_name":"develop"})") << false
                                 << cmd + QStringLiteral(" --target develop");
    QTest::newRow("busy source") << TargetKind::Existing << QStringLiteral("develop") << QString()
                                 << QStringLiteral("busy:staging") << Codes{Code::SourceBusy}
                                 << QStringLiteral(R"({"environment_name":"develop"})") << false
                                 << cmd + QStringLiteral(" --target develop");
    QTest::newRow("busy in place")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("busy:staging")
        << Codes{Code::TargetBusy} << QStringLiteral("{}") << false << cmd;
    QTest::newRow("inactive target")
        << TargetKind::Existing << QStringLiteral("legacy-ui") << QString() << QString()
        << Codes{Code::TargetInactive} << QStringLiteral(R"({"environment_name":"legacy-ui"})")
        << false << cmd + QStringLiteral(" --target legacy-ui");
    QTest::newRow("viewer") << TargetKind::InPlace << QString() << QString()
                            << QStringLiteral("viewer")
                            << Codes{Code::NoRestoreLink, Code::NotAdminTarget}
                            << QStringLiteral("{}") << false << cmd;
    QTest::newRow("admin on staging only, target production")
        << TargetKind::Existing << QStringLiteral("main") << QString()
        << QStringLiteral("stagingadmin") << Codes{Code::NotAdminTarget}
        << QStringLiteral(R"({"environment_name":"main"})") << true
        << cmd + QStringLiteral(" --target main");
    QTest::newRow("admin on development only, source staging")
        << TargetKind::Existing << QStringLiteral("develop") << QString()
        << QStringLiteral("devadmin") << Codes{Code::NotAdminSource}
        << QStringLiteral(R"({"environment_name":"develop"})") << false
        << cmd + QStringLiteral(" --target develop");
    QTest::newRow("options: no code, no resources, init parent")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("options") << Codes{}
        << QStringLiteral(
               R"({"resources":{"init":"parent"},"restore_code":false,"restore_resources":false})")
        << false << cmd + QStringLiteral(" --no-code --no-resources --resources-init parent");
    QTest::newRow("options: bad resources init")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("badinit")
        << Codes{Code::InvalidResourcesInit} << QStringLiteral(R"({"resources":{"init":"huge"}})")
        << false << cmd + QStringLiteral(" --resources-init huge");
    QTest::newRow("legacy region in place as customer")
        << TargetKind::InPlace << QString() << QString() << QStringLiteral("legacy") << Codes{}
        << QStringLiteral("{}") << false << legacyCmd;
    QTest::newRow("legacy region other target as customer")
        << TargetKind::Existing << QStringLiteral("develop") << QString()
        << QStringLiteral("legacy") << Codes{Code::LegacyRegion}
        << QStringLiteral(R"({"environment_name":"develop"})") << false
        << legacyCmd + QStringLiteral(" --target develop");
    QTest::newRow("legacy region new branch as customer")
        << TargetKind::New << QStringLiteral("copy") << QStringLiteral("main")
        << QStringLiteral("legacy") << Codes{Code::LegacyRegion}
        << QStringLiteral(R"({"branch_from":"main","environment_name":"copy"})") << false
        << legacyCmd + QStringLiteral(" --target copy --branch-from main");
    QTest::newRow("legacy region as support staff without ticket")
        << TargetKind::Existing << QStringLiteral("develop") << QString()
        << QStringLiteral("legacy,support")
        << Codes{Code::TicketRequired, Code::ProjectNotConfirmed}
        << QStringLiteral(R"({"environment_name":"develop"})") << false
        << legacyCmd + QStringLiteral(" --target develop");
    QTest::newRow("legacy region as support staff, wrong project typed")
        << TargetKind::Existing << QStringLiteral("develop") << QString()
        << QStringLiteral("legacy,support,ticket,wrongproject") << Codes{Code::ProjectNotConfirmed}
        << QStringLiteral(R"({"environment_name":"develop"})") << false
        << legacyCmd + QStringLiteral(" --target develop");
    QTest::newRow("legacy region as support staff with ticket")
        << TargetKind::Existing << QStringLiteral("main") << QString()
        << QStringLiteral("legacy,support,ticket,project") << Codes{}
        << QStringLiteral(R"({"environment_name":"main"})") << true
        << legacyCmd + QStringLiteral(" --target main");
}

void TestRestorePlan::rules()
{
    QFETCH(TargetKind, kind);
    QFETCH(QString, target);
    QFETCH(QString, branchFrom);
    QFETCH(QString, tweak);
    QFETCH(Codes, problems);
    QFETCH(QString, body);
    QFETCH(bool, confirm);
    QFETCH(QString, command);

    RestoreInput in = baseInput();
    in.target = {kind, target, branchFrom};
    const QStringList tweaks = tweak.split(u',', Qt::SkipEmptyParts);
    for (const QString &t : tweaks) {
        if (t == QLatin1String("unrestorable"))
            in.backup.restorable = false;
        else if (t == QLatin1String("deleting"))
            in.backup.status = QStringLiteral("DELETING");
        else if (t == QLatin1String("expired"))
            in.backup.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        else if (t.startsWith(QLatin1String("busy:"))) {
            for (Environment &e : in.environments)
                e.isDirty = e.isDirty || e.name == t.mid(5);
        } else if (t == QLatin1String("viewer")) {
            in.access.permissions = kViewer;
            in.backup.links = {};
        } else if (t == QLatin1String("stagingadmin"))
            in.access.permissions = {QStringLiteral("staging:admin")};
        else if (t == QLatin1String("devadmin"))
            in.access.permissions
                = {QStringLiteral("staging:viewer"), QStringLiteral("development:admin")};
        else if (t == QLatin1String("options")) {
            in.options.restoreCode = false;
            in.options.restoreResources = false;
            in.options.resourcesInit = QStringLiteral("parent");
        } else if (t == QLatin1String("badinit"))
            in.options.resourcesInit = QStringLiteral("huge");
        else if (t == QLatin1String("legacy")) {
            in.project.id = QStringLiteral("acmeshopeu0001");
            in.project.region = QStringLiteral("eu.platform.sh");
        } else if (t == QLatin1String("support"))
            in.user.roles = {QStringLiteral("support")};
        else if (t == QLatin1String("ticket"))
            in.options.ticket = QStringLiteral(" SUP-42 ");
        else if (t == QLatin1String("project"))
            in.options.confirmedProjectId = in.project.id;
        else if (t == QLatin1String("wrongproject"))
            in.options.confirmedProjectId = QStringLiteral("acmeblogeu3002");
        else
            QFAIL(qPrintable(QStringLiteral("unknown tweak ") + t));
    }

    const RestorePlan plan(in);
    Codes actual;
    for (const RestoreProblem &p : plan.problems()) {
        actual.append(p.code);
        QVERIFY2(!p.message.isEmpty(), "every problem says why");
    }
    QCOMPARE(actual, problems);
    QCOMPARE(plan.isValid(), problems.isEmpty());
    for (const Code c : problems)
        QVERIFY(plan.hasProblem(c));

    const QJsonObject sent = QJsonDocument::fromJson(encodeRestore(plan.request())).object();
    QCOMPARE(sent, QJsonDocument::fromJson(body.toUtf8()).object());
    QCOMPARE(plan.requiresTypedConfirmation(), confirm);
    QCOMPARE(plan.isConfirmedBy(QString()), !confirm);
    QVERIFY(plan.isConfirmedBy(plan.confirmationWord()));
    if (confirm)
        QVERIFY(!plan.isConfirmedBy(QStringLiteral("staging")));
    QCOMPARE(plan.commandLine(), command);
    QCOMPARE(plan.commandArguments().first(), QStringLiteral("backup:restore"));
}

void TestRestorePlan::serverTexts()
{
    RestoreInput in = baseInput();
    in.project.region = QStringLiteral("us.platform.sh");
    in.target = RestoreTarget::existing(QStringLiteral("develop"));
    const RestorePlan legacy(in);
    QCOMPARE(legacy.problemText(),
             QStringLiteral("Backups cannot be restored to another environment on this region: "
                            "us.platform.sh. Please contact support."));
    QVERIFY(legacy.isLegacyCrossRestore());

    in = baseInput();
    in.target = RestoreTarget::existing(QStringLiteral("ghost"));
    QCOMPARE(RestorePlan(in).problemText(),
             QStringLiteral("Environment not found: ghost; pass branch_from to create it"));
    in.target = RestoreTarget::newBranch(QStringLiteral("main"), QStringLiteral("develop"));
    QCOMPARE(RestorePlan(in).problemText(),
             QStringLiteral("Target environment already exists; branch_from is only for new "
                            "environments"));
    in.target = RestoreTarget::newBranch(QStringLiteral("x"), QStringLiteral("ghost"));
    QCOMPARE(RestorePlan(in).problemText(),
             QStringLiteral("Environment not found (in branch_from): ghost"));
    in.target = RestoreTarget::inPlace();
    in.backup.restorable = false;
    QCOMPARE(RestorePlan(in).problemText(),
             QStringLiteral("The backup abcdefghijklmnopqrstuvwxyz cannot be restored"));
    in = baseInput();
    in.environments[1].isDirty = true;
    QCOMPARE(RestorePlan(in).problemText(),
             QStringLiteral("An activity is already running on environment staging"));
}

void TestRestorePlan::facts()
{
    RestoreInput in = baseInput();
    in.target = RestoreTarget::existing(QStringLiteral("main"));
    in.backup.safe = false;
    RestorePlan plan(in);
    QList<RestoreFact::Kind> kinds;
    for (const RestoreFact &f : plan.facts())
        kinds.append(f.kind);
    using K = RestoreFact::Kind;
    QCOMPARE(kinds,
             (QList<K>{K::Replace, K::GitUnchanged, K::Pause, K::LastBackupAge, K::LiveBackup,
                       K::Production}));
    const QStringList texts = plan.factTexts();
    QVERIFY(texts.at(0).contains(QLatin1String("data and code of main")));
    QVERIFY(texts.at(1).contains(QLatin1String("Git is not changed")));
    QVERIFY(texts.at(3).contains(QLatin1String("3 days ago")));
    QCOMPARE(plan.facts().last().severity, RestoreFact::Severity::Danger);

    in.target = RestoreTarget::newBranch(QStringLiteral("copy"));
    in.backup.safe = true;
    in.options.restoreCode = false;
    in.options.restoreResources = false;
    in.options.resourcesInit = QStringLiteral("minimum");
    kinds.clear();
    for (const RestoreFact &f : RestorePlan(in).facts())
        kinds.append(f.kind);
    QCOMPARE(kinds,
             (QList<K>{K::NewEnvironment, K::Replace, K::CodeKept, K::ResourcesKept,
                       K::ResourcesInit, K::Pause}));

    in = baseInput();
    in.target = RestoreTarget::existing(QStringLiteral("legacy-ui"));
    QVERIFY(RestorePlan(in).factTexts().contains(
        QStringLiteral("legacy-ui has never been backed up.")));
    QCOMPARE(RestorePlan::ageText(kNow.addSecs(-300), kNow), QStringLiteral("5 minutes"));
    QCOMPARE(RestorePlan::ageText(kNow.addSecs(-3 * 3600), kNow), QStringLiteral("3 hours"));
}

// Issue 12: the server's last_backup_at may lag (or be null) while the backup being restored is
// itself proof of a backup of its environment: never "has never been backed up" then.
void TestRestorePlan::lastBackupKnownFromTheBackup()
{
    RestoreInput in = baseInput();
    in.environments[1].lastBackupAt = {}; // staging, the backup's own environment
    const QStringList texts = RestorePlan(in).factTexts();
    QVERIFY2(!texts.contains(QStringLiteral("staging has never been backed up.")),
             qPrintable(texts.join(u'\n')));
    QVERIFY(texts.contains(QStringLiteral("The last backup of staging was taken 24 hours ago.")));
    // An older last_backup_at than the backup itself: the newer one is the fact.
    in.environments[1].lastBackupAt = kNow.addDays(-30);
    QVERIFY(RestorePlan(in).factTexts().contains(
        QStringLiteral("The last backup of staging was taken 24 hours ago.")));
}

void TestRestorePlan::safetyNet()
{
    RestoreInput in = baseInput();
    QVERIFY(RestorePlan(in).suggestsSafetyBackup()); // staging in place
    in.target = RestoreTarget::existing(QStringLiteral("develop"));
    QVERIFY(!RestorePlan(in).suggestsSafetyBackup());
    QVERIFY(RestorePlan(in).canTakeSafetyBackup());
    in.target = RestoreTarget::newBranch(QStringLiteral("copy"));
    in.options.safetyBackup = true;
    const RestorePlan created(in);
    QVERIFY(!created.canTakeSafetyBackup());
    QVERIFY(!created.takesSafetyBackup());
    QVERIFY(created.safetyCommandLine().isEmpty());
    in.target = RestoreTarget::existing(QStringLiteral("main"));
    const RestorePlan production(in);
    QVERIFY(production.suggestsSafetyBackup());
    QVERIFY(production.takesSafetyBackup());
    QCOMPARE(production.safetyCommandLine(),
             QStringLiteral("platform backup:create --live -p acmeblogeu3002 -e main"));
    QVERIFY(production.factTexts().join(u'\n').contains(QLatin1String("Undo restore")));
}

void TestRestorePlan::branchNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("feature-x") << true;
    QTest::newRow("slashes") << QStringLiteral("hotfix/2026.11/a_b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("dot dot") << QStringLiteral("a..b") << false;
    QTest::newRow("leading dash") << QStringLiteral("-a") << false;
    QTest::newRow("leading slash") << QStringLiteral("/a") << false;
    QTest::newRow("trailing slash") << QStringLiteral("a/") << false;
    QTest::newRow("double slash") << QStringLiteral("a//b") << false;
    QTest::newRow("trailing dot") << QStringLiteral("a.") << false;
    QTest::newRow("component dot") << QStringLiteral("a/.b") << false;
    QTest::newRow(".lock") << QStringLiteral("a.lock") << false;
    QTest::newRow(".lock component") << QStringLiteral("a.lock/b") << false;
    QTest::newRow("at brace") << QStringLiteral("a@{1}") << false;
    QTest::newRow("at") << QStringLiteral("@") << false;
    for (const char c : {'~', '^', ':', '?', '*', '[', '\\'})
        QTest::addRow("char %c", c) << (QStringLiteral("a") + QLatin1Char(c) + u'b') << false;
    QTest::newRow("control") << QStringLiteral("a\tb") << false;
    QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("64") << QString(64, u'a') << true;
    QTest::newRow("65") << QString(65, u'a') << false;
}

void TestRestorePlan::branchNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(RestorePlan::isValidBranchName(name), valid);
}

void TestRestorePlan::fromFlags()
{
    QCOMPARE(RestoreTarget::fromFlags({}, {}).kind, TargetKind::InPlace);
    QCOMPARE(RestoreTarget::fromFlags(QStringLiteral("a"), {}).kind, TargetKind::Existing);
    const RestoreTarget t = RestoreTarget::fromFlags(QStringLiteral("a"), QStringLiteral("main"));
    QCOMPARE(t.kind, TargetKind::New);
    QCOMPARE(t.branchFrom, QStringLiteral("main"));
}

QTEST_GUILESS_MAIN(TestRestorePlan)
#include "tst_restore_plan.moc"
