#pragma once

#include "apicontext.h"

namespace bc::sandbox {

class Router;

// Contract section 3 and project settings: who am I, which projects, project, user access.
class AccountApi final
{
public:
    explicit AccountApi(ApiContext context);
    void registerRoutes(Router &router);

private:
    ApiReply usersMe(const ApiRequest &request);
    ApiReply extendedAccess(const ApiRequest &request, const QString &userId);
    ApiReply refProjects(const ApiRequest &request);
    ApiReply me(const ApiRequest &request);
    ApiReply project(const ApiRequest &request, const QString &projectId);
    ApiReply userAccess(const ApiRequest &request, const QString &projectId);
    ApiReply settings(const ApiRequest &request, const QString &projectId);
    ApiReply patchSettings(const ApiRequest &request, const QString &projectId);
    ApiReply capabilities(const ApiRequest &request, const QString &projectId);
    static bool validSettingsPatch(const QJsonObject &body, ApiReply &error);

    ApiContext m_ctx;
};

} // namespace bc::sandbox
