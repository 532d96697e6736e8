#include "accountremovecommand.h"

#include "../console.h"
#include "../credentials.h"
#include "client/accountstore.h"
#include "client/tokenstore.h"

namespace bc::cli {

void AccountRemoveCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account's label or id."));
}

QString AccountRemoveCommand::checkArguments(const Invocation &invocation) const
{
    if (invocation.positional().size() != 1)
        return tr("account:remove takes one account label or id.");
    return {};
}

void AccountRemoveCommand::run()
{
    QString error;
    int code = 0;
    const auto account = Credentials::findAccount(
        *invocation().accounts, invocation().positional().constFirst(), &error, &code);
    if (!account)
        return refuse(error, code);
    confirm(tr("The account %1 and its API token will be removed.").arg(account->label),
            [this, account = *account] {
                invocation().tokens->deleteToken(
                    account.id, this, [this, account](Result<Done> deleted) {
                        const Result<Done> removed = invocation().accounts->remove(account.id);
                        if (!deleted.ok())
                            Console::message(tr("The token could not be deleted from the "
                                                "keychain: %1")
                                                 .arg(deleted.error().describe()));
                        if (!removed.ok())
                            return refuse(tr("The account %1 was not removed: %2")
                                              .arg(account.label, removed.error().describe()),
                                          1);
                        Console::message(tr("Removed the account %1.").arg(account.label));
                        succeed();
                    });
            });
}

} // namespace bc::cli
