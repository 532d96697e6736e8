// Issue 15 item 4, the fault matrix: every call the console makes, against each fault the network
// or a broken server can deal it (the sandbox's fault rules, each firing once). A cell is clean
// when the call ends (no hang) with a typed error whose message is a sentence, not the body, or
// with the true answer (after a retry, for reads); an action reaches the server at most once.
// Prints the matrix as Markdown; with BC_FAULT_MATRIX_MD=FILE it writes docs/fault-matrix.md.
#include "client/apiclient.h"
#include "client/encode.h"
#include "client/links.h"
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace bc;
using namespace bc::test;
using namespace std::chrono_literals;

namespace {

// The normal timeout, and the one of the hang column (which must stay fast).
constexpr std::chrono::milliseconds normalTimeout = 10s;
constexpr std::chrono::milliseconds hangTimeout = 600ms;
// A call not ended by then hangs (the slowest clean cell: a 429 with Retry-After: 1).
constexpr int callDeadlineMs = 20000;

struct Fault
{
    QString name;
    QString action; // the rule's action; {URL} is the redirect target
};

const QList<Fault> &faults()
{
    static const QList<Fault> all{
        {QStringLiteral("500"), QStringLiteral("status:500")},
        {QStringLiteral("502 HTML page"), QStringLiteral("html:502")},
        {QStringLiteral("429 + Retry-After"), QStringLiteral("status:429,retry-after=1")},
        {QStringLiteral("dropped connection"), QStringLiteral("drop")},
        {QStringLiteral("truncated body"), QStringLiteral("truncate")},
        {QStringLiteral("hang past the timeout"), QStringLiteral("hang")},
        {QStringLiteral("malformed JSON"), QStringLiteral("json")},
        {QStringLiteral("wrong types"), QStringLiteral("types")},
        {QStringLiteral("wrong content type"), QStringLiteral("contenttype")},
        {QStringLiteral("2 MB of garbage"), QStringLiteral("garbage:2097152")},
        {QStringLiteral("redirect to another host"), QStringLiteral("redirect:{URL}")},
    };
    return all;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Http:
        return QStringLiteral("Http");
    case ApiError::Kind::Api:
        return QStringLiteral("Api");
    case ApiError::Kind::Decode:
        return QStringLiteral("Decode");
    case ApiError::Kind::Auth:
        return QStringLiteral("Auth");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiError::Kind::NotAllowed:
        return QStringLiteral("NotAllowed");
    case ApiError::Kind::Keychain:
        return QStringLiteral("Keychain");
    case ApiError::Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case ApiError::Kind::Storage:
        return QStringLiteral("Storage");
    }
    return QStringLiteral("?");
}

// How one call ended: its error, or a print of its answer to compare with the true one.
struct Got
{
    bool done = false;
    std::optional<ApiError> error;
    QString print;
};

// Starts a call and waits (without a nested loop) until its callback ran or the deadline passed.
template<typename T>
Got await(const std::function<CallHandle(Callback<T>)> &start,
          const std::function<QString(const T &)> &print)
{
    auto slot = std::make_shared<std::optional<Result<T>>>();
    const CallHandle handle = start([slot](Result<T> result) { slot->emplace(std::move(result)); });
    Got got;
    got.done = QTest::qWaitFor([&] { return slot->has_value(); }, callDeadlineMs);
    if (!got.done) {
        handle.cancel();
        return got;
    }
    if ((*slot)->ok())
        got.print = print((*slot)->value());
    else
        got.error = (*slot)->error();
    return got;
}

template<typename T>
QString idsOf(const QList<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids << item.id;
    return ids.join(u',');
}

// A row of the matrix: prepare() readies the world with the helper client (no fault yet) and
// gives the path glob the call will request; run() makes the call with the client under test.
struct Row
{
    QString name;
    QByteArray method;
    std::function<QString(QString *why)> prepare;
    std::function<Got(ApiClient *)> run;
    QString expected; // the print of a correct answer (reads: an unfaulted call's, after prepare)
};

struct Cell
{
    QString glob; // the path the call requested
    QString outcome;
    QString message; // the error's describe(), what the user reads
    QStringList problems; // empty: clean
};

} // namespace

class TestFaultsMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix();

private:
    void buildRows();
    // beforeReset runs after the row's setup, before the request log is cleared.
    Cell runCell(Row &row, const Fault &fault, const std::function<void()> &beforeReset);
    bool sandboxCall(const QByteArray &method, const QString &path, const QByteArray &body,
                     QJsonDocument *answer = nullptr);
    int count(const QString &glob, const QByteArray &method);
    // The environment with its #backup link (not busy), waited for.
    std::optional<Environment> readyEnvironment(const QString &project, const QString &name,
                                                QString *why);
    // Lists the environment's backups (the helper's client, no fault) and keeps the first that
    // `wanted` accepts in *found (left as it was when none does).
    Got firstBackup(const QString &project, const QString &environment,
                    const std::function<bool(const Backup &)> &wanted,
                    const std::shared_ptr<Backup> &found);
    void readRow(const QString &name, const QString &path,
                 const std::function<Got(ApiClient *)> &run);
    QString markdown(const QList<QList<Cell>> &cells, int clean, int total, qint64 elapsedMs) const;

    SandboxProcess m_sandbox{{QStringLiteral("--regional-links")}};
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<ApiClient> m_helper; // readies the world, never faulted
    std::unique_ptr<ApiClient> m_client; // under test
    QList<Row> m_rows;
};

void TestFaultsMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
    const QUrl base = m_sandbox.baseUrl();
    for (auto *client : {&m_helper, &m_client}) {
        *client = std::make_unique<ApiClient>(Account::custom(base, base), &m_network);
        (*client)->setApiToken(QString::fromLatin1(demo::adminToken));
        (*client)->setRetryDelays(20ms, 100ms);
        (*client)->setTransferTimeout(normalTimeout);
    }
}

bool TestFaultsMatrix::sandboxCall(const QByteArray &method, const QString &path,
                                   const QByteArray &body, QJsonDocument *answer)
{
    std::unique_ptr<QNetworkReply> reply(m_http->send(method, path, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 15000))
        return false;
    if (answer)
        *answer = SandboxHttp::json(reply.get());
    return SandboxHttp::status(reply.get()) / 100 == 2;
}

int TestFaultsMatrix::count(const QString &glob, const QByteArray &method)
{
    QJsonDocument answer;
    if (!sandboxCall("GET",
                     QStringLiteral("/__sandbox/requests?method=%1&path=%2")
                         .arg(QString::fromLatin1(method),
                              QString::fromLatin1(QUrl::toPercentEncoding(glob))),
                     {}, &answer))
        return -1;
    return answer.object().value(QLatin1String("count")).toInt(-1);
}

Got TestFaultsMatrix::firstBackup(const QString &project, const QString &environment,
                                  const std::function<bool(const Backup &)> &wanted,
                                  const std::shared_ptr<Backup> &found)
{
    return await<QList<Backup>>(
        [&](Callback<QList<Backup>> cb) {
            return m_helper->backups(project, environment, this,
                                     [cb, found, wanted](Result<QList<Backup>> r) {
                                         if (r.ok()) {
                                             for (const Backup &b : r.value()) {
                                                 if (wanted(b)) {
                                                     *found = b;
                                                     break;
                                                 }
                                             }
                                         }
                                         cb(std::move(r));
                                     });
        },
        [](const QList<Backup> &) -> QString { return QString(); });
}

std::optional<Environment> TestFaultsMatrix::readyEnvironment(const QString &project,
                                                              const QString &name, QString *why)
{
    // Asked again and again until it has its #backup link: activities of earlier cells end
    // within a second at --time-scale 0.01.
    std::optional<Environment> ready;
    std::shared_ptr<std::optional<Result<Environment>>> answer;
    const auto isReady = [&] {
        if (answer && answer->has_value()) {
            if (!(*answer)->ok()) {
                *why = (*answer)->error().describe();
                return true;
            }
            if ((*answer)->value().links.has(QLatin1String(Rel::Backup))) {
                ready = (*answer)->value();
                return true;
            }
            answer.reset();
        }
        if (!answer) {
            answer = std::make_shared<std::optional<Result<Environment>>>();
            m_helper->environment(project, name, this, [a = answer](Result<Environment> r) {
                a->emplace(std::move(r));
            });
        }
        return false;
    };
    if (!QTest::qWaitFor(isReady, 15000))
        *why = QStringLiteral("%1/%2 stayed busy").arg(project, name);
    return ready;
}

