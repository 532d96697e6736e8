#include "environmentscommand.h"

#include "../objectrows.h"
#include "client/apiclient.h"

namespace bc::cli {

QStringList EnvironmentsCommand::columns() const
{
    return rows::environmentColumns();
}

QStringList EnvironmentsCommand::defaultColumns() const
{
    return {QStringLiteral("id"),     QStringLiteral("title"),  QStringLiteral("type"),
            QStringLiteral("status"), QStringLiteral("parent"), QStringLiteral("last_backup_at")};
}

void EnvironmentsCommand::run()
{
    client()->environments(invocation().project(), this,
                           [this](Result<QList<Environment>> environments) {
                               if (!environments.ok())
                                   return fail(environments.error());
                               QList<QJsonObject> list;
                               for (const Environment &environment : environments.value())
                                   list.append(rows::environment(environment));
                               printRows(list);
                               succeed();
                           });
}

} // namespace bc::cli
