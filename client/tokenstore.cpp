#include "tokenstore.h"

#include "logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace bc {

namespace {

// A keyring that is still starting (login session, D-Bus activation) answers after a moment.
constexpr int MaxAttempts = 3;
constexpr int RetryDelayMs = 400;

bool isUnavailable(int error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
    , m_service(QStringLiteral(BC_APP_ID))
{ }

TokenStore::~TokenStore() = default;

void TokenStore::setService(const QString &service)
{
    m_service = service;
}

void TokenStore::readToken(const QUuid &accountId, QObject *context, Callback<QString> callback)
{
    QPointer<QObject> guard(context);
    run(
        Op::Read, accountId, {}, context,
        [guard, callback](Result<QString> result) {
            if (guard)
                callback(std::move(result));
        },
        1);
}

void TokenStore::writeToken(const QUuid &accountId, const QString &token, QObject *context,
                            Callback<Done> callback)
{
    QPointer<QObject> guard(context);
    run(
        Op::Write, accountId, token, context,
        [guard, callback](Result<QString> result) {
            if (guard)
                callback(result.ok() ? Result<Done>(Done{}) : Result<Done>(result.error()));
        },
        1);
}

void TokenStore::deleteToken(const QUuid &accountId, QObject *context, Callback<Done> callback)
{
    QPointer<QObject> guard(context);
    run(
        Op::Delete, accountId, {}, context,
        [guard, callback](Result<QString> result) {
            if (guard)
                callback(result.ok() ? Result<Done>(Done{}) : Result<Done>(result.error()));
        },
        1);
}

void TokenStore::run(Op op, const QUuid &accountId, const QString &token, QObject *context,
                     std::function<void(Result<QString>)> done, int attempt)
{
    const QString key = accountId.toString(QUuid::WithoutBraces);
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(token);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, op, accountId, token, context, done, attempt](QKeychain::Job *finished) {
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError) {
                    m_memory.remove(accountId);
                    const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                    done(read ? read->textData() : QString());
                    return;
                }
                if (isUnavailable(error) && attempt < MaxAttempts) {
                    QTimer::singleShot(RetryDelayMs * attempt, this, [=, this] {
                        run(op, accountId, token, context, done, attempt + 1);
                    });
                    return;
                }
                onFailure(op, accountId, token, error, finished->errorString(), done);
            });
    job->start();
}

void TokenStore::onFailure(Op op, const QUuid &accountId, const QString &token, int error,
                           const QString &errorString,
                           const std::function<void(Result<QString>)> &done)
{
    if (error == QKeychain::EntryNotFound) {
        // Not in the keychain; maybe kept in memory after an earlier failure.
        if (op == Op::Read && m_memory.contains(accountId))
            return done(m_memory.value(accountId));
        if (op == Op::Delete)
            return done(QString());
        return done(ApiError::make(ApiError::Kind::Keychain,
                                   tr("no API token is stored for this account")));
    }
    qCWarning(lcClient) << "keychain error" << error << errorString;
    const ApiError failure = ApiError::make(
        ApiError::Kind::Keychain,
        tr("%1. The API token is kept in memory for this session only.").arg(errorString));
    switch (op) {
    case Op::Read:
        if (m_memory.contains(accountId))
            return done(m_memory.value(accountId));
        break;
    case Op::Write:
        m_memory.insert(accountId, token);
        break;
    case Op::Delete:
        m_memory.remove(accountId);
        break;
    }
    if (!m_memoryOnly && isUnavailable(error)) {
        m_memoryOnly = true;
        Q_EMIT keychainUnavailable(ApiError::make(ApiError::Kind::Keychain, errorString));
    }
    done(failure);
}

} // namespace bc
