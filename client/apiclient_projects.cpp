#include "apiclient.h"
#include "decode.h"
#include "hrefs.h"
#include "logging.h"

namespace bc {

namespace {

constexpr int RefProjectsChunk = 50;

// extended-access failing with one of these means "not offered here": fall back to /me.
bool offersFallback(const ApiError &error)
{
    return (error.kind == ApiError::Kind::Api || error.kind == ApiError::Kind::Http)
        && (error.httpStatus == 403 || error.httpStatus == 404 || error.httpStatus == 405
            || error.httpStatus == 501);
}

// Fetches ref/projects for grants[from, from+50) and onward, then calls done with the merged list.
struct RefProjectsWalk
{
    ApiClient *client;
    std::shared_ptr<detail::CallState> state;
    QList<AccessGrant> grants;
    QList<ProjectRef> found;
    Callback<QList<ProjectRef>> callback;
};

void walk(const std::shared_ptr<RefProjectsWalk> &w, qsizetype from)
{
    if (from >= w->grants.size()) {
        w->state->deliver(w->callback, Result<QList<ProjectRef>>(w->found));
        return;
    }
    QStringList ids;
    for (qsizetype i = from; i < std::min(from + RefProjectsChunk, w->grants.size()); ++i)
        ids << QString::fromLatin1(QUrl::toPercentEncoding(w->grants.at(i).resourceId));
    // A relative href: getRaw resolves it on the API base.
    const QString href = QLatin1String("/ref/projects?in=") + ids.join(u',');
    const CallHandle handle
        = w->client->getRaw(href, w->state->context(), [w, from](Result<QByteArray> body) {
              if (!body.ok())
                  return w->state->deliver(w->callback, Result<QList<ProjectRef>>(body.error()));
              const Result<RefProjects> refs = decodeBody<RefProjects>(body.value());
              if (!refs.ok())
                  return w->state->deliver(w->callback, Result<QList<ProjectRef>>(refs.error()));
              const qsizetype end = std::min(from + RefProjectsChunk, w->grants.size());
              for (qsizetype i = from; i < end; ++i) {
                  const AccessGrant &grant = w->grants.at(i);
                  auto it = refs.value().byId.constFind(grant.resourceId);
                  if (it == refs.value().byId.cend())
                      continue;
                  ProjectRef project = *it;
                  project.permissions = grant.permissions;
                  w->found.append(project);
              }
              walk(w, end);
          });
    w->state->setAbort([handle] { handle.cancel(); });
}

} // namespace

CallHandle ApiClient::projects(QObject *context, Callback<QList<ProjectRef>> callback)
{
    auto state = std::make_shared<detail::CallState>(context);
    QPointer<ApiClient> self(this);
    const CallHandle first = userId(context, [self, state, callback](Result<QString> user) {
        if (!self)
            return;
        if (!user.ok())
            return state->deliver(callback, Result<QList<ProjectRef>>(user.error()));
        self->projectsFromAccess(state, callback, user.value());
    });
    if (first.isActive())
        state->setAbort([first] { first.cancel(); });
    return CallHandle(state);
}

void ApiClient::projectsFromAccess(const std::shared_ptr<detail::CallState> &state,
                                   Callback<QList<ProjectRef>> callback, const QString &userId)
{
    const QUrl url = hrefs::join(m_account.apiUrl,
                                 QLatin1String("/users/")
                                     + QString::fromLatin1(QUrl::toPercentEncoding(userId))
                                     + QLatin1String("/extended-access"),
                                 QStringLiteral("filter%5Bresource_type%5D=project"));
    QPointer<ApiClient> self(this);
    const CallHandle handle = getDecoded<ExtendedAccess>(
        url, state->context(), [self, state, callback](Result<ExtendedAccess> access) {
            if (!self)
                return;
            if (!access.ok()) {
                if (!offersFallback(access.error()))
                    return state->deliver(callback, Result<QList<ProjectRef>>(access.error()));
                qCInfo(lcClient) << "extended-access not offered; listing projects from /me";
                return self->projectsFromMe(state, callback);
            }
            auto w = std::make_shared<RefProjectsWalk>(
                RefProjectsWalk{self.data(), state, access.value().items, {}, callback});
            walk(w, 0);
        });
    state->setAbort([handle] { handle.cancel(); });
}

void ApiClient::projectsFromMe(const std::shared_ptr<detail::CallState> &state,
                               Callback<QList<ProjectRef>> callback)
{
    const CallHandle handle = getDecoded<MeProjects>(
        apiUrl(QStringLiteral("/me")), state->context(), [state, callback](Result<MeProjects> me) {
            state->deliver(callback,
                           me.ok() ? Result<QList<ProjectRef>>(me.value().projects)
                                   : Result<QList<ProjectRef>>(me.error()));
        });
    state->setAbort([handle] { handle.cancel(); });
}

} // namespace bc
