#pragma once

// The actors of the kill -9 drill (tst_faults_kill9): streams of actions that run one after the
// other, each on an environment of its own, and record what they sent and what they were told.
// A CliStream runs the real command line again and again (it waits for its activity); a
// ClientStream takes backups and restores through ApiClient and follows each with an
// ActivityTracker, as the window does.

#include "client/activitytracker.h"
#include "client/apiclient.h"
#include "tst_cli_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace bc::test::kill9 {

// Microseconds since the epoch, the sandbox's unit for times.
inline qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// "2026-12-03T10:22:07.123456+00:00" (the sandbox's created_at) in microseconds; 0 if unreadable.
inline qint64 serverUs(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,6}))?"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    const QDateTime base = QDateTime::fromString(match.captured(1) + QLatin1Char('Z'), Qt::ISODate);
    const QString fraction = QString(match.captured(2) + QStringLiteral("000000")).left(6);
    return base.toSecsSinceEpoch() * 1000000 + fraction.toLongLong();
}

// After the first restart a run lives through, it must end within this (it waited on a server
// that came back): past it, it is killed and counted as a hang.
inline constexpr qint64 ReconnectBoundUs = 20 * 1000000LL;

// One run of the command line.
struct CommandRun
{
    QStringList arguments;
    qint64 startedUs = 0;
    qint64 endedUs = 0; // 0 while running
    qint64 mustEndByUs = 0; // set at the first restart the run lives through
    int code = -1;
    QByteArray out;
    QByteArray err; // with the client's debug lines (bc.client.debug)
    bool hung = false;

    // The activity the run followed (its waiter polls it once the action was accepted).
    QString polledActivity() const
    {
        static const QRegularExpression poll(
            QStringLiteral("GET\\W+\\S*/activities/([A-Za-z0-9]+)\\W+try"));
        const auto match = poll.match(QString::fromUtf8(err));
        return match.hasMatch() ? match.captured(1) : QString();
    }
    // Requests of the action itself (a backup or a restore): never more than one.
    int actionPosts() const
    {
        static const QRegularExpression post(
            QStringLiteral("POST\\W+\\S*/(environments/[^/\\s\"]+/backup|restore)\\W+try"));
        int count = 0;
        for (auto it = post.globalMatch(QString::fromUtf8(err)); it.hasNext(); it.next())
            ++count;
        return count;
    }
};

class CliStream final : public QObject
{
public:
    using Arguments = std::function<QStringList(int index)>;

    CliStream(const Cli &cli, const QString &token, Arguments arguments, QObject *parent = nullptr)
        : QObject(parent)
        , m_environment(cli.environment(token))
        , m_arguments(std::move(arguments))
    {
        m_environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                             QStringLiteral("bc.client.debug=true"));
    }
    Q_DISABLE_COPY_MOVE(CliStream)
    ~CliStream() override
    {
        if (m_process) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    void start()
    {
        m_running = true;
        launch();
    }
    // Lets the current run end, starts no other.
    void stop() { m_running = false; }
    bool idle() const { return !m_process; }
    const QList<CommandRun> &runs() const { return m_runs; }

    void noteRestart(qint64 us)
    {
        if (m_process && m_runs.last().mustEndByUs == 0)
            m_runs.last().mustEndByUs = us + ReconnectBoundUs;
    }
    // Kills a run past its bound; true if it did.
    bool killOverdue(qint64 now)
    {
        if (!m_process || m_runs.last().mustEndByUs == 0 || now <= m_runs.last().mustEndByUs)
            return false;
        m_runs.last().hung = true;
        m_process->kill();
        return true;
    }

private:
    void launch()
    {
        CommandRun run;
        run.arguments = m_arguments(int(m_runs.size()));
        run.startedUs = nowUs();
        m_runs.append(run);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(m_environment);
        m_process->setStandardInputFile(QProcess::nullDevice());
        connect(m_process.get(), &QProcess::readyReadStandardError, this,
                [this] { m_runs.last().err += m_process->readAllStandardError(); });
        connect(m_process.get(), &QProcess::finished, this,
                [this](int code, QProcess::ExitStatus status) { ended(code, status); });
        connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                ended(-1, QProcess::CrashExit);
        });
        m_process->start(qEnvironmentVariable("BC_CLI_BIN"), run.arguments);
    }

    void ended(int code, QProcess::ExitStatus status)
    {
        CommandRun &run = m_runs.last();
        run.endedUs = nowUs();
        run.code = status == QProcess::NormalExit ? code : -2;
        run.out = m_process->readAllStandardOutput();
        run.err += m_process->readAllStandardError();
        m_process->disconnect(this);
        m_process.release()->deleteLater();
        if (m_running)
            QTimer::singleShot(20, this, [this] {
                if (m_running && !m_process)
                    launch();
            });
    }

    QProcessEnvironment m_environment;
    Arguments m_arguments;
    QList<CommandRun> m_runs;
    std::unique_ptr<QProcess> m_process;
    bool m_running = false;
};

