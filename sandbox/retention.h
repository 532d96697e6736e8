#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace bc::sandbox {

// The data_retention rules of contract section 5.
class Retention final
{
public:
    // Manual backups kept per environment type, when the project has settings for it.
    static std::optional<int> manualCount(const QJsonObject &project,
                                          const QString &environmentType);
    // expires_at of a new manual backup: null (kept until replaced) under settings, else between
    // 7 days and 6 months after creation (the sandbox picks 30 days).
    static QJsonValue manualExpiry(const QJsonObject &project, const QString &environmentType,
                                   qint64 createdAt);
    // Length of an interval like "1d", "2w", "1M" in microseconds; 0 when malformed or longer
    // than maxIntervalYears (which also keeps n times the unit far from overflowing).
    static qint64 intervalLength(const QString &interval);
    static constexpr int maxIntervalYears = 100;
    // ProjectSettingsPatch.data_retention applied to the stored one: each environment type the
    // patch names takes the fields it gives (default_config whole, max_backups when given); the
    // types it does not name stay as they were. A null patch clears the settings.
    static QJsonValue merge(const QJsonValue &stored, const QJsonValue &patch);
    // Empty when valid (the spec's ProjectSettingsPatch.data_retention), else what is wrong.
    static QString validate(const QJsonValue &dataRetention);
};

} // namespace bc::sandbox
