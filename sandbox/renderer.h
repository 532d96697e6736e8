#pragma once

#include "store.h"

#include <QJsonObject>

namespace bc::sandbox {

// Turns stored records into the API objects of contract section 4, with the HAL links the
// caller's roles and the record's state allow.
class Renderer final
{
public:
    static QJsonObject project(const QJsonObject &project);
    static QJsonObject projectRef(const QJsonObject &project);
    static QJsonObject meProject(const QJsonObject &project);
    static QJsonObject environment(const QJsonObject &project, const QJsonObject &environment,
                                   const ProjectAccess &access, bool busy);
    static QJsonObject backup(const QJsonObject &project, const QJsonObject &backup,
                              const QString &environmentType, const ProjectAccess &access);
    static QJsonObject activity(const QJsonObject &project, const QJsonObject &activity,
                                const ProjectAccess &access);
    static QJsonObject user(const QJsonObject &user, bool support);

    static QJsonValue time(const QJsonValue &micros);
    static bool isCancellable(const QJsonObject &activity);

private:
    static QString selfBase(const QJsonObject &project);
};

} // namespace bc::sandbox
