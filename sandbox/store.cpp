#include "store.h"

#include "clock.h"
#include "database.h"
#include "sandboxlog.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace bc::sandbox {

namespace {

QString encode(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject decode(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

bool run(QSqlQuery &query)
{
    if (!query.exec()) {
        qCWarning(lcSandbox) << "query failed:" << query.lastQuery() << query.lastError().text();
        return false;
    }
    return true;
}

QList<QJsonObject> docs(QSqlQuery &query)
{
    QList<QJsonObject> result;
    if (run(query)) {
        while (query.next()) {
            result.append(decode(query.value(0)));
        }
    }
    query.finish();
    return result;
}

std::optional<QJsonObject> firstDoc(QSqlQuery &query)
{
    std::optional<QJsonObject> result;
    if (run(query) && query.next()) {
        result = decode(query.value(0));
    }
    // A cached statement left mid-result would hold its read transaction open.
    query.finish();
    return result;
}

QString inList(const QString &column, const QStringList &values, QVariantList &binds)
{
    QStringList marks;
    for (const QString &value : values) {
        marks.append(QStringLiteral("?"));
        binds.append(value);
    }
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks.join(QLatin1Char(','))
        + QLatin1Char(')');
}

ProjectAccess accessFrom(QSqlQuery &query, int first)
{
    ProjectAccess access;
    access.role = query.value(first).toString();
    access.permissions
        = query.value(first + 1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    access.grantedAt = query.value(first + 2).toLongLong();
    return access;
}

} // namespace

QString ProjectAccess::roleFor(const QString &environmentType) const
{
    const QString prefix = environmentType + QLatin1Char(':');
    for (const QString &permission : permissions) {
        if (permission.startsWith(prefix)) {
            return permission.mid(prefix.size());
        }
    }
    return role == QLatin1String("admin") ? role : QStringLiteral("viewer");
}

Store::Store(Database &db)
    : m_db(db)
{ }

Store::~Store()
{
    for (const auto &[sql, statement] : m_native) {
        sqlite3_finalize(statement);
    }
}

QSqlQuery &Store::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, std::make_unique<QSqlQuery>(m_db.handle())).first;
        it->second->prepare(sql);
    }
    return *it->second;
}

std::optional<QJsonObject> Store::userByToken(const QString &apiToken)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT doc FROM users WHERE api_token = ? AND revoked_at IS NULL"));
    query.addBindValue(apiToken);
    return firstDoc(query);
}

std::optional<QJsonObject> Store::user(const QString &id)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT doc FROM users WHERE id = ?"));
    query.addBindValue(id);
    return firstDoc(query);
}

bool Store::isRevoked(const QString &userId)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT revoked_at FROM users WHERE id = ?"));
    query.addBindValue(userId);
    const bool revoked = !run(query) || !query.next() || !query.value(0).isNull();
    query.finish();
    return revoked;
}

bool Store::revokeToken(const QString &apiToken)
{
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE users SET revoked_at = strftime('%s','now') WHERE api_token = ?"));
    query.addBindValue(apiToken);
    return run(query) && query.numRowsAffected() > 0;
}

void Store::insertUser(const QJsonObject &user, const QString &apiToken, bool support)
{
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT INTO users(id, api_token, support, doc) VALUES(?, ?, ?, ?)"));
    query.addBindValue(user.value(QStringLiteral("id")).toString());
    query.addBindValue(apiToken.isEmpty() ? QVariant() : QVariant(apiToken));
    query.addBindValue(support ? 1 : 0);
    query.addBindValue(encode(user));
    run(query);
}

std::optional<QJsonObject> Store::project(const QString &id)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT doc FROM projects WHERE id = ?"));
    query.addBindValue(id);
    return firstDoc(query);
}

QStringList Store::projectIds()
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT id FROM projects ORDER BY id"));
    QStringList result;
    if (run(query)) {
        while (query.next()) {
            result.append(query.value(0).toString());
        }
    }
    query.finish();
    return result;
}

void Store::putProject(const QJsonObject &project)
{
    QSqlQuery &query
        = prepared(QStringLiteral("INSERT OR REPLACE INTO projects(id, doc) VALUES(?, ?)"));
    query.addBindValue(project.value(QStringLiteral("id")).toString());
    query.addBindValue(encode(project));
    run(query);
}

