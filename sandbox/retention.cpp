#include "retention.h"

#include "clock.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bc::sandbox {

namespace {

QJsonObject typeConfig(const QJsonObject &project, const QString &environmentType)
{
    return project.value(QStringLiteral("data_retention"))
        .toObject()
        .value(environmentType)
        .toObject();
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInt());
}

const QRegularExpression &intervalPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([hdwMy])$"));
    return pattern;
}

qint64 unitLength(QChar unit)
{
    switch (unit.unicode()) {
    case 'h':
        return Clock::hour;
    case 'd':
        return Clock::day;
    case 'w':
        return 7 * Clock::day;
    case 'M':
        return 30 * Clock::day;
    default:
        return 365 * Clock::day;
    }
}

// The first key of `object` not in `allowed` (the spec's additionalProperties: false).
QString unknownField(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return it.key();
        }
    }
    return {};
}

} // namespace

std::optional<int> Retention::manualCount(const QJsonObject &project,
                                          const QString &environmentType)
{
    const QJsonValue count = typeConfig(project, environmentType)
                                 .value(QStringLiteral("default_config"))
                                 .toObject()
                                 .value(QStringLiteral("manual_count"));
    if (!count.isDouble()) {
        return std::nullopt;
    }
    return count.toInt();
}

QJsonValue Retention::manualExpiry(const QJsonObject &project, const QString &environmentType,
                                   qint64 createdAt)
{
    if (manualCount(project, environmentType)) {
        return QJsonValue::Null;
    }
    return double(createdAt + 30 * Clock::day);
}

qint64 Retention::intervalLength(const QString &interval)
{
    const auto match = intervalPattern().match(interval);
    if (!match.hasMatch()) {
        return 0;
    }
    bool ok = false;
    const qint64 n = match.captured(1).toLongLong(&ok);
    const qint64 unit = unitLength(match.captured(2).at(0));
    if (!ok || n > maxIntervalYears * 365 * Clock::day / unit) {
        return 0;
    }
    return n * unit;
}

QJsonValue Retention::merge(const QJsonValue &stored, const QJsonValue &patch)
{
    if (!patch.isObject()) {
        return patch; // null clears the settings
    }
    QJsonObject result = stored.toObject();
    const QJsonObject byType = patch.toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        QJsonObject config = result.value(it.key()).toObject();
        const QJsonObject given = it.value().toObject();
        for (auto field = given.begin(); field != given.end(); ++field) {
            config.insert(field.key(), field.value());
        }
        result.insert(it.key(), config);
    }
    return result;
}

QString Retention::validate(const QJsonValue &dataRetention)
{
    if (dataRetention.isNull()) {
        return {};
    }
    if (!dataRetention.isObject()) {
        return QStringLiteral("data_retention must be an object");
    }
    const QJsonObject byType = dataRetention.toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        const QString where = QStringLiteral("data_retention.") + it.key();
        if (!QStringList{QStringLiteral("production"), QStringLiteral("staging"),
                         QStringLiteral("development")}
                 .contains(it.key())) {
            return where + QStringLiteral(" is not an environment type");
        }
        if (!it.value().isObject()) {
            return where + QStringLiteral(" must be an object");
        }
        const QJsonObject config = it.value().toObject();
        const QString unknown = unknownField(
            config, {QStringLiteral("max_backups"), QStringLiteral("default_config")});
        if (!unknown.isEmpty()) {
            return where + QStringLiteral(": unknown field ") + unknown;
        }
        if (config.contains(QStringLiteral("max_backups"))
            && !isCount(config.value(QStringLiteral("max_backups")))) {
            return where + QStringLiteral(".max_backups must be a non-negative integer");
        }
        const QJsonValue defaults = config.value(QStringLiteral("default_config"));
        if (!defaults.isObject()) {
            return where + QStringLiteral(".default_config is required and must be an object");
        }
        const QJsonObject d = defaults.toObject();
        const QString unknownConfig
            = unknownField(d, {QStringLiteral("manual_count"), QStringLiteral("schedule")});
        if (!unknownConfig.isEmpty()) {
            return where + QStringLiteral(".default_config: unknown field ") + unknownConfig;
        }
        if (d.contains(QStringLiteral("manual_count"))
            && !isCount(d.value(QStringLiteral("manual_count")))) {
            return where
                + QStringLiteral(".default_config.manual_count must be a non-negative integer");
        }
        const QJsonValue schedule = d.value(QStringLiteral("schedule"));
        if (schedule.isUndefined()) {
            continue;
        }
        if (!schedule.isArray()) {
            return where + QStringLiteral(".default_config.schedule must be an array");
        }
        for (const QJsonValue &entry : schedule.toArray()) {
            const QJsonObject e = entry.toObject();
            const QString interval = e.value(QStringLiteral("interval")).toString();
            if (!entry.isObject()
                || !unknownField(e, {QStringLiteral("interval"), QStringLiteral("count")}).isEmpty()
                || !intervalPattern().match(interval).hasMatch()
                || !isCount(e.value(QStringLiteral("count")))) {
                return where
                    + QStringLiteral(
                           ".default_config.schedule entries need an interval like \"1d\" "
                           "and a count, and nothing else");
            }
            if (intervalLength(interval) == 0) {
                return where
                    + QStringLiteral(".default_config.schedule intervals run from 1h to %1 "
                                     "years, not %2")
                          .arg(maxIntervalYears)
                          .arg(interval);
            }
        }
    }
    return {};
}

} // namespace bc::sandbox
