#pragma once

#include "../command.h"

namespace bc::cli {

// account:remove NAME [-y]: forgets an account and deletes its token from the keychain.
class AccountRemoveCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRemoveCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("account:remove"); }
    QString summary() const override { return tr("Remove an account and its token"); }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    Needs needs() const override { return Need::Accounts | Need::Confirm; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;
};

} // namespace bc::cli