std::optional<ProjectAccess> Store::access(const QString &project, const QString &user)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT role, perms, granted_at FROM access WHERE project = ? AND user = ?"));
    query.addBindValue(project);
    query.addBindValue(user);
    std::optional<ProjectAccess> result;
    if (run(query) && query.next()) {
        result = accessFrom(query, 0);
    }
    query.finish();
    return result;
}

QList<QPair<QString, ProjectAccess>> Store::accessOfUser(const QString &user)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT project, role, perms, granted_at FROM access WHERE user = ? ORDER BY project"));
    query.addBindValue(user);
    QList<QPair<QString, ProjectAccess>> result;
    if (run(query)) {
        while (query.next()) {
            result.append({query.value(0).toString(), accessFrom(query, 1)});
        }
    }
    query.finish();
    return result;
}

QList<QPair<QString, ProjectAccess>> Store::accessToProject(const QString &project)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT user, role, perms, granted_at FROM access WHERE project = ? ORDER BY user"));
    query.addBindValue(project);
    QList<QPair<QString, ProjectAccess>> result;
    if (run(query)) {
        while (query.next()) {
            result.append({query.value(0).toString(), accessFrom(query, 1)});
        }
    }
    query.finish();
    return result;
}

void Store::grant(const QString &project, const QString &user, const ProjectAccess &access)
{
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT OR REPLACE INTO access(project, user, role, perms, granted_at) "
                       "VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(project);
    query.addBindValue(user);
    query.addBindValue(access.role);
    query.addBindValue(access.permissions.join(QLatin1Char(',')));
    query.addBindValue(access.grantedAt);
    run(query);
}

std::optional<QJsonObject> Store::environment(const QString &project, const QString &name)
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT doc FROM environments WHERE project = ? AND name = ?"));
    query.addBindValue(project);
    query.addBindValue(name);
    return firstDoc(query);
}

QList<QJsonObject> Store::environments(const QString &project)
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT doc FROM environments WHERE project = ? ORDER BY rowid"));
    query.addBindValue(project);
    return docs(query);
}

void Store::putEnvironment(const QString &project, const QJsonObject &environment)
{
    QSqlQuery &query
        = prepared(QStringLiteral("INSERT INTO environments(project, name, doc) VALUES(?, ?, ?) "
                                  "ON CONFLICT(project, name) DO UPDATE SET doc = excluded.doc"));
    query.addBindValue(project);
    query.addBindValue(environment.value(QStringLiteral("name")).toString());
    query.addBindValue(encode(environment));
    run(query);
}

QStringList Store::busyEnvironments(const QString &project)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT envs FROM activities WHERE project = ? "
                                               "AND state IN ('pending', 'in_progress')"));
    query.addBindValue(project);
    QStringList result;
    if (run(query)) {
        while (query.next()) {
            result += query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
    query.finish();
    return result;
}

bool Store::isBusy(const QString &project, const QString &environment)
{
    return busyEnvironments(project).contains(environment);
}

std::optional<QJsonObject> Store::backup(const QString &project, const QString &env,
                                         const QString &id)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT doc FROM backups WHERE id = ? AND project = ? AND env = ?"));
    query.addBindValue(id);
    query.addBindValue(project);
    query.addBindValue(env);
    return firstDoc(query);
}

QList<QJsonObject> Store::backups(const QString &project, const QString &env)
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT doc FROM backups WHERE project = ? AND env = ? "
                                  "ORDER BY created_at DESC, rowid DESC"));
    query.addBindValue(project);
    query.addBindValue(env);
    return docs(query);
}

QList<QPair<QString, QJsonObject>> Store::evictingBackups()
{
    QSqlQuery query(m_db.handle());
    query.prepare(
        QStringLiteral("SELECT project, doc FROM backups WHERE doc LIKE '%\"evict_at\"%'"));
    QList<QPair<QString, QJsonObject>> result;
    if (run(query)) {
        while (query.next()) {
            result.append({query.value(0).toString(), decode(query.value(1))});
        }
    }
    return result;
}

