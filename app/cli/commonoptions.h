#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QFlags>

class QCommandLineParser;

namespace bc::cli {

// What a command needs from the shared options; the runner adds only those to its parser.
enum class Need : unsigned {
    Api = 0x1, // credentials: --account, --api-url, --auth-url (+ --config)
    Project = 0x2, // -p/--project
    Environment = 0x4, // -e/--environment
    Listing = 0x8, // --format, --columns, --no-header
    Confirm = 0x10, // -y/--yes
    Wait = 0x20, // -W/--no-wait, --give-up-after
    Accounts = 0x40, // --config (the accounts file) without credentials
};
Q_DECLARE_FLAGS(Needs, Need)
Q_DECLARE_OPERATORS_FOR_FLAGS(Needs)

// The options every command shares, defined once so that they read the same everywhere.
struct CommonOptions final
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CommonOptions)

public:
    CommonOptions();
    void addTo(QCommandLineParser &parser, Needs needs) const;

    QCommandLineOption help;
    QCommandLineOption account;
    QCommandLineOption apiUrl;
    QCommandLineOption authUrl;
    QCommandLineOption config;
    QCommandLineOption project;
    QCommandLineOption environment;
    QCommandLineOption format;
    QCommandLineOption columns;
    QCommandLineOption noHeader;
    QCommandLineOption yes;
    QCommandLineOption noWait;
    QCommandLineOption giveUpAfter;
};

} // namespace bc::cli
