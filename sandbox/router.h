#pragma once

#include "apimessage.h"

#include <QList>

#include <functional>

namespace bc::sandbox {

class Auth;

// Matches a request's path segments against patterns like "projects/{}/environments/{}" and
// calls the handler registered for its method: 404 for an unknown path, 405 (with Allow) for a
// known path and another method, 401 when an authenticated route gets no valid token.
class Router final
{
public:
    using Handler = std::function<ApiReply(const ApiRequest &, const QStringList &)>;
    enum class Access { Public, Authenticated };

    explicit Router(Auth &auth);
    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    ApiReply dispatch(ApiRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList pattern;
        Access access;
        Handler handler;
    };
    static bool matches(const QStringList &pattern, const QStringList &segments,
                        QStringList &params);

    Auth &m_auth;
    QList<Route> m_routes;
};

} // namespace bc::sandbox
