#include "decode.h"

#include "decodefields.h"
#include "decodesax.h"

#include <QCoreApplication>

#include <limits>
#include <nlohmann/json.hpp>

namespace bc {

using detail::Fields;
using detail::nested;
using json = nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bc::Decode)
};

template<typename T>
void decodeList(const json &j, QList<T> &list)
{
    if (!j.is_array())
        Fields::fail({}, Tr::tr("expected an array, got %1").arg(QLatin1String(j.type_name())));
    list.reserve(static_cast<qsizetype>(j.size()));
    for (std::size_t i = 0; i < j.size(); ++i)
        list.append(nested('[' + std::to_string(i) + ']', [&] { return j[i].get<T>(); }));
}

template<typename T>
T member(const Fields &fields, const char *key)
{
    const json *value = fields.find(key);
    return value ? nested(key, [&] { return value->get<T>(); }) : T{};
}

} // namespace

template<typename T>
void from_json(const json &j, QList<T> &list)
{
    decodeList(j, list);
}

void from_json(const json &j, UserInfo &v)
{
    const Fields f(j);
    v.id = f.requiredString("id");
    v.username = f.string("username");
    v.email = f.string("email");
    v.firstName = f.string("first_name");
    v.lastName = f.string("last_name");
    v.roles = f.strings("roles");
}

void from_json(const json &j, ProjectRef &v)
{
    const Fields f(j);
    v.id = f.requiredString("id");
    v.title = f.string("title");
    v.region = f.string("region");
    v.regionLabel = f.string("region_label");
    v.status = f.string("status");
    v.organizationId = f.string("organization_id");
    v.vendor = f.string("vendor");
    v.createdAt = f.time("created_at");
    v.updatedAt = f.time("updated_at");
}

void from_json(const json &j, Project &v)
{
    const Fields f(j);
    v.id = f.requiredString("id");
    v.title = f.string("title");
    v.region = f.string("region");
    v.defaultBranch = f.string("default_branch");
    v.timezone = f.string("timezone");
    if (const json *status = f.find("status"); status && status->is_object()) {
        const Fields s = nested("status", [&] { return Fields(*status); });
        v.status = nested("status", [&] { return s.string("code"); });
        v.statusMessage = nested("status", [&] { return s.string("message"); });
    } else {
        v.status = f.string("status");
    }
    v.organizationId = f.string("organization_id");
    if (const json *organization = f.find("organization"); organization) {
        v.organizationId = organization->is_object()
            ? nested("organization", [&] { return Fields(*organization).string("id"); })
            : f.string("organization");
    }
    if (const json *subscription = f.find("subscription")) {
        nested("subscription", [&] {
            const Fields s(*subscription);
            v.plan = s.string("plan");
            v.suspended = s.boolean("suspended");
            if (const std::optional<qint64> quota = s.integer("environments")) {
                if (*quota < 0 || *quota > std::numeric_limits<int>::max())
                    Fields::fail("environments", Tr::tr("number out of range"));
                v.environmentQuota = int(*quota);
            }
            return 0;
        });
    }
    v.createdAt = f.time("created_at");
    v.updatedAt = f.time("updated_at");
    v.links = f.links();
}

void from_json(const json &j, UserAccess &v)
{
    const Fields f(j);
    v.userId = f.string("user_id");
    v.permissions = f.strings("permissions");
}

void from_json(const json &j, Environment &v)
{
    const Fields f(j);
    v.id = f.requiredString("id");
    v.name = f.string("name");
    if (v.name.isEmpty())
        v.name = v.id;
    v.machineName = f.string("machine_name");
    v.title = f.string("title");
    v.type = f.string("type");
    v.parent = f.string("parent");
    v.status = f.string("status");
    v.isMain = f.boolean("is_main");
    v.isDirty = f.boolean("is_dirty");
    v.headCommit = f.string("head_commit");
    v.createdAt = f.time("created_at");
    v.updatedAt = f.time("updated_at");
    v.lastBackupAt = f.time("last_backup_at");
    v.project = f.string("project");
    if (const json *deployment = f.find("deployment_state");
        deployment && deployment->is_object()) {
        nested("deployment_state", [&] {
            const Fields d(*deployment);
            if (d.find("last_deployment_successful"))
                v.lastDeploymentSucceeded = d.boolean("last_deployment_successful");
            v.lastDeploymentFailure = d.string("last_deployment_failure_reason");
            return 0;
        });
    }
    v.links = f.links();
}

