#pragma once

#include "apicontext.h"

#include <QJsonObject>

namespace bc::sandbox {

// Turns stored records into the API objects of contract section 4, with the HAL links the
// caller's roles and the record's state allow. Self links are absolute on the request's origin
// (or the region host with --regional-links); action links are relative, {href, meta}.
class Renderer final
{
public:
    static QJsonObject project(const ProjectScope &scope);
    static QJsonObject projectRef(const QJsonObject &project);
    static QJsonObject meProject(const QJsonObject &project, const QString &origin);
    static QJsonObject environment(const ProjectScope &scope, const QJsonObject &environment,
                                   bool busy);
    static QJsonObject backup(const ProjectScope &scope, const QJsonObject &backup,
                              const QString &environmentType);
    // `log` is the activity's log so far, one message a line (the spec's `log` field).
    static QJsonObject activity(const ProjectScope &scope, const QJsonObject &activity,
                                const QString &log);
    static QJsonObject user(const QJsonObject &user, bool support);
    static QJsonObject settings(const ProjectScope &scope);

    static QJsonValue time(const QJsonValue &micros);
    static bool isCancellable(const QJsonObject &activity);
    static QString selfBase(const QJsonObject &project, const QString &origin);
    static QString projectPath(const QJsonObject &project);
};

} // namespace bc::sandbox
