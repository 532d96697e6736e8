#pragma once

#include "apimessage.h"
#include "store.h"

#include <optional>

namespace bc::sandbox {

class Database;
class Scheduler;

// What every group of API handlers works with.
struct ApiContext
{
    Database &db;
    Store &store;
    Scheduler &scheduler;
};

// A project as the caller may see it: unknown and invisible projects are both 404.
struct ProjectScope
{
    QJsonObject project;
    ProjectAccess access;
    QString origin; // of the request, for self links (ApiRequest::origin)

    static std::optional<ProjectScope> resolve(Store &store, const ApiRequest &request,
                                               const QString &projectId, ApiReply &error);
    QString id() const { return project.value(QStringLiteral("id")).toString(); }
};

struct EnvironmentPath
{
    const QString &project;
    const QString &environment;
};

// The project as the caller may see it and one of its environments; else the answer to give
// (404 for either).
bool resolveEnvironment(Store &store, const ApiRequest &request, EnvironmentPath path,
                        std::optional<ProjectScope> &scope, std::optional<QJsonObject> &env,
                        ApiReply &error);

} // namespace bc::sandbox
