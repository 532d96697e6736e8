#include "commandrunner.h"

#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/settingsfile.h"
#include "client/tokenstore.h"
#include "command.h"
#include "commandregistry.h"
#include "console.h"
#include "credentials.h"
#include "exitcode.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace bc::cli {

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_commands(CommandRegistry::createAll(this))
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenStore(this))
    , m_credentials(new Credentials(this))
{
    connect(m_tokens, &TokenStore::keychainUnavailable, this, [](const ApiError &error) {
        Console::message(tr("Warning: the keychain is not available (%1): API tokens can be "
                            "neither read from it nor saved in it. Set PLATFORMSH_CLI_TOKEN, or "
                            "start a keyring (Secret Service).")
                             .arg(error.message));
    });
}

CommandRunner::~CommandRunner() = default;

void CommandRunner::finishLater(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CommandRunner::prepareParser(QCommandLineParser &parser, Command *command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setApplicationDescription(command->description());
    m_options.addTo(parser, command->needs());
    command->addOptions(parser);
}

QString CommandRunner::commandHelp(Command *command)
{
    QCommandLineParser parser;
    prepareParser(parser, command);
    // Qt's usage line names neither the command nor its place: write our own.
    QString text = parser.helpText();
    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
    QString usage = tr("Usage: backup-console %1 [options]").arg(command->name());
    if (!command->synopsis().isEmpty())
        usage += QLatin1Char(' ') + command->synopsis();
    if (!command->aliases().isEmpty())
        usage += QLatin1Char('\n')
            + tr("Aliases: %1").arg(command->aliases().join(QLatin1String(", ")));
    return usage + QLatin1Char('\n') + text;
}

QString CommandRunner::overview() const
{
    QString text = tr("Usage: backup-console COMMAND [options]\n"
                      "       backup-console help COMMAND\n\n"
                      "Without a command, the console's window opens.\n\nCommands:\n");
    qsizetype width = 0;
    for (const Command *command : m_commands)
        width = qMax(width, command->name().size());
    for (const Command *command : m_commands) {
        QString line
            = QLatin1String("  ") + command->name().leftJustified(width + 2) + command->summary();
        if (!command->aliases().isEmpty())
            line += QLatin1String(" (") + command->aliases().join(QLatin1String(", "))
                + QLatin1Char(')');
        text += line + QLatin1Char('\n');
    }
    text += tr("\nCredentials: PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN with BACKUP_CONSOLE_API_URL "
               "and BACKUP_CONSOLE_AUTH_URL,\nor a keychain account (account:add).\n"
               "Exit codes: 0 success, 1 refused or failed, 2 usage, 3 authentication, "
               "4 not found, 5 stopped waiting (the action may still be running).\n");
    return text;
}

QString CommandRunner::helpText(const QString &commandName)
{
    if (commandName.isEmpty())
        return overview();
    Command *command = CommandRegistry::find(m_commands, commandName);
    return command ? commandHelp(command) : QString();
}

void CommandRunner::start(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("help")) {
        const QString topic = arguments.value(2);
        const QString text = helpText(topic);
        if (text.isEmpty()) {
            Console::message(tr("Unknown command: %1").arg(topic));
            return finishLater(Usage);
        }
        Console::out(text);
        return finishLater(Success);
    }
    Command *command = CommandRegistry::find(m_commands, name);
    if (!command) {
        Console::message(tr("Unknown command: %1. See: backup-console help").arg(name));
        return finishLater(Usage);
    }
    prepareParser(m_parser, command);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (!m_parser.parse(rest)) {
        Console::message(m_parser.errorText() + QLatin1Char('\n')
                         + tr("See: backup-console help %1").arg(command->name()));
        return finishLater(Usage);
    }
    if (m_parser.isSet(m_options.help)) {
        Console::out(commandHelp(command));
        return finishLater(Success);
    }
    runCommand(command);
}

void CommandRunner::runCommand(Command *command)
{
    m_invocation.parser = &m_parser;
    m_invocation.options = &m_options;
    m_invocation.network = m_network;
    if (m_invocation.readNetworks.isEmpty())
        m_invocation.readNetworks = ApiClient::makeReadNetworks(m_network);
    m_invocation.tokens = m_tokens;
    const bool hasConfig = command->needs() & (Need::Api | Need::Accounts);
    m_accounts = hasConfig && m_parser.isSet(m_options.config)
        ? std::make_unique<AccountStore>(m_parser.value(m_options.config))
        : std::make_unique<AccountStore>();
    m_invocation.accounts = m_accounts.get();
    // Before anything writes it: a settings file that cannot be read is kept aside and named.
    const QString settingsFile = hasConfig && m_parser.isSet(m_options.config)
        ? m_parser.value(m_options.config)
        : QString();
    if (const std::optional<ApiError> problem = SettingsFile::check(settingsFile))
        Console::message(tr("Warning: %1").arg(problem->describe()));

    const QString usageError = command->checkArguments(m_invocation);
    if (!usageError.isEmpty()) {
        Console::message(usageError + QLatin1Char('\n')
                         + tr("See: backup-console help %1").arg(command->name()));
        return finishLater(Usage);
    }
    connect(command, &Command::finished, this, &CommandRunner::finishLater);
    if (!(command->needs() & Need::Api)) {
        QTimer::singleShot(0, command, [this, command] { command->start(m_invocation); });
        return;
    }
    m_credentials->resolve(m_invocation, [this, command](Credentials::Outcome outcome) {
        if (!outcome.client) {
            Console::message(outcome.message);
            return finishLater(outcome.exitCode);
        }
        m_invocation.client = outcome.client;
        command->start(m_invocation);
    });
}

} // namespace bc::cli
