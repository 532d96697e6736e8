#include "commonoptions.h"

#include <QCommandLineParser>

namespace bc::cli {

CommonOptions::CommonOptions()
    : help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , account(QStringLiteral("account"),
              tr("The keychain account to use (label or id); default: $PLATFORMSH_CLI_TOKEN or "
                 "$UPSUN_CLI_TOKEN, else the first account."),
              tr("NAME"))
    , apiUrl(QStringLiteral("api-url"), tr("The API base URL (default: $BACKUP_CONSOLE_API_URL)."),
             tr("URL"))
    , authUrl(QStringLiteral("auth-url"),
              tr("The auth server URL (default: $BACKUP_CONSOLE_AUTH_URL, else the API host)."),
              tr("URL"))
    , config(QStringLiteral("config"), tr("The accounts file (default: the console's settings)."),
             tr("FILE"))
    , project({QStringLiteral("p"), QStringLiteral("project")},
              tr("The project ID (default: $PLATFORM_PROJECT)."), tr("PROJECT"))
    , environment({QStringLiteral("e"), QStringLiteral("environment")},
                  tr("The environment ID (default: $PLATFORM_BRANCH, else the project's default "
                     "branch)."),
                  tr("ENVIRONMENT"))
    , format(QStringLiteral("format"), tr("Output format: table, csv, tsv or json."), tr("FORMAT"),
             QStringLiteral("table"))
    , columns({QStringLiteral("c"), QStringLiteral("columns")},
              tr("Columns to show, separated by commas."), tr("COLUMNS"))
    , noHeader(QStringLiteral("no-header"), tr("Do not print the header row."))
    , yes({QStringLiteral("y"), QStringLiteral("yes")},
          tr("Answer yes to the confirmation (needed when standard input is not a terminal)."))
    , noWait({QStringLiteral("W"), QStringLiteral("no-wait")},
             tr("Return as soon as the request is accepted; do not wait for the activity."))
    , giveUpAfter(QStringLiteral("give-up-after"),
                  tr("Stop waiting (exit code 5) when the activity's status could not be read "
                     "for this many seconds in a row (default: 300)."),
                  tr("SECONDS"), QStringLiteral("300"))
{ }

void CommonOptions::addTo(QCommandLineParser &parser, Needs needs) const
{
    parser.addOption(help);
    if (needs & Need::Api)
        parser.addOptions({account, apiUrl, authUrl});
    if (needs & (Need::Api | Need::Accounts))
        parser.addOption(config);
    if (needs & Need::Project)
        parser.addOption(project);
    if (needs & Need::Environment)
        parser.addOption(environment);
    if (needs & Need::Listing)
        parser.addOptions({format, columns, noHeader});
    if (needs & Need::Confirm)
        parser.addOption(yes);
    if (needs & Need::Wait)
        parser.addOptions({noWait, giveUpAfter});
}

} // namespace bc::cli