void TestFaultsMatrix::readRow(const QString &name, const QString &path,
                               const std::function<Got(ApiClient *)> &run)
{
    Row row;
    row.name = name;
    row.method = "GET";
    row.run = run;
    const qsizetype index = m_rows.size();
    row.prepare = [this, index, path](QString *why) {
        // The true answer, now: the faulted call must give the same.
        const Got truth = m_rows[index].run(m_helper.get());
        if (!truth.done || truth.error) {
            *why = truth.error ? truth.error->describe() : QStringLiteral("no answer");
            return QString();
        }
        m_rows[index].expected = truth.print;
        return path;
    };
    m_rows.append(row);
}

void TestFaultsMatrix::buildRows()
{
    // Reads on projects no action of the matrix touches, so their answers stay the same.
    const QString reads = QLatin1String(demo::legacyUsProject);
    const QString settings = QLatin1String(demo::legacyEuProject);
    const QString actions = QLatin1String(demo::eu3Project);
    const QString cancels = QLatin1String(demo::us2Project);
    readRow(QStringLiteral("me"), QStringLiteral("/users/me"), [this](ApiClient *c) {
        return await<UserInfo>(
            [&](Callback<UserInfo> cb) { return c->me(this, cb); },
            [](const UserInfo &u) -> QString { return u.id + u'/' + u.username; });
    });
    // The project list: the user's grants, then their projects (two requests, each faulted).
    QString userId;
    {
        const Got me
            = await<UserInfo>([&](Callback<UserInfo> cb) { return m_helper->me(this, cb); },
                              [](const UserInfo &u) -> QString { return u.id; });
        userId = me.print;
    }
    const auto projectList = [this](ApiClient *c) {
        return await<QList<ProjectRef>>(
            [&](Callback<QList<ProjectRef>> cb) { return c->projects(this, cb); },
            [](const QList<ProjectRef> &p) -> QString { return idsOf(p); });
    };
    readRow(QStringLiteral("projects: extended-access"),
            QStringLiteral("/users/%1/extended-access").arg(userId), projectList);
    readRow(QStringLiteral("projects: ref/projects"), QStringLiteral("/ref/projects"), projectList);
    readRow(QStringLiteral("user access"), QStringLiteral("/projects/%1/user-access").arg(reads),
            [this, reads](ApiClient *c) {
                return await<UserAccess>(
                    [&](Callback<UserAccess> cb) { return c->userAccess(reads, this, cb); },
                    [](const UserAccess &a) -> QString {
                        return a.userId + u'/' + a.permissions.join(u',');
                    });
            });
    readRow(QStringLiteral("project"), QStringLiteral("/projects/") + reads,
            [this, reads](ApiClient *c) {
                return await<Project>(
                    [&](Callback<Project> cb) { return c->project(reads, this, cb); },
                    [](const Project &p) -> QString {
                        return p.id + u'/' + p.title + u'/' + p.region;
                    });
            });
    readRow(
        QStringLiteral("environments"), QStringLiteral("/projects/%1/environments").arg(reads),
        [this, reads](ApiClient *c) {
            return await<QList<Environment>>(
                [&](Callback<QList<Environment>> cb) { return c->environments(reads, this, cb); },
                [](const QList<Environment> &e) -> QString { return idsOf(e); });
        });
    readRow(QStringLiteral("environment"),
            QStringLiteral("/projects/%1/environments/staging").arg(reads),
            [this, reads](ApiClient *c) {
                return await<Environment>(
                    [&](Callback<Environment> cb) {
                        return c->environment(reads, QStringLiteral("staging"), this, cb);
                    },
                    [](const Environment &e) -> QString {
                        return e.id + u'/' + e.type + u'/' + e.title;
                    });
            });
    readRow(QStringLiteral("backups"),
            QStringLiteral("/projects/%1/environments/main/backups").arg(reads),
            [this, reads](ApiClient *c) {
                return await<QList<Backup>>(
                    [&](Callback<QList<Backup>> cb) {
                        return c->backups(reads, QStringLiteral("main"), this, cb);
                    },
                    [](const QList<Backup> &b) -> QString { return idsOf(b); });
            });
    // The backup read: the newest of main, found once.
    auto backupId = std::make_shared<QString>();
    {
        const Got list = await<QList<Backup>>(
            [&](Callback<QList<Backup>> cb) {
                return m_helper->backups(reads, QStringLiteral("main"), this, cb);
            },
            [](const QList<Backup> &b) -> QString {
                return b.isEmpty() ? QString() : b.first().id;
            });
        *backupId = list.print;
    }
    readRow(QStringLiteral("backup"),
            QStringLiteral("/projects/%1/environments/main/backups/%2").arg(reads, *backupId),
            [this, reads, backupId](ApiClient *c) {
                return await<Backup>(
                    [&](Callback<Backup> cb) {
                        return c->backup(reads, QStringLiteral("main"), *backupId, this, cb);
                    },
                    [](const Backup &b) -> QString {
                        return b.id + u'/' + b.environment + u'/' + b.status;
                    });
            });
    readRow(
        QStringLiteral("activities"), QStringLiteral("/projects/%1/activities").arg(reads),
        [this, reads](ApiClient *c) {
            ActivityQuery query;
            query.count = 10;
            return await<QList<Activity>>(
                [&](Callback<QList<Activity>> cb) { return c->activities(reads, query, this, cb); },
                [](const QList<Activity> &a) -> QString { return idsOf(a); });
        });
    auto activityId = std::make_shared<QString>();
    {
        ActivityQuery query;
        query.count = 1;
        const Got list = await<QList<Activity>>(
            [&](Callback<QList<Activity>> cb) {
                return m_helper->activities(reads, query, this, cb);
            },
            [](const QList<Activity> &a) -> QString {
                return a.isEmpty() ? QString() : a.first().id;
            });
        *activityId = list.print;
    }
    readRow(
        QStringLiteral("activity"),
        QStringLiteral("/projects/%1/activities/%2").arg(reads, *activityId),
        [this, reads, activityId](ApiClient *c) {
            return await<Activity>(
                [&](Callback<Activity> cb) { return c->activity(reads, *activityId, this, cb); },
                [](const Activity &a) -> QString { return a.id + u'/' + a.type + u'/' + a.state; });
        });
    readRow(QStringLiteral("settings (retention)"),
            QStringLiteral("/projects/%1/settings").arg(settings), [this, settings](ApiClient *c) {
                return await<DataRetention>(
                    [&](Callback<DataRetention> cb) { return c->retention(settings, this, cb); },
                    [](const DataRetention &r) -> QString {
                        return QString::fromUtf8(encodeRetention(r));
                    });
            });
    readRow(QStringLiteral("capabilities"),
            QStringLiteral("/projects/%1/capabilities").arg(settings),
            [this, settings](ApiClient *c) {
                return await<ProjectCapabilities>(
                    [&](Callback<ProjectCapabilities> cb) {
                        return c->capabilities(settings, this, cb);
                    },
                    [](const ProjectCapabilities &p) -> QString {
                        return p.dataRetentionEnabled ? QStringLiteral("enabled")
                                                      : QStringLiteral("disabled");
                    });
            });

    const auto activityType = [](const Activity &a) -> QString {
        return a.type;
    };
    for (const bool safe : {false, true}) {
        const QString envName = safe ? QStringLiteral("feature-login") : QStringLiteral("develop");
        auto env = std::make_shared<Environment>();
        Row row;
        row.name = safe ? QStringLiteral("backup (consistent)") : QStringLiteral("backup (live)");
        row.method = "POST";
        row.expected = QStringLiteral("environment.backup");
        row.prepare = [this, actions, envName, env](QString *why) {
            const auto ready = readyEnvironment(actions, envName, why);
            if (!ready)
                return QString();
            *env = *ready;
            return QStringLiteral("*/projects/%1/environments/%2/backup").arg(actions, envName);
        };
        row.run = [this, env, safe, activityType](ApiClient *c) {
            return await<Activity>(
                [&](Callback<Activity> cb) { return c->createBackup(*env, safe, this, cb); },
                activityType);
        };
        m_rows.append(row);
    }
    {
        auto backup = std::make_shared<Backup>();
        Row row;
        row.name = QStringLiteral("restore (in place)");
        row.method = "POST";
        row.expected = QStringLiteral("environment.restore");
        row.prepare = [this, actions, backup](QString *why) {
            if (!readyEnvironment(actions, QStringLiteral("staging"), why))
                return QString();
            const Got list = firstBackup(
                actions, QStringLiteral("staging"), [](const Backup &b) { return b.canRestore(); },
                backup);
            if (list.error || !backup->canRestore()) {
                *why = QStringLiteral("no restorable backup of staging");
                return QString();
            }
            return QStringLiteral("*/projects/%1/environments/staging/backups/%2/restore")
                .arg(actions, backup->id);
        };
        row.run = [this, backup, activityType](ApiClient *c) {
            return await<Activity>(
                [&](Callback<Activity> cb) { return c->restoreBackup(*backup, {}, this, cb); },
                activityType);
        };
        m_rows.append(row);
    }
    {
        auto backup = std::make_shared<Backup>();
        Row row;
        row.name = QStringLiteral("backup delete");
        row.method = "DELETE";
        row.expected = QStringLiteral("environment.backup.delete");
        row.prepare = [this, actions, backup](QString *why) {
            *backup = Backup{};
            QElapsedTimer clock;
            clock.start();
            bool created = false;
            // Each served delete takes a backup: a new one is made when main runs out.
            while (!backup->canDelete() && clock.elapsed() < 15000) {
                if (!readyEnvironment(actions, QStringLiteral("main"), why))
                    return QString();
                const Got list = firstBackup(
                    actions, QStringLiteral("main"), [](const Backup &b) { return b.canDelete(); },
                    backup);
                if (list.error) {
                    *why = list.error->describe();
                    return QString();
                }
                if (!backup->canDelete() && !created) {
                    const auto env = readyEnvironment(actions, QStringLiteral("main"), why);
                    if (!env)
                        return QString();
                    await<Activity>(
                        [&](Callback<Activity> cb) {
                            return m_helper->createBackup(*env, false, this, cb);
                        },
                        [](const Activity &) -> QString { return QString(); });
                    created = true;
                }
            }
            if (!backup->canDelete()) {
                *why = QStringLiteral("no backup of main to delete");
                return QString();
            }
            return QStringLiteral("*/projects/%1/environments/main/backups/%2")
                .arg(actions, backup->id);
        };
        row.run = [this, backup, activityType](ApiClient *c) {
            return await<Activity>(
                [&](Callback<Activity> cb) { return c->deleteBackup(*backup, this, cb); },
                activityType);
        };
        m_rows.append(row);
    }
    {
        auto running = std::make_shared<Activity>();
        Row row;
        row.name = QStringLiteral("activity cancel");
        row.method = "POST";
        row.expected = QStringLiteral("environment.backup");
        row.prepare = [this, cancels, running](QString *why) {
            // A consistent backup runs for a few hundred milliseconds at --time-scale 0.01.
            const auto env = readyEnvironment(cancels, QStringLiteral("main"), why);
            if (!env)
                return QString();
            *running = Activity{};
            const Got started = await<Activity>(
                [&](Callback<Activity> cb) {
                    return m_helper->createBackup(*env, true, this,
                                                  [cb, running](Result<Activity> r) {
                                                      if (r.ok())
                                                          *running = r.value();
                                                      cb(std::move(r));
                                                  });
                },
                [](const Activity &) -> QString { return QString(); });
            if (started.error || !running->links.has(QLatin1String(Rel::Cancel))) {
                *why = QStringLiteral("no cancellable activity");
                return QString();
            }
            return QStringLiteral("*/projects/%1/activities/%2/cancel").arg(cancels, running->id);
        };
        row.run = [this, running, activityType](ApiClient *c) {
            return await<Activity>(
                [&](Callback<Activity> cb) { return c->cancelActivity(*running, this, cb); },
                activityType);
        };
        m_rows.append(row);
    }
    {
        auto retention = std::make_shared<DataRetention>();
        Row row;
        row.name = QStringLiteral("settings patch");
        row.method = "PATCH";
        row.expected = QStringLiteral("accepted");
        row.prepare = [this, settings, retention](QString *why) {
            const Got got = await<DataRetention>(
                [&](Callback<DataRetention> cb) {
                    return m_helper->retention(settings, this,
                                               [cb, retention](Result<DataRetention> r) {
                                                   if (r.ok())
                                                       *retention = r.value();
                                                   cb(std::move(r));
                                               });
                },
                [](const DataRetention &) -> QString { return QString(); });
            if (got.error) {
                *why = got.error->describe();
                return QString();
            }
            return QStringLiteral("*/projects/%1/settings").arg(settings);
        };
        // The policy as it is: sent again, it changes nothing, so every cell starts the same.
        row.run = [this, settings, retention](ApiClient *c) {
            return await<Accepted>(
                [&](Callback<Accepted> cb) {
                    return c->setRetention(settings, *retention, this, cb);
                },
                [](const Accepted &) -> QString { return QStringLiteral("accepted"); });
        };
        m_rows.append(row);
    }
}

