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

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

#include <memory>

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
    if (m_configure)
        m_configure(options);
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

namespace bc::test {

QByteArray ConsoleFixture::sandboxCall(const QByteArray &method, const QString &path,
                                       const QByteArray &body)
{
    QNetworkRequest request(baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)
        || reply->error() != QNetworkReply::NoError)
        return {};
    return reply->readAll();
}

int ConsoleFixture::requestCount(const QString &pathGlob, const QByteArray &method)
{
    const QByteArray answer = sandboxCall(
        "GET",
        QStringLiteral("/__sandbox/requests?method=%1&path=%2")
            .arg(QString::fromLatin1(method), QString::fromUtf8(QUrl::toPercentEncoding(pathGlob))),
        {});
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    return object.value(QStringLiteral("count")).toInt(-1);
}

bool ConsoleFixture::resetRequests()
{
    return !sandboxCall("DELETE", QStringLiteral("/__sandbox/requests"), {}).isNull();
}

bool ConsoleFixture::addFault(const QString &rule)
{
    return !sandboxCall("POST", QStringLiteral("/__sandbox/faults"), rule.toUtf8()).isNull();
}

} // namespace bc::test
