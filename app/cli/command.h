#pragma once

#include "client/apierror.h"
#include "client/types.h"
#include "commonoptions.h"
#include "invocation.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QCommandLineParser;

namespace bc::cli {

// One command of the command line. The runner parses its options, sets up credentials when it
// needs the API, then calls start(); the command ends by emitting finished() exactly once, from
// a callback: no command blocks or spins an event loop.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    explicit Command(QObject *parent = nullptr);
    ~Command() override;

    virtual QString name() const = 0;
    virtual QStringList aliases() const { return {}; }
    virtual QString summary() const = 0;
    // The paragraph at the top of the command's --help; the summary unless it has more to say.
    virtual QString description() const { return summary(); }
    virtual Needs needs() const = 0;
    // The arguments part of the usage line, e.g. "[ID]".
    virtual QString synopsis() const { return {}; }
    // The command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser &parser);
    // Checked before anything is sent; a usage error message, or empty.
    virtual QString checkArguments(const Invocation &invocation) const;

    // Listing commands: the columns they know and the ones shown by default.
    virtual QStringList columns() const { return {}; }
    virtual QStringList defaultColumns() const { return columns(); }

    void start(const Invocation &invocation);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    virtual void run() = 0;

    const Invocation &invocation() const { return m_invocation; }
    ApiClient *client() const { return m_invocation.client; }

    void succeed();
    void finish(int exitCode);
    // The error's sentence on stderr; exit code 3, 4 or 1 by its kind and status.
    void fail(const ApiError &error);
    // A refusal (or failure) with our own reason.
    void refuse(const QString &reason, int exitCode = 1);
    // Runs proceed when --yes is given or a person at the terminal answers yes; refuses without
    // a terminal, and ends the command (changing nothing) when the answer is no.
    void confirm(const QString &question, std::function<void()> proceed);
    // The environment to act on: -e, $PLATFORM_BRANCH, else the project's default branch.
    void withEnvironment(std::function<void(const QString &)> next);
    // Follows the activity (with progress on a terminal); next runs once it has finished,
    // successfully or not. A tracker that gives up fails the command.
    void waitFor(const Activity &activity, std::function<void(const Activity &)> next);
    // Every keychain account's client, for the commands that look across accounts.
    void withAllAccounts(std::function<void(const QList<ApiClient *> &)> next);
    // A listing on stdout with --format, --columns and --no-header.
    void printRows(const QList<QJsonObject> &rows);

private:
    Invocation m_invocation;
    bool m_finished = false;
};

// Exit code for an API error: 3 authentication, 4 not found, 1 otherwise.
int exitCodeFor(const ApiError &error);

} // namespace bc::cli
