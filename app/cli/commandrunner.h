#pragma once

#include "commonoptions.h"
#include "invocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace bc {
class AccountStore;
class TokenStore;
} // namespace bc

namespace bc::cli {

class Command;
class Credentials;

// Runs one command line: finds the command, parses its options (usage errors exit 2), prints
// help, sets up credentials for commands that need the API, starts the command and reports its
// exit code through finished().
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override;

    // arguments as QCoreApplication::arguments(): the program, the command, its options.
    // finished() always follows, queued.
    void start(const QStringList &arguments);

    // Usage line, summary and options of a command; the list of commands for an empty name.
    QString helpText(const QString &commandName);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finishLater(int exitCode);
    void runCommand(Command *command);
    QString commandHelp(Command *command);
    QString overview() const;
    void prepareParser(QCommandLineParser &parser, Command *command);

    QList<Command *> m_commands;
    CommonOptions m_options;
    QCommandLineParser m_parser;
    Invocation m_invocation;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokens;
    std::unique_ptr<AccountStore> m_accounts;
    Credentials *m_credentials;
};

} // namespace bc::cli
