#include "database.h"

#include "sandboxlog.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <initializer_list>

namespace bc::sandbox {

namespace {
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users(id TEXT PRIMARY KEY, api_token TEXT UNIQUE, "
    "support INTEGER NOT NULL DEFAULT 0, revoked_at INTEGER, doc TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS projects(id TEXT PRIMARY KEY, doc TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS access(project TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT "
    "NULL, "
    "perms TEXT NOT NULL, granted_at INTEGER NOT NULL, PRIMARY KEY(project, user))",
    "CREATE TABLE IF NOT EXISTS environments(project TEXT NOT NULL, name TEXT NOT NULL, "
    "doc TEXT NOT NULL, PRIMARY KEY(project, name))",
    "CREATE TABLE IF NOT EXISTS backups(id TEXT PRIMARY KEY, project TEXT NOT NULL, env TEXT NOT "
    "NULL, "
    "created_at INTEGER NOT NULL, doc TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS backups_by_env ON backups(project, env, created_at)",
    "CREATE TABLE IF NOT EXISTS activities(id TEXT PRIMARY KEY, project TEXT NOT NULL, "
    "envs TEXT NOT NULL, type TEXT NOT NULL, state TEXT NOT NULL, result TEXT, "
    "created_at INTEGER NOT NULL, doc TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS activities_by_project ON activities(project, created_at)",
    "CREATE INDEX IF NOT EXISTS activities_by_state ON activities(state)",
    "CREATE TABLE IF NOT EXISTS activity_log(activity TEXT NOT NULL, n INTEGER NOT NULL, "
    "ts INTEGER NOT NULL, message TEXT NOT NULL, PRIMARY KEY(activity, n))",
};
} // namespace

Database::Database()
    : m_connection(QStringLiteral("bc-sandbox-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString Database::open(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return QStringLiteral("cannot create the data folder ") + directory;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(QDir(directory).filePath(QStringLiteral("sandbox.sqlite")));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        return m_db.lastError().text();
    }
    QSqlQuery query(m_db);
    // WAL with synchronous=NORMAL survives a killed process: committed pages are in the OS cache.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            return query.lastError().text();
        }
    }
    for (const char *statement : schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            return query.lastError().text();
        }
    }
    return {};
}

bool Database::isEmpty()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    return query.next() && query.value(0).toInt() == 0;
}

void Database::setCacheKiB(int kib)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib))) {
        qCWarning(lcSandbox) << "cache_size failed:" << query.lastError().text();
    }
}

namespace {

bool execAll(QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            qCWarning(lcSandbox) << statement << "failed:" << query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool Database::beginBulkLoad()
{
    return execAll(m_db, {"PRAGMA journal_mode=DELETE", "PRAGMA synchronous=OFF"});
}

bool Database::endBulkLoad()
{
    return execAll(m_db, {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"});
}

QString Database::meta(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

void Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "meta write failed:" << query.lastError().text();
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.handle().transaction();
}

Transaction::~Transaction()
{
    if (!m_done) {
        m_db.handle().rollback();
    }
}

bool Transaction::commit()
{
    m_done = true;
    return m_db.handle().commit();
}

} // namespace bc::sandbox
