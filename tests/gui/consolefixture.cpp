#include "consolefixture.h"

#include "client/apiclient.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/mainwindow.h"

#include <QTest>

namespace bc::test {

ConsoleFixture::ConsoleFixture(const QStringList &faults, double timeScale)
    : m_faults(faults)
    , m_timeScale(timeScale)
{
    ui::initResources();
}

ConsoleFixture::~ConsoleFixture()
{
    m_shell.reset();
}

bool ConsoleFixture::start(const QString &token)
{
    sandbox::ServerOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
    options.timeScale = m_timeScale;
    options.faults = m_faults;
    m_server = std::make_unique<sandbox::Server>(options);
    const sandbox::StartResult started = m_server->start();
    if (!started.ok()) {
        qWarning() << "sandbox:" << started.error;
        return false;
    }
    m_accounts = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("accounts.ini")));
    m_shell = std::make_unique<ui::ConsoleShell>(m_accounts.get(), &m_tokens, &m_network);
    const QUrl url = m_server->baseUrl();
    if (token == QLatin1String("sandbox-admin")) {
        // The real "Explore the sandbox" path.
        m_shell->setSandboxStarter(
            [url](const ui::ConsoleShell::SandboxReady &ready) { ready(url, {}); });
        m_shell->start(true);
    } else {
        m_shell->start(false);
        m_shell->accounts()->signIn(Account::custom(url, url, token), token, false);
    }
    return QTest::qWaitFor([this] { return !m_shell->accounts()->accounts().isEmpty(); }, 10000);
}

QString ConsoleFixture::accountKey() const
{
    const QList<Account> accounts = m_shell->accounts()->accounts();
    return accounts.isEmpty() ? QString() : accounts.constFirst().key();
}

bool ConsoleFixture::openEnvironment(const QString &projectId, const QString &environment)
{
    ui::MainWindow *window = m_shell->window();
    const QString key = accountKey();
    if (!QTest::qWaitFor([&] { return window->treeView()->select(key, projectId, {}); }, 10000))
        return false;
    if (!QTest::qWaitFor([&] { return window->treeView()->select(key, projectId, environment); },
                         10000))
        return false;
    ui::ConsoleContext *context = m_shell->context();
    return QTest::qWaitFor(
        [&] {
            return context->environment() && context->environment()->id == environment
                && context->access() && m_shell->controller()->backups()->rowCount() > 0
                && m_shell->controller()->feed()->rowCount() > 0;
        },
        10000);
}

} // namespace bc::test
