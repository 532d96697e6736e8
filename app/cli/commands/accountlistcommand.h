#pragma once

#include "../command.h"

namespace bc::cli {

// account:list: the keychain accounts; the default one (used without --account) is the first.
class AccountListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("account:list"); }
    QStringList aliases() const override { return {QStringLiteral("accounts")}; }
    QString summary() const override { return tr("List the accounts"); }
    Needs needs() const override { return Need::Accounts | Need::Listing; }
    QStringList columns() const override;
    QStringList defaultColumns() const override;

protected:
    void run() override;
};

} // namespace bc::cli
