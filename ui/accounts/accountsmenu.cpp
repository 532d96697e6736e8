#include "accountsmenu.h"

#include "accountmanager.h"
#include "common/confirmation.h"

#include <QActionGroup>
#include <QEvent>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>

namespace bc::ui {

AccountsMenu::AccountsMenu(AccountManager *accounts, QWidget *parent)
    : QMenu(tr("&Accounts"), parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountsMenu"));
    setToolTipsVisible(true);
    connect(accounts, &AccountManager::accountsChanged, this, &AccountsMenu::rebuild);
    rebuild();
}

AccountsMenu::~AccountsMenu() = default;

void AccountsMenu::setCurrent(const QString &accountKey)
{
    if (m_current == accountKey)
        return;
    m_current = accountKey;
    rebuild();
}

void AccountsMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("&Accounts"));
        rebuild();
    }
}

void AccountsMenu::rebuild()
{
    clear();
    QAction *add = addAction(QIcon(QStringLiteral(":/icons/account.svg")), tr("&Add account…"),
                             this, &AccountsMenu::addRequested);
    add->setObjectName(QStringLiteral("actionAddAccount"));
    QAction *sandbox = addAction(tr("&Explore the sandbox"), this, &AccountsMenu::sandboxRequested);
    sandbox->setObjectName(QStringLiteral("actionExploreSandbox"));
    sandbox->setToolTip(tr("A local server with demo projects, to try the console safely"));
    const QList<Account> accounts = m_accounts->accounts();
    if (accounts.isEmpty())
        return;
    addSection(tr("Switch to"));
    auto *group = new QActionGroup(this);
    for (const Account &account : accounts) {
        QAction *item = addAction(account.label, this,
                                  [this, key = account.key()] { Q_EMIT switchRequested(key); });
        item->setCheckable(true);
        item->setChecked(account.key() == m_current);
        item->setToolTip(account.apiUrl.toString());
        group->addAction(item);
    }
    QMenu *replace = addMenu(tr("Replace API &token"));
    replace->setObjectName(QStringLiteral("replaceTokenMenu"));
    for (const Account &account : accounts)
        replace->addAction(account.label, this, [this, account] { askToken(account); });
    QMenu *remove = addMenu(tr("&Remove account"));
    remove->setObjectName(QStringLiteral("removeAccountMenu"));
    for (const Account &account : accounts) {
        remove->addAction(account.label, this, [this, account] {
            confirm(parentWidget(), tr("Remove account"),
                    tr("Remove %1 from this computer? Its API token is deleted from the keychain.")
                        .arg(account.label),
                    tr("Remove"),
                    [accounts = m_accounts, id = account.id] { accounts->removeAccount(id); });
        });
    }
}

// Asks for the new token (hidden as typed) without a nested event loop; the manager checks it.
void AccountsMenu::askToken(const Account &account)
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("replaceTokenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Replace API token"));
    dialog->setLabelText(
        tr("New API token for %1 (%2):").arg(account.label, account.apiUrl.host()));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Replace"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [accounts = m_accounts, id = account.id](const QString &token) {
                accounts->replaceToken(id, token.trimmed());
            });
    dialog->open();
}

} // namespace bc::ui