void Store::putBackup(const QString &project, const QJsonObject &backup)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO backups(id, project, env, created_at, doc) VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(backup.value(QStringLiteral("id")).toString());
    query.addBindValue(project);
    query.addBindValue(backup.value(QStringLiteral("environment")).toString());
    query.addBindValue(qint64(backup.value(QStringLiteral("created_at")).toDouble()));
    query.addBindValue(encode(backup));
    run(query);
}

void Store::removeEnvironment(const QString &project, const QString &name)
{
    for (const char *sql : {"DELETE FROM backups WHERE project = ? AND env = ?",
                            "DELETE FROM environments WHERE project = ? AND name = ?"}) {
        QSqlQuery query(m_db.handle());
        query.prepare(QLatin1String(sql));
        query.addBindValue(project);
        query.addBindValue(name);
        run(query);
    }
}

QString Store::logText(const QString &activity)
{
    QStringList lines;
    for (const LogLine &line : log(activity, 0)) {
        lines.append(line.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void Store::removeBackup(const QString &id)
{
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM backups WHERE id = ?"));
    query.addBindValue(id);
    run(query);
}

std::optional<QJsonObject> Store::activity(const QString &project, const QString &id)
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT doc FROM activities WHERE id = ? AND project = ?"));
    query.addBindValue(id);
    query.addBindValue(project);
    return firstDoc(query);
}

QList<QJsonObject> Store::activities(const QString &project, const ActivityFilter &filter)
{
    QString sql = QStringLiteral("SELECT doc FROM activities WHERE project = ?");
    QVariantList binds{project};
    if (!filter.environment.isEmpty()) {
        sql += QStringLiteral(" AND envs LIKE ?");
        binds.append(QString(QStringLiteral("%,") + filter.environment + QStringLiteral(",%")));
    }
    if (!filter.types.isEmpty()) {
        sql += inList(QStringLiteral("type"), filter.types, binds);
    }
    if (!filter.states.isEmpty()) {
        sql += inList(QStringLiteral("state"), filter.states, binds);
    }
    if (!filter.results.isEmpty()) {
        sql += inList(QStringLiteral("result"), filter.results, binds);
    }
    if (filter.before) {
        sql += QStringLiteral(" AND created_at < ?");
        binds.append(*filter.before);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT ?");
    binds.append(filter.count);
    QSqlQuery query(m_db.handle());
    query.prepare(sql);
    for (const QVariant &bind : binds) {
        query.addBindValue(bind);
    }
    return docs(query);
}

QList<QPair<QString, QJsonObject>> Store::unfinishedActivities()
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT project, doc FROM activities "
                                  "WHERE state IN ('pending', 'in_progress') ORDER BY created_at"));
    QList<QPair<QString, QJsonObject>> result;
    if (run(query)) {
        while (query.next()) {
            result.append({query.value(0).toString(), decode(query.value(1))});
        }
    }
    query.finish();
    return result;
}

void Store::putActivity(const QString &project, const QJsonObject &activity)
{
    QStringList envs;
    for (const auto &env : activity.value(QStringLiteral("environments")).toArray()) {
        envs.append(env.toString());
    }
    const QJsonValue result = activity.value(QStringLiteral("result"));
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT OR REPLACE INTO activities(id, project, envs, type, state, "
                       "result, created_at, doc) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(activity.value(QStringLiteral("id")).toString());
    query.addBindValue(project);
    query.addBindValue(QString(QLatin1Char(',') + envs.join(QLatin1Char(',')) + QLatin1Char(',')));
    query.addBindValue(activity.value(QStringLiteral("type")).toString());
    query.addBindValue(activity.value(QStringLiteral("state")).toString());
    query.addBindValue(result.isString() ? QVariant(result.toString()) : QVariant());
    query.addBindValue(qint64(activity.value(QStringLiteral("created_at")).toDouble()));
    query.addBindValue(encode(activity));
    run(query);
}

sqlite3_stmt *Store::native(const char *sql)
{
    auto it = m_native.find(sql);
    if (it != m_native.end()) {
        return it->second;
    }
    const QVariant handle = m_db.handle().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(*static_cast<sqlite3 *const *>(handle.constData()), sql, -1, &statement,
                           nullptr)
        != SQLITE_OK) {
        qCWarning(lcSandbox) << "prepare failed:" << sql;
        return nullptr;
    }
    return m_native.emplace(sql, statement).first->second;
}

