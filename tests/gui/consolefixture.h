#pragma once

#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "sandbox/sandboxserver.h"
#include "ui/mainwindow/consoleshell.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace bc::test {

// The whole console on an in-process sandbox (demo seed, activities 100x faster), with its own
// settings file and a memory-only account: what `backup-console --sandbox` runs.
class ConsoleFixture final
{
public:
    explicit ConsoleFixture(const QStringList &faults = {}, double timeScale = 0.01);
    ~ConsoleFixture();
    ConsoleFixture(const ConsoleFixture &) = delete;
    ConsoleFixture &operator=(const ConsoleFixture &) = delete;

    // Called with the sandbox's options before start() starts it (e.g. its automated schedule).
    void configureSandbox(std::function<void(sandbox::ServerOptions &)> configure)
    {
        m_configure = std::move(configure);
    }
    // Starts the sandbox and the console; signs in with `token` (memory only).
    bool start(const QString &token = QStringLiteral("sandbox-admin"));
    // Waits (QTRY-style, no nested loop) until the project's environment is selected and its
    // backups and feed are loaded. Returns false on timeout.
    bool openEnvironment(const QString &projectId, const QString &environment);

    // The sandbox's own test endpoints (/__sandbox/...), waited for like the rest (qWaitFor).
    // requestCount: requests so far whose path matches the glob (e.g. "*/backups"); -1 on error.
    int requestCount(const QString &pathGlob, const QByteArray &method = "GET");
    bool resetRequests();
    bool addFault(const QString &rule);

    ui::ConsoleShell *shell() const { return m_shell.get(); }
    QUrl baseUrl() const { return m_server ? m_server->baseUrl() : QUrl(); }
    QString accountKey() const;

private:
    QByteArray sandboxCall(const QByteArray &method, const QString &path, const QByteArray &body);

    QTemporaryDir m_dir;
    QStringList m_faults;
    double m_timeScale;
    std::function<void(sandbox::ServerOptions &)> m_configure;
    std::unique_ptr<sandbox::Server> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountStore> m_accounts;
    TokenStore m_tokens;
    std::unique_ptr<ui::ConsoleShell> m_shell;
};

} // namespace bc::test
