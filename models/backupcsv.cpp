#include "backupcsv.h"

#include <QStringList>

namespace bc {

namespace {

QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray BackupCsv::write(const QList<Backup> &backups)
{
    QStringList lines{QStringLiteral("id,environment,created_at,status,consistent,automated,"
                                     "size_used,size_of_volumes,expires_at,commit_id,restorable")};
    for (const Backup &b : backups) {
        const QStringList fields{field(b.id),
                                 field(b.environment),
                                 iso(b.createdAt),
                                 field(b.status),
                                 boolean(b.safe),
                                 boolean(b.automated),
                                 QString::number(b.sizeUsed),
                                 QString::number(b.sizeOfVolumes),
                                 b.expiresAt ? iso(*b.expiresAt) : QString(),
                                 field(b.commitId),
                                 boolean(b.restorable)};
        lines.append(fields.join(u','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace bc
