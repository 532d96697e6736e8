#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>

namespace bc {

// One entry of /users/{id}/extended-access.
struct AccessGrant
{
    QString resourceId;
    QStringList permissions;
};

// /users/{id}/extended-access.
struct ExtendedAccess
{
    QList<AccessGrant> items;
};

// The `projects` of the deprecated /me.
struct MeProjects
{
    QList<ProjectRef> projects;
};

// ref/projects: id → project, null entries dropped.
struct RefProjects
{
    QHash<QString, ProjectRef> byId;
};

// Project settings: only data_retention is read.
struct ProjectSettings
{
    DataRetention retention;
};

// The one place JSON becomes domain objects. Each from_json throws detail::DecodeFailure, which
// decodeBody turns into a Decode error naming the field; nlohmann's own exceptions are caught too.
void from_json(const nlohmann::json &j, UserInfo &v);
void from_json(const nlohmann::json &j, ProjectRef &v);
void from_json(const nlohmann::json &j, Project &v);
void from_json(const nlohmann::json &j, UserAccess &v);
void from_json(const nlohmann::json &j, Environment &v);
void from_json(const nlohmann::json &j, Backup &v);
void from_json(const nlohmann::json &j, Activity &v);
void from_json(const nlohmann::json &j, LogLine &v);
void from_json(const nlohmann::json &j, RetentionPolicy &v);
void from_json(const nlohmann::json &j, DataRetention &v);
void from_json(const nlohmann::json &j, Accepted &v);
void from_json(const nlohmann::json &j, AccessGrant &v);
void from_json(const nlohmann::json &j, ExtendedAccess &v);
void from_json(const nlohmann::json &j, MeProjects &v);
void from_json(const nlohmann::json &j, RefProjects &v);
void from_json(const nlohmann::json &j, ProjectSettings &v);
void from_json(const nlohmann::json &j, ProjectCapabilities &v);

// The JSON body of an answer as T (T or QList<T> of the types above).
template<typename T>
Result<T> decodeBody(const QByteArray &body, const QUrl &url = {});

namespace detail {
// decodeBody through the JSON document and from_json only, never the fast way (decodesax.h) that
// decodeBody takes for backups and activities: what that way must match (tst_client_decode).
template<typename T>
Result<T> decodeDocument(const QByteArray &body, const QUrl &url = {});
} // namespace detail

} // namespace bc
