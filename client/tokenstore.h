#pragma once

#include "result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

namespace bc {

// The API tokens, in the OS keychain through QtKeychain (service = BC_APP_ID, key = account id,
// no insecure fallback). Asynchronous. When no keyring answers (after a few retries, for a
// keyring that is still starting), calls report a Keychain error and the token is kept in memory
// for this run only: never on disk.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // Service name in the keychain; BC_APP_ID unless changed (tests).
    void setService(const QString &service);
    QString service() const { return m_service; }

    // Result: the token; Keychain error when none is stored or the keychain failed.
    void readToken(const QUuid &accountId, QObject *context, Callback<QString> callback);
    // Result Done: stored in the keychain. Keychain error: kept in memory for this run only.
    void writeToken(const QUuid &accountId, const QString &token, QObject *context,
                    Callback<Done> callback);
    void deleteToken(const QUuid &accountId, QObject *context, Callback<Done> callback);

    // True once a keyring failed to answer and tokens went to memory.
    bool isMemoryOnly() const { return m_memoryOnly; }

Q_SIGNALS:
    // No keyring answered: tokens are kept for this run only. Emitted once, before the failed
    // call's callback; error.message is the keyring's own words.
    void keychainUnavailable(const bc::ApiError &error);

private:
    enum class Op { Read, Write, Delete };
    void run(Op op, const QUuid &accountId, const QString &token, QObject *context,
             std::function<void(Result<QString>)> done, int attempt);

    void onFailure(Op op, const QUuid &accountId, const QString &token, int error,
                   const QString &errorString, const std::function<void(Result<QString>)> &done);

    QString m_service;
    QHash<QUuid, QString> m_memory; // only when the keychain is not available
    bool m_memoryOnly = false;
};

} // namespace bc
