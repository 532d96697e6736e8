#pragma once

#include "apicontext.h"

namespace bc::sandbox {

class Router;

// Contract section 5, 8b: an environment's lifecycle. Pause and resume (development
// environments), deactivate, and delete once inactive; each is an activity, admin only.
class LifecycleApi final
{
public:
    explicit LifecycleApi(ApiContext context);
    void registerRoutes(Router &router);

private:
    enum class Change { Pause, Resume, Deactivate, Delete };
    ApiReply change(const ApiRequest &request, const QString &projectId, const QString &env,
                    Change change);
    static QString refusal(Change change, const QJsonObject &env);

    ApiContext m_ctx;
};

} // namespace bc::sandbox
