#include "router.h"

#include "auth.h"

namespace bc::sandbox {

Router::Router(Auth &auth)
    : m_auth(auth)
{ }

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/')), access, std::move(handler)});
}

bool Router::matches(const QStringList &pattern, const QStringList &segments, QStringList &params)
{
    if (pattern.size() != segments.size()) {
        return false;
    }
    params.clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1String("{}")) {
            if (segments[i].isEmpty()) {
                return false;
            }
            params.append(segments[i]);
        } else if (pattern[i] != segments[i]) {
            return false;
        }
    }
    return true;
}

ApiReply Router::dispatch(ApiRequest &request) const
{
    QStringList params;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (!matches(route.pattern, request.segments, params)) {
            continue;
        }
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        if (route.access == Access::Authenticated) {
            ApiReply error;
            request.caller = m_auth.verify(request, error);
            if (!request.caller) {
                return error;
            }
        }
        return route.handler(request, params);
    }
    if (!allowed.isEmpty()) {
        ApiReply reply = ApiReply::error(405,
                                         QStringLiteral("Method %1 is not allowed on this path")
                                             .arg(QString::fromLatin1(request.method)));
        reply.headers.append({"Allow", allowed.join(", ")});
        return reply;
    }
    return ApiReply::error(404, QStringLiteral("Not found: ") + request.path);
}

} // namespace bc::sandbox
