#include "auditexport.h"

#include <QJsonValue>

namespace bc {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString optionsText(const QJsonObject &o)
{
    QStringList words;
    if (!o.value(QStringLiteral("restore_code")).toBool(true))
        words.append(QStringLiteral("no-code"));
    if (!o.value(QStringLiteral("restore_resources")).toBool(true))
        words.append(QStringLiteral("no-resources"));
    const QString init = o.value(QStringLiteral("resources_init")).toString();
    if (!init.isEmpty())
        words.append(QStringLiteral("resources-init=") + init);
    if (o.value(QStringLiteral("safety_backup")).toBool())
        words.append(QStringLiteral("safety-backup"));
    return words.join(u' ');
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString markdownCell(QString cell)
{
    cell.replace(u'\\', QStringLiteral("\\\\"));
    cell.replace(u'|', QStringLiteral("\\|"));
    cell.replace(u'\n', u' ');
    cell.remove(u'\r');
    return cell;
}

} // namespace

QStringList AuditExport::headers()
{
    return {tr("Time"),       tr("Staff user"), tr("Ticket"), tr("Project"),     tr("Region"),
            tr("Backup"),     tr("Source"),     tr("Target"), tr("Branch from"), tr("Options"),
            tr("Activities"), tr("Outcome"),    tr("Updated")};
}

QStringList AuditExport::row(const AuditEntry &e)
{
    return {time(e.time),
            e.staffUser,
            e.ticket,
            e.project,
            e.region,
            e.backup,
            e.source,
            e.target,
            e.branchFrom,
            optionsText(e.options),
            e.activityIds.join(u' '),
            e.outcome.isEmpty() ? tr("unknown") : e.outcome,
            time(e.updated)};
}

QString AuditExport::toCsv(const QList<AuditEntry> &entries)
{
    QStringList lines;
    auto line = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        return quoted.join(u',');
    };
    lines.append(line(headers()));
    for (const AuditEntry &e : entries)
        lines.append(line(row(e)));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString AuditExport::toMarkdown(const QList<AuditEntry> &entries)
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList escaped;
        for (const QString &c : cells)
            escaped.append(markdownCell(c));
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    const QStringList head = headers();
    QStringList lines{line(head),
                      u'|' + QStringList(head.size(), QStringLiteral(" --- ")).join(u'|') + u'|'};
    for (const AuditEntry &e : entries)
        lines.append(line(row(e)));
    return lines.join(u'\n') + u'\n';
}

} // namespace bc
