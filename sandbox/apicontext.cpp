#include "apicontext.h"

namespace bc::sandbox {

std::optional<ProjectScope> ProjectScope::resolve(Store &store, const ApiRequest &request,
                                                  const QString &projectId, ApiReply &error)
{
    const auto project = store.project(projectId);
    const auto access
        = request.caller ? store.access(projectId, request.caller->userId) : std::nullopt;
    if (!project || !access) {
        error = ApiReply::error(404, QStringLiteral("Project not found: ") + projectId);
        return std::nullopt;
    }
    return ProjectScope{*project, *access, request.origin};
}

bool resolveEnvironment(Store &store, const ApiRequest &request, EnvironmentPath path,
                        std::optional<ProjectScope> &scope, std::optional<QJsonObject> &env,
                        ApiReply &error)
{
    scope = ProjectScope::resolve(store, request, path.project, error);
    if (!scope)
        return false;
    env = store.environment(path.project, path.environment);
    if (!env) {
        error = ApiReply::error(404, QStringLiteral("Environment not found: ") + path.environment);
        return false;
    }
    return true;
}

} // namespace bc::sandbox
