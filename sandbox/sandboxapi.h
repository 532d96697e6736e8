#pragma once

#include "apicontext.h"

namespace bc::sandbox {

class Faults;
class Router;

// The /__sandbox endpoints for tests (contract section 9): health, fault rules, request counts,
// token revocation and each environment's data set.
class SandboxApi final
{
public:
    SandboxApi(ApiContext context, Faults &faults);
    void registerRoutes(Router &router);

private:
    ApiReply addFault(const ApiRequest &request);
    ApiReply requests(const ApiRequest &request);
    ApiReply revoke(const ApiRequest &request);
    ApiReply state(const QString &projectId, const QString &env);
    ApiReply changeState(const ApiRequest &request, const QString &projectId, const QString &env);

    ApiContext m_ctx;
    Faults &m_faults;
};

} // namespace bc::sandbox
