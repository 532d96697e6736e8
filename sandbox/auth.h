#pragma once

#include "apimessage.h"

#include <QStringList>

#include <optional>

namespace bc::sandbox {

class Database;
class Store;

// Token exchange (contract section 2) and verification of the bearer tokens it issues: HS256
// JWTs signed with a secret kept in the database, so tokens survive a restart.
class Auth final
{
public:
    Auth(Database &db, Store &store, int tokenLifetimeSeconds);

    ApiReply exchange(const ApiRequest &request);
    // nullopt and an error reply (401 with WWW-Authenticate) when the token is not acceptable.
    std::optional<Caller> verify(const ApiRequest &request, ApiReply &error);
    // For GET /__sandbox/tokens: the access tokens this process issued and the API tokens it
    // exchanged (the newest MaxRemembered of each), so a test can look for the very tokens a
    // console used in what the console left behind.
    QJsonObject issued() const;

private:
    static constexpr qsizetype MaxRemembered = 1000;
    static void remember(QStringList &tokens, const QString &token);
    QByteArray sign(const QByteArray &data) const;

    Database &m_db;
    Store &m_store;
    int m_lifetime;
    QByteArray m_secret;
    QStringList m_accessTokens;
    QStringList m_apiTokens;
};

} // namespace bc::sandbox
