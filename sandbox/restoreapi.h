#pragma once

#include "apicontext.h"

namespace bc::sandbox {

class Router;

// Contract sections 5 and 7: restore in place, to another environment, to a new branch, with
// the legacy-region rule and support staff.
class RestoreApi final
{
public:
    explicit RestoreApi(ApiContext context);
    void registerRoutes(Router &router);

private:
    ApiReply restore(const ApiRequest &request, const QString &projectId, const QString &env,
                     const QString &id);
    QJsonObject newBranch(const QString &projectId, const QString &name, const QJsonObject &parent);

    ApiContext m_ctx;
};

} // namespace bc::sandbox
