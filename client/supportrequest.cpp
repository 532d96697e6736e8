#include "supportrequest.h"

#include "restoreplan.h"

namespace bc {

QString SupportRequest::subject(const RestorePlan &plan)
{
    return tr("Restore a backup to another environment (project %1)").arg(plan.input().project.id);
}

QString SupportRequest::body(const RestorePlan &plan)
{
    const RestoreInput &in = plan.input();
    QStringList lines{
        tr("Hello,"),
        QString(),
        tr("Our project is on a legacy region, which refuses restores to another environment. "
           "Please restore this backup for us:"),
        QString(),
        tr("Project: %1 (%2)").arg(in.project.id, in.project.title),
        tr("Region: %1").arg(in.project.region),
        tr("Backup ID: %1").arg(in.backup.id),
        tr("Backup date: %1").arg(in.backup.createdAt.toUTC().toString(Qt::ISODate)),
        tr("Backup of environment: %1").arg(plan.sourceName()),
    };
    if (plan.createsEnvironment())
        lines.append(tr("Wanted target: a new environment %1, branched from %2")
                         .arg(plan.targetName(), plan.branchFrom()));
    else
        lines.append(tr("Wanted target: the existing environment %1").arg(plan.targetName()));
    lines.append(tr("Restore code: %1").arg(in.options.restoreCode ? tr("yes") : tr("no")));
    lines.append(
        tr("Restore resources: %1").arg(in.options.restoreResources ? tr("yes") : tr("no")));
    if (!in.options.resourcesInit.isEmpty())
        lines.append(tr("Resources for new containers: %1").arg(in.options.resourcesInit));
    lines.append(tr("Equivalent command: %1").arg(plan.commandLine()));
    lines.append(QString());
    lines.append(tr("Thank you."));
    return lines.join(u'\n') + u'\n';
}

} // namespace bc
