#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

class QSqlQuery;
struct sqlite3_stmt;

namespace bc::sandbox {

class Database;

// A user's access to one project: the project-level role and the per-environment-type roles
// ("production:admin", ...).
struct ProjectAccess
{
    QString role;
    QStringList permissions;
    qint64 grantedAt = 0;

    QString roleFor(const QString &environmentType) const;
    bool isAdminFor(const QString &environmentType) const
    {
        return roleFor(environmentType) == QLatin1String("admin");
    }
};

struct ActivityFilter
{
    QString environment;
    QStringList types;
    QStringList states;
    QStringList results;
    std::optional<qint64> before;
    int count = 25;
};

struct LogLine
{
    int n = 0;
    qint64 timestamp = 0;
    QString message;
};

// Typed reads and writes of the sandbox's records. Records are JSON objects whose times are
// microseconds since the epoch; the Renderer turns them into API objects.
class Store final
{
public:
    explicit Store(Database &db);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    std::optional<QJsonObject> userByToken(const QString &apiToken);
    std::optional<QJsonObject> user(const QString &id);
    bool isRevoked(const QString &userId);
    bool revokeToken(const QString &apiToken);
    void insertUser(const QJsonObject &user, const QString &apiToken, bool support);

    std::optional<QJsonObject> project(const QString &id);
    QStringList projectIds();
    void putProject(const QJsonObject &project);

    std::optional<ProjectAccess> access(const QString &project, const QString &user);
    QList<QPair<QString, ProjectAccess>> accessOfUser(const QString &user);
    QList<QPair<QString, ProjectAccess>> accessToProject(const QString &project);
    void grant(const QString &project, const QString &user, const ProjectAccess &access);

    std::optional<QJsonObject> environment(const QString &project, const QString &name);
    QList<QJsonObject> environments(const QString &project);
    void putEnvironment(const QString &project, const QJsonObject &environment);
    void removeEnvironment(const QString &project, const QString &name); // and its backups
    QString logText(const QString &activity); // the whole log, one message a line
    QStringList busyEnvironments(const QString &project);
    bool isBusy(const QString &project, const QString &environment);

    std::optional<QJsonObject> backup(const QString &project, const QString &env,
                                      const QString &id);
    QList<QJsonObject> backups(const QString &project, const QString &env); // newest first
    QList<QPair<QString, QJsonObject>> evictingBackups(); // (project, backup)
    void putBackup(const QString &project, const QJsonObject &backup);
    void removeBackup(const QString &id);

    std::optional<QJsonObject> activity(const QString &project, const QString &id);
    QList<QJsonObject> activities(const QString &project, const ActivityFilter &filter);
    QList<QPair<QString, QJsonObject>> unfinishedActivities(); // (project, activity)
    void putActivity(const QString &project, const QJsonObject &activity);

    int appendLog(const QString &activity, qint64 timestamp, const QString &message);
    QList<LogLine> log(const QString &activity, int startAt);

    // For the seed: new activities and their whole logs. The same rows as putActivity and
    // appendLog, written through SQLite's own interface.
    struct NewActivity
    {
        QString project;
        QJsonObject activity;
        QStringList log; // line i is stamped created_at + (i + 1) s
    };
    void putNewActivities(const QList<NewActivity> &activities);

private:
    // Prepared once per connection: the seed writes hundreds of thousands of rows, and SQLite's
    // parser then runs once per statement instead of once per row. Read statements are
    // finish()ed after use so none holds a read transaction open.
    QSqlQuery &prepared(const QString &sql);
    // A statement on the Qt connection's own sqlite3 handle, prepared once: binding through
    // QSqlQuery costs more than SQLite's whole insert (a QString per bound value, UTF-16 text).
    sqlite3_stmt *native(const char *sql);

    Database &m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<std::string, sqlite3_stmt *> m_native;
};

} // namespace bc::sandbox
