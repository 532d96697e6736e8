#include "command.h"

#include "activitywaiter.h"
#include "client/accountstore.h"
#include "client/apiclient.h"
#include "client/tokenstore.h"
#include "console.h"
#include "exitcode.h"
#include "lineprompt.h"
#include "tablewriter.h"

#include <QCommandLineParser>

#include <memory>

namespace bc::cli {

int exitCodeFor(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Auth || error.kind == ApiError::Kind::Keychain
        || error.httpStatus == 401)
        return Authentication;
    if (error.httpStatus == 404)
        return NotFound;
    return Failed;
}

Command::Command(QObject *parent)
    : QObject(parent)
{ }

Command::~Command() = default;

void Command::addOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

QString Command::checkArguments(const Invocation &invocation) const
{
    if (needs() & Need::Project && invocation.project().isEmpty())
        return tr("No project given: pass -p PROJECT (or set PLATFORM_PROJECT).");
    if (needs() & Need::Wait) {
        bool ok = false;
        const int seconds = invocation.value(invocation.options->giveUpAfter).toInt(&ok);
        if (!ok || seconds < 0)
            return tr("--give-up-after takes a number of seconds, 0 or more.");
    }
    if (!(needs() & Need::Listing))
        return {};
    const QString format = invocation.value(invocation.options->format);
    if (!TableWriter::formatFromName(format))
        return tr("Unknown format: %1 (use table, csv, tsv or json).").arg(format);
    QString error;
    if (!TableWriter::parseColumns(invocation.values(invocation.options->columns), columns(),
                                   &error))
        return error;
    return {};
}

void Command::start(const Invocation &invocation)
{
    m_invocation = invocation;
    run();
}

void Command::succeed()
{
    finish(Success);
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void Command::fail(const ApiError &error)
{
    // The client's sentence asks a person at a window for a new token; here it is a variable
    // or a keychain account that needs one.
    if (error.kind == ApiError::Kind::Auth)
        Console::message(tr("The API token was refused (%1). Check PLATFORMSH_CLI_TOKEN or "
                            "UPSUN_CLI_TOKEN, or add the account again with account:add.")
                             .arg(error.message.isEmpty() ? tr("no message") : error.message));
    else
        Console::message(error.describe());
    finish(exitCodeFor(error));
}

void Command::refuse(const QString &reason, int exitCode)
{
    Console::message(reason);
    finish(exitCode);
}

void Command::confirm(const QString &question, std::function<void()> proceed)
{
    if (invocation().yes())
        return proceed();
    if (!Console::stdinIsTerminal())
        return refuse(tr("%1\nNothing was changed: this needs a confirmation, and standard input "
                         "is not a terminal. Pass --yes to confirm.")
                          .arg(question));
    auto *prompt = new LinePrompt(this);
    connect(prompt, &LinePrompt::answered, this,
            [this, prompt, proceed = std::move(proceed)](const QString &answer) {
                prompt->deleteLater();
                const QString a = answer.toLower();
                if (a == QLatin1String("y") || a == QLatin1String("yes"))
                    return proceed();
                refuse(tr("Cancelled: nothing was changed."));
            });
    prompt->ask(question + QLatin1Char(' ') + tr("Continue? [y/N] "));
}

void Command::withEnvironment(std::function<void(const QString &)> next)
{
    const QString explicitEnvironment = invocation().environment();
    if (!explicitEnvironment.isEmpty())
        return next(explicitEnvironment);
    client()->project(
        invocation().project(), this, [this, next = std::move(next)](Result<Project> project) {
            if (!project.ok())
                return fail(project.error());
            if (project->defaultBranch.isEmpty())
                return refuse(tr("No environment given: pass -e ENVIRONMENT."), Usage);
            next(project->defaultBranch);
        });
}

void Command::waitFor(const Activity &activity, std::function<void(const Activity &)> next)
{
    auto *waiter = new ActivityWaiter(client(), activity, this);
    waiter->setGiveUpAfter(invocation().value(invocation().options->giveUpAfter).toInt());
    connect(waiter, &ActivityWaiter::failed, this, [this](const ApiError &error) { fail(error); });
    connect(waiter, &ActivityWaiter::gaveUp, this,
            [this](const Activity &last, const ApiError &error, int failures, qint64 seconds) {
                const QString project
                    = last.project.isEmpty() ? invocation().project() : last.project;
                refuse(tr("Stopped waiting for activity %1 (%2): its status could not be read "
                          "%3 times in a row (waited %4 s in all). Last error: %5\n"
                          "The action was accepted and may still be running. Check it with:\n"
                          "  backup-console activities -p %6\n"
                          "  backup-console activity:log %1 -p %6")
                           .arg(last.id, last.type)
                           .arg(failures)
                           .arg(seconds)
                           .arg(error.describe(), project),
                       StoppedWaiting);
            });
    connect(waiter, &ActivityWaiter::finished, this,
            [next = std::move(next)](const Activity &done) { next(done); });
    waiter->start();
}

// One client per keychain account whose token can be read (fleet, compliance --all-accounts);
// an account whose token cannot be read is skipped with a line on stderr.
void Command::withAllAccounts(std::function<void(const QList<ApiClient *> &)> next)
{
    const QList<Account> accounts = invocation().accounts->accounts();
    if (accounts.isEmpty())
        return refuse(tr("No accounts: add one with account:add."), Authentication);
    auto clients = std::make_shared<QList<ApiClient *>>();
    auto pending = std::make_shared<int>(int(accounts.size()));
    auto done = std::make_shared<std::function<void(const QList<ApiClient *> &)>>(std::move(next));
    for (const Account &account : accounts) {
        invocation().tokens->readToken(
            account.id, this, [this, account, clients, pending, done](Result<QString> token) {
                if (token.ok()) {
                    auto *c = new ApiClient(account, invocation().network, this);
                    c->setReadNetworks(invocation().readNetworks);
                    c->setApiToken(token.value());
                    clients->append(c);
                } else {
                    Console::message(tr("Skipping the account %1: %2")
                                         .arg(account.label, token.error().describe()));
                }
                if (--*pending == 0)
                    (*done)(*clients);
            });
    }
}

void Command::printRows(const QList<QJsonObject> &rows)
{
    const Invocation &inv = invocation();
    QString error;
    QStringList selected
        = TableWriter::parseColumns(inv.values(inv.options->columns), columns(), &error)
              .value_or(QStringList());
    if (selected.isEmpty())
        selected = defaultColumns();
    const auto format = TableWriter::formatFromName(inv.value(inv.options->format));
    const TableWriter writer(format.value_or(TableWriter::Format::Table), selected,
                             !inv.isSet(inv.options->noHeader));
    Console::outBytes(writer.write(rows));
}

} // namespace bc::cli
