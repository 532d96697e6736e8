#include "accountaddcommand.h"

#include "../console.h"
#include "../credentials.h"
#include "../exitcode.h"
#include "../lineprompt.h"
#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/tokenstore.h"

namespace bc::cli {

AccountAddCommand::AccountAddCommand(QObject *parent)
    : Command(parent)
    , m_label(QStringLiteral("label"), tr("A name for the account."), tr("LABEL"))
    , m_preset(QStringLiteral("preset"), tr("platformsh, upsun or custom (default: platformsh)."),
               tr("PRESET"))
    , m_apiUrl(QStringLiteral("api-url"), tr("The API base URL (a custom account)."), tr("URL"))
    , m_authUrl(QStringLiteral("auth-url"),
                tr("The auth server URL (a custom account; default: the API host)."), tr("URL"))
    , m_noVerify(QStringLiteral("no-verify"), tr("Store the token without trying it first."))
{ }

void AccountAddCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_label, m_preset, m_apiUrl, m_authUrl, m_noVerify});
}

QString AccountAddCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("account:add takes no arguments: the API token is read from standard input.");
    QString error;
    for (const QCommandLineOption *option : {&m_apiUrl, &m_authUrl}) {
        if (invocation.isSet(*option) && !Credentials::parseUrl(invocation.value(*option), &error))
            return error;
    }
    const QString preset = invocation.value(m_preset).toLower();
    if (!preset.isEmpty() && preset != QLatin1String("platformsh")
        && preset != QLatin1String("upsun") && preset != QLatin1String("custom"))
        return tr("Unknown preset: %1 (use platformsh, upsun or custom).").arg(preset);
    if (preset == QLatin1String("custom") && !invocation.isSet(m_apiUrl))
        return tr("A custom account needs --api-url.");
    return {};
}

Account AccountAddCommand::account() const
{
    const Invocation &inv = invocation();
    QString error;
    const QString label = inv.value(m_label);
    Account account;
    if (inv.isSet(m_apiUrl)) {
        const QUrl api = *Credentials::parseUrl(inv.value(m_apiUrl), &error);
        const QUrl auth
            = inv.isSet(m_authUrl) ? *Credentials::parseUrl(inv.value(m_authUrl), &error) : api;
        account = Account::custom(api, auth, label.isEmpty() ? api.host() : label);
    } else {
        const Account::Preset preset = inv.value(m_preset).toLower() == QLatin1String("upsun")
            ? Account::Preset::Upsun
            : Account::Preset::PlatformSh;
        account
            = Account::fromPreset(preset, label.isEmpty() ? Account::presetName(preset) : label);
    }
    return account;
}

void AccountAddCommand::run()
{
    auto *prompt = new LinePrompt(this);
    connect(prompt, &LinePrompt::answered, this, [this, prompt](const QString &token) {
        prompt->deleteLater();
        if (token.isEmpty())
            return refuse(tr("No API token on standard input."), Usage);
        if (invocation().isSet(m_noVerify))
            return store(account(), token);
        verify(account(), token);
    });
    if (Console::stdinIsTerminal())
        prompt->askSecret(tr("API token: "));
    else
        prompt->ask({});
}

void AccountAddCommand::verify(Account account, const QString &token)
{
    auto *client = new ApiClient(account, invocation().network, this);
    client->setApiToken(token);
    client->me(this, [this, client, account, token](Result<UserInfo> me) mutable {
        client->deleteLater();
        if (!me.ok())
            return fail(me.error());
        account.user = me->displayName();
        store(account, token);
    });
}

void AccountAddCommand::store(const Account &account, const QString &token)
{
    invocation().tokens->writeToken(account.id, token, this, [this, account](Result<Done> written) {
        if (!written.ok())
            return refuse(tr("The account was not added: %1").arg(written.error().describe()),
                          Failed);
        if (const Result<Done> saved = invocation().accounts->save(account); !saved.ok()) {
            // No account names that token now: it goes too (best effort), then the refusal.
            const QString reason
                = tr("The account was not added: %1").arg(saved.error().describe());
            invocation().tokens->deleteToken(
                account.id, this, [this, reason](Result<Done>) { refuse(reason, Failed); });
            return;
        }
        Console::message(account.user.isEmpty()
                             ? tr("Added the account %1.").arg(account.label)
                             : tr("Added the account %1 (%2).").arg(account.label, account.user));
        Console::out(account.key() + QLatin1Char('\n'));
        succeed();
    });
}

} // namespace bc::cli
