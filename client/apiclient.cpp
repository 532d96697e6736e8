#include "apiclient.h"

#include "activitypoller.h"
#include "authsession.h"
#include "callstate.h"
#include "decode.h"
#include "hrefs.h"
#include "logging.h"
#include "requestrunner.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QtConcurrent>

namespace bc {

namespace {

// Bodies above this are decoded on a worker thread so the caller's thread stays responsive.
constexpr qsizetype OffThreadDecodeBytes = 256 * 1024;

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type.endsWith("+json");
}

// '+' must be escaped in a query value (servers read a bare '+' as a space).
QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ApiClient::ApiClient(const Account &account, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_network(network)
    , m_auth(new AuthSession(network, account.authUrl, this))
    , m_runner(new RequestRunner(network, m_auth, account.apiUrl, this))
{
    connect(m_auth, &AuthSession::authenticationFailed, this, &ApiClient::authenticationFailed);
    connect(m_auth, &AuthSession::authenticated, this, &ApiClient::authenticated);
}

ApiClient::~ApiClient() = default;

void ApiClient::setApiToken(const QString &apiToken)
{
    m_auth->setApiToken(apiToken);
}

bool ApiClient::hasApiToken() const
{
    return m_auth->hasApiToken();
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_runner->setTransferTimeout(timeout);
    m_auth->setTransferTimeout(static_cast<int>(timeout.count()));
}

std::chrono::milliseconds ApiClient::transferTimeout() const
{
    return m_runner->transferTimeout();
}

void ApiClient::setReadNetworks(const QList<QNetworkAccessManager *> &networks)
{
    m_runner->setReadNetworks(networks);
}

int ApiClient::connectionsPerHost() const
{
    return m_runner->connectionsPerHost();
}

QList<QNetworkAccessManager *> ApiClient::makeReadNetworks(QObject *owner, int count)
{
    QList<QNetworkAccessManager *> networks;
    for (int i = 0; i < count; ++i)
        networks.append(new QNetworkAccessManager(owner));
    return networks;
}

void ApiClient::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_runner->setRetryDelays(first, cap);
}

QUrl ApiClient::resolveHref(const QString &href) const
{
    return hrefs::rebase(href, m_account.apiUrl);
}

QUrl ApiClient::apiUrl(const QString &path) const
{
    return hrefs::join(m_account.apiUrl, path);
}

ActivityPoller *ApiClient::poller()
{
    if (!m_poller)
        m_poller = new ActivityPoller(this, this);
    return m_poller;
}

template<typename T>
CallHandle ApiClient::getDecoded(const QUrl &url, QObject *context, Callback<T> callback)
{
    auto state = std::make_shared<detail::CallState>(context);
    QObject *receiver = context ? context : this;
    m_runner->send(
        {QByteArrayLiteral("GET"), url, {}, {}}, state,
        [state, callback, receiver](Result<Response> response) mutable {
            if (!response.ok()) {
                state->deliver(callback, Result<T>(response.error()));
                return;
            }
            const Response &r = response.value();
            if (!isJsonType(r.contentType)) {
                state->deliver(
                    callback,
                    Result<T>(ApiError::decode(
                        {},
                        tr("unexpected content type %1").arg(QString::fromLatin1(r.contentType)),
                        r.url)));
                return;
            }
            if (r.body.size() <= OffThreadDecodeBytes) {
                state->deliver(callback, decodeBody<T>(r.body, r.url));
                return;
            }
            // QFuture needs a default-constructible value; Result has none, so it travels boxed.
            QtConcurrent::run([body = r.body, url = r.url] {
                return std::make_shared<Result<T>>(decodeBody<T>(body, url));
            }).then(receiver, [state, callback](const std::shared_ptr<Result<T>> &decoded) mutable {
                state->deliver(callback, std::move(*decoded));
            });
        });
    return CallHandle(state);
}

CallHandle ApiClient::getRaw(const QString &href, QObject *context, Callback<QByteArray> callback)
{
    auto state = std::make_shared<detail::CallState>(context);
    m_runner->send({QByteArrayLiteral("GET"), resolveHref(href), {}, {}}, state,
                   [state, callback](Result<Response> response) mutable {
                       state->deliver(callback,
                                      response.ok() ? Result<QByteArray>(response.value().body)
                                                    : Result<QByteArray>(response.error()));
                   });
    return CallHandle(state);
}

CallHandle ApiClient::me(QObject *context, Callback<UserInfo> callback)
{
    return getDecoded<UserInfo>(apiUrl(QStringLiteral("/users/me")), context, std::move(callback));
}

CallHandle ApiClient::userId(QObject *context, Callback<QString> callback)
{
    auto state = std::make_shared<detail::CallState>(context);
    if (!m_auth->subject().isEmpty()) {
        deliverLater(state, std::move(callback), Result<QString>(m_auth->subject()));
        return CallHandle(state);
    }
    QPointer<ApiClient> self(this);
    m_auth->withToken([self, state, callback](const Result<QString> &token) mutable {
        if (!self || !state->isLive())
            return;
        if (!token.ok())
            return state->deliver(callback, Result<QString>(token.error()));
        if (!self->m_auth->subject().isEmpty())
            return state->deliver(callback, Result<QString>(self->m_auth->subject()));
        // No `sub` in the token: ask the API.
        const CallHandle inner = self->me(state->context(), [state, callback](Result<UserInfo> me) {
            state->deliver(callback,
                           me.ok() ? Result<QString>(me.value().id) : Result<QString>(me.error()));
        });
        state->setAbort([inner] { inner.cancel(); });
    });
    return CallHandle(state);
}

CallHandle ApiClient::project(const QString &projectId, QObject *context,
                              Callback<Project> callback)
{
    return getDecoded<Project>(apiUrl(QLatin1String("/projects/") + segment(projectId)), context,
                               std::move(callback));
}

CallHandle ApiClient::userAccess(const QString &projectId, QObject *context,
                                 Callback<UserAccess> callback)
{
    auto state = std::make_shared<detail::CallState>(context);
    const QUrl url
        = apiUrl(QLatin1String("/projects/") + segment(projectId) + QLatin1String("/user-access"));
    QPointer<ApiClient> self(this);
    const CallHandle first
        = userId(context, [self, state, callback, url](Result<QString> user) mutable {
              if (!self)
                  return;
              if (!user.ok())
                  return state->deliver(callback, Result<UserAccess>(user.error()));
              const CallHandle inner = self->getDecoded<QList<UserAccess>>(
                  url, state->context(),
                  [state, callback, id = user.value()](Result<QList<UserAccess>> all) mutable {
                      if (!all.ok())
                          return state->deliver(callback, Result<UserAccess>(all.error()));
                      UserAccess mine{id, {}};
                      for (const UserAccess &entry : all.value()) {
                          if (entry.userId == id)
                              mine = entry;
                      }
                      state->deliver(callback, Result<UserAccess>(mine));
                  });
              state->setAbort([inner] { inner.cancel(); });
          });
    if (first.isActive())
        state->setAbort([first] { first.cancel(); });
    return CallHandle(state);
}

CallHandle ApiClient::environments(const QString &projectId, QObject *context,
                                   Callback<QList<Environment>> callback)
{
    return getDecoded<QList<Environment>>(
        apiUrl(QLatin1String("/projects/") + segment(projectId) + QLatin1String("/environments")),
        context, std::move(callback));
}

CallHandle ApiClient::environment(const QString &projectId, const QString &environmentId,
                                  QObject *context, Callback<Environment> callback)
{
    return getDecoded<Environment>(apiUrl(QLatin1String("/projects/") + segment(projectId)
                                          + QLatin1String("/environments/")
                                          + segment(environmentId)),
                                   context, std::move(callback));
}

CallHandle ApiClient::backups(const QString &projectId, const QString &environmentId,
                              QObject *context, Callback<QList<Backup>> callback)
{
    return getDecoded<QList<Backup>>(apiUrl(QLatin1String("/projects/") + segment(projectId)
                                            + QLatin1String("/environments/")
                                            + segment(environmentId) + QLatin1String("/backups")),
                                     context, std::move(callback));
}

CallHandle ApiClient::backup(const QString &projectId, const QString &environmentId,
                             const QString &backupId, QObject *context, Callback<Backup> callback)
{
    return getDecoded<Backup>(apiUrl(QLatin1String("/projects/") + segment(projectId)
                                     + QLatin1String("/environments/") + segment(environmentId)
                                     + QLatin1String("/backups/") + segment(backupId)),
                              context, std::move(callback));
}

CallHandle ApiClient::activities(const QString &projectId, const ActivityQuery &query,
                                 QObject *context, Callback<QList<Activity>> callback)
{
    QString path = QLatin1String("/projects/") + segment(projectId);
    if (!query.environment.isEmpty())
        path += QLatin1String("/environments/") + segment(query.environment);
    path += QLatin1String("/activities");
    QStringList items;
    for (const QString &type : query.types)
        items << QLatin1String("type=") + queryValue(type);
    for (const QString &state : query.states)
        items << QLatin1String("state=") + queryValue(state);
    for (const QString &result : query.results)
        items << QLatin1String("result=") + queryValue(result);
    // QDateTime keeps milliseconds; the server's microseconds must survive for exact paging.
    if (!query.startsAtText.isEmpty())
        items << QLatin1String("starts_at=") + queryValue(query.startsAtText);
    else if (query.startsAt.isValid())
        items << QLatin1String("starts_at=")
                + queryValue(query.startsAt.toUTC().toString(
                    QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00")));
    if (query.count > 0)
        items << QLatin1String("count=") + QString::number(std::min(query.count, 100));
    return getDecoded<QList<Activity>>(hrefs::join(m_account.apiUrl, path, items.join(u'&')),
                                       context, std::move(callback));
}

CallHandle ApiClient::activity(const QString &projectId, const QString &activityId,
                               QObject *context, Callback<Activity> callback)
{
    return getDecoded<Activity>(apiUrl(QLatin1String("/projects/") + segment(projectId)
                                       + QLatin1String("/activities/") + segment(activityId)),
                                context, std::move(callback));
}

CallHandle ApiClient::refreshActivity(const Activity &activity, QObject *context,
                                      Callback<Activity> callback)
{
    const QString self = activity.links.href(QLatin1String(Rel::Self));
    if (self.isEmpty())
        return this->activity(activity.project, activity.id, context, std::move(callback));
    return getDecoded<Activity>(resolveHref(self), context, std::move(callback));
}

CallHandle ApiClient::retention(const QString &projectId, QObject *context,
                                Callback<DataRetention> callback)
{
    return getDecoded<ProjectSettings>(
        apiUrl(QLatin1String("/projects/") + segment(projectId) + QLatin1String("/settings")),
        context, [callback](Result<ProjectSettings> settings) {
            callback(settings.ok() ? Result<DataRetention>(settings.value().retention)
                                   : Result<DataRetention>(settings.error()));
        });
}

CallHandle ApiClient::capabilities(const QString &projectId, QObject *context,
                                   Callback<ProjectCapabilities> callback)
{
    return getDecoded<ProjectCapabilities>(
        apiUrl(QLatin1String("/projects/") + segment(projectId) + QLatin1String("/capabilities")),
        context, std::move(callback));
}

// Used by apiclient_projects.cpp.
template CallHandle ApiClient::getDecoded(const QUrl &, QObject *, Callback<ExtendedAccess>);
template CallHandle ApiClient::getDecoded(const QUrl &, QObject *, Callback<MeProjects>);

} // namespace bc
