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

} // namespace bc::sandbox