// One action of a ClientStream.
struct Intent
{
    QString kind; // backup-live | backup-consistent | restore
    qint64 postedUs = 0;
    qint64 answeredUs = 0; // 0 while the POST is unanswered
    qint64 endedUs = 0; // the tracker's end, or the POST's error
    qint64 mustEndByUs = 0;
    QString ackId; // the activity of the 202; empty when the POST got an error
    QString error;
    std::optional<Activity> end; // as the tracker finished it
    bool hung = false;
    bool done() const { return endedUs != 0; }
};

// Alternates a live backup, a restore (in place, of the newest backup), a consistent backup and
// a restore on one environment, each followed to its end before the next.
class ClientStream final : public QObject
{
public:
    ClientStream(ApiClient *client, const QString &project, const QString &environment,
                 QObject *parent = nullptr)
        : QObject(parent)
        , m_client(client)
        , m_project(project)
        , m_environment(environment)
    { }
    Q_DISABLE_COPY_MOVE(ClientStream)

    void start()
    {
        m_running = true;
        next();
    }
    void stop() { m_running = false; }
    bool idle() const { return !m_busy; }
    const QList<Intent> &intents() const { return m_intents; }

    void noteRestart(qint64 us)
    {
        if (m_busy && !m_intents.isEmpty() && !m_intents.last().done()
            && m_intents.last().mustEndByUs == 0)
            m_intents.last().mustEndByUs = us + ReconnectBoundUs;
    }
    bool killOverdue(qint64 now)
    {
        if (m_intents.isEmpty() || m_intents.last().done() || m_intents.last().mustEndByUs == 0
            || now <= m_intents.last().mustEndByUs)
            return false;
        m_intents.last().hung = true;
        delete m_tracker;
        m_tracker = nullptr;
        finish(QStringLiteral("hung"));
        return true;
    }

private:
    // Reads (GETs) that fail are tried again a moment later: they send no action.
    void later(std::function<void()> step)
    {
        QTimer::singleShot(200, this, [this, step = std::move(step)] {
            if (m_running)
                step();
            else
                m_busy = false;
        });
    }

    void next()
    {
        m_busy = m_running;
        if (!m_running)
            return;
        const int turn = m_turn++ % 4;
        if (turn % 2 == 1)
            return restore();
        m_client->environment(
            m_project, m_environment, this, [this, turn](Result<Environment> environment) {
                if (!environment.ok())
                    return later([this] { next(); });
                post(turn == 0 ? QStringLiteral("backup-live")
                               : QStringLiteral("backup-consistent"),
                     [this, env = environment.value(), safe = turn == 2](Callback<Activity> cb) {
                         m_client->createBackup(env, safe, this, std::move(cb));
                     });
            });
    }

    void restore()
    {
        m_client->backups(m_project, m_environment, this, [this](Result<QList<Backup>> backups) {
            if (!backups.ok())
                return later([this] { restore(); });
            for (const Backup &backup : backups.value()) {
                if (backup.restorable && backup.status == QLatin1String("CREATED"))
                    return post(QStringLiteral("restore"), [this, backup](Callback<Activity> cb) {
                        m_client->restoreBackup(backup, RestoreRequest{}, this, std::move(cb));
                    });
            }
            next();
        });
    }

    void post(const QString &kind, const std::function<void(Callback<Activity>)> &send)
    {
        Intent intent;
        intent.kind = kind;
        intent.postedUs = nowUs();
        m_intents.append(intent);
        send([this](Result<Activity> activity) {
            Intent &current = m_intents.last();
            current.answeredUs = nowUs();
            if (!activity.ok())
                return finish(activity.error().describe());
            current.ackId = activity->id;
            follow(activity.value());
        });
    }

    void follow(const Activity &activity)
    {
        m_tracker = new ActivityTracker(m_client, activity, this);
        connect(m_tracker, &ActivityTracker::finished, this, [this](const Activity &done) {
            m_intents.last().end = done;
            finish({});
        });
        connect(m_tracker, &ActivityTracker::failed, this,
                [this](const ApiError &error) { finish(error.describe()); });
        m_tracker->start();
    }

    void finish(const QString &error)
    {
        Intent &current = m_intents.last();
        current.endedUs = nowUs();
        current.error = error;
        if (m_tracker) {
            m_tracker->deleteLater();
            m_tracker = nullptr;
        }
        QTimer::singleShot(20, this, [this] { next(); });
    }

    ApiClient *m_client;
    QString m_project;
    QString m_environment;
    QList<Intent> m_intents;
    QPointer<ActivityTracker> m_tracker;
    int m_turn = 0;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace bc::test::kill9
