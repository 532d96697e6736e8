// Issue 15, item 5: disk faults. A read-only or full data folder, a corrupt settings file, a
// truncated audit log and an unwritable drill log or undo store: the command line says which file
// and what happened, refuses what cannot be recorded, and loses nothing written before.
//
// Everything runs under the test's own HOME, XDG_CONFIG_HOME and XDG_DATA_HOME (a temporary
// folder, for the command line's runs and for this process), never the real ones.
//
// Read-only folders: as a normal user the folder is chmod 0500. As root (CI containers), chmod
// stops no write, so the file's path is made a directory instead: opening it for writing fails
// the same way (EISDIR), for root too. A full disk is the log's path as a symbolic link to
// /dev/full, where every write fails with ENOSPC.
#include "client/account.h"
#include "client/accountstore.h"
#include "client/restoreundo.h"
#include "tst_cli_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

using namespace bc::test;

class TestFaultsDisk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void supportRestoreNeedsItsAuditEntry_data();
    void supportRestoreNeedsItsAuditEntry();
    void truncatedAuditLogKeepsItsEntries();
    void corruptSettingsAreKept();
    void unwritableSettingsAreReported();
    void unwritableDrillLogRefusesTheDrill();
    void unwritableUndoStoreIsReported();

private:
    QString auditPath() const
    {
        return m_cli->dataHome()
            + QLatin1String("/BackupConsole/BackupConsole/support-audit.jsonl");
    }
    // Makes `path` unwritable (see the top of the file); undone by cleanup().
    void makeUnwritable(const QString &path);
    QByteArray readAll(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    int restoreCount(const QString &project);
    QStringList supportRestore(const QString &ticket) const
    {
        const QString project = QLatin1String(demo::legacyEuProject);
        return {QStringLiteral("backup:restore"),
                QStringLiteral("-p"),
                project,
                QStringLiteral("-e"),
                QStringLiteral("staging"),
                QStringLiteral("--ticket"),
                ticket,
                QStringLiteral("--confirm-project"),
                project,
                QStringLiteral("-y")};
    }

    QTemporaryDir m_home; // this process's HOME (the in-process stores)
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Cli> m_cli;
    QString m_chmodded; // a folder made read-only, to give back its rights
    QStringList m_blockers; // directories or links put where a file was expected
};

void TestFaultsDisk::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());
    // A backup to drill (the drill refuses before it restores, but needs one to plan).
    BC_CLI(created, 0,
           {QStringLiteral("backup:create"), QStringLiteral("--live"), QStringLiteral("-p"),
            QLatin1String(demo::eu3Project), QStringLiteral("-e"), QStringLiteral("staging")});
}

void TestFaultsDisk::cleanup()
{
    if (!m_chmodded.isEmpty())
        ::chmod(QFile::encodeName(m_chmodded).constData(), 0700);
    m_chmodded.clear();
    for (const QString &path : std::as_const(m_blockers)) {
        if (QFileInfo(path).isSymLink() || QFileInfo(path).isFile())
            QFile::remove(path);
        else
            QDir(path).removeRecursively();
    }
    m_blockers.clear();
    QFile::remove(auditPath());
}

void TestFaultsDisk::makeUnwritable(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    if (::geteuid() != 0) {
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
        m_chmodded = folder;
    } else {
        // Root writes into a 0500 folder: a directory where the file should be stops it.
        QVERIFY(QDir().mkpath(path));
        m_blockers.append(path);
    }
}

// -1 when the activities could not be listed.
int TestFaultsDisk::restoreCount(const QString &project)
{
    const CliRun r
        = m_cli->run({QStringLiteral("activities"), QStringLiteral("-p"), project,
                      QStringLiteral("-e"), QStringLiteral("staging"), QStringLiteral("--type"),
                      QStringLiteral("environment.restore"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("100")});
    return r.code == 0 && r.json().isArray() ? int(r.json().array().size()) : -1;
}

void TestFaultsDisk::supportRestoreNeedsItsAuditEntry_data()
{
    QTest::addColumn<bool>("fullDisk");
    QTest::newRow("read-only data folder") << false;
    QTest::newRow("full disk") << true;
}

// Contract §7: a support restore that cannot be recorded is not sent.
void TestFaultsDisk::supportRestoreNeedsItsAuditEntry()
{
    QFETCH(bool, fullDisk);
    const QString path = auditPath();
    if (fullDisk) {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("No /dev/full here");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), path));
        m_blockers.append(path);
    } else {
        makeUnwritable(path);
    }
    const QString project = QLatin1String(demo::legacyEuProject);
    const int before = restoreCount(project);
    QVERIFY(before >= 0);
    BC_CLI(r, 1, supportRestore(QStringLiteral("SUP-1")), QLatin1String(demo::supportToken));
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was changed"), r.err.constData());
    QCOMPARE(restoreCount(project), before);
}

