#include "tst_cli_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <memory>

using namespace bc::test;

// backup:restore against a sandbox: in place, to an existing environment, to a new branch, and
// the refusals of the restore plan. The data of an environment is read and changed through the
// sandbox's /__sandbox/state/{project}/{env}.
class TestCliRestore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restore_data();
    void restore();
    void latestRestorableByDefault();
    void legacyRegionSaysContactSupport();
    void viewerIsRefusedWithTheAdminReason();
    void missingYesChangesNothing();
    void supportRestoreNeedsTheProjectTypedAgain();
    void supportRestoreIsAudited();

private:
    QString title(const QString &environment) { return siteTitle(*m_http, m_project, environment); }
    QList<QJsonObject> auditEntries() const;
    void setTitle(const QString &environment, const QString &title)
    {
        QVERIFY(setSiteTitle(*m_http, m_project, environment, title));
    }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<Cli> m_cli;
    const QString m_project = QLatin1String(demo::eu3Project);
    QString m_backup; // of staging, taken while its title was "Before"
};

void TestCliRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
    m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());

    setTitle(QStringLiteral("staging"), QStringLiteral("Before"));
    BC_CLI(created, 0,
           {QStringLiteral("backup:create"), QStringLiteral("--live"), QStringLiteral("-p"),
            m_project, QStringLiteral("-e"), QStringLiteral("staging")});
    m_backup = created.outText();
    QCOMPARE(m_backup.size(), 26);
}

void TestCliRestore::restore_data()
{
    QTest::addColumn<QStringList>("targetOptions");
    QTest::addColumn<QString>("target");
    QTest::newRow("in place") << QStringList{} << "staging";
    QTest::newRow("to an existing environment")
        << QStringList{QStringLiteral("--target"), QStringLiteral("develop")} << "develop";
    QTest::newRow("to a new branch")
        << QStringList{QStringLiteral("--target"), QStringLiteral("hotfix-restore"),
                       QStringLiteral("--branch-from"), QStringLiteral("staging")}
        << "hotfix-restore";
}

void TestCliRestore::restore()
{
    QFETCH(QStringList, targetOptions);
    QFETCH(QString, target);
    setTitle(QStringLiteral("staging"), QStringLiteral("After"));
    if (target == QLatin1String("develop"))
        setTitle(target, QStringLiteral("Develop's own"));
    else if (target == QLatin1String("hotfix-restore"))
        QCOMPARE(title(target), QStringLiteral("(status 404)"));

    BC_CLI(r, 0,
           QStringList{QStringLiteral("backup:restore"), m_backup, QStringLiteral("-p"), m_project,
                       QStringLiteral("-e"), QStringLiteral("staging"), QStringLiteral("-y")}
               + targetOptions);
    QVERIFY2(r.err.contains(target.toUtf8()), r.err.constData());
    QCOMPARE(title(target), QStringLiteral("Before"));
    if (target != QLatin1String("staging"))
        QCOMPARE(title(QStringLiteral("staging")), QStringLiteral("After"));
}

void TestCliRestore::latestRestorableByDefault()
{
    // Without an ID: the newest restorable backup, here the one taken in initTestCase.
    setTitle(QStringLiteral("staging"), QStringLiteral("Later"));
    BC_CLI(r, 0,
           {QStringLiteral("backup:restore"), QStringLiteral("-p"), m_project, QStringLiteral("-e"),
            QStringLiteral("staging"), QStringLiteral("--yes"), QStringLiteral("--no-code")});
    QVERIFY2(r.err.contains(m_backup.toUtf8()), r.err.constData());
    QCOMPARE(title(QStringLiteral("staging")), QStringLiteral("Before"));
}

void TestCliRestore::legacyRegionSaysContactSupport()
{
    BC_CLI(r, 1,
           {QStringLiteral("backup:restore"), QStringLiteral("-p"),
            QLatin1String(demo::legacyEuProject), QStringLiteral("-e"), QStringLiteral("main"),
            QStringLiteral("--target"), QStringLiteral("staging"), QStringLiteral("-y")});
    QVERIFY2(r.err.contains("eu.platform.sh"), r.err.constData());
    QVERIFY2(r.err.contains("Please contact support"), r.err.constData());
}

