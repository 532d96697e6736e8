#pragma once

#include "apicontext.h"

namespace bc::sandbox {

class Router;

// Contract section 5: environments, backups, backup creation and deletion.
class BackupApi final
{
public:
    explicit BackupApi(ApiContext context);
    void registerRoutes(Router &router);

    // Shared with RestoreApi: the {id, display_name} of a user, for activity payloads.
    static QJsonObject userRef(Store &store, const QString &userId);
    static ApiReply busy(const QString &environment);
    // Why an environment in this lifecycle state takes no backup or restore; empty if it does.
    static QString notBackedUp(const QJsonObject &env);

private:
    ApiReply environments(const ApiRequest &request, const QString &projectId);
    ApiReply environment(const ApiRequest &request, const QString &projectId, const QString &env);
    ApiReply backups(const ApiRequest &request, const QString &projectId, const QString &env);
    ApiReply backup(const ApiRequest &request, const QString &projectId, const QString &env,
                    const QString &id);
    ApiReply createBackup(const ApiRequest &request, const QString &projectId, const QString &env);
    ApiReply deleteBackup(const ApiRequest &request, const QString &projectId, const QString &env,
                          const QString &id);

    ApiContext m_ctx;
};

} // namespace bc::sandbox
