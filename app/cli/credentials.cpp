#include "credentials.h"

#include "client/apiclient.h"
#include "client/tokenstore.h"
#include "console.h"
#include "exitcode.h"

namespace bc::cli {

Credentials::Credentials(QObject *parent)
    : QObject(parent)
{ }

Credentials::~Credentials() = default;

std::optional<Account> Credentials::findAccount(const AccountStore &store, const QString &name,
                                                QString *error, int *exitCode)
{
    const QUuid id(name);
    QList<Account> byLabel;
    for (const Account &account : store.accounts()) {
        if (!id.isNull() && account.id == id)
            return account;
        if (account.label.compare(name, Qt::CaseInsensitive) == 0)
            byLabel.append(account);
    }
    if (byLabel.size() == 1)
        return byLabel.first();
    if (byLabel.isEmpty()) {
        *error = tr("No account named %1 (see account:list).").arg(name);
        *exitCode = NotFound;
    } else {
        *error = tr("Several accounts are named %1: give the account's id instead.").arg(name);
        *exitCode = Usage;
    }
    return std::nullopt;
}

std::optional<QUrl> Credentials::parseUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return url;
    *error = tr("Not an http(s) URL: %1").arg(text);
    return std::nullopt;
}

void Credentials::resolve(const Invocation &invocation, std::function<void(Outcome)> done)
{
    const CommonOptions &o = *invocation.options;
    if (invocation.isSet(o.account)) {
        QString error;
        int code = Failed;
        const auto account
            = findAccount(*invocation.accounts, invocation.value(o.account), &error, &code);
        if (!account)
            return done({nullptr, code, error});
        return fromKeychain(invocation, *account, std::move(done));
    }
    const QString platformToken = qEnvironmentVariable("PLATFORMSH_CLI_TOKEN");
    if (!platformToken.isEmpty())
        return fromEnvironment(invocation, platformToken, Account::Preset::PlatformSh,
                               std::move(done));
    const QString upsunToken = qEnvironmentVariable("UPSUN_CLI_TOKEN");
    if (!upsunToken.isEmpty())
        return fromEnvironment(invocation, upsunToken, Account::Preset::Upsun, std::move(done));
    const QList<Account> accounts = invocation.accounts->accounts();
    if (accounts.isEmpty())
        return done({nullptr, Authentication,
                     tr("No credentials: set PLATFORMSH_CLI_TOKEN (or UPSUN_CLI_TOKEN), or add "
                        "an account with account:add.")});
    fromKeychain(invocation, accounts.first(), std::move(done));
}

void Credentials::fromEnvironment(const Invocation &invocation, const QString &token,
                                  Account::Preset preset, std::function<void(Outcome)> done)
{
    const CommonOptions &o = *invocation.options;
    const QString apiText = invocation.isSet(o.apiUrl)
        ? invocation.value(o.apiUrl)
        : qEnvironmentVariable("BACKUP_CONSOLE_API_URL");
    const QString authText = invocation.isSet(o.authUrl)
        ? invocation.value(o.authUrl)
        : qEnvironmentVariable("BACKUP_CONSOLE_AUTH_URL");
    Account account = Account::fromPreset(preset, tr("Environment token"));
    QString error;
    if (!apiText.isEmpty()) {
        const auto api = parseUrl(apiText, &error);
        if (!api)
            return done({nullptr, Usage, error});
        account = Account::custom(*api, *api, tr("Environment token"));
    }
    if (!authText.isEmpty()) {
        const auto auth = parseUrl(authText, &error);
        if (!auth)
            return done({nullptr, Usage, error});
        account.authUrl = *auth;
    }
    done({makeClient(account, invocation, token), Success, {}});
}

void Credentials::fromKeychain(const Invocation &invocation, Account account,
                               std::function<void(Outcome)> done)
{
    const CommonOptions &o = *invocation.options;
    QString error;
    for (const auto &[option, url] :
         {std::pair{&o.apiUrl, &account.apiUrl}, std::pair{&o.authUrl, &account.authUrl}}) {
        if (!invocation.isSet(*option))
            continue;
        const auto parsed = parseUrl(invocation.value(*option), &error);
        if (!parsed)
            return done({nullptr, Usage, error});
        *url = *parsed;
    }
    invocation.tokens->readToken(
        account.id, this,
        [this, account, invocation, done = std::move(done)](Result<QString> token) {
            if (!token.ok() || token.value().isEmpty())
                return done(
                    {nullptr, Authentication,
                     tr("No API token for the account %1 in the keychain (%2). Add it "
                        "again with account:add, or set PLATFORMSH_CLI_TOKEN.")
                         .arg(account.label, token.ok() ? tr("empty") : token.error().describe())});
            done({makeClient(account, invocation, token.value()), Success, {}});
        });
}

ApiClient *Credentials::makeClient(const Account &account, const Invocation &invocation,
                                   const QString &token)
{
    // Scripts keep working, but nobody sends a token in clear without being told.
    if (account.sendsTokensInClear())
        Console::message(tr("Warning: %1 is plain http: the API token is sent unencrypted. Use "
                            "https:// unless this server is on a network you trust.")
                             .arg(Account::isCleartext(account.apiUrl)
                                      ? account.apiUrl.toString(QUrl::RemoveUserInfo)
                                      : account.authUrl.toString(QUrl::RemoveUserInfo)));
    auto *client = new ApiClient(account, invocation.network, parent());
    client->setReadNetworks(invocation.readNetworks);
    client->setApiToken(token);
    return client;
}

} // namespace bc::cli
