#pragma once

// The kill -9 drill (issue 15 item 3): tst_faults_kill9.cpp runs it and checks after each
// restart, tst_faults_kill9_checks.cpp checks what the clients and the server say at its end.

#include "models/activityfeedmodel.h"
#include "tst_kill9_streams.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <vector>

namespace bc::test::kill9 {

struct Lane
{
    QString name;
    QString project;
    QString environment;
};

// What the server lists of a lane since the drill began.
struct ServerActivity
{
    QString id;
    QString type;
    QString state;
    QString result;
    QString backupName;
    qint64 createdUs = 0;
};

inline bool finishedState(const QString &state)
{
    return state == QLatin1String("complete") || state == QLatin1String("cancelled");
}

} // namespace bc::test::kill9

class TestFaultsKill9 final : public QObject
{
    Q_OBJECT

    using ApiClient = bc::ApiClient;
    using ActivityFeedModel = bc::ActivityFeedModel;
    using Cli = bc::test::Cli;
    using CliStream = bc::test::kill9::CliStream;
    using ClientStream = bc::test::kill9::ClientStream;
    using Lane = bc::test::kill9::Lane;
    using SandboxHttp = bc::test::SandboxHttp;
    using SandboxProcess = bc::test::SandboxProcess;
    using ServerActivity = bc::test::kill9::ServerActivity;

private Q_SLOTS:
    void initTestCase();
    void drill();
    void unansweredSupportRestoreIsNotRefused();

private:
    QJsonArray list(const QString &path);
    QList<ServerActivity> serverActivities(const Lane &lane);
    QSet<QString> acknowledged(int lane) const;
    void snapshotRequestLog();
    void checkAfterRestart(qint64 killedUs);
    void checkStreams();
    void checkFeeds();
    void checkBackups();
    void checkAudit();
    QString auditPath() const
    {
        return m_cli->dataHome()
            + QLatin1String("/BackupConsole/BackupConsole/support-audit.jsonl");
    }
    struct Action;
    QList<Action> actions(int lane) const;
    QString wrongEnd(int lane, int index, const ServerActivity &server) const;

    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    std::unique_ptr<Cli> m_cli;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_streamClient; // the actions and their trackers
    std::unique_ptr<ApiClient> m_feedClient; // what the feeds show
    QList<Lane> m_lanes;
    std::unique_ptr<ClientStream> m_client;
    std::unique_ptr<CliStream> m_backups;
    std::unique_ptr<CliStream> m_support;
    std::vector<std::unique_ptr<ActivityFeedModel>> m_feeds;
    QTimer m_feedTimer;
    qint64 m_startUs = 0;
    quint32 m_seed = 0;
    int m_serverPosts = 0; // action POSTs the sandbox saw, summed over its lives
    int m_kills = 0;
    int m_acknowledged = 0;
    int m_seenOnce = 0;
    int m_repeated = 0;
    int m_phantoms = 0;
    int m_auditExpected = 0;
    int m_auditFound = 0;
    int m_auditWrong = 0;
    int m_actions = 0;
    int m_unacknowledgedCreated = 0;
    int m_failed = 0; // acknowledged, ended as failures (a kill interrupted them)
    QList<int> m_supportCreated; // per support run: the activities it created
    QHash<QString, ServerActivity> m_truth; // acknowledged, listed once, ended as its client saw
    QHash<QString, int> m_laneOf;
};
