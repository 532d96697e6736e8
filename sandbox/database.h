#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace bc::sandbox {

// The sandbox's SQLite database (WAL): one connection per Server, schema created on open.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Empty string on success, else the reason.
    QString open(const QString &directory);
    QSqlDatabase &handle() { return m_db; }
    bool isEmpty();

    // SQLite's page cache, in KiB. A seed writes tens of megabytes in one transaction; a cache
    // that holds them keeps SQLite from spilling pages to the WAL and reading them back.
    void setCacheKiB(int kib);
    // For a seed into the empty file: a rollback journal and no fsync, so the seed's pages are
    // written once, to the database, instead of to the WAL and again at its checkpoint (a kill
    // mid-seed still rolls back to the empty file). False on failure; the mode stays as it was.
    bool beginBulkLoad();
    // Back to WAL with synchronous=NORMAL (what open() sets).
    bool endBulkLoad();

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

private:
    QString m_connection;
    QSqlDatabase m_db;
};

// All or nothing: rolls back unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace bc::sandbox
