#pragma once

#include "ids.h"
#include "store.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bc::sandbox {

class Store;

// Fills an empty database with the demo data (users, organizations, projects, environments,
// six months of backups and activities), always the same relative to the current time.
// "fleet:N" adds N generated projects with the same kind of history.
class DemoSeed final
{
public:
    DemoSeed(Store &store, qint64 now);
    void demo();
    void fleet(int projects);

private:
    struct ProjectSpec
    {
        QString id;
        QString title;
        QString region;
        QString regionLabel;
        QString organization;
        QString owner;
        QString plan;
        bool retention = true;
    };

    void users();
    void project(const ProjectSpec &spec);
    void environments(const ProjectSpec &spec);
    void automatedHistory(const ProjectSpec &spec);
    void manualHistory(const ProjectSpec &spec);
    void otherHistory(const ProjectSpec &spec);
    void lastBackups(const ProjectSpec &spec);
    // A backup's identifiers, drawn; its object made later, only if it is kept.
    struct BackupDraft
    {
        QString env;
        qint64 at = 0;
        bool safe = false;
        bool automated = false;
        qint64 size = 0;
        QString id;
        int orders = 0;
    };
    BackupDraft backupDraft(const QString &env, qint64 at, bool safe, bool automated);
    QJsonObject backup(const BackupDraft &draft);
    QJsonObject backup(const QString &env, qint64 at, bool safe, bool automated);
    QJsonObject activity(const QString &type, const QString &env, qint64 at, int seconds,
                         const QString &result, const QString &text, const QJsonObject &payload);
    void saveActivity(const QString &project, QJsonObject activity, const QStringList &log);
    QJsonObject userRef(const QString &id) const;

    Store &m_store;
    qint64 m_now;
    Ids m_ids;
    QHash<QString, QString> m_commits; // environment → head commit while seeding a project
    QHash<QString, QString> m_names; // user id → display name
    QList<Store::NewActivity> m_activities; // saved, not yet written (project() writes them)
};

} // namespace bc::sandbox
