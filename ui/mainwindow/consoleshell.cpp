#include "consoleshell.h"

#include "accounts/accountmanager.h"
#include "accounts/accountsmenu.h"
#include "accounts/environmenttreeview.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "common/messagebar.h"
#include "mainwindow.h"
#include "plugins.h"
#include "windowstate.h"

#include <QStatusBar>

namespace bc::ui {

namespace {
constexpr char sandboxToken[] = "sandbox-admin";
}

ConsoleShell::ConsoleShell(AccountStore *store, TokenStore *tokens, QNetworkAccessManager *network,
                           QObject *parent)
    : QObject(parent)
    , m_accounts(new AccountManager(store, tokens, network, this))
    , m_context(new ConsoleContext(this))
    , m_controller(new ConsoleController(m_accounts, m_context, this))
    , m_window(new MainWindow(m_controller))
    , m_state(new WindowState(m_window))
{
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    installPlugins(m_window);
    m_window->setPreferences(Preferences::load());
    connect(m_accounts, &AccountManager::signedIn, this, &ConsoleShell::onSignedIn);
    connect(m_accounts, &AccountManager::signInFailed, this, [this](const ApiError &error) {
        if (m_welcome)
            m_welcome->signInFailed(error.describe());
        else
            m_context->reportError(tr("Signing in failed"), error);
    });
    connect(m_window->accountsMenu(), &AccountsMenu::addRequested, this,
            [this] { showWelcome(WelcomeDialog::Page::SignIn); });
    connect(m_window->accountsMenu(), &AccountsMenu::sandboxRequested, this,
            &ConsoleShell::startSandbox);
    connect(m_window->treeView(), &EnvironmentTreeView::addAccountRequested, this,
            [this] { showWelcome(WelcomeDialog::Page::SignIn); });
    connect(m_window->treeView(), &EnvironmentTreeView::sandboxRequested, this,
            &ConsoleShell::startSandbox);
}

ConsoleShell::~ConsoleShell()
{
    delete m_window;
}

void ConsoleShell::reportError(const QString &what, const ApiError &error)
{
    m_context->reportError(what, error);
}

void ConsoleShell::start(bool sandbox)
{
    m_state->restore();
    m_window->show();
    if (sandbox) {
        startSandbox();
        return;
    }
    if (m_accounts->hasSavedAccounts())
        m_accounts->loadSaved();
    else
        showWelcome(WelcomeDialog::Page::Choice);
}

void ConsoleShell::showWelcome(WelcomeDialog::Page page)
{
    if (!m_welcome) {
        m_welcome = new WelcomeDialog(page, m_window);
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        // A welcome is for the first account; later ones are simply added.
        if (!m_accounts->accounts().isEmpty())
            m_welcome->setWindowTitle(tr("Add account"));
        m_welcome->setPreset(m_window->preferences().defaultPreset);
        connect(m_welcome, &WelcomeDialog::signInRequested, m_accounts,
                [this](const Account &account, const QString &token) {
                    m_accounts->signIn(account, token, true);
                });
        connect(m_welcome, &WelcomeDialog::sandboxRequested, this, &ConsoleShell::startSandbox);
    } else if (page == WelcomeDialog::Page::SignIn) {
        m_welcome->showSignInPage();
    }
    m_welcome->open();
}

void ConsoleShell::startSandbox()
{
    if (!m_sandboxKey.isEmpty() && m_accounts->account(m_sandboxKey)) {
        // Already there (a second `--sandbox` launch): keep what is selected in it.
        if (m_controller->accountKey() != m_sandboxKey)
            m_window->treeView()->select(m_sandboxKey, {}, {});
        return;
    }
    if (!m_sandboxStarter) {
        const QString error = tr("This build has no sandbox.");
        if (m_welcome)
            m_welcome->signInFailed(error);
        Q_EMIT sandboxFailed(error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Starting the sandbox…"));
    m_sandboxStarter([this](const QUrl &url, const QString &error) {
        if (!error.isEmpty()) {
            m_window->messageBar()->showMessage(MessageBar::Level::Error,
                                                tr("The sandbox could not start"), error);
            if (m_welcome)
                m_welcome->signInFailed(error);
            Q_EMIT sandboxFailed(error);
            return;
        }
        // The sandbox account lives in memory only: no settings entry, no keychain entry.
        const Account account = Account::custom(url, url, tr("Sandbox"));
        m_sandboxKey = account.key();
        m_accounts->signIn(account, QLatin1String(sandboxToken), false);
    });
}

void ConsoleShell::activateWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void ConsoleShell::onSignedIn(const Account &account)
{
    if (m_welcome)
        m_welcome->accept();
    m_window->statusBar()->showMessage(tr("Signed in to %1").arg(account.label), 5000);
    m_window->treeView()->select(account.key(), {}, {});
}

void ConsoleShell::saveState() const
{
    m_state->save();
}

} // namespace bc::ui
