#include "sandboxapi.h"

#include "clock.h"
#include "database.h"
#include "faults.h"
#include "router.h"

namespace bc::sandbox {

namespace {
constexpr auto open = Router::Access::Public;
} // namespace

SandboxApi::SandboxApi(ApiContext context, Faults &faults)
    : m_ctx(context)
    , m_faults(faults)
{ }

void SandboxApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("__sandbox/health"), open,
               [](const ApiRequest &, const QStringList &) {
                   return ApiReply::json(QJsonObject{{QStringLiteral("ok"), true}});
               });
    router.add("GET", QStringLiteral("__sandbox/faults"), open,
               [this](const ApiRequest &, const QStringList &) {
                   return ApiReply::json(m_faults.rules());
               });
    router.add("POST", QStringLiteral("__sandbox/faults"), open,
               [this](const ApiRequest &r, const QStringList &) { return addFault(r); });
    router.add("DELETE", QStringLiteral("__sandbox/faults"), open,
               [this](const ApiRequest &, const QStringList &) {
                   m_faults.clear();
                   return ApiReply::json(QJsonArray{});
               });
    router.add("GET", QStringLiteral("__sandbox/requests"), open,
               [this](const ApiRequest &r, const QStringList &) { return requests(r); });
    router.add("DELETE", QStringLiteral("__sandbox/requests"), open,
               [this](const ApiRequest &, const QStringList &) {
                   m_faults.clearRequests();
                   return ApiReply::json(QJsonObject{{QStringLiteral("count"), 0}});
               });
    router.add("POST", QStringLiteral("__sandbox/tokens/revoke"), open,
               [this](const ApiRequest &r, const QStringList &) { return revoke(r); });
    router.add("GET", QStringLiteral("__sandbox/state/{}/{}"), open,
               [this](const ApiRequest &, const QStringList &p) { return state(p[0], p[1]); });
    for (const QByteArray &method : {QByteArray("PUT"), QByteArray("PATCH")}) {
        router.add(method, QStringLiteral("__sandbox/state/{}/{}"), open,
                   [this](const ApiRequest &r, const QStringList &p) {
                       return changeState(r, p[0], p[1]);
                   });
    }
}

ApiReply SandboxApi::addFault(const ApiRequest &request)
{
    ApiReply error;
    QString text = QString::fromUtf8(request.body).trimmed();
    if (text.startsWith(QLatin1Char('{'))) {
        const auto body = BodyReader::object(request, error);
        if (!body || !BodyReader::onlyFields(*body, {QStringLiteral("rule")}, error)
            || !BodyReader::fieldType(*body, QStringLiteral("rule"), QJsonValue::String, error)) {
            return error;
        }
        text = body->value(QStringLiteral("rule")).toString();
    }
    QString problem;
    const auto rule = FaultRule::parse(text, &problem);
    if (!rule) {
        return ApiReply::error(400, problem);
    }
    m_faults.add(*rule);
    return ApiReply::json(m_faults.rules());
}

ApiReply SandboxApi::requests(const ApiRequest &request)
{
    const QString glob = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QByteArray method
        = request.query.queryItemValue(QStringLiteral("method")).toUpper().toLatin1();
    return ApiReply::json(
        QJsonObject{{QStringLiteral("count"), m_faults.requestCount(glob, method)},
                    {QStringLiteral("requests"), m_faults.requests(glob, method)},
                    {QStringLiteral("bodies"), m_faults.bodies(glob, method)},
                    {QStringLiteral("peak_held"), m_faults.peakHeld()}});
}

ApiReply SandboxApi::revoke(const ApiRequest &request)
{
    ApiReply error;
    const auto body = BodyReader::object(request, error);
    if (!body || !BodyReader::onlyFields(*body, {QStringLiteral("api_token")}, error)
        || !BodyReader::fieldType(*body, QStringLiteral("api_token"), QJsonValue::String, error)) {
        return error;
    }
    Transaction transaction(m_ctx.db);
    if (!m_ctx.store.revokeToken(body->value(QStringLiteral("api_token")).toString())) {
        return ApiReply::error(404, QStringLiteral("No such API token"));
    }
    transaction.commit();
    return ApiReply::json(QJsonObject{{QStringLiteral("revoked"), true}});
}

ApiReply SandboxApi::state(const QString &projectId, const QString &envName)
{
    const auto env = m_ctx.store.environment(projectId, envName);
    if (!env) {
        return ApiReply::error(404, QStringLiteral("Environment not found: ") + envName);
    }
    return ApiReply::json(
        QJsonObject{{QStringLiteral("project"), projectId},
                    {QStringLiteral("environment"), envName},
                    {QStringLiteral("status"), env->value(QStringLiteral("status"))},
                    {QStringLiteral("site_held"), env->value(QStringLiteral("site_held")).toBool()},
                    {QStringLiteral("head_commit"), env->value(QStringLiteral("head_commit"))},
                    {QStringLiteral("values"), env->value(QStringLiteral("values"))}});
}

// PUT replaces the values, PATCH merges them; head_commit may be set too.
ApiReply SandboxApi::changeState(const ApiRequest &request, const QString &projectId,
                                 const QString &envName)
{
    ApiReply error;
    auto env = m_ctx.store.environment(projectId, envName);
    if (!env) {
        return ApiReply::error(404, QStringLiteral("Environment not found: ") + envName);
    }
    const auto body = BodyReader::object(request, error);
    if (!body
        || !BodyReader::onlyFields(*body, {QStringLiteral("values"), QStringLiteral("head_commit")},
                                   error)
        || !BodyReader::fieldType(*body, QStringLiteral("values"), QJsonValue::Object, error)
        || !BodyReader::fieldType(*body, QStringLiteral("head_commit"), QJsonValue::String,
                                  error)) {
        return error;
    }
    QJsonObject values
        = request.method == "PUT" ? QJsonObject{} : env->value(QStringLiteral("values")).toObject();
    const QJsonObject changes = body->value(QStringLiteral("values")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        values.insert(it.key(), it.value());
    }
    env->insert(QStringLiteral("values"), values);
    if (body->contains(QStringLiteral("head_commit"))) {
        env->insert(QStringLiteral("head_commit"), body->value(QStringLiteral("head_commit")));
    }
    env->insert(QStringLiteral("updated_at"), double(Clock::now()));
    Transaction transaction(m_ctx.db);
    m_ctx.store.putEnvironment(projectId, *env);
    transaction.commit();
    return state(projectId, envName);
}

} // namespace bc::sandbox
