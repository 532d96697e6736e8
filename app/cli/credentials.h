#pragma once

#include "client/account.h"
#include "client/accountstore.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace bc::cli {

// Finds the API client a command runs with: the named keychain account; else, where no keyring
// runs (cron, CI), the token of PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN with the URLs of
// --api-url/--auth-url or BACKUP_CONSOLE_API_URL/BACKUP_CONSOLE_AUTH_URL; else the default (first)
// keychain account. The token goes to the client and nowhere else.
class Credentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Credentials)

public:
    struct Outcome
    {
        ApiClient *client = nullptr; // owned by the Credentials' parent
        int exitCode = 0;
        QString message; // why there is no client
    };

    explicit Credentials(QObject *parent = nullptr);
    ~Credentials() override;

    void resolve(const Invocation &invocation, std::function<void(Outcome)> done);

    // An account by label (case-insensitive) or id; an error message (exit 4 or 2) otherwise.
    static std::optional<Account> findAccount(const AccountStore &store, const QString &name,
                                              QString *error, int *exitCode);
    // A URL option or variable; an error message when it is not an http(s) URL.
    static std::optional<QUrl> parseUrl(const QString &text, QString *error);

private:
    void fromEnvironment(const Invocation &invocation, const QString &token, Account::Preset preset,
                         std::function<void(Outcome)> done);
    void fromKeychain(const Invocation &invocation, Account account,
                      std::function<void(Outcome)> done);
    ApiClient *makeClient(const Account &account, const Invocation &invocation,
                          const QString &token);
};

} // namespace bc::cli
