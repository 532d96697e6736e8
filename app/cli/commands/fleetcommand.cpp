#include "fleetcommand.h"

#include "../console.h"
#include "../exitcode.h"
#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/fleetformat.h"
#include "client/fleetloader.h"
#include "client/tokenstore.h"

#include <memory>

namespace bc::cli {

FleetCommand::FleetCommand(QObject *parent)
    : Command(parent)
    , m_format(QStringLiteral("format"), tr("Output format: table, csv or json."), tr("FORMAT"),
               QStringLiteral("table"))
    , m_staleAfter(QStringLiteral("stale-after"),
                   tr("An environment is stale when its last backup is older (default 24)."),
                   tr("HOURS"), QStringLiteral("24"))
    , m_includeStaging(QStringLiteral("include-staging"), tr("Show staging environments too."))
    , m_allAccounts(QStringLiteral("all-accounts"), tr("Every keychain account, not just one."))
{ }

void FleetCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_format, m_staleAfter, m_includeStaging, m_allAccounts});
}

QString FleetCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("fleet takes no arguments.");
    if (!FleetFormat::kindFromString(invocation.value(m_format)))
        return tr("Unknown format: %1 (use table, csv or json).").arg(invocation.value(m_format));
    bool ok = false;
    if (invocation.value(m_staleAfter).toInt(&ok) < 1 || !ok)
        return tr("--stale-after needs a positive number of hours.");
    return Command::checkArguments(invocation);
}

void FleetCommand::run()
{
    if (invocation().isSet(m_allAccounts))
        return withAllAccounts([this](const QList<ApiClient *> &clients) { load(clients); });
    load({client()});
}

void FleetCommand::load(const QList<ApiClient *> &clients)
{
    auto *loader = new FleetLoader(clients, this);
    FleetOptions options;
    options.staleAfter = std::chrono::hours(invocation().value(m_staleAfter).toInt());
    options.includeStaging = invocation().isSet(m_includeStaging);
    loader->setOptions(options);
    const auto kind = *FleetFormat::kindFromString(invocation().value(m_format));
    connect(loader, &FleetLoader::finished, this, [this, loader, kind] {
        Console::outBytes(FleetFormat::format(loader->rows(), kind));
        int code = Success;
        for (const FleetError &e : loader->errors()) {
            QStringList where{e.accountLabel, e.projectId, e.environment};
            where.removeAll(QString());
            Console::message(
                tr("Could not load %1: %2").arg(where.join(QLatin1Char('/')), e.error.describe()));
            code = qMax(code,
                        exitCodeFor(e.error) == Authentication ? int(Authentication) : int(Failed));
        }
        finish(code);
    });
    loader->start();
}

} // namespace bc::cli
