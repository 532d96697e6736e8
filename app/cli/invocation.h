#pragma once

#include "commonoptions.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace bc {
class AccountStore;
class ApiClient;
class TokenStore;
} // namespace bc

namespace bc::cli {

// One run of one command: its parsed options and the services the runner set up for it.
struct Invocation final
{
    const QCommandLineParser *parser = nullptr;
    const CommonOptions *options = nullptr;
    AccountStore *accounts = nullptr;
    TokenStore *tokens = nullptr;
    QNetworkAccessManager *network = nullptr;
    // More connections for commands that fan out over every account (fleet, compliance).
    QList<QNetworkAccessManager *> readNetworks;
    ApiClient *client = nullptr; // set for commands that need the API

    QStringList positional() const { return parser->positionalArguments(); }
    bool isSet(const QCommandLineOption &option) const { return parser->isSet(option); }
    QString value(const QCommandLineOption &option) const { return parser->value(option); }
    QStringList values(const QCommandLineOption &option) const { return parser->values(option); }

    // -p, else $PLATFORM_PROJECT (set inside the platform's containers, so cron jobs need no -p).
    QString project() const;
    // -e, else $PLATFORM_BRANCH; empty when neither is set.
    QString environment() const;
    bool yes() const;
    bool wait() const;
};

} // namespace bc::cli
