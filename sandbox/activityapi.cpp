#include "activityapi.h"

#include "clock.h"
#include "renderer.h"
#include "router.h"
#include "scheduler.h"

#include <QJsonDocument>

namespace bc::sandbox {

namespace {
constexpr auto authed = Router::Access::Authenticated;
constexpr int maxCount = 100;

QStringList repeated(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    for (const QString &name : {key, QString(key + QStringLiteral("[]"))}) {
        for (const QString &value : query.allQueryItemValues(name, QUrl::FullyDecoded)) {
            values += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
    return values;
}
} // namespace

ActivityApi::ActivityApi(ApiContext context)
    : m_ctx(context)
{ }

void ActivityApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("projects/{}/activities"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return list(r, p[0], {}); });
    router.add("GET", QStringLiteral("projects/{}/environments/{}/activities"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return list(r, p[0], p[1]); });
    for (const QString &base : {QStringLiteral("projects/{}/activities/{}"),
                                QStringLiteral("projects/{}/environments/{}/activities/{}")}) {
        const bool envLevel = base.contains(QLatin1String("environments"));
        const int idIndex = envLevel ? 2 : 1;
        router.add("GET", base, authed, [this, idIndex](const ApiRequest &r, const QStringList &p) {
            return get(r, p[0], p[idIndex]);
        });
        router.add("POST", base + QStringLiteral("/cancel"), authed,
                   [this, idIndex](const ApiRequest &r, const QStringList &p) {
                       return cancel(r, p[0], p[idIndex]);
                   });
        router.add("GET", base + QStringLiteral("/log"), authed,
                   [this, idIndex](const ApiRequest &r, const QStringList &p) {
                       return log(r, p[0], p[idIndex]);
                   });
    }
}

ApiReply ActivityApi::list(const ApiRequest &request, const QString &projectId, const QString &env)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    if (!env.isEmpty() && !m_ctx.store.environment(projectId, env)) {
        return ApiReply::error(404, QStringLiteral("Environment not found: ") + env);
    }
    ActivityFilter filter;
    filter.environment = env;
    filter.types = repeated(request.query, QStringLiteral("type"));
    filter.states = repeated(request.query, QStringLiteral("state"));
    filter.results = repeated(request.query, QStringLiteral("result"));
    if (request.query.hasQueryItem(QStringLiteral("starts_at"))) {
        const QString text
            = request.query.queryItemValue(QStringLiteral("starts_at"), QUrl::FullyDecoded);
        filter.before = Clock::parse(text);
        if (!filter.before) {
            return ApiReply::error(400,
                                   QStringLiteral("starts_at is not an RFC 3339 time: ") + text);
        }
    }
    if (request.query.hasQueryItem(QStringLiteral("count"))) {
        bool ok = false;
        filter.count = request.query.queryItemValue(QStringLiteral("count")).toInt(&ok);
        if (!ok || filter.count < 1) {
            return ApiReply::error(400, QStringLiteral("count must be a positive integer"));
        }
        filter.count = qMin(filter.count, maxCount);
    }
    QJsonArray result;
    for (const QJsonObject &activity : m_ctx.store.activities(projectId, filter)) {
        result.append(Renderer::activity(
            *scope, activity,
            m_ctx.store.logText(activity.value(QStringLiteral("id")).toString())));
    }
    return ApiReply::json(result);
}

ApiReply ActivityApi::get(const ApiRequest &request, const QString &projectId, const QString &id)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    const auto activity = m_ctx.store.activity(projectId, id);
    if (!activity) {
        return ApiReply::error(404, QStringLiteral("Activity not found: ") + id);
    }
    return ApiReply::json(Renderer::activity(*scope, *activity, m_ctx.store.logText(id)));
}

ApiReply ActivityApi::cancel(const ApiRequest &request, const QString &projectId, const QString &id)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    const auto activity = m_ctx.store.activity(projectId, id);
    if (!activity) {
        return ApiReply::error(404, QStringLiteral("Activity not found: ") + id);
    }
    if (!scope->access.isAdminFor(activity->value(QStringLiteral("environment_type")).toString())) {
        return ApiReply::error(403, QStringLiteral("You may not cancel this activity"));
    }
    if (!m_ctx.scheduler.cancel(projectId, id)) {
        return ApiReply::error(
            400,
            QStringLiteral("The activity %1 cannot be cancelled in its current state").arg(id));
    }
    const auto cancelled = m_ctx.store.activity(projectId, id);
    return ApiReply::accepted(
        QJsonArray{Renderer::activity(*scope, *cancelled, m_ctx.store.logText(id))});
}

ApiReply ActivityApi::log(const ApiRequest &request, const QString &projectId, const QString &id)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    const auto activity = m_ctx.store.activity(projectId, id);
    if (!activity) {
        return ApiReply::error(404, QStringLiteral("Activity not found: ") + id);
    }
    bool ok = true;
    const QString startText = request.query.queryItemValue(QStringLiteral("start_at"));
    const int startAt = startText.isEmpty() ? 0 : startText.toInt(&ok);
    if (!ok || startAt < 0) {
        return ApiReply::error(400, QStringLiteral("start_at must be a non-negative integer"));
    }
    ApiReply reply;
    reply.contentType = "application/x-ndjson";
    for (const LogLine &line : m_ctx.store.log(id, startAt)) {
        const QJsonObject entry{
            {QStringLiteral("_id"), QString(id + QLatin1Char('-') + QString::number(line.n))},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("timestamp"), Clock::format(line.timestamp)},
                         {QStringLiteral("message"), line.message}}}};
        reply.body += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    }
    if (!Renderer::isCancellable(*activity)) {
        const QJsonObject seal{{QStringLiteral("_id"), QString(id + QStringLiteral("-seal"))},
                               {QStringLiteral("seal"), true}};
        reply.body += QJsonDocument(seal).toJson(QJsonDocument::Compact) + '\n';
    }
    return reply;
}

} // namespace bc::sandbox
