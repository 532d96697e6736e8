#include "drilllog.h"

#include "auditlog.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace bc {

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject DrillRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("project"), project},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("backup"), backup},
        {QStringLiteral("backup_created_at"), isoOrNull(backupCreatedAt)},
        {QStringLiteral("scratch_environment"), scratchEnvironment},
        {QStringLiteral("started_at"), isoOrNull(startedAt)},
        {QStringLiteral("finished_at"), isoOrNull(finishedAt)},
        {QStringLiteral("outcome"), textOrNull(outcome)},
        {QStringLiteral("failure"), textOrNull(failure)},
        {QStringLiteral("rto_seconds"), rtoSeconds >= 0 ? QJsonValue(rtoSeconds) : QJsonValue()},
        {QStringLiteral("rpo_seconds"), rpoSeconds >= 0 ? QJsonValue(rpoSeconds) : QJsonValue()},
        {QStringLiteral("cleanup"), textOrNull(cleanup)},
        {QStringLiteral("activity_ids"), QJsonArray::fromStringList(activityIds)},
        {QStringLiteral("user"), textOrNull(user)}};
}

DrillRecord DrillRecord::fromJson(const QJsonObject &o)
{
    DrillRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.project = o.value(QStringLiteral("project")).toString();
    r.environment = o.value(QStringLiteral("environment")).toString();
    r.backup = o.value(QStringLiteral("backup")).toString();
    r.backupCreatedAt = timeOf(o, "backup_created_at");
    r.scratchEnvironment = o.value(QStringLiteral("scratch_environment")).toString();
    r.startedAt = timeOf(o, "started_at");
    r.finishedAt = timeOf(o, "finished_at");
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.failure = o.value(QStringLiteral("failure")).toString();
    const QJsonValue rto = o.value(QStringLiteral("rto_seconds"));
    r.rtoSeconds = rto.isDouble() && rto.toDouble() >= 0 ? qint64(rto.toDouble()) : -1;
    const QJsonValue rpo = o.value(QStringLiteral("rpo_seconds"));
    r.rpoSeconds = rpo.isDouble() && rpo.toDouble() >= 0 ? qint64(rpo.toDouble()) : -1;
    r.cleanup = o.value(QStringLiteral("cleanup")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("activity_ids")).toArray())
        r.activityIds.append(v.toString());
    r.user = o.value(QStringLiteral("user")).toString();
    return r;
}

DrillLog::DrillLog(const QString &path)
    : m_path(path)
{ }

QString DrillLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/restore-drills.jsonl");
}

bool DrillLog::append(const DrillRecord &record)
{
    m_error.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    bool ok = file.open(QIODevice::ReadWrite | QIODevice::Append);
    // After a line cut short, on a line of its own (as the audit log does).
    const QByteArray line = (ok ? AuditLog::startOfLine(file) : QByteArray())
        + QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    ok = ok && file.write(line) == line.size() && file.flush();
    if (!ok) {
        m_error = tr("Cannot write the drill log %1: %2").arg(m_path, file.errorString());
        qCWarning(lcClient) << "drill log:" << m_error;
        return false;
    }
    return true;
}

QList<DrillRecord> DrillLog::records() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return read(file);
}

QList<DrillRecord> DrillLog::read(QIODevice &device)
{
    QList<DrillRecord> result;
    QHash<QString, qsizetype> rowOf;
    while (!device.atEnd()) {
        const QJsonDocument document = QJsonDocument::fromJson(device.readLine().trimmed());
        if (!document.isObject())
            continue; // a line cut short by a crash, or not ours
        DrillRecord record = DrillRecord::fromJson(document.object());
        if (record.id.isEmpty())
            continue;
        const auto it = rowOf.constFind(record.id);
        if (it != rowOf.cend()) {
            result[*it] = std::move(record);
        } else {
            rowOf.insert(record.id, result.size());
            result.append(std::move(record));
        }
    }
    return result;
}

std::optional<DrillRecord> DrillLog::lastSuccess(const QList<DrillRecord> &records,
                                                 const QString &project, const QString &environment)
{
    std::optional<DrillRecord> best;
    for (const DrillRecord &r : records) {
        if (!r.succeeded() || r.project != project || r.environment != environment)
            continue;
        if (!best || r.finishedAt > best->finishedAt)
            best = r;
    }
    return best;
}

} // namespace bc
