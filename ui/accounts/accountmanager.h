#pragma once

#include "client/account.h"
#include "client/apierror.h"
#include "client/types.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace bc {
class AccountStore;
class ApiClient;
class EnvironmentTreeModel;
class TokenStore;
} // namespace bc

namespace bc::ui {

// The signed-in accounts: one ApiClient each, their projects and environments in the tree
// model. Saved accounts come from AccountStore with their token from the keychain; a memory-only
// account (the sandbox) is never written anywhere.
class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    AccountManager(AccountStore *store, TokenStore *tokens, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~AccountManager() override;

    EnvironmentTreeModel *tree() const { return m_tree; }
    // Opens every saved account (token from the keychain).
    void loadSaved();
    bool hasSavedAccounts() const;
    // False once a keyring failed to answer (keychainUnavailable was emitted).
    bool isKeychainAvailable() const;
    // Checks the token by a real exchange (who am I) before keeping the account; `persist`
    // saves it with its token in the keychain, otherwise it lives for this run only.
    void signIn(Account account, const QString &token, bool persist);
    // Forgets the account and deletes its keychain entry.
    void removeAccount(const QUuid &id);
    // A new API token for an existing account (the old one was revoked or expired): checked by
    // a real exchange first; on success the account's client uses it, the keychain keeps it
    // (saved accounts) and the projects load again; on failure nothing changes.
    void replaceToken(const QUuid &id, const QString &token);

    QList<Account> accounts() const;
    ApiClient *client(const QString &accountKey) const;
    std::optional<Account> account(const QString &accountKey) const;
    UserInfo user(const QString &accountKey) const;
    void reloadProjects(const QString &accountKey);
    void loadEnvironments(const QString &accountKey, const QString &projectId);

Q_SIGNALS:
    void signedIn(const bc::Account &account);
    void signInFailed(const bc::ApiError &error);
    void tokenReplaced(const bc::Account &account);
    void tokenReplaceFailed(const bc::Account &account, const bc::ApiError &error);
    void accountsChanged();
    void projectsLoaded(const QString &accountKey);
    void environmentsLoaded(const QString &accountKey, const QString &projectId,
                            const QList<bc::Environment> &environments);
    // accountKey: the account whose call failed, when a call of one failed (empty otherwise).
    void errorOccurred(const QString &what, const bc::ApiError &error,
                       const QString &accountKey = {});
    // No keyring answers: tokens live in memory for this run only (see isKeychainAvailable).
    void keychainUnavailable(const bc::ApiError &error);

private:
    struct Entry
    {
        Account account;
        ApiClient *client = nullptr;
        UserInfo user;
        bool persistent = false;
    };
    ApiClient *makeClient(const Account &account, const QString &token);
    void open(const Entry &entry);

    AccountStore *m_store;
    TokenStore *m_tokens;
    QNetworkAccessManager *m_network;
    QList<QNetworkAccessManager *> m_readNetworks; // owned: more connections for the fleet board
    EnvironmentTreeModel *m_tree;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace bc::ui
