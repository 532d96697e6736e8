#pragma once

#include <QJsonObject>

namespace bc::sandbox {

// The fields the official OpenAPI spec requires of each object that the sandbox's records do
// not model (domains, deployment state, subscription, ...), with the values a real project of
// this kind has. Times stay microseconds here; the Renderer formats them.
class SpecFields final
{
public:
    static QJsonObject project(const QJsonObject &project);
    static QJsonObject environment(const QJsonObject &project, const QJsonObject &environment);
    static QJsonObject activity(const QJsonObject &activity, const QString &log);
    static QJsonObject user(const QJsonObject &user);
    static QJsonObject settings(const QJsonObject &project);
    static QJsonObject capabilities(const QJsonObject &project);
    // subscription.environments: the environments besides production the plan allows
    // (the project's "environment_quota", 8 by default). Inactive ones do not count.
    static int environmentQuota(const QJsonObject &project);
    static constexpr int defaultEnvironmentQuota = 8;

    // Activities are kept for a year, then expire (the spec's Activity.expires_at).
    static constexpr int activityLifetimeDays = 365;
};

} // namespace bc::sandbox