void from_json(const json &j, Backup &v)
{
    const Fields f(j);
    v.id = f.requiredString("id");
    v.environment = f.string("environment");
    v.status = f.string("status");
    v.safe = f.boolean("safe");
    v.automated = f.boolean("automated");
    v.index = f.integer("index");
    v.restorable = f.boolean("restorable");
    v.commitId = f.string("commit_id");
    v.deployment = f.string("deployment");
    v.sizeOfVolumes = f.integer("size_of_volumes").value_or(0);
    v.sizeUsed = f.integer("size_used").value_or(0);
    v.createdAt = f.time("created_at");
    v.updatedAt = f.time("updated_at");
    const QDateTime expires = f.time("expires_at");
    v.expiresAt = expires.isValid() ? std::optional(expires) : std::nullopt;
    v.links = f.links();
}

void from_json(const json &j, Activity &v)
{
    const Fields f(j);
    v.id = f.requiredString("id");
    v.type = f.string("type");
    v.project = f.string("project");
    v.environments = f.strings("environments");
    v.state = f.string("state");
    v.result = f.string("result");
    v.failureReason = f.string("failure_reason");
    v.timings.clear();
    const QJsonObject timings = f.object("timings");
    for (auto it = timings.begin(); it != timings.end(); ++it) {
        if (it.value().isDouble())
            v.timings.insert(it.key(), it.value().toDouble());
    }
    v.completionPercent
        = static_cast<int>(std::clamp<qint64>(f.integer("completion_percent").value_or(0), 0, 100));
    v.createdAt = f.time("created_at");
    v.createdAtText = f.string("created_at");
    v.updatedAt = f.time("updated_at");
    v.startedAt = f.time("started_at");
    v.completedAt = f.time("completed_at");
    v.cancelledAt = f.time("cancelled_at");
    v.description = f.string("description");
    v.text = f.string("text");
    v.parameters = f.object("parameters");
    v.payload = f.object("payload");
    v.links = f.links();
}

void from_json(const json &j, LogLine &v)
{
    const Fields f(j);
    v.id = f.string("_id");
    if (const json *data = f.find("data")) {
        nested("data", [&] {
            const Fields d(*data);
            v.timestamp = d.time("timestamp");
            v.message = d.string("message");
            return 0;
        });
    }
}

void from_json(const json &j, RetentionPolicy &v)
{
    const Fields f(j);
    v.maxBackups = f.count("max_backups");
    if (const json *config = f.find("default_config")) {
        nested("default_config", [&] {
            const Fields c(*config);
            v.manualCount = c.count("manual_count").value_or(0);
            const json *schedule = c.find("schedule");
            if (!schedule)
                return 0;
            nested("schedule", [&] {
                if (!schedule->is_array())
                    Fields::fail({}, Tr::tr("expected an array"));
                for (std::size_t i = 0; i < schedule->size(); ++i) {
                    nested('[' + std::to_string(i) + ']', [&] {
                        const Fields s((*schedule)[i]);
                        v.schedule.append({s.string("interval"), s.count("count").value_or(0)});
                        return 0;
                    });
                }
                return 0;
            });
            return 0;
        });
    }
}

void from_json(const json &j, DataRetention &v)
{
    const Fields f(j);
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_null())
            continue;
        v.byType.insert(QString::fromStdString(it.key()),
                        nested(it.key(), [&] { return it->get<RetentionPolicy>(); }));
    }
}

void from_json(const json &j, Accepted &v)
{
    const Fields f(j);
    if (const json *embedded = f.find("_embedded"))
        v.activities = nested(
            "_embedded", [&] { return member<QList<Activity>>(Fields(*embedded), "activities"); });
}

