#include "accountmanager.h"

#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/tokenstore.h"
#include "models/environmenttreemodel.h"

namespace bc::ui {

AccountManager::AccountManager(AccountStore *store, TokenStore *tokens,
                               QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_network(network)
    , m_readNetworks(ApiClient::makeReadNetworks(this))
    , m_tree(new EnvironmentTreeModel(this))
{
    connect(m_tokens, &TokenStore::keychainUnavailable, this, &AccountManager::keychainUnavailable);
}

AccountManager::~AccountManager() = default;

bool AccountManager::hasSavedAccounts() const
{
    return !m_store->accounts().isEmpty();
}

bool AccountManager::isKeychainAvailable() const
{
    return !m_tokens->isMemoryOnly();
}

ApiClient *AccountManager::makeClient(const Account &account, const QString &token)
{
    auto *client = new ApiClient(account, m_network, this);
    client->setReadNetworks(m_readNetworks);
    client->setApiToken(token);
    connect(client, &ApiClient::authenticationFailed, this, [this, account](const ApiError &e) {
        Q_EMIT errorOccurred(tr("The API token of %1 was refused").arg(account.label), e,
                             account.key());
    });
    return client;
}

void AccountManager::loadSaved()
{
    for (const Account &account : m_store->accounts()) {
        if (m_entries.contains(account.key()))
            continue;
        m_order.append(account.key());
        m_entries.insert(account.key(), Entry{account, nullptr, {}, true});
        m_tree->setAccount(account.key(), account.label);
        m_tokens->readToken(account.id, this, [this, account](Result<QString> token) {
            if (!token.ok()) {
                Q_EMIT errorOccurred(tr("No token for %1").arg(account.label), token.error());
                return;
            }
            Entry &entry = m_entries[account.key()];
            entry.client = makeClient(account, token.value());
            open(entry);
        });
    }
    Q_EMIT accountsChanged();
}

void AccountManager::open(const Entry &entry)
{
    const QString key = entry.account.key();
    entry.client->me(this, [this, key](Result<UserInfo> me) {
        if (me.ok() && m_entries.contains(key))
            m_entries[key].user = me.value();
    });
    reloadProjects(key);
}

void AccountManager::signIn(Account account, const QString &token, bool persist)
{
    ApiClient *client = makeClient(account, token);
    client->me(this, [this, account, client, token, persist](Result<UserInfo> me) mutable {
        if (!me.ok()) {
            client->deleteLater();
            Q_EMIT signInFailed(me.error());
            return;
        }
        account.user = me.value().displayName();
        if (account.label.isEmpty())
            account.label = account.user;
        const Entry entry{account, client, me.value(), persist};
        const auto keep = [this, entry] {
            const QString key = entry.account.key();
            if (!m_order.contains(key))
                m_order.append(key);
            m_entries.insert(key, entry);
            if (entry.persistent) {
                const Result<Done> saved = m_store->save(entry.account);
                if (!saved.ok())
                    Q_EMIT errorOccurred(tr("The account is signed in for this session only"),
                                         saved.error());
            }
            m_tree->setAccount(key, entry.account.label);
            reloadProjects(key);
            Q_EMIT accountsChanged();
            Q_EMIT signedIn(entry.account);
        };
        if (!persist) {
            keep();
            return;
        }
        m_tokens->writeToken(account.id, token, this, [this, keep](Result<Done> written) {
            // Without a keyring the token stays in memory for this run; keychainUnavailable said
            // so already (and lasting, where this error would be cleared by the sign-in). Go on.
            if (!written.ok() && !m_tokens->isMemoryOnly())
                Q_EMIT errorOccurred(tr("The token could not be saved in the keychain"),
                                     written.error());
            keep();
        });
    });
}

void AccountManager::replaceToken(const QUuid &id, const QString &token)
{
    const QString key = id.toString(QUuid::WithoutBraces);
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend() || token.isEmpty())
        return;
    const Account account = found->account;
    // A client of its own for the check: the account's client keeps working (or failing) with
    // the old token until the new one is known to be good.
    auto *probe = new ApiClient(account, m_network, this);
    probe->setApiToken(token);
    probe->me(this, [this, key, probe, token](Result<UserInfo> me) {
        probe->deleteLater();
        const auto it = m_entries.find(key);
        if (it == m_entries.end())
            return; // removed meanwhile
        if (!me.ok()) {
            Q_EMIT tokenReplaceFailed(it->account, me.error());
            return;
        }
        it->user = me.value();
        it->account.user = me.value().displayName();
        it->client->setApiToken(token);
        const auto done = [this, key] {
            const auto entry = m_entries.constFind(key);
            if (entry == m_entries.cend())
                return;
            reloadProjects(key);
            Q_EMIT tokenReplaced(entry->account);
        };
        if (!it->persistent) {
            done();
            return;
        }
        if (const Result<Done> saved = m_store->save(it->account); !saved.ok())
            Q_EMIT errorOccurred(tr("The account could not be saved in the settings"),
                                 saved.error());
        m_tokens->writeToken(it->account.id, token, this, [this, done](Result<Done> written) {
            if (!written.ok() && !m_tokens->isMemoryOnly())
                Q_EMIT errorOccurred(tr("The new token could not be saved in the keychain; it "
                                        "is used for this session only"),
                                     written.error());
            done();
        });
    });
}

void AccountManager::removeAccount(const QUuid &id)
{
    const QString key = id.toString(QUuid::WithoutBraces);
    const Entry entry = m_entries.take(key);
    m_order.removeAll(key);
    m_tree->removeAccount(key);
    if (entry.persistent) {
        if (const Result<Done> removed = m_store->remove(id); !removed.ok())
            Q_EMIT errorOccurred(tr("The account could not be removed from the settings"),
                                 removed.error());
        m_tokens->deleteToken(id, this, [this](Result<Done> deleted) {
            if (!deleted.ok())
                Q_EMIT errorOccurred(tr("The keychain entry could not be deleted"),
                                     deleted.error());
        });
    }
    if (entry.client)
        entry.client->deleteLater();
    Q_EMIT accountsChanged();
}

QList<Account> AccountManager::accounts() const
{
    QList<Account> result;
    for (const QString &key : m_order)
        result.append(m_entries.value(key).account);
    return result;
}

ApiClient *AccountManager::client(const QString &accountKey) const
{
    return m_entries.value(accountKey).client;
}

std::optional<Account> AccountManager::account(const QString &accountKey) const
{
    if (!m_entries.contains(accountKey))
        return std::nullopt;
    return m_entries.value(accountKey).account;
}

UserInfo AccountManager::user(const QString &accountKey) const
{
    return m_entries.value(accountKey).user;
}

void AccountManager::reloadProjects(const QString &accountKey)
{
    ApiClient *client = this->client(accountKey);
    if (!client)
        return;
    client->projects(this, [this, accountKey](Result<QList<ProjectRef>> projects) {
        if (!projects.ok()) {
            Q_EMIT errorOccurred(tr("Loading the projects failed"), projects.error(), accountKey);
            return;
        }
        m_tree->setProjects(accountKey, projects.value());
        Q_EMIT projectsLoaded(accountKey);
    });
}

void AccountManager::loadEnvironments(const QString &accountKey, const QString &projectId)
{
    ApiClient *client = this->client(accountKey);
    if (!client)
        return;
    client->environments(projectId, this,
                         [this, accountKey, projectId](Result<QList<Environment>> environments) {
                             if (!environments.ok()) {
                                 Q_EMIT errorOccurred(tr("Loading the environments failed"),
                                                      environments.error(), accountKey);
                                 return;
                             }
                             m_tree->setEnvironments(accountKey, projectId, environments.value());
                             Q_EMIT environmentsLoaded(accountKey, projectId, environments.value());
                         });
}

} // namespace bc::ui