Cell TestFaultsMatrix::runCell(Row &row, const Fault &fault,
                               const std::function<void()> &beforeReset)
{
    Cell cell;
    if (!sandboxCall("DELETE", QStringLiteral("/__sandbox/faults"), {})) {
        cell.problems << QStringLiteral("cannot clear the faults");
        return cell;
    }
    QString why;
    const QString glob = row.prepare(&why);
    cell.glob = glob;
    if (glob.isEmpty()) {
        cell.outcome = QStringLiteral("not run");
        cell.problems << QStringLiteral("setup failed: ") + why;
        return cell;
    }
    beforeReset();
    if (!sandboxCall("DELETE", QStringLiteral("/__sandbox/requests"), {})) {
        cell.problems << QStringLiteral("cannot clear the request log");
        return cell;
    }
    QString action = fault.action;
    // Another host: the sandbox itself by another name, which the API base does not match.
    // Reads go to the API base's paths, actions to the links' (/api/...).
    const QString path = glob.startsWith(u'*') ? QStringLiteral("/api") + glob.mid(1) : glob;
    action.replace(QLatin1String("{URL}"),
                   QStringLiteral("http://localhost:%1%2").arg(m_sandbox.port()).arg(path));
    const QString rule
        = glob + u'=' + action + QStringLiteral(",times=1,method=") + QLatin1String(row.method);
    if (!sandboxCall("POST", QStringLiteral("/__sandbox/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("rule"), rule}}).toJson())) {
        cell.problems << QStringLiteral("rule refused: ") + rule;
        return cell;
    }
    const bool hang = fault.action == QLatin1String("hang");
    m_client->setTransferTimeout(hang ? hangTimeout : normalTimeout);
    QSignalSpy authFailed(m_client.get(), &ApiClient::authenticationFailed);
    const Got got = row.run(m_client.get());
    m_client->setTransferTimeout(normalTimeout);
    sandboxCall("DELETE", QStringLiteral("/__sandbox/faults"), {});
    const int sent = count(glob, row.method);
    const bool isAction = row.method != "GET";

    if (!got.done) {
        cell.outcome = QStringLiteral("no answer");
        cell.problems
            << QStringLiteral("the call hung (no callback in %1 s)").arg(callDeadlineMs / 1000);
    } else if (!got.error) {
        cell.outcome = sent > 1 ? QStringLiteral("retried→ok") : QStringLiteral("ok");
        if (got.print != row.expected)
            cell.problems << QStringLiteral("wrong answer taken for true: \"%1\", not \"%2\"")
                                 .arg(got.print.left(80), row.expected.left(80));
    } else {
        const ApiError &error = *got.error;
        cell.outcome = QStringLiteral("error: ") + kindName(error.kind);
        if (error.httpStatus >= 300)
            cell.outcome += u' ' + QString::number(error.httpStatus);
        if (sent > 1)
            cell.outcome = QStringLiteral("retried→") + cell.outcome;
        const QString text = error.describe();
        cell.message = text;
        if (error.message.trimmed().isEmpty() || text.trimmed().isEmpty())
            cell.problems << QStringLiteral("no message: \"%1\"").arg(text);
        for (const char *dump : {"<html", "<!DOCTYPE", "xxxxxxxx", "[1, 2,,", "{\""}) {
            if (text.contains(QLatin1String(dump), Qt::CaseInsensitive))
                cell.problems
                    << QStringLiteral("the body in the message: \"%1\"").arg(text.left(80));
        }
        // Qt's words for a transfer timeout: the user cancelled nothing.
        if (text.contains(QLatin1String("Unknown error"))
            || text.contains(QLatin1String("Operation canceled")))
            cell.problems << QStringLiteral("says nothing: \"%1\"").arg(text);
        if (text.size() > 300)
            cell.problems << QStringLiteral("message of %1 characters").arg(text.size());
        if (error.kind == ApiError::Kind::Auth)
            cell.problems << QStringLiteral("taken for a refused API token: \"%1\"").arg(text);
        if (error.kind == ApiError::Kind::Cancelled || error.kind == ApiError::Kind::NotAllowed)
            cell.problems << QStringLiteral("not a fault's error: ") + kindName(error.kind);
    }
    if (authFailed.count() > 0)
        cell.problems << QStringLiteral("the console would ask for a new API token");
    if (isAction) {
        cell.outcome += QStringLiteral(", sent %1").arg(sent);
        if (sent > 1)
            cell.problems << QStringLiteral("action sent %1 times").arg(sent);
    } else if (sent < 1) {
        cell.problems << QStringLiteral("the request never reached the sandbox");
    }
    return cell;
}

QString TestFaultsMatrix::markdown(const QList<QList<Cell>> &cells, int clean, int total,
                                   qint64 elapsedMs) const
{
    const QList<Row> &rows = m_rows;
    QString md;
    md += QStringLiteral(
        "# Fault matrix\n\n"
        "Every call of `ApiClient` the console makes, against each fault the sandbox can inject "
        "(its fault rules, each firing once on the call's request: "
        "`GLOB=ACTION,times=1,method=M`). "
        "A cell is clean when the call ends with a typed `ApiError` whose message is a sentence "
        "(not the body), or with the true answer (after a retry: reads only), and an action "
        "(POST, PATCH, DELETE) reached the sandbox at most once (`sent N`, counted by the "
        "sandbox's request log, again at the next cell). The hang column runs with a 600 ms "
        "transfer timeout. \"retried\" means the sandbox saw the request more than once (the "
        "client's retry, Qt's own re-send of a GET after a dropped connection, or a redirect "
        "followed).\n\n"
        "Regenerate (from a configured `ci` build):\n\n"
        "```sh\n"
        "cmake --build --preset ci --target tst_faults_matrix backup-console-sandbox\n"
        "BC_FAULT_MATRIX_MD=$PWD/docs/fault-matrix.md tests/support/test-session.sh \\\n"
        "    ctest --test-dir build/ci -R tst_faults_matrix --output-on-failure\n"
        "```\n\n");
    md += QStringLiteral("**Totals: %1 / %2 cells clean** (%3 s).\n\n")
              .arg(clean)
              .arg(total)
              .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    md += QStringLiteral("| call |");
    for (const Fault &fault : faults())
        md += u' ' + fault.name + QStringLiteral(" |");
    md += QStringLiteral("\n|---|");
    for (qsizetype i = 0; i < faults().size(); ++i)
        md += QStringLiteral("---|");
    md += u'\n';
    QStringList notes;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        md += QStringLiteral("| %1 (%2) |").arg(rows[r].name, QLatin1String(rows[r].method));
        for (qsizetype f = 0; f < faults().size(); ++f) {
            const Cell &cell = cells[r][f];
            QString text = cell.outcome;
            if (!cell.problems.isEmpty()) {
                notes << QStringLiteral("%1. %2 × %3: %4")
                             .arg(notes.size() + 1)
                             .arg(rows[r].name, faults()[f].name,
                                  cell.problems.join(QLatin1String("; ")));
                text = QStringLiteral("**✗ %1** [%2]").arg(text).arg(notes.size());
            }
            md += u' ' + text + QStringLiteral(" |");
        }
        md += u'\n';
    }
    if (!notes.isEmpty())
        md += QStringLiteral("\nNot clean:\n\n") + notes.join(u'\n') + u'\n';
    md += QStringLiteral(
        "\nReading the table: reads retry 5xx, 429 (after its Retry-After), dropped and cut "
        "connections, and succeed; they do not retry a timeout or an answer that cannot be read. "
        "Actions are never retried: a fault gives an error, and the action was sent once "
        "(whether it was done depends on the fault: `truncate`, `types` and `contenttype` serve "
        "the request, the others do not). `wrong types` keeps booleans, so capabilities (one "
        "boolean) reads true; a settings PATCH's answer is read for activities only, and has "
        "none. An action's answer in `text/html` is still read: the action was done, and an "
        "error would invite the user to do it again (the project list's `ref/projects` is read "
        "the same way, through `getRaw`, which does not look at the content type). A redirect is "
        "followed for reads only; the "
        "other host gets no token, and its 401 is an `Http` error, not a refused API token.\n");
    // What the user reads: the first read's and the first action's message under each fault.
    md += QStringLiteral("\nMessages (`ApiError::describe()`), of the first read and the first "
                         "action that failed under each fault:\n\n| fault | read | action |\n"
                         "|---|---|---|\n");
    for (qsizetype f = 0; f < faults().size(); ++f) {
        QString read;
        QString action;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QString &slot = rows[r].method == "GET" ? read : action;
            if (slot.isEmpty() && !cells[r][f].message.isEmpty())
                slot = rows[r].name + QStringLiteral(": ") + cells[r][f].message;
        }
        const auto cellText = [](QString text) {
            return text.isEmpty() ? QStringLiteral("(none failed)")
                                  : text.replace(u'|', QLatin1String("\\|"));
        };
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(faults()[f].name, cellText(read), cellText(action));
    }
    return md;
}

