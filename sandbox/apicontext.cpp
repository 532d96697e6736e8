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

} // namespace bc::sandbox
