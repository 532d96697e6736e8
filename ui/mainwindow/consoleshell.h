#pragma once

#include "accounts/welcomedialog.h"
#include "client/apierror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace bc {
class AccountStore;
class TokenStore;
} // namespace bc

namespace bc::ui {

class AccountManager;
class ConsoleContext;
class ConsoleController;
class MainWindow;
class WindowState;

// Puts the console together: accounts, context, controller, main window, welcome dialog, window
// state. The executable adds what only it may know (the in-process sandbox, plug-ins).
class ConsoleShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleShell)

public:
    // Starts a sandbox; calls back with its base URL, or with an error message.
    using SandboxReady = std::function<void(const QUrl &url, const QString &error)>;
    using SandboxStarter = std::function<void(SandboxReady ready)>;

    ConsoleShell(AccountStore *store, TokenStore *tokens, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~ConsoleShell() override;

    void setSandboxStarter(SandboxStarter starter) { m_sandboxStarter = std::move(starter); }
    // Shows the window; `sandbox`: straight into the sandbox; else the saved accounts, or the
    // welcome dialog when there is none.
    void start(bool sandbox);
    void startSandbox();
    // Brings the window to the front (another launch handed over to this one).
    void activateWindow();
    void showWelcome(WelcomeDialog::Page page);
    void saveState() const;
    // A failure found outside the window (e.g. at start), for its message bar.
    void reportError(const QString &what, const bc::ApiError &error);

    MainWindow *window() const { return m_window; }
    AccountManager *accounts() const { return m_accounts; }
    ConsoleContext *context() const { return m_context; }
    ConsoleController *controller() const { return m_controller; }
    WelcomeDialog *welcome() const { return m_welcome; }

Q_SIGNALS:
    void sandboxFailed(const QString &error);

private:
    void onSignedIn(const Account &account);

    AccountManager *m_accounts;
    ConsoleContext *m_context;
    ConsoleController *m_controller;
    MainWindow *m_window;
    WindowState *m_state;
    QPointer<WelcomeDialog> m_welcome;
    SandboxStarter m_sandboxStarter;
    QString m_sandboxKey; // the sandbox account, once asked for
};

} // namespace bc::ui