void TestFaultsMatrix::matrix()
{
    QElapsedTimer clock;
    clock.start();
    buildRows();
    QVERIFY(!QTest::currentTestFailed());
    QList<QList<Cell>> cells;
    // The last action cell's request is counted again after the next cell's setup: a repeat sent
    // late (by Qt or the client) shows up there.
    std::optional<std::pair<qsizetype, qsizetype>> lastAction;
    QString lastGlob;
    const auto countLate = [&] {
        if (!lastAction)
            return;
        const Row &row = m_rows[lastAction->first];
        const int late = count(lastGlob, row.method);
        Cell &cell = cells[lastAction->first][lastAction->second];
        if (late > 1 && !cell.problems.join(u' ').contains(QLatin1String("times")))
            cell.problems << QStringLiteral("action sent %1 times (late)").arg(late);
        lastAction.reset();
    };
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        cells.append(QList<Cell>());
        for (qsizetype f = 0; f < faults().size(); ++f) {
            Cell cell = runCell(m_rows[r], faults()[f], countLate);
            cells[r].append(cell);
            if (m_rows[r].method != "GET") {
                lastAction = {r, f};
                lastGlob = cell.glob;
            }
        }
    }
    countLate();
    int clean = 0;
    int total = 0;
    for (const QList<Cell> &line : cells) {
        for (const Cell &cell : line) {
            ++total;
            clean += cell.problems.isEmpty() ? 1 : 0;
        }
    }
    const QString md = markdown(cells, clean, total, clock.elapsed());
    std::fputs(qPrintable(md), stdout);
    const QString out = qEnvironmentVariable("BC_FAULT_MATRIX_MD");
    if (!out.isEmpty()) {
        QFile file(out);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(out));
        file.write(md.toUtf8());
    }
    QVERIFY2(clean == total,
             qPrintable(QStringLiteral("%1 of %2 cells not clean (see the table)")
                            .arg(total - clean)
                            .arg(total)));
}

QTEST_GUILESS_MAIN(TestFaultsMatrix)
#include "tst_faults_matrix.moc"
