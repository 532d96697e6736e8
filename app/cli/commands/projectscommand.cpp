#include "projectscommand.h"

#include "../objectrows.h"
#include "client/apiclient.h"

namespace bc::cli {

QStringList ProjectsCommand::columns() const
{
    return rows::projectColumns();
}

QStringList ProjectsCommand::defaultColumns() const
{
    return {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("region"),
            QStringLiteral("status")};
}

void ProjectsCommand::run()
{
    client()->projects(this, [this](Result<QList<ProjectRef>> projects) {
        if (!projects.ok())
            return fail(projects.error());
        QList<QJsonObject> list;
        for (const ProjectRef &project : projects.value())
            list.append(rows::project(project));
        printRows(list);
        succeed();
    });
}

} // namespace bc::cli
