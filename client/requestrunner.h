#pragma once

#include "callstate.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace bc {

class AuthSession;

struct Request
{
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType; // of body
};

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url;
};

// Runs requests: adds the access token (only for the API host), re-exchanges once on a 401,
// follows redirects (dropping the token when they leave the API host), retries GETs on network
// errors, 429 and 5xx with capped exponential backoff and jitter; never repeats other verbs.
class RequestRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRunner)

public:
    static constexpr int MaxTries = 4;
    static constexpr int MaxRedirects = 5;
    // A buffered answer past this is cut off (Kind::TooLarge): the biggest real page is a few MiB,
    // and a broken proxy or hostile server must not fill the memory. Streams are not capped.
    static constexpr qint64 MaxReplyBytes = 32 * 1024 * 1024;

    RequestRunner(QNetworkAccessManager *network, AuthSession *auth, const QUrl &apiBase,
                  QObject *parent = nullptr);
    ~RequestRunner() override;

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);

    // QNetworkAccessManager opens at most this many HTTP/1.1 connections to one host (over
    // HTTP/2 all requests share one connection), and queues what is more.
    static constexpr int ConnectionsPerNetwork = 6;
    // More network managers for GETs (not owned; each has connections of its own): a GET goes
    // out through the one with the fewest GETs of this runner in flight, the main one first.
    // Actions always go through the main one.
    void setReadNetworks(const QList<QNetworkAccessManager *> &networks);
    // Connections this runner can have open to its API host at once.
    int connectionsPerHost() const;

    using Done = std::function<void(Result<Response>)>;
    // done gets a 2xx response or an error; nothing when the call state is no longer live.
    void send(const Request &request, const detail::CallStatePtr &state, Done done);
    // A GET whose 2xx body is handed over chunk by chunk as it arrives; not retried (the caller
    // reopens), except once after a 401. done's body is empty.
    void stream(const QUrl &url, const detail::CallStatePtr &state,
                std::function<void(const QByteArray &)> onData, Done done);

    struct Job;

private:
    void attempt(const std::shared_ptr<Job> &job);
    void issue(const std::shared_ptr<Job> &job, const QString &token);
    void onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply, const QString &token);
    void drainLater(const std::shared_ptr<Job> &job, QNetworkReply *reply, int attempt);
    bool retryLater(const std::shared_ptr<Job> &job, const ApiError &error, int retryAfter);
    std::chrono::milliseconds backoff(int tries) const;

    QNetworkAccessManager *readNetwork();

    QNetworkAccessManager *m_network;
    // GETs in flight per network, the main one first.
    struct Lane
    {
        QPointer<QNetworkAccessManager> network;
        int inFlight = 0;
    };
    QList<Lane> m_lanes;
    AuthSession *m_auth;
    QUrl m_apiBase;
    std::chrono::milliseconds m_timeout{30000};
    std::chrono::milliseconds m_firstDelay{500};
    std::chrono::milliseconds m_maxDelay{8000};
};

} // namespace bc
