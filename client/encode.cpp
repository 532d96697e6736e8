#include "encode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bc {

QByteArray encodeRestore(const RestoreRequest &request)
{
    QJsonObject body;
    if (request.environmentName)
        body.insert(QLatin1String("environment_name"), *request.environmentName);
    if (request.branchFrom)
        body.insert(QLatin1String("branch_from"), *request.branchFrom);
    if (request.restoreCode)
        body.insert(QLatin1String("restore_code"), *request.restoreCode);
    if (request.restoreResources)
        body.insert(QLatin1String("restore_resources"), *request.restoreResources);
    if (request.resourcesInit)
        body.insert(QLatin1String("resources"),
                    QJsonObject{{QLatin1String("init"), *request.resourcesInit}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray encodeRetention(const DataRetention &retention)
{
    QJsonObject types;
    for (auto it = retention.byType.cbegin(); it != retention.byType.cend(); ++it) {
        QJsonArray schedule;
        for (const RetentionInterval &interval : it->schedule)
            schedule.append(QJsonObject{{QLatin1String("interval"), interval.interval},
                                        {QLatin1String("count"), interval.count}});
        QJsonObject policy{{QLatin1String("default_config"),
                            QJsonObject{{QLatin1String("manual_count"), it->manualCount},
                                        {QLatin1String("schedule"), schedule}}}};
        if (it->maxBackups)
            policy.insert(QLatin1String("max_backups"), *it->maxBackups);
        types.insert(it.key(), policy);
    }
    return QJsonDocument(QJsonObject{{QLatin1String("data_retention"), types}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeBackup(bool safe)
{
    return QJsonDocument(QJsonObject{{QLatin1String("safe"), safe}}).toJson(QJsonDocument::Compact);
}

} // namespace bc
