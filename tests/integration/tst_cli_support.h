#pragma once

// Shared by the tst_cli_* tests: runs the real command line (BC_CLI_BIN) as a child process
// against a sandbox, with credentials from the environment and a scratch HOME.

#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace bc::test {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out).trimmed(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class Cli final
{
public:
    explicit Cli(const QUrl &api)
        : m_api(api)
    { }

    // The environment of every run: the token, the sandbox's URL, a scratch HOME so that the
    // user's own accounts and settings are never read.
    QProcessEnvironment environment(const QString &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"PLATFORMSH_CLI_TOKEN", "UPSUN_CLI_TOKEN", "PLATFORM_PROJECT", "PLATFORM_BRANCH",
              "BACKUP_CONSOLE_API_URL", "BACKUP_CONSOLE_AUTH_URL"})
            env.remove(QLatin1String(name));
        if (!token.isEmpty())
            env.insert(QStringLiteral("PLATFORMSH_CLI_TOKEN"), token);
        env.insert(QStringLiteral("BACKUP_CONSOLE_API_URL"), m_api.toString());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QLatin1String("/config"));
        // Its data folder (audit and drill logs) too: never the session's, shared by all tests.
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        return env;
    }

    // The runs' data folder (the support audit log is under BackupConsole/BackupConsole/).
    QString dataHome() const { return m_home.path() + QLatin1String("/data"); }

    // Runs the command line to its end. stdin: the given bytes, else nothing (not a terminal).
    // A blocking wait on a child process, not an event loop: nothing of the test runs meanwhile.
    CliRun run(const QStringList &arguments, const QString &token = QLatin1String(demo::adminToken),
               const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(token));
        if (input.isEmpty())
            process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("BC_CLI_BIN"), arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        CliRun result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err = "timed out";
            return result;
        }
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QByteArray describe(const CliRun &r)
    {
        return "exit " + QByteArray::number(r.code) + "\nstdout: " + r.out + "\nstderr: " + r.err;
    }

    // The scratch HOME of every run (the command line's data folder is below it).
    QString home() const { return m_home.path(); }

private:
    QUrl m_api;
    QTemporaryDir m_home;
};

// The demo site's title on an environment, as the sandbox's site state holds it: what a restore
// puts back. "(status N)" when the sandbox does not answer 200.
inline QString siteTitle(SandboxHttp &http, const QString &project, const QString &environment)
{
    std::unique_ptr<QNetworkReply> reply(
        http.get(QStringLiteral("/__sandbox/state/%1/%2").arg(project, environment)));
    [&] {
        BC_FINISH(reply);
    }();
    if (SandboxHttp::status(reply.get()) != 200)
        return QStringLiteral("(status %1)").arg(SandboxHttp::status(reply.get()));
    return SandboxHttp::json(reply.get())
        .object()
        .value(QStringLiteral("values"))
        .toObject()
        .value(QStringLiteral("site_title"))
        .toString();
}

// Sets that title (call through QVERIFY(…) or check QTest::currentTestFailed() after it).
inline bool setSiteTitle(SandboxHttp &http, const QString &project, const QString &environment,
                         const QString &title)
{
    const QJsonObject body{
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("site_title"), title}}}};
    std::unique_ptr<QNetworkReply> reply(
        http.send("PATCH", QStringLiteral("/__sandbox/state/%1/%2").arg(project, environment),
                  SandboxHttp::body(body)));
    [&] {
        BC_FINISH(reply);
    }();
    return reply->isFinished() && SandboxHttp::status(reply.get()) == 200;
}

} // namespace bc::test

// Runs the command line into `name` and checks its exit code, showing its output otherwise.
#define BC_CLI(name, expectedCode, ...)                    \
    const bc::test::CliRun name = m_cli->run(__VA_ARGS__); \
    QVERIFY2(name.code == (expectedCode), bc::test::Cli::describe(name).constData())
