#pragma once

#include "apicontext.h"

namespace bc::sandbox {

class Router;

// Contract section 6: activity lists with filters, one activity, cancel and the NDJSON log.
class ActivityApi final
{
public:
    explicit ActivityApi(ApiContext context);
    void registerRoutes(Router &router);

private:
    ApiReply list(const ApiRequest &request, const QString &projectId, const QString &env);
    ApiReply get(const ApiRequest &request, const QString &projectId, const QString &id);
    ApiReply cancel(const ApiRequest &request, const QString &projectId, const QString &id);
    ApiReply log(const ApiRequest &request, const QString &projectId, const QString &id);

    ApiContext m_ctx;
};

} // namespace bc::sandbox
