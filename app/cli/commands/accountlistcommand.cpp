#include "accountlistcommand.h"

#include "../objectrows.h"
#include "client/accountstore.h"

namespace bc::cli {

QStringList AccountListCommand::columns() const
{
    return rows::accountColumns();
}

QStringList AccountListCommand::defaultColumns() const
{
    return {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("api_url"),
            QStringLiteral("user"), QStringLiteral("default")};
}

void AccountListCommand::run()
{
    const QList<Account> accounts = invocation().accounts->accounts();
    QList<QJsonObject> list;
    for (qsizetype i = 0; i < accounts.size(); ++i)
        list.append(rows::account(accounts.at(i), i == 0));
    printRows(list);
    succeed();
}

} // namespace bc::cli
