#include "backupscommand.h"

#include "../objectrows.h"
#include "client/apiclient.h"

namespace bc::cli {

QStringList BackupsCommand::columns() const
{
    return rows::backupColumns();
}

QStringList BackupsCommand::defaultColumns() const
{
    return rows::backupDefaultColumns();
}

void BackupsCommand::run()
{
    withEnvironment([this](const QString &environment) {
        client()->backups(invocation().project(), environment, this,
                          [this](Result<QList<Backup>> backups) {
                              if (!backups.ok())
                                  return fail(backups.error());
                              QList<QJsonObject> list;
                              for (const Backup &backup : backups.value())
                                  list.append(rows::backup(backup));
                              printRows(list);
                              succeed();
                          });
    });
}

} // namespace bc::cli
