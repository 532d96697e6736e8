#pragma once

#include "apimessage.h"

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

private:
    QByteArray sign(const QByteArray &data) const;

    Database &m_db;
    Store &m_store;
    int m_lifetime;
    QByteArray m_secret;
};

} // namespace bc::sandbox