void from_json(const json &j, AccessGrant &v)
{
    const Fields f(j);
    v.resourceId = f.requiredString("resource_id");
    v.permissions = f.strings("permissions");
}

void from_json(const json &j, ExtendedAccess &v)
{
    v.items = member<QList<AccessGrant>>(Fields(j), "items");
}

void from_json(const json &j, MeProjects &v)
{
    v.projects = member<QList<ProjectRef>>(Fields(j), "projects");
}

void from_json(const json &j, RefProjects &v)
{
    const Fields f(j);
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_null())
            continue; // a project the user can no longer see
        v.byId.insert(QString::fromStdString(it.key()),
                      nested(it.key(), [&] { return it->get<ProjectRef>(); }));
    }
}

void from_json(const json &j, ProjectSettings &v)
{
    v.retention = member<DataRetention>(Fields(j), "data_retention");
}

void from_json(const json &j, ProjectCapabilities &v)
{
    const Fields f(j);
    if (const json *retention = f.find("data_retention"))
        v.dataRetentionEnabled
            = nested("data_retention", [&] { return Fields(*retention).boolean("enabled"); });
}

template<typename T>
Result<T> detail::decodeDocument(const QByteArray &body, const QUrl &url)
{
    // JSON text never holds a raw NUL (in strings it is \u0000), and nlohmann's parser would take
    // one for the end of the input and ignore what follows.
    const json document = body.contains('\0')
        ? json(json::value_t::discarded)
        : json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (document.is_discarded())
        return ApiError::decode({}, Tr::tr("the answer is not valid JSON"), url);
    try {
        return document.get<T>();
    } catch (const detail::DecodeFailure &failure) {
        return ApiError::decode(QString::fromStdString(failure.field), failure.reason, url);
    } catch (const json::exception &exception) {
        return ApiError::decode({}, QString::fromUtf8(exception.what()), url);
    }
}

template<typename T>
Result<T> decodeBody(const QByteArray &body, const QUrl &url)
{
    if constexpr (requires(T & value) { detail::decodeFast(body, value); }) {
        // NUL: see decodeDocument.
        if (T value; !body.contains('\0') && detail::decodeFast(body, value))
            return value;
    }
    return detail::decodeDocument<T>(body, url);
}

template Result<UserInfo> decodeBody(const QByteArray &, const QUrl &);
template Result<Project> decodeBody(const QByteArray &, const QUrl &);
template Result<QList<UserAccess>> decodeBody(const QByteArray &, const QUrl &);
template Result<Environment> decodeBody(const QByteArray &, const QUrl &);
template Result<QList<Environment>> decodeBody(const QByteArray &, const QUrl &);
template Result<Backup> decodeBody(const QByteArray &, const QUrl &);
template Result<QList<Backup>> decodeBody(const QByteArray &, const QUrl &);
template Result<Activity> decodeBody(const QByteArray &, const QUrl &);
template Result<QList<Activity>> decodeBody(const QByteArray &, const QUrl &);
template Result<LogLine> decodeBody(const QByteArray &, const QUrl &);
template Result<Accepted> decodeBody(const QByteArray &, const QUrl &);
template Result<ExtendedAccess> decodeBody(const QByteArray &, const QUrl &);
template Result<MeProjects> decodeBody(const QByteArray &, const QUrl &);
template Result<RefProjects> decodeBody(const QByteArray &, const QUrl &);
template Result<ProjectSettings> decodeBody(const QByteArray &, const QUrl &);
template Result<DataRetention> decodeBody(const QByteArray &, const QUrl &);
template Result<ProjectCapabilities> decodeBody(const QByteArray &, const QUrl &);

template Result<Backup> detail::decodeDocument(const QByteArray &, const QUrl &);
template Result<QList<Backup>> detail::decodeDocument(const QByteArray &, const QUrl &);
template Result<Activity> detail::decodeDocument(const QByteArray &, const QUrl &);
template Result<QList<Activity>> detail::decodeDocument(const QByteArray &, const QUrl &);

} // namespace bc
