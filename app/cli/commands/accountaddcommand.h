#pragma once

#include "../command.h"
#include "client/account.h"

#include <QCommandLineOption>

namespace bc::cli {

// account:add [--label L] [--preset P | --api-url U [--auth-url A]] [--no-verify]: a keychain
// account. The API token is read from standard input (typed without echo on a terminal), never
// from the command line where other users could see it.
class AccountAddCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountAddCommand)

public:
    explicit AccountAddCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("account:add"); }
    QString summary() const override
    {
        return tr("Add an account (its API token goes to the keychain)");
    }
    Needs needs() const override { return Need::Accounts; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    Account account() const;
    void verify(Account account, const QString &token);
    void store(const Account &account, const QString &token);

    QCommandLineOption m_label;
    QCommandLineOption m_preset;
    QCommandLineOption m_apiUrl;
    QCommandLineOption m_authUrl;
    QCommandLineOption m_noVerify;
};

} // namespace bc::cli
