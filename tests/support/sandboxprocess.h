#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace bc::test {

// Facts of the sandbox's demo seed (`--seed demo`) that tests may rely on.
namespace demo {
inline constexpr const char adminToken[] = "sandbox-admin";
inline constexpr const char contributorToken[] = "sandbox-contributor";
inline constexpr const char viewerToken[] = "sandbox-viewer";
inline constexpr const char supportToken[] = "sandbox-support";
// Organization "Acme Retail": a legacy EU project with retention settings, a numbered-region
// project without settings (manual backups expire between 7 days and 6 months).
inline constexpr const char legacyEuProject[] = "acmeshopeu0001"; // eu.platform.sh
inline constexpr const char eu3Project[] = "acmeblogeu3002"; // eu-3.platform.sh
// Organization "Globex".
inline constexpr const char legacyUsProject[] = "globexapius003"; // us.platform.sh
inline constexpr const char us2Project[] = "globexcrmus204"; // us-2.platform.sh
// Every demo project has these environments: main (production), staging (parent main),
// develop (development, parent staging), feature-login (development, parent develop) and
// legacy-ui (development, inactive, parent main).
} // namespace demo

// Runs backup-console-sandbox ($BC_SANDBOX_BIN) on a free loopback port with its own data folder:
//   --listen 127.0.0.1:0 --data DIR --seed demo --time-scale 0.01 <extra arguments>
// start() blocks until the sandbox prints its "listening on" line (or fails). restart() starts
// it again on the same data folder and the same port, so saved URLs stay valid. The sandbox's
// log (stderr) goes to the test's stderr.
class SandboxProcess final
{
public:
    // dataDir empty: a fresh temporary folder owned by this object.
    explicit SandboxProcess(const QStringList &extraArguments = {}, const QString &dataDir = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(int timeoutMs = 15000);
    bool restart(int timeoutMs = 15000);
    // SIGKILL, no chance to flush anything: what persistence tests need.
    void kill9();
    // SIGTERM and wait.
    void stop();

    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234 (no trailing slash)
    quint16 port() const;
    QString dataDir() const;
    QStringList arguments() const;
    QString errorString() const;

private:
    QStringList m_extraArguments;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace bc::test
