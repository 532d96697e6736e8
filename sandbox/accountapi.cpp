#include "accountapi.h"

#include "clock.h"
#include "database.h"
#include "renderer.h"
#include "retention.h"
#include "router.h"
#include "specfields.h"

namespace bc::sandbox {

namespace {
constexpr auto authed = Router::Access::Authenticated;
constexpr int refBatch = 50;
} // namespace

AccountApi::AccountApi(ApiContext context)
    : m_ctx(context)
{ }

void AccountApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("users/me"), authed,
               [this](const ApiRequest &r, const QStringList &) { return usersMe(r); });
    router.add(
        "GET", QStringLiteral("users/{}/extended-access"), authed,
        [this](const ApiRequest &r, const QStringList &p) { return extendedAccess(r, p[0]); });
    router.add("GET", QStringLiteral("ref/projects"), authed,
               [this](const ApiRequest &r, const QStringList &) { return refProjects(r); });
    // /me is the deprecated API twin; platform/me is the accounts API's (older official clients).
    for (const QString &path : {QStringLiteral("me"), QStringLiteral("platform/me")}) {
        router.add("GET", path, authed,
                   [this](const ApiRequest &r, const QStringList &) { return me(r); });
    }
    router.add("GET", QStringLiteral("projects/{}/capabilities"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return capabilities(r, p[0]); });
    router.add("GET", QStringLiteral("projects/{}"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return project(r, p[0]); });
    router.add("GET", QStringLiteral("projects/{}/user-access"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return userAccess(r, p[0]); });
    router.add("GET", QStringLiteral("projects/{}/settings"), authed,
               [this](const ApiRequest &r, const QStringList &p) { return settings(r, p[0]); });
    router.add(
        "PATCH", QStringLiteral("projects/{}/settings"), authed,
        [this](const ApiRequest &r, const QStringList &p) { return patchSettings(r, p[0]); });
}

ApiReply AccountApi::usersMe(const ApiRequest &request)
{
    const auto user = m_ctx.store.user(request.caller->userId);
    if (!user) {
        return ApiReply::error(404, QStringLiteral("User not found"));
    }
    return ApiReply::json(Renderer::user(*user, request.caller->support));
}

ApiReply AccountApi::extendedAccess(const ApiRequest &request, const QString &userId)
{
    const QString me = request.caller->userId;
    if (userId != me && userId != QLatin1String("me")) {
        return ApiReply::error(403, QStringLiteral("You may only list your own access"));
    }
    const QString resourceType
        = request.query.queryItemValue(QStringLiteral("filter[resource_type]"));
    QJsonArray items;
    QStringList ids;
    for (const auto &[projectId, access] : m_ctx.store.accessOfUser(me)) {
        if (!resourceType.isEmpty() && resourceType != QLatin1String("project")) {
            break;
        }
        const auto project = m_ctx.store.project(projectId);
        items.append(
            QJsonObject{{QStringLiteral("user_id"), me},
                        {QStringLiteral("organization_id"),
                         project ? project->value(QStringLiteral("organization")) : QJsonValue()},
                        {QStringLiteral("resource_id"), projectId},
                        {QStringLiteral("resource_type"), QStringLiteral("project")},
                        {QStringLiteral("permissions"), QJsonArray{access.role}},
                        {QStringLiteral("granted_at"), Clock::format(access.grantedAt)},
                        {QStringLiteral("updated_at"), Clock::format(access.grantedAt)}});
        ids.append(projectId);
    }
    QJsonObject links;
    for (qsizetype i = 0; i < ids.size(); i += refBatch) {
        links.insert(QStringLiteral("ref:projects:%1").arg(i / refBatch),
                     QJsonObject{{QStringLiteral("href"),
                                  QString(QStringLiteral("/ref/projects?in=")
                                          + ids.mid(i, refBatch).join(QLatin1Char(',')))}});
    }
    return ApiReply::json(
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("_links"), links}});
}

ApiReply AccountApi::refProjects(const ApiRequest &request)
{
    QJsonObject result;
    const QStringList ids = request.query.queryItemValue(QStringLiteral("in"), QUrl::FullyDecoded)
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        const auto project = m_ctx.store.project(id);
        const auto access = m_ctx.store.access(id, request.caller->userId);
        result.insert(
            id, project && access ? QJsonValue(Renderer::projectRef(*project)) : QJsonValue::Null);
    }
    return ApiReply::json(result);
}

ApiReply AccountApi::me(const ApiRequest &request)
{
    const auto user = m_ctx.store.user(request.caller->userId);
    if (!user) {
        return ApiReply::error(404, QStringLiteral("User not found"));
    }
    QJsonObject result = Renderer::user(*user, request.caller->support);
    QJsonArray projects;
    for (const auto &entry : m_ctx.store.accessOfUser(request.caller->userId)) {
        if (const auto project = m_ctx.store.project(entry.first)) {
            projects.append(Renderer::meProject(*project, request.origin));
        }
    }
    result.insert(QStringLiteral("projects"), projects);
    return ApiReply::json(result);
}

