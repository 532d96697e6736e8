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

// Fetches ref/projects for every 50 grants at once (the chunks do not depend on each other: one
// round trip, not one per chunk), then calls back with the merged list in the grants' order.
struct RefProjectsWalk
{
    std::shared_ptr<detail::CallState> state;
    QList<AccessGrant> grants;
    Callback<QList<ProjectRef>> callback;
    QList<QHash<QString, ProjectRef>> chunks;
    QList<CallHandle> handles;
    qsizetype pending = 0;
    bool over = false;
};

void fail(const std::shared_ptr<RefProjectsWalk> &w, const ApiError &error)
{
    w->over = true;
    for (const CallHandle &handle : std::as_const(w->handles))
        handle.cancel();
    w->state->deliver(w->callback, Result<QList<ProjectRef>>(error));
}

void chunkDone(const std::shared_ptr<RefProjectsWalk> &w)
{
    if (--w->pending > 0)
        return;
    w->over = true;
    QList<ProjectRef> found;
    for (qsizetype i = 0; i < w->grants.size(); ++i) {
        const AccessGrant &grant = w->grants.at(i);
        const QHash<QString, ProjectRef> &byId = w->chunks.at(i / RefProjectsChunk);
        auto it = byId.constFind(grant.resourceId);
        if (it == byId.cend())
            continue;
        ProjectRef project = *it;
        project.permissions = grant.permissions;
        found.append(project);
    }
    w->state->deliver(w->callback, Result<QList<ProjectRef>>(found));
}

void walk(ApiClient *client, const std::shared_ptr<RefProjectsWalk> &w)
{
    const qsizetype count = (w->grants.size() + RefProjectsChunk - 1) / RefProjectsChunk;
    if (count == 0) {
        w->state->deliver(w->callback, Result<QList<ProjectRef>>(QList<ProjectRef>()));
        return;
    }
    w->chunks.resize(count);
    w->pending = count;
    for (qsizetype chunk = 0; chunk < count && !w->over; ++chunk) {
        QStringList ids;
        const qsizetype from = chunk * RefProjectsChunk;
        for (qsizetype i = from; i < std::min(from + RefProjectsChunk, w->grants.size()); ++i)
            ids << QString::fromLatin1(QUrl::toPercentEncoding(w->grants.at(i).resourceId));
        // A relative href: getRaw resolves it on the API base.
        const QString href = QLatin1String("/ref/projects?in=") + ids.join(u',');
        w->handles.append(
            client->getRaw(href, w->state->context(), [w, chunk](Result<QByteArray> body) {
                if (w->over)
                    return;
                if (!body.ok())
                    return fail(w, body.error());
                const Result<RefProjects> refs = decodeBody<RefProjects>(body.value());
                if (!refs.ok())
                    return fail(w, refs.error());
                w->chunks[chunk] = refs.value().byId;
                chunkDone(w);
            }));
    }
    const std::weak_ptr<RefProjectsWalk> weak = w;
    w->state->setAbort([weak] {
        if (const auto walking = weak.lock()) {
            walking->over = true;
            for (const CallHandle &handle : std::as_const(walking->handles))
                handle.cancel();
        }
    });
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
            auto w = std::make_shared<RefProjectsWalk>();
            w->state = state;
            w->grants = access.value().items;
            w->callback = callback;
            walk(self.data(), w);
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