void TestCliRestore::viewerIsRefusedWithTheAdminReason()
{
    BC_CLI(r, 1,
           {QStringLiteral("backup:restore"), m_backup, QStringLiteral("-p"), m_project,
            QStringLiteral("-e"), QStringLiteral("staging"), QStringLiteral("-y")},
           QLatin1String(demo::viewerToken));
    QVERIFY2(r.err.contains("admin"), r.err.constData());
}

void TestCliRestore::missingYesChangesNothing()
{
    setTitle(QStringLiteral("staging"), QStringLiteral("Untouched"));
    BC_CLI(r, 1,
           {QStringLiteral("backup:restore"), m_backup, QStringLiteral("-p"), m_project,
            QStringLiteral("-e"), QStringLiteral("staging")});
    QVERIFY2(r.err.contains("--yes"), r.err.constData());
    QCOMPARE(title(QStringLiteral("staging")), QStringLiteral("Untouched"));
}

QList<QJsonObject> TestCliRestore::auditEntries() const
{
    QFile file(m_cli->dataHome()
               + QLatin1String("/BackupConsole/BackupConsole/support-audit.jsonl"));
    QList<QJsonObject> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    }
    return entries;
}

// Contract §7: the customer's project ID typed again, not the -p the command was given anyway.
void TestCliRestore::supportRestoreNeedsTheProjectTypedAgain()
{
    const QString project = QLatin1String(demo::legacyEuProject);
    const QStringList base{QStringLiteral("backup:restore"),
                           QStringLiteral("-p"),
                           project,
                           QStringLiteral("-e"),
                           QStringLiteral("staging"),
                           QStringLiteral("--ticket"),
                           QStringLiteral("SUP-1"),
                           QStringLiteral("-y")};
    BC_CLI(missing, 1, base, QLatin1String(demo::supportToken));
    QVERIFY2(missing.err.contains("--confirm-project"), missing.err.constData());
    BC_CLI(wrong, 1, base + QStringList{QStringLiteral("--confirm-project"), m_project},
           QLatin1String(demo::supportToken));
    QVERIFY2(wrong.err.contains(project.toUtf8()), wrong.err.constData());
    QVERIFY(auditEntries().isEmpty()); // nothing sent, nothing to audit
}

// Contract §7: every support restore leaves an audit entry, written before the request and
// completed with its activity and outcome, as the dialog does.
void TestCliRestore::supportRestoreIsAudited()
{
    const QString project = QLatin1String(demo::legacyEuProject);
    BC_CLI(r, 0,
           {QStringLiteral("backup:restore"), QStringLiteral("-p"), project, QStringLiteral("-e"),
            QStringLiteral("staging"), QStringLiteral("--ticket"), QStringLiteral("SUP-42"),
            QStringLiteral("--confirm-project"), project, QStringLiteral("-y")},
           QLatin1String(demo::supportToken));
    QList<QJsonObject> entries = auditEntries();
    // Appended before sending, then again (same id) with the activity and with the outcome.
    QVERIFY2(entries.size() >= 2, qPrintable(QString::number(entries.size())));
    const QJsonObject first = entries.constFirst();
    const QJsonObject last = entries.constLast();
    for (const QJsonObject &entry : entries)
        QCOMPARE(entry.value(QStringLiteral("id")), first.value(QStringLiteral("id")));
    QCOMPARE(first.value(QStringLiteral("ticket")).toString(), QStringLiteral("SUP-42"));
    QCOMPARE(first.value(QStringLiteral("project")).toString(), project);
    QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("staging"));
    QVERIFY(!first.value(QStringLiteral("staff_user")).toString().isEmpty());
    QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QString());
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QVERIFY(!last.value(QStringLiteral("activity_ids")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_cli_restore.moc"