// A write cut short (a crash, a full disk) leaves half a line: the entries before it are read,
// the broken line is named, and the next entry starts on a line of its own.
void TestFaultsDisk::truncatedAuditLogKeepsItsEntries()
{
    const QString path = auditPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QByteArray complete
        = R"({"id":"a1","time":"2026-01-02T03:04:05.000Z","staff_user":"Sam","ticket":"SUP-10","project":"p1","backup":"b1","target":"main","outcome":"success"})"
          "\n"
          R"({"id":"a2","time":"2026-01-03T03:04:05.000Z","staff_user":"Sam","ticket":"SUP-11","project":"p2","backup":"b2","target":"main","outcome":"failure"})"
          "\n";
    const QByteArray cut = R"({"id":"a3","time":"2026-01-04T03:04:05.000Z","staff_user":"Sa)";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(complete + cut);
    }
    BC_CLI(listed, 0, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(listed.out.contains("SUP-10") && listed.out.contains("SUP-11"),
             listed.out.constData());
    QVERIFY2(listed.err.contains(path.toUtf8()) && listed.err.contains("line 3"),
             listed.err.constData());

    // A new support restore appends after the broken line, not onto it.
    BC_CLI(restored, 0, supportRestore(QStringLiteral("SUP-12")),
           QLatin1String(demo::supportToken));
    QVERIFY(readAll(path).startsWith(QByteArray(complete + cut + '\n')));
    BC_CLI(again, 0, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")});
    for (const char *ticket : {"SUP-10", "SUP-11", "SUP-12"})
        QVERIFY2(again.out.contains(ticket), again.out.constData());
    QVERIFY2(again.err.contains("line 3"), again.err.constData());
}

// A settings file that is not one: the command line says so and keeps its bytes in
// "<file>.corrupt" before anything writes the file again.
void TestFaultsDisk::corruptSettingsAreKept()
{
    const QString config = m_home.filePath(QStringLiteral("corrupt.ini"));
    const QByteArray garbage("[accounts]\norder=\n\xff\xfe\x01garbage\n[broken\n\x7f", 38);
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    BC_CLI(listed, 0,
           {QStringLiteral("account:list"), QStringLiteral("--config"), config,
            QStringLiteral("--format"), QStringLiteral("csv")},
           QString());
    QVERIFY2(listed.err.contains(config.toUtf8()) && listed.err.contains("could not be read"),
             listed.err.constData());
    QVERIFY2(listed.err.contains((config + QLatin1String(".corrupt")).toUtf8()),
             listed.err.constData());
    QCOMPARE(readAll(config + QLatin1String(".corrupt")), garbage);

    // A command that writes the settings: the copy is still the original's bytes.
    const CliRun added = m_cli->run({QStringLiteral("account:add"), QStringLiteral("--config"),
                                     config, QStringLiteral("--label"), QStringLiteral("Sandbox"),
                                     QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()},
                                    QString(), QByteArrayLiteral("sandbox-admin\n"));
    if (added.code != 0 && added.err.contains("keychain")
        && qEnvironmentVariableIsEmpty("BC_IN_TEST_SESSION"))
        QSKIP("No keyring here: run the test inside tests/support/test-session.sh");
    QVERIFY2(added.code == 0, Cli::describe(added).constData());
    QCOMPARE(readAll(config + QLatin1String(".corrupt")), garbage);
    QVERIFY(!QFileInfo::exists(config + QLatin1String(".corrupt-2")));
    BC_CLI(removed, 0,
           {QStringLiteral("account:remove"), QStringLiteral("Sandbox"), QStringLiteral("--config"),
            config, QStringLiteral("--yes")},
           QString());
}

// The settings cannot be written (a directory where the file should be; root or not): adding
// an account fails and says where, instead of "Added" with nothing saved.
void TestFaultsDisk::unwritableSettingsAreReported()
{
    const QString config = m_home.filePath(QStringLiteral("blocked.ini"));
    QVERIFY(QDir().mkpath(config));
    m_blockers.append(config);
    const CliRun added = m_cli->run({QStringLiteral("account:add"), QStringLiteral("--config"),
                                     config, QStringLiteral("--label"), QStringLiteral("Blocked"),
                                     QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()},
                                    QString(), QByteArrayLiteral("sandbox-admin\n"));
    if (added.code != 0 && added.err.contains("keychain")
        && qEnvironmentVariableIsEmpty("BC_IN_TEST_SESSION"))
        QSKIP("No keyring here: run the test inside tests/support/test-session.sh");
    QVERIFY2(added.code == 1, Cli::describe(added).constData());
    QVERIFY2(added.err.contains(config.toUtf8()), added.err.constData());
    QVERIFY2(!added.err.contains("Added the account"), added.err.constData());
}

// A drill whose log cannot be written would leave a scratch environment nobody knows of:
// refused before anything is created.
void TestFaultsDisk::unwritableDrillLogRefusesTheDrill()
{
    const QString log = m_home.filePath(QStringLiteral("drills/restore-drills.jsonl"));
    makeUnwritable(log);
    const QString project = QLatin1String(demo::eu3Project);
    BC_CLI(r, 1,
           {QStringLiteral("drill"), QStringLiteral("-p"), project, QStringLiteral("-e"),
            QStringLiteral("staging"), QStringLiteral("--log"), log, QStringLiteral("--yes")});
    QVERIFY2(r.err.contains(log.toUtf8()), r.err.constData());
    BC_CLI(environments, 0,
           {QStringLiteral("environments"), QStringLiteral("-p"), project,
            QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(!environments.out.contains("drill-"), environments.out.constData());
}

// The undo store and the account store say when QSettings could not write.
void TestFaultsDisk::unwritableUndoStoreIsReported()
{
    const QString file = m_home.filePath(QStringLiteral("undo-blocked.ini"));
    QVERIFY(QDir().mkpath(file));
    m_blockers.append(file);
    const bc::Result<bc::Done> recorded
        = bc::RestoreUndoStore(file).record({QStringLiteral("p1"), QStringLiteral("act1"),
                                             QStringLiteral("main"), QStringLiteral("b1")});
    QVERIFY(!recorded.ok());
    QVERIFY2(recorded.error().describe().contains(file), qPrintable(recorded.error().describe()));

    bc::Account account;
    account.id = QUuid::createUuid();
    account.label = QStringLiteral("Nowhere");
    const bc::Result<bc::Done> saved = bc::AccountStore(file).save(account);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().describe().contains(file), qPrintable(saved.error().describe()));
}

QTEST_GUILESS_MAIN(TestFaultsDisk)
#include "tst_faults_disk.moc"
