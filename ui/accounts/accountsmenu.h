#pragma once

#include "client/account.h"

#include <QMenu>

namespace bc::ui {

class AccountManager;

// Accounts: add one, switch to one, replace the API token of one (revoked, expired), remove one
// (which deletes its keychain entry).
class AccountsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsMenu)

public:
    AccountsMenu(AccountManager *accounts, QWidget *parent = nullptr);
    ~AccountsMenu() override;

    void setCurrent(const QString &accountKey);
    // Accounts ▸ Replace API token ▸ <account>: asks for the new token and hands it over.
    void askToken(const Account &account);

Q_SIGNALS:
    void addRequested();
    // "Explore the sandbox": the in-process sandbox, as on the first start.
    void sandboxRequested();
    void switchRequested(const QString &accountKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    AccountManager *m_accounts;
    QString m_current;
};

} // namespace bc::ui
