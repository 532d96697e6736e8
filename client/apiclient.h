#pragma once

#include "account.h"
#include "callhandle.h"
#include "callstate.h"
#include "result.h"
#include "types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace bc {

class AuthSession;
class ActivityPoller;
class RequestRunner;
struct Request;
struct Response;

// The Platform API for one account. Every call takes a context object and a callback that
// receives a Result<T> on the context's thread; the callback is dropped when the context dies or
// the returned handle is cancelled. No call blocks; no exception leaves a call.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // The network manager is not owned and must outlive the client.
    ApiClient(const Account &account, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    const Account &account() const { return m_account; }
    QNetworkAccessManager *network() const { return m_network; }
    // More network managers for reads, not owned (see RequestRunner::setReadNetworks): a fan-out
    // such as the fleet board gets more than the 6 connections to one host of one manager.
    void setReadNetworks(const QList<QNetworkAccessManager *> &networks);
    // The connections this client can have open to its API host at once.
    int connectionsPerHost() const;
    // `count` network managers owned by `owner`, for setReadNetworks of the clients it makes.
    static QList<QNetworkAccessManager *> makeReadNetworks(QObject *owner, int count = 2);

    // The API token (from TokenStore). Setting it drops the current access token.
    void setApiToken(const QString &apiToken);
    bool hasApiToken() const;

    // Per-request transfer timeout; default 30 s.
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const;
    // Backoff of GET retries: first delay and cap (jitter is added). Default 500 ms, 8 s.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);

    // An href (absolute on any host, or relative) as a URL on the configured API base.
    QUrl resolveHref(const QString &href) const;
    // A path under the API base, e.g. "/projects/abc".
    QUrl apiUrl(const QString &path) const;

    // Who am I.
    CallHandle userId(QObject *context, Callback<QString> callback);
    CallHandle me(QObject *context, Callback<UserInfo> callback);

    // Projects the user can see (extended-access + ref/projects, falling back to /me).
    CallHandle projects(QObject *context, Callback<QList<ProjectRef>> callback);
    CallHandle project(const QString &projectId, QObject *context, Callback<Project> callback);
    // The current user's roles per environment type in a project.
    CallHandle userAccess(const QString &projectId, QObject *context,
                          Callback<UserAccess> callback);

    CallHandle environments(const QString &projectId, QObject *context,
                            Callback<QList<Environment>> callback);
    CallHandle environment(const QString &projectId, const QString &environmentId, QObject *context,
                           Callback<Environment> callback);

    // Newest first.
    CallHandle backups(const QString &projectId, const QString &environmentId, QObject *context,
                       Callback<QList<Backup>> callback);
    CallHandle backup(const QString &projectId, const QString &environmentId,
                      const QString &backupId, QObject *context, Callback<Backup> callback);

    // Actions: sent once, never repeated automatically. They follow the object's action link and
    // answer NotAllowed, without a request, when the link is absent. Result: the main activity.
    CallHandle createBackup(const Environment &environment, bool safe, QObject *context,
                            Callback<Activity> callback);
    CallHandle restoreBackup(const Backup &backup, const RestoreRequest &request, QObject *context,
                             Callback<Activity> callback);
    CallHandle deleteBackup(const Backup &backup, QObject *context, Callback<Activity> callback);
    // An environment's end of life (restore drills clean up with these): deactivate, then
    // delete once inactive. Production is never deactivated or deleted.
    CallHandle deactivateEnvironment(const Environment &environment, QObject *context,
                                     Callback<Activity> callback);
    CallHandle deleteEnvironment(const Environment &environment, QObject *context,
                                 Callback<Activity> callback);
    CallHandle cancelActivity(const Activity &activity, QObject *context,
                              Callback<Activity> callback);

    // Newest first; page with query.startsAt = createdAt of the last item until empty.
    CallHandle activities(const QString &projectId, const ActivityQuery &query, QObject *context,
                          Callback<QList<Activity>> callback);
    CallHandle activity(const QString &projectId, const QString &activityId, QObject *context,
                        Callback<Activity> callback);
    // The activity again, through its self link.
    CallHandle refreshActivity(const Activity &activity, QObject *context,
                               Callback<Activity> callback);

    CallHandle retention(const QString &projectId, QObject *context,
                         Callback<DataRetention> callback);
    // data_retention.enabled of GET /projects/{id}/capabilities.
    CallHandle capabilities(const QString &projectId, QObject *context,
                            Callback<ProjectCapabilities> callback);
    // PATCHes data_retention with exactly the types given (RetentionRules::changes).
    CallHandle setRetention(const QString &projectId, const DataRetention &retention,
                            QObject *context, Callback<Accepted> callback);

    // Low level, for LogStream and tests: a GET of an href, raw body on success.
    CallHandle getRaw(const QString &href, QObject *context, Callback<QByteArray> callback);

    // The poller shared by every ActivityTracker of this client.
    ActivityPoller *poller();
    // An authenticated, not retried, streaming GET (NDJSON log). Internal to LogStream.
    RequestRunner *runner() const { return m_runner; }

Q_SIGNALS:
    // The API token was refused (or is missing): the user must enter a new one.
    void authenticationFailed(const bc::ApiError &error);
    // A new access token was obtained.
    void authenticated();

private:
    // Calls back on the next event loop turn, never inside the call that returned the handle.
    template<typename T>
    void deliverLater(const std::shared_ptr<detail::CallState> &state, Callback<T> callback,
                      Result<T> result)
    {
        QMetaObject::invokeMethod(
            this,
            [state, callback = std::move(callback), result = std::move(result)]() mutable {
                state->deliver(callback, std::move(result));
            },
            Qt::QueuedConnection);
    }
    template<typename T>
    CallHandle getDecoded(const QUrl &url, QObject *context, Callback<T> callback);
    CallHandle sendAction(const Request &request, QObject *context, Callback<Accepted> callback);
    CallHandle postAction(const Links &links, const char *rel, const QString &whyMissing,
                          const QByteArray &verb, const QByteArray &body, QObject *context,
                          Callback<Activity> callback);
    void projectsFromAccess(const std::shared_ptr<detail::CallState> &state,
                            Callback<QList<ProjectRef>> callback, const QString &userId);
    void projectsFromMe(const std::shared_ptr<detail::CallState> &state,
                        Callback<QList<ProjectRef>> callback);

    Account m_account;
    QNetworkAccessManager *m_network;
    AuthSession *m_auth;
    RequestRunner *m_runner;
    ActivityPoller *m_poller = nullptr;
};

} // namespace bc
