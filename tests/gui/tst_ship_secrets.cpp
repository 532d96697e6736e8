// Tokens never reach a file, a log, a process argument or a crash message. A whole console session
// (three accounts signed in, one refused, backups, a server error, a second start from the
// keychain) and a whole command-line session (accounts added and removed, calls, an action,
// refusals, errors) run with every bc.* debug category on. Then the tokens they really used -- the
// API tokens given to them and every access token the sandbox issued, read back from
// /__sandbox/tokens -- are looked for in every file under the session's HOME and XDG folders,
// everything this process and its children printed, and the command lines of every process the
// test started. The last function plants a token in each of those places and proves the scan
// finds it.
#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "models/backuptablemodel.h"
#include "sandboxhttp.h"
#include "sandboxprocess.h"
#include "secretscan.h"
#include "stderrtap.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/backupdialog/backupdialog.h"
#include "ui/backups/backupactions.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/messagebar.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/consoleshell.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace bc;
using namespace bc::test;

Q_LOGGING_CATEGORY(lcSecretsTest, "bc.test")

namespace {

// Set up by main() before QApplication exists, so that nothing escapes them.
QTemporaryDir *sessionHome = nullptr;
StderrTap *stderrTap = nullptr;

// Every message of this process, as the message handler saw it.
QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog
            += QByteArray(context.category ? context.category : "") + ' ' + message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QString admin = QLatin1String(demo::adminToken);
const QString support = QLatin1String(demo::supportToken);
const QString contributor = QLatin1String(demo::contributorToken);
const QString viewer = QLatin1String(demo::viewerToken);
// Refused by the sandbox, but typed by the user all the same: a secret too.
const QString mistyped = QStringLiteral("sandbox-admin-mistyped-4f1c");
const QString project = QLatin1String(demo::eu3Project);

struct ChildRun
{
    QStringList arguments;
    int code = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestShipSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guiSession();
    void cliSession();
    void noTokenAnywhere();
    void scanFindsPlantedTokens();

private:
    // The real backup-console, in the session's HOME, with debug logging (inherited).
    ChildRun cli(const QStringList &arguments, const QString &token = {},
                 const QByteArray &input = {});
    // Runs a child to its end, keeping its command line (read while it runs) and its output.
    ChildRun runChild(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const QByteArray &input);
    bool openEnvironment(ui::ConsoleShell &shell, const QString &label, const QString &projectId,
                         const QString &environment);
    // Everything printed so far, the children's output included.
    void scanOutput(SecretScan &scan);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QList<ChildRun> m_runs;
    QList<QByteArray> m_commandLines;
};

void TestShipSecrets::initTestCase()
{
    QVERIFY2(stderrTap && stderrTap->isActive(), "stderr could not be captured");
    QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
    if (qEnvironmentVariableIsEmpty("BC_IN_TEST_SESSION"))
        QSKIP("needs the keyring of tests/support/test-session.sh");
    previousHandler = qInstallMessageHandler(capture);
    ui::initResources();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
}

bool TestShipSecrets::openEnvironment(ui::ConsoleShell &shell, const QString &label,
                                      const QString &projectId, const QString &environment)
{
    QString key;
    for (const Account &account : shell.accounts()->accounts()) {
        if (account.label == label)
            key = account.key();
    }
    ui::EnvironmentTreeView *tree = shell.window()->treeView();
    if (key.isEmpty() || !QTest::qWaitFor([&] { return tree->select(key, projectId, {}); }, 20000)
        || !QTest::qWaitFor([&] { return tree->select(key, projectId, environment); }, 20000))
        return false;
    return QTest::qWaitFor(
        [&] {
            const ui::ConsoleContext *context = shell.context();
            return context->environment() && context->environment()->id == environment
                && context->access() && shell.controller()->backups()->rowCount() > 0;
        },
        20000);
}

void TestShipSecrets::guiSession()
{
    const QUrl url = m_sandbox.baseUrl();
    {
        // The settings and the keychain service of the real console, in the session's HOME.
        AccountStore store;
        TokenStore tokens;
        QNetworkAccessManager network;
        ui::ConsoleShell shell(&store, &tokens, &network);
        shell.start(false);
        QSignalSpy refused(shell.accounts(), &ui::AccountManager::signInFailed);
        shell.accounts()->signIn(Account::custom(url, url, QStringLiteral("Admin")), admin, true);
        shell.accounts()->signIn(Account::custom(url, url, QStringLiteral("Support")), support,
                                 true);
        shell.accounts()->signIn(Account::custom(url, url, QStringLiteral("Mistyped")), mistyped,
                                 true);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shell.accounts()->accounts().size(), 2, 20000);
        QCOMPARE(store.accounts().size(), 2);

        QVERIFY(
            openEnvironment(shell, QStringLiteral("Admin"), project, QStringLiteral("staging")));
        ui::MainWindow *window = shell.window();
        QTRY_VERIFY(window->actions()->backup()->isEnabled());
        window->actions()->backup()->trigger();
        ui::BackupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::BackupDialog *>()) != nullptr);
        dialog->liveButton()->click();
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 30000);
        QVERIFY2(dialog->stateText().contains(QStringLiteral("complete")),
                 qPrintable(dialog->stateText()));
        dialog->close();
        delete dialog;

        // A server error on the next action: its message must not carry the token either.
        std::unique_ptr<QNetworkReply> fault(
            m_http->send("POST", QStringLiteral("/__sandbox/faults"),
                         R"({"rule": "*/environments/*/backup=status:500,method=POST,times=1"})"));
        QTRY_VERIFY_WITH_TIMEOUT(fault->isFinished(), 15000);
        QCOMPARE(SandboxHttp::status(fault.get()), 200);
        window->actions()->backup()->trigger();
        QTRY_VERIFY((dialog = window->findChild<ui::BackupDialog *>()) != nullptr);
        dialog->liveButton()->click();
        QTRY_VERIFY(dialog->startButton()->isEnabled());
        dialog->startButton()->click();
        // The fault's own words: "500" alone also matched an earlier error's URL when the
        // sandbox's port held those digits (45009), and the test went on before the backup.
        QTRY_VERIFY_WITH_TIMEOUT(
            window->messageBar()->details().contains(QStringLiteral("Injected fault")), 30000);
        QCOMPARE(window->messageBar()->level(), ui::MessageBar::Level::Error);
        shell.saveState();
    }
    // The next start: both accounts come back with their tokens from the keychain.
    AccountStore store;
    TokenStore tokens;
    QNetworkAccessManager network;
    ui::ConsoleShell shell(&store, &tokens, &network);
    shell.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(shell.accounts()->accounts().size(), 2, 20000);
    QVERIFY(openEnvironment(shell, QStringLiteral("Support"), QLatin1String(demo::legacyEuProject),
                            QStringLiteral("main")));
    shell.saveState();
}

ChildRun TestShipSecrets::runChild(const QString &program, const QStringList &arguments,
                                   const QProcessEnvironment &environment, const QByteArray &input)
{
    ChildRun run;
    run.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    // Blocking waits on a child, not an event loop: nothing of the test runs meanwhile. Once
    // started, the child has exec'ed: its command line is the program's own.
    if (!process.waitForStarted(10000)) {
        run.err = "could not start: " + process.errorString().toUtf8();
        return run;
    }
    m_commandLines.append(SecretScan::commandLine(process.processId()));
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.code = run.crashed ? -2 : process.exitCode();
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    m_runs.append(run);
    return run;
}

ChildRun TestShipSecrets::cli(const QStringList &arguments, const QString &token,
                              const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PLATFORMSH_CLI_TOKEN"));
    env.remove(QStringLiteral("UPSUN_CLI_TOKEN"));
    if (!token.isEmpty()) {
        // The documented way to hand a token to the command line, never an argument.
        env.insert(QStringLiteral("PLATFORMSH_CLI_TOKEN"), token);
        env.insert(QStringLiteral("BACKUP_CONSOLE_API_URL"), m_sandbox.baseUrl().toString());
    }
    return runChild(qEnvironmentVariable("BC_CLI_BIN"), arguments, env, input);
}

#define BC_RUN(name, expected, ...)                         \
    const ChildRun name = cli(__VA_ARGS__);                 \
    QVERIFY2(name.code == (expected),                       \
             qPrintable(QStringLiteral("%1: exit %2\n%3")   \
                            .arg(name.arguments.join(u' ')) \
                            .arg(name.code)                 \
                            .arg(QString::fromUtf8(name.err))))

void TestShipSecrets::cliSession()
{
    const QString api = m_sandbox.baseUrl().toString();
    const QString p = QStringLiteral("-p");
    const QString e = QStringLiteral("-e");
    // The accounts of the console session are the command line's too; one more is added.
    BC_RUN(added, 0,
           {QStringLiteral("account:add"), QStringLiteral("--label"), QStringLiteral("Contributor"),
            QStringLiteral("--api-url"), api},
           {}, contributor.toUtf8() + '\n');
    BC_RUN(refusedAdd, 3,
           {QStringLiteral("account:add"), QStringLiteral("--label"), QStringLiteral("Wrong"),
            QStringLiteral("--api-url"), api},
           {}, mistyped.toUtf8() + '\n');
    BC_RUN(list, 0,
           {QStringLiteral("account:list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), qsizetype(3));
    BC_RUN(projects, 0,
           {QStringLiteral("projects"), QStringLiteral("--account"), QStringLiteral("Admin")});
    QVERIFY(projects.out.contains(project.toUtf8()));
    BC_RUN(backups, 0,
           {QStringLiteral("backups"), p, project, e, QStringLiteral("main"),
            QStringLiteral("--account"), QStringLiteral("Support")});
    BC_RUN(created, 0,
           {QStringLiteral("backup:create"), p, project, e, QStringLiteral("develop"),
            QStringLiteral("--live"), QStringLiteral("--yes"), QStringLiteral("--account"),
            QStringLiteral("Admin")});
    BC_RUN(contributed, 0,
           {QStringLiteral("backups"), p, project, e, QStringLiteral("develop"),
            QStringLiteral("--account"), QStringLiteral("Contributor")});
    BC_RUN(started, 0,
           {QStringLiteral("backup:create"), p, project, e, QStringLiteral("develop"),
            QStringLiteral("--live"), QStringLiteral("--yes"), QStringLiteral("--no-wait"),
            QStringLiteral("--account"), QStringLiteral("Admin")});
    BC_RUN(log, 0,
           {QStringLiteral("activity:log"), QString::fromUtf8(started.out.trimmed()), p, project,
            QStringLiteral("--account"), QStringLiteral("Admin")});
    BC_RUN(activities, 0, {QStringLiteral("activities"), p, project, e, QStringLiteral("develop")},
           admin);
    BC_RUN(fleet, 0, {QStringLiteral("fleet"), QStringLiteral("--all-accounts")});
    // Refused, failed, not found: the messages of errors are where tokens slip in.
    BC_RUN(notAllowed, 1,
           {QStringLiteral("backup:create"), p, project, e, QStringLiteral("main"),
            QStringLiteral("--live"), QStringLiteral("--yes")},
           viewer);
    BC_RUN(badToken, 3, {QStringLiteral("projects")}, mistyped);
    BC_RUN(notFound, 4,
           {QStringLiteral("backups"), p, QStringLiteral("nosuchproject0"), e,
            QStringLiteral("main"), QStringLiteral("--account"), QStringLiteral("Admin")});
    BC_RUN(
        removed, 0,
        {QStringLiteral("account:remove"), QStringLiteral("Contributor"), QStringLiteral("--yes")});
    for (const ChildRun &run : std::as_const(m_runs))
        QVERIFY2(!run.crashed, qPrintable(run.arguments.join(u' ')));
}

void TestShipSecrets::scanOutput(SecretScan &scan)
{
    // What went to stderr reaches the tap through a pipe: wait for a line written now.
    const QByteArray marker = "secrets-scan-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    std::fprintf(stderr, "%s\n", marker.constData());
    std::fflush(stderr);
    QTRY_VERIFY(stderrTap->captured().contains(marker));
    scan.scanText(QStringLiteral("the test's and the sandbox's stderr"), stderrTap->captured());
    {
        QMutexLocker lock(&logMutex);
        scan.scanText(QStringLiteral("the test's log"), capturedLog);
    }
    for (const ChildRun &run : std::as_const(m_runs)) {
        const QString what = run.arguments.join(u' ');
        scan.scanText(QStringLiteral("stdout of ") + what, run.out);
        scan.scanText(QStringLiteral("stderr of ") + what, run.err);
    }
    for (const QByteArray &arguments : std::as_const(m_commandLines)) {
        QByteArray readable = arguments;
        scan.scanText(QStringLiteral("a child's command line"), readable.replace('\0', ' '));
    }
}

void TestShipSecrets::noTokenAnywhere()
{
    if (m_runs.isEmpty())
        QSKIP("the sessions did not run");
    std::unique_ptr<QNetworkReply> reply(m_http->get(QStringLiteral("/__sandbox/tokens")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    const QJsonObject issued = SandboxHttp::json(reply.get()).object();
    QStringList secrets{mistyped};
    for (const QJsonValue &token : issued.value(QStringLiteral("api_tokens")).toArray())
        secrets << token.toString();
    // The sessions used what they were given, or this scan proves little.
    for (const QString &given : {admin, support, contributor, viewer})
        QVERIFY2(secrets.contains(given), qPrintable(given));
    const QJsonArray accessTokens = issued.value(QStringLiteral("access_tokens")).toArray();
    // One per console start and account, one per command-line run that signed in.
    QVERIFY2(accessTokens.size() >= 12, qPrintable(QString::number(accessTokens.size())));
    for (const QJsonValue &token : accessTokens)
        secrets << token.toString();

    SecretScan scan(secrets);
    const int files = scan.scanTree(sessionHome->path());
    QVERIFY2(files >= 1, "the settings file should have been scanned");
    QVERIFY(QFile::exists(
        sessionHome->filePath(QStringLiteral("home/.config/BackupConsole/BackupConsole.conf"))));
    scanOutput(scan);
    // Debug logging was on, here and in the children.
    QVERIFY(capturedLog.contains("bc.client "));
    QVERIFY(std::any_of(m_runs.cbegin(), m_runs.cend(),
                        [](const ChildRun &run) { return run.err.contains("bc.client"); }));
    // The sandbox (still running) and this process; the short-lived children were read above.
    QVERIFY(scan.scanProcessTree() >= 2);
    QVERIFY2(scan.findings().isEmpty(), qPrintable(scan.findings().join(u'\n')));
    qCInfo(lcSecretsTest) << secrets.size() << "tokens looked for in" << files << "files,"
                          << m_runs.size() << "command-line runs and" << m_commandLines.size() + 2
                          << "command lines";
}

void TestShipSecrets::scanFindsPlantedTokens()
{
    const QString planted = QStringLiteral("planted-") + QUuid::createUuid().toString(QUuid::Id128);
    const int runsBefore = int(m_runs.size());
    QFile file(sessionHome->filePath(QStringLiteral("home/.local/share/BackupConsole/planted")));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("token=" + planted.toUtf8());
    file.close();
    qCDebug(lcSecretsTest) << "token" << planted;
    std::fprintf(stderr, "token %s\n", qPrintable(planted));
    // A child still running with the token in its arguments, another that prints it as it crashes.
    QProcess sleeper;
    sleeper.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("sleep 30"), planted});
    QVERIFY(sleeper.waitForStarted());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLANTED"), planted);
    const ChildRun crash = runChild(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("echo \"fatal: $PLANTED\" >&2; kill -SEGV $$")}, env,
        {});
    QVERIFY(crash.crashed);

    SecretScan scan({planted});
    scan.scanTree(sessionHome->path());
    scanOutput(scan);
    scan.scanProcessTree();
    sleeper.kill();
    sleeper.waitForFinished();
    file.remove();
    m_runs.resize(runsBefore);
    const QString found = scan.findings().join(u'\n');
    QVERIFY2(found.contains(QStringLiteral("share/BackupConsole/planted")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("the test's log")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("the test's and the sandbox's stderr")),
             qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("command line of a child")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("stderr of -c echo")), qPrintable(found));
}

int main(int argc, char **argv)
{
    // Before anything reads a path or writes a line: the session's own HOME and XDG folders
    // (standing in for QStandardPaths' test mode, which the command-line children would not
    // share), debug logging for this process and its children, and stderr captured.
    QTemporaryDir home;
    sessionHome = &home;
    const QString root = home.path();
    QDir().mkpath(root + QStringLiteral("/home/.config"));
    QDir().mkpath(root + QStringLiteral("/runtime"));
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", QFile::encodeName(root + QStringLiteral("/home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/home/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/home/.local/share")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/home/.cache")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(root + QStringLiteral("/home/.local/state")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root + QStringLiteral("/runtime")));
    qputenv("QT_LOGGING_RULES", "bc.*=true");
    StderrTap tap;
    stderrTap = &tap;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BackupConsole"));
    QApplication::setApplicationName(QStringLiteral("BackupConsole"));
    TestShipSecrets test;
    const int failed = QTest::qExec(&test, argc, argv);
    qInstallMessageHandler(previousHandler);
    return failed;
}

#include "tst_ship_secrets.moc"
