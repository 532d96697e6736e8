#include "statusindicator.h"

#include "accounts/accountmanager.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "models/activityfeedmodel.h"

#include <QLabel>
#include <QStatusBar>

namespace bc::ui {

StatusIndicator::StatusIndicator(ConsoleController *controller, QStatusBar *bar)
    : QObject(bar)
    , m_controller(controller)
    , m_account(new QLabel(bar))
    , m_connection(new QLabel(bar))
    , m_running(new QLabel(bar))
    , m_keychain(new QLabel(bar))
{
    m_keychain->setObjectName(QStringLiteral("keychainState"));
    m_keychain->hide();
    bar->addPermanentWidget(m_keychain);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_running->setObjectName(QStringLiteral("runningActivities"));
    bar->addPermanentWidget(m_running);
    bar->addPermanentWidget(m_account);
    bar->addPermanentWidget(m_connection);
    showConnection(true, tr("Connected"));
    connect(controller, &ConsoleController::connectionChanged, this,
            &StatusIndicator::showConnection);
    connect(controller->accounts(), &AccountManager::accountsChanged, this,
            &StatusIndicator::updateConnection);
    connect(controller->context(), &ConsoleContext::accountChanged, this, [this] {
        const ConsoleContext &context = *m_controller->context();
        m_account->setText(context.account().label);
        m_account->setToolTip(context.account().apiUrl.toString());
    });
    ActivityFeedModel *feed = controller->feed();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(feed, signal, this, &StatusIndicator::updateRunning);
    connect(feed, &QAbstractItemModel::dataChanged, this, &StatusIndicator::updateRunning);
    connect(feed, &QAbstractItemModel::modelReset, this, &StatusIndicator::updateRunning);
    connect(controller, &ConsoleController::runningJobsChanged, this,
            &StatusIndicator::updateRunning);
    updateRunning();
    connect(controller->accounts(), &AccountManager::keychainUnavailable, this,
            [this](const ApiError &error) {
                m_keychainCause = error.message;
                showKeychainUnavailable();
            });
    if (!controller->accounts()->isKeychainAvailable())
        showKeychainUnavailable();
}

StatusIndicator::~StatusIndicator() = default;

void StatusIndicator::showKeychainUnavailable()
{
    m_keychain->setText(QStringLiteral("⚠ ") + tr("Tokens not saved"));
    QString tip = tr("No keyring (Secret Service) answers: API tokens are kept in memory for this "
                     "session only and must be entered again after a restart.");
    if (!m_keychainCause.isEmpty())
        tip += QLatin1Char('\n') + m_keychainCause;
    m_keychain->setToolTip(tip);
    m_keychain->show();
}

QString StatusIndicator::keychainText() const
{
    return m_keychain->isHidden() ? QString() : m_keychain->text();
}

void StatusIndicator::showConnection(bool connected, const QString &text)
{
    m_connected = connected;
    m_connectionText = text;
    updateConnection();
}

void StatusIndicator::updateConnection()
{
    if (m_controller->accounts()->accounts().isEmpty()) {
        m_connection->setText(QStringLiteral("○ ") + tr("No account"));
        m_connection->setToolTip(tr("Add an account, or explore the sandbox, to begin"));
        return;
    }
    m_connection->setText((m_connected ? QStringLiteral("● ") : QStringLiteral("○ "))
                          + m_connectionText);
    m_connection->setToolTip(m_connected ? tr("The last request reached the server")
                                         : tr("The server cannot be reached; retrying"));
}

void StatusIndicator::retranslate()
{
    if (m_connected)
        m_connectionText = tr("Connected");
    updateConnection();
    updateRunning();
    if (!m_controller->accounts()->isKeychainAvailable())
        showKeychainUnavailable();
}

void StatusIndicator::updateRunning()
{
    const qsizetype running
        = qMax<qsizetype>(m_controller->feed()->running().size(), m_controller->runningJobs());
    m_running->setText(running == 0       ? tr("No activity running")
                           : running == 1 ? tr("1 activity running")
                                          : tr("%1 activities running").arg(running));
}

QString StatusIndicator::connectionText() const
{
    return m_connection->text();
}

QString StatusIndicator::runningText() const
{
    return m_running->text();
}

} // namespace bc::ui
