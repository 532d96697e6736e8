#include "tst_cli_support.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

using namespace bc::test;

// account:add, account:list and account:remove with the real keychain (run inside
// tests/support/test-session.sh, which provides an unlocked Secret Service), then a command
// that takes its credentials from the keychain account instead of the environment.
class TestCliAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addListUseRemove();
    void refusedTokenAddsNothing();
    void unknownAccount();
    void noKeyringIsSaid();
    void plainHttpIsWarned();

private:
    QStringList accounts();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Cli> m_cli;
    QString m_config;
    QTemporaryDir m_dir;
};

void TestCliAccounts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());
    m_config = m_dir.filePath(QStringLiteral("accounts.ini"));
}

QStringList TestCliAccounts::accounts()
{
    const CliRun r = m_cli->run({QStringLiteral("account:list"), QStringLiteral("--config"),
                                 m_config, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--columns"), QStringLiteral("label"),
                                 QStringLiteral("--no-header")},
                                QString());
    return r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestCliAccounts::addListUseRemove()
{
    const QString api = m_sandbox->baseUrl().toString();
    const CliRun added = m_cli->run({QStringLiteral("account:add"), QStringLiteral("--config"),
                                     m_config, QStringLiteral("--label"), QStringLiteral("Sandbox"),
                                     QStringLiteral("--api-url"), api},
                                    QString(), QByteArrayLiteral("sandbox-admin\n"));
    if (added.code != 0 && added.err.contains("keychain")
        && qEnvironmentVariableIsEmpty("BC_IN_TEST_SESSION"))
        QSKIP("No keyring here: run the test inside tests/support/test-session.sh");
    QVERIFY2(added.code == 0, Cli::describe(added).constData());
    QVERIFY(!QUuid::fromString(added.outText()).isNull());
    QVERIFY(!added.out.contains("sandbox-admin") && !added.err.contains("sandbox-admin"));

    QCOMPARE(accounts(), QStringList{QStringLiteral("Sandbox")});
    BC_CLI(json, 0,
           {QStringLiteral("account:list"), QStringLiteral("--config"), m_config,
            QStringLiteral("--format"), QStringLiteral("json")},
           QString());
    const QJsonObject first = json.json().array().first().toObject();
    QCOMPARE(first.value(QStringLiteral("default")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("api_url")).toString(), api);
    QVERIFY(!first.value(QStringLiteral("user")).toString().isEmpty()); // verified with /users/me
    QVERIFY(!json.out.contains("sandbox-admin"));

    // No token in the environment: the default keychain account, then the named one.
    BC_CLI(projects, 0, {QStringLiteral("projects"), QStringLiteral("--config"), m_config},
           QString());
    QVERIFY(projects.out.contains(demo::eu3Project));
    BC_CLI(named, 0,
           {QStringLiteral("projects"), QStringLiteral("--config"), m_config,
            QStringLiteral("--account"), QStringLiteral("sandbox")},
           QString());

    BC_CLI(refused, 1,
           {QStringLiteral("account:remove"), QStringLiteral("Sandbox"), QStringLiteral("--config"),
            m_config},
           QString());
    QCOMPARE(accounts(), QStringList{QStringLiteral("Sandbox")});
    BC_CLI(removed, 0,
           {QStringLiteral("account:remove"), QStringLiteral("Sandbox"), QStringLiteral("--config"),
            m_config, QStringLiteral("--yes")},
           QString());
    QVERIFY(accounts().isEmpty());
    BC_CLI(none, 3, {QStringLiteral("projects"), QStringLiteral("--config"), m_config}, QString());
}

void TestCliAccounts::refusedTokenAddsNothing()
{
    BC_CLI(r, 3,
           {QStringLiteral("account:add"), QStringLiteral("--config"), m_config,
            QStringLiteral("--label"), QStringLiteral("Wrong"), QStringLiteral("--api-url"),
            m_sandbox->baseUrl().toString()},
           QString(), QByteArrayLiteral("not-a-token\n"));
    QVERIFY(!r.err.contains("not-a-token"));
    QVERIFY(accounts().isEmpty());
}

void TestCliAccounts::unknownAccount()
{
    BC_CLI(r, 4,
           {QStringLiteral("projects"), QStringLiteral("--config"), m_config,
            QStringLiteral("--account"), QStringLiteral("nobody")},
           QString());
}

// No Secret Service (the child's D-Bus session points at nothing): one clear line on stderr
// says so and what to do instead, and nothing is added.
void TestCliAccounts::noKeyringIsSaid()
{
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/backupconsole-no-bus");
    const CliRun added = m_cli->run({QStringLiteral("account:add"), QStringLiteral("--config"),
                                     m_config, QStringLiteral("--label"), QStringLiteral("Nowhere"),
                                     QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()},
                                    QString(), QByteArrayLiteral("sandbox-admin\n"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    QVERIFY2(added.code == 1, Cli::describe(added).constData());
    const QList<QByteArray> lines = added.err.split('\n');
    const auto warning = std::find_if(lines.begin(), lines.end(), [](const QByteArray &line) {
        return line.startsWith("Warning: the keychain is not available");
    });
    QVERIFY2(warning != lines.end(), added.err.constData());
    QVERIFY2(warning->contains("PLATFORMSH_CLI_TOKEN"), warning->constData());
    QVERIFY(!added.err.contains("sandbox-admin"));
    QVERIFY(accounts().isEmpty());
}

// Issue 12 (day one): a token about to cross the network in clear is warned of, once, on
// stderr (scripts keep working); loopback, where the sandbox lives, is not warned of.
void TestCliAccounts::plainHttpIsWarned()
{
    const CliRun far = m_cli->run({QStringLiteral("projects"), QStringLiteral("--api-url"),
                                   QStringLiteral("http://backupconsole.invalid:1/")});
    QVERIFY2(far.code != 0, Cli::describe(far).constData());
    QCOMPARE(far.err.count("is plain http"), 1);
    QVERIFY2(far.err.contains("Warning: http://backupconsole.invalid:1/ is plain http"),
             far.err.constData());
    QVERIFY(!far.err.contains(bc::test::demo::adminToken));

    BC_CLI(near, 0, {QStringLiteral("projects")});
    QVERIFY2(!near.err.contains("plain http"), near.err.constData());
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