ApiReply AccountApi::project(const ApiRequest &request, const QString &projectId)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    return scope ? ApiReply::json(Renderer::project(*scope)) : error;
}

ApiReply AccountApi::capabilities(const ApiRequest &request, const QString &projectId)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    return scope ? ApiReply::json(SpecFields::capabilities(scope->project)) : error;
}

ApiReply AccountApi::userAccess(const ApiRequest &request, const QString &projectId)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    QJsonArray result;
    for (const auto &[userId, access] : m_ctx.store.accessToProject(projectId)) {
        QJsonArray permissions;
        for (const QString &type : {QStringLiteral("production"), QStringLiteral("staging"),
                                    QStringLiteral("development")}) {
            permissions.append(QString(type + QLatin1Char(':') + access.roleFor(type)));
        }
        result.append(QJsonObject{{QStringLiteral("user_id"), userId},
                                  {QStringLiteral("permissions"), permissions}});
    }
    return ApiReply::json(result);
}

ApiReply AccountApi::settings(const ApiRequest &request, const QString &projectId)
{
    ApiReply error;
    const auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    return ApiReply::json(Renderer::settings(*scope));
}

// The spec's ProjectSettingsPatch: its four fields, with their types; anything else is a 400.
bool AccountApi::validSettingsPatch(const QJsonObject &body, ApiReply &error)
{
    if (!BodyReader::onlyFields(body,
                                {QStringLiteral("initialize"), QStringLiteral("data_retention"),
                                 QStringLiteral("build_resources"),
                                 QStringLiteral("maintenance_window")},
                                error)
        || !BodyReader::fieldType(body, QStringLiteral("initialize"), QJsonValue::Object, error)
        || !BodyReader::fieldType(body, QStringLiteral("build_resources"), QJsonValue::Object,
                                  error)) {
        return false;
    }
    const QJsonObject build = body.value(QStringLiteral("build_resources")).toObject();
    if (!BodyReader::onlyFields(build, {QStringLiteral("cpu"), QStringLiteral("memory")}, error)
        || !BodyReader::fieldType(build, QStringLiteral("cpu"), QJsonValue::Double, error)
        || !BodyReader::fieldType(build, QStringLiteral("memory"), QJsonValue::Double, error)) {
        return false;
    }
    const QJsonValue window = body.value(QStringLiteral("maintenance_window"));
    if (window.isUndefined() || window.isNull()) {
        return true;
    }
    const QJsonObject recurrence = window.toObject().value(QStringLiteral("recurrence")).toObject();
    if (!window.isObject()
        || !BodyReader::onlyFields(window.toObject(), {QStringLiteral("recurrence")}, error)
        || !recurrence.value(QStringLiteral("interval")).isString()
        || !recurrence.value(QStringLiteral("day_of_week")).isDouble()
        || !recurrence.value(QStringLiteral("time")).isString()) {
        error = ApiReply::error(400,
                                QStringLiteral("maintenance_window needs a recurrence with "
                                               "interval, day_of_week and time"));
        return false;
    }
    return true;
}

ApiReply AccountApi::patchSettings(const ApiRequest &request, const QString &projectId)
{
    ApiReply error;
    auto scope = ProjectScope::resolve(m_ctx.store, request, projectId, error);
    if (!scope) {
        return error;
    }
    const auto body = BodyReader::object(request, error);
    if (!body || !validSettingsPatch(*body, error)) {
        return error;
    }
    const QString invalid = Retention::validate(body->value(QStringLiteral("data_retention")));
    if (!invalid.isEmpty()) {
        return ApiReply::error(400, invalid);
    }
    if (scope->access.role != QLatin1String("admin")) {
        return ApiReply::error(403,
                               QStringLiteral("Only project administrators may change settings"));
    }
    if (!body->isEmpty()) {
        QJsonObject stored = scope->project.value(QStringLiteral("settings")).toObject();
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key() == QLatin1String("data_retention")) {
                scope->project.insert(it.key(),
                                      Retention::merge(scope->project.value(it.key()), it.value()));
            } else {
                stored.insert(it.key(), it.value());
            }
        }
        scope->project.insert(QStringLiteral("settings"), stored);
        scope->project.insert(QStringLiteral("updated_at"), double(Clock::now()));
        Transaction transaction(m_ctx.db);
        m_ctx.store.putProject(scope->project);
        transaction.commit();
    }
    return ApiReply::accepted({});
}

} // namespace bc::sandbox
