#include "auditlog.h"

#include "logging.h"
#include "restoreplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

namespace bc {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

AuditEntry AuditEntry::fromPlan(const RestorePlan &plan)
{
    const RestoreInput &in = plan.input();
    AuditEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.time = QDateTime::currentDateTimeUtc();
    entry.staffUser = in.user.displayName();
    entry.staffUserId = in.user.id;
    entry.ticket = in.options.ticket.trimmed();
    entry.project = in.project.id;
    entry.region = in.project.region;
    entry.backup = in.backup.id;
    entry.backupCreatedAt = in.backup.createdAt;
    entry.source = plan.sourceName();
    entry.target = plan.targetName();
    entry.branchFrom = plan.branchFrom();
    entry.options = {{QStringLiteral("restore_code"), in.options.restoreCode},
                     {QStringLiteral("restore_resources"), in.options.restoreResources},
                     {QStringLiteral("resources_init"), in.options.resourcesInit},
                     {QStringLiteral("safety_backup"), plan.takesSafetyBackup()}};
    return entry;
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), isoTime(time)},
            {QStringLiteral("staff_user"), staffUser},
            {QStringLiteral("staff_user_id"), staffUserId},
            {QStringLiteral("ticket"), ticket},
            {QStringLiteral("project"), project},
            {QStringLiteral("region"), region},
            {QStringLiteral("backup"), backup},
            {QStringLiteral("backup_created_at"), isoTime(backupCreatedAt)},
            {QStringLiteral("source"), source},
            {QStringLiteral("target"), target},
            {QStringLiteral("branch_from"), branchFrom.isEmpty() ? QJsonValue() : branchFrom},
            {QStringLiteral("options"), options},
            {QStringLiteral("activity_ids"), QJsonArray::fromStringList(activityIds)},
            {QStringLiteral("outcome"), outcome.isEmpty() ? QJsonValue() : outcome},
            {QStringLiteral("updated"), updated.isValid() ? isoTime(updated) : QJsonValue()}};
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.time = fromIso(o.value(QStringLiteral("time")));
    e.staffUser = o.value(QStringLiteral("staff_user")).toString();
    e.staffUserId = o.value(QStringLiteral("staff_user_id")).toString();
    e.ticket = o.value(QStringLiteral("ticket")).toString();
    e.project = o.value(QStringLiteral("project")).toString();
    e.region = o.value(QStringLiteral("region")).toString();
    e.backup = o.value(QStringLiteral("backup")).toString();
    e.backupCreatedAt = fromIso(o.value(QStringLiteral("backup_created_at")));
    e.source = o.value(QStringLiteral("source")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.branchFrom = o.value(QStringLiteral("branch_from")).toString();
    e.options = o.value(QStringLiteral("options")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("activity_ids")).toArray())
        e.activityIds.append(v.toString());
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.updated = fromIso(o.value(QStringLiteral("updated")));
    return e;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{ }

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/support-audit.jsonl");
}

bool AuditLog::append(const AuditEntry &entry)
{
    m_error.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        m_error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        qCWarning(lcClient) << "audit log:" << m_error;
        return false;
    }
    const QByteArray line
        = startOfLine(file) + QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        m_error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        qCWarning(lcClient) << "audit log:" << m_error;
        return false;
    }
    return true;
}

QByteArray AuditLog::startOfLine(QFile &file)
{
    // A sequential device (a pipe, /dev/full) has no last byte to look at.
    if (file.isSequential() || file.size() <= 0 || !file.seek(file.size() - 1))
        return {};
    char last = '\n';
    const bool read = file.getChar(&last);
    file.seek(file.size());
    return read && last != '\n' ? QByteArray(1, '\n') : QByteArray();
}

bool AuditLog::update(AuditEntry entry, const QStringList &activityIds, const QString &outcome)
{
    for (const QString &id : activityIds) {
        if (!entry.activityIds.contains(id))
            entry.activityIds.append(id);
    }
    entry.outcome = outcome;
    entry.updated = QDateTime::currentDateTimeUtc();
    return append(entry);
}

QList<AuditEntry> AuditLog::entries(QString *problem) const
{
    if (problem)
        problem->clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem && file.exists())
            *problem = tr("Cannot read the audit log %1: %2").arg(m_path, file.errorString());
        return {};
    }
    QList<int> broken;
    QList<AuditEntry> result = read(file, &broken);
    if (problem && !broken.isEmpty())
        *problem = tr("The audit log %1 has %n line(s) that could not be read (line %2 first; a "
                      "write cut short): the entries on the other lines are shown.",
                      nullptr, int(broken.size()))
                       .arg(m_path)
                       .arg(broken.constFirst());
    return result;
}

QList<AuditEntry> AuditLog::read(QIODevice &device, QList<int> *brokenLines)
{
    QList<AuditEntry> result;
    QHash<QString, qsizetype> rowOf;
    int number = 0;
    while (!device.atEnd()) {
        const QByteArray line = device.readLine().trimmed();
        ++number;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject()) {
            if (brokenLines && !line.isEmpty())
                brokenLines->append(number);
            continue;
        }
        AuditEntry entry = AuditEntry::fromJson(document.object());
        const auto it = rowOf.constFind(entry.id);
        if (it != rowOf.cend() && !entry.id.isEmpty()) {
            result[*it] = std::move(entry);
        } else {
            rowOf.insert(entry.id, result.size());
            result.append(std::move(entry));
        }
    }
    return result;
}

} // namespace bc