namespace {

// Binds text as SQLite's own UTF-8 (the bytes must live until the step).
void bindText(sqlite3_stmt *statement, int column, const QByteArray &utf8)
{
    sqlite3_bind_text(statement, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

bool step(sqlite3_stmt *statement)
{
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (status != SQLITE_DONE) {
        qCWarning(lcSandbox) << "insert failed:" << sqlite3_errstr(status);
        return false;
    }
    return true;
}

} // namespace

void Store::putNewActivities(const QList<NewActivity> &activities)
{
    sqlite3_stmt *insert = native(
        "INSERT OR REPLACE INTO activities(id, project, envs, type, state, result, created_at, "
        "doc) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *line
        = native("INSERT INTO activity_log(activity, n, ts, message) VALUES(?, ?, ?, ?)");
    if (!insert || !line) {
        // Not Qt's SQLite driver: the same rows, one statement each.
        for (const NewActivity &a : activities) {
            putActivity(a.project, a.activity);
            const QString id = a.activity.value(QStringLiteral("id")).toString();
            const qint64 start = qint64(a.activity.value(QStringLiteral("created_at")).toDouble());
            for (qsizetype i = 0; i < a.log.size(); ++i) {
                appendLog(id, start + (i + 1) * Clock::second, a.log[i]);
            }
        }
        return;
    }
    for (const NewActivity &a : activities) {
        const QJsonObject &activity = a.activity;
        QByteArray envs = ",";
        for (const auto &env : activity.value(QStringLiteral("environments")).toArray()) {
            envs += env.toString().toUtf8() + ',';
        }
        if (envs.size() == 1) {
            envs += ','; // as putActivity: ",,"
        }
        const QByteArray id = activity.value(QStringLiteral("id")).toString().toUtf8();
        const QByteArray project = a.project.toUtf8();
        const QByteArray type = activity.value(QStringLiteral("type")).toString().toUtf8();
        const QByteArray state = activity.value(QStringLiteral("state")).toString().toUtf8();
        const QJsonValue resultValue = activity.value(QStringLiteral("result"));
        const QByteArray result = resultValue.toString().toUtf8();
        const qint64 createdAt = qint64(activity.value(QStringLiteral("created_at")).toDouble());
        const QByteArray doc = QJsonDocument(activity).toJson(QJsonDocument::Compact);
        bindText(insert, 1, id);
        bindText(insert, 2, project);
        bindText(insert, 3, envs);
        bindText(insert, 4, type);
        bindText(insert, 5, state);
        if (resultValue.isString()) {
            bindText(insert, 6, result);
        } else {
            sqlite3_bind_null(insert, 6);
        }
        sqlite3_bind_int64(insert, 7, createdAt);
        bindText(insert, 8, doc);
        step(insert);
        for (qsizetype i = 0; i < a.log.size(); ++i) {
            const QByteArray message = a.log[i].toUtf8();
            bindText(line, 1, id);
            sqlite3_bind_int(line, 2, int(i));
            sqlite3_bind_int64(line, 3, createdAt + (i + 1) * Clock::second);
            bindText(line, 4, message);
            step(line);
        }
    }
}

int Store::appendLog(const QString &activity, qint64 timestamp, const QString &message)
{
    QSqlQuery &query
        = prepared(QStringLiteral("INSERT INTO activity_log(activity, n, ts, message) "
                                  "SELECT ?, COALESCE(MAX(n) + 1, 0), ?, ? FROM activity_log "
                                  "WHERE activity = ?"));
    query.addBindValue(activity);
    query.addBindValue(timestamp);
    query.addBindValue(message);
    query.addBindValue(activity);
    run(query);
    return query.lastInsertId().toInt();
}

QList<LogLine> Store::log(const QString &activity, int startAt)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT n, ts, message FROM activity_log WHERE activity = ? AND n >= ? ORDER BY n"));
    query.addBindValue(activity);
    query.addBindValue(startAt);
    QList<LogLine> result;
    if (run(query)) {
        while (query.next()) {
            result.append(
                {query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toString()});
        }
    }
    query.finish();
    return result;
}

} // namespace bc::sandbox
