#include "client/activitypoller.h"
#include "client/activitytracker.h"
#include "client/logstream.h"
#include "tst_client_support.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;

// Every typed call of ApiClient against the sandbox's demo data.
class TestClientCalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_world.start(), qPrintable(m_world.sandbox.errorString()));
        m_admin = m_world.client(demo::adminToken);
    }

    void whoAmI()
    {
        Outcome<QString> id;
        m_admin->userId(this, id.cb());
        BC_AWAIT_OK(id);
        QCOMPARE(id.value(), QStringLiteral("5f3c2b1a-7d4e-4a8b-9c6d-0a1b2c3d4e01"));
        Outcome<UserInfo> me;
        m_admin->me(this, me.cb());
        BC_AWAIT_OK(me);
        QCOMPARE(me.value().id, id.value());
        QCOMPARE(me.value().username, QStringLiteral("sandbox-admin"));
        QVERIFY(!me.value().isSupportStaff());
        QVERIFY(!me.value().displayName().isEmpty());
        ApiClient *support = m_world.client(demo::supportToken);
        support->me(this, me.cb());
        BC_AWAIT_OK(me);
        QVERIFY(me.value().isSupportStaff());
    }

    void projects_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("permission");
        QTest::newRow("admin") << QByteArray(demo::adminToken) << "admin";
        QTest::newRow("viewer") << QByteArray(demo::viewerToken) << "viewer";
    }

    void projects()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, permission);
        ApiClient *client = m_world.client(token.constData());
        Outcome<QList<ProjectRef>> projects;
        client->projects(this, projects.cb());
        BC_AWAIT_OK(projects);
        QStringList ids;
        for (const ProjectRef &p : projects.value()) {
            ids << p.id;
            QVERIFY(p.permissions.contains(permission));
            QCOMPARE(p.isLegacyRegion(),
                     p.id == QLatin1String(demo::legacyEuProject)
                         || p.id == QLatin1String(demo::legacyUsProject));
            QVERIFY(!p.title.isEmpty());
        }
        for (const char *id :
             {demo::legacyEuProject, demo::eu3Project, demo::legacyUsProject, demo::us2Project})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void project()
    {
        Outcome<Project> project;
        m_admin->project(QLatin1String(demo::legacyEuProject), this, project.cb());
        BC_AWAIT_OK(project);
        QCOMPARE(project.value().region, QStringLiteral("eu.platform.sh"));
        QVERIFY(project.value().isLegacyRegion());
        QVERIFY(!project.value().defaultBranch.isEmpty());
        QVERIFY(project.value().links.has(QStringLiteral("self")));
    }

    void environments()
    {
        Outcome<QList<Environment>> envs;
        m_admin->environments(QLatin1String(demo::eu3Project), this, envs.cb());
        BC_AWAIT_OK(envs);
        QHash<QString, Environment> byName;
        for (const Environment &e : envs.value())
            byName.insert(e.name, e);
        for (const char *name : {"main", "staging", "develop", "feature-login", "legacy-ui"})
            QVERIFY2(byName.contains(QLatin1String(name)), name);
        QVERIFY(byName.value(QStringLiteral("main")).isMain);
        QCOMPARE(byName.value(QStringLiteral("main")).type, QStringLiteral("production"));
        QVERIFY(byName.value(QStringLiteral("main")).canBackup());
        QCOMPARE(byName.value(QStringLiteral("staging")).parent, QStringLiteral("main"));
        QVERIFY(!byName.value(QStringLiteral("legacy-ui")).canBackup());

        Outcome<Environment> one;
        m_admin->environment(QLatin1String(demo::eu3Project), QStringLiteral("staging"), this,
                             one.cb());
        BC_AWAIT_OK(one);
        QCOMPARE(one.value().type, QStringLiteral("staging"));

        ApiClient *viewer = m_world.client(demo::viewerToken);
        viewer->environment(QLatin1String(demo::eu3Project), QStringLiteral("main"), this,
                            one.cb());
        BC_AWAIT_OK(one);
        QVERIFY(!one.value().canBackup());
        Outcome<Activity> refused;
        viewer->createBackup(one.value(), true, this, refused.cb());
        BC_AWAIT(refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::NotAllowed);
        QVERIFY(refused.error().describe().contains(QLatin1String("admin")));
    }

    void userAccess()
    {
        Outcome<UserAccess> access;
        m_admin->userAccess(QLatin1String(demo::eu3Project), this, access.cb());
        BC_AWAIT_OK(access);
        QVERIFY(access.value().isAdminFor(QStringLiteral("production")));
        ApiClient *contributor = m_world.client(demo::contributorToken);
        contributor->userAccess(QLatin1String(demo::eu3Project), this, access.cb());
        BC_AWAIT_OK(access);
        QCOMPARE(access.value().roleFor(QStringLiteral("production")), QStringLiteral("viewer"));
        QCOMPARE(access.value().roleFor(QStringLiteral("staging")), QStringLiteral("contributor"));
        QVERIFY(!access.value().isAdminFor(QStringLiteral("development")));
    }

    void backups()
    {
        Outcome<QList<Backup>> list;
        m_admin->backups(QLatin1String(demo::eu3Project), QStringLiteral("main"), this, list.cb());
        BC_AWAIT_OK(list);
        QVERIFY(list.value().size() >= 2);
        for (qsizetype i = 1; i < list.value().size(); ++i)
            QVERIFY(list.value().at(i - 1).createdAt >= list.value().at(i).createdAt);
        const Backup &first = list.value().constFirst();
        QVERIFY(first.sizeUsed > 0);
        QCOMPARE(first.commitId.size(), 40);
        Outcome<Backup> one;
        m_admin->backup(QLatin1String(demo::eu3Project), QStringLiteral("main"), first.id, this,
                        one.cb());
        BC_AWAIT_OK(one);
        QCOMPARE(one.value().id, first.id);
        QCOMPARE(one.value().sizeUsed, first.sizeUsed);
        QCOMPARE(one.value().canRestore(), first.canRestore());
    }

    void activitiesFilterAndPage()
    {
        const QString project = QLatin1String(demo::eu3Project);
        Outcome<QList<Activity>> page;
        ActivityQuery query;
        query.types = {QStringLiteral("environment.backup")};
        m_admin->activities(project, query, this, page.cb());
        BC_AWAIT_OK(page);
        QVERIFY(!page.value().isEmpty());
        for (const Activity &a : page.value())
            QCOMPARE(a.type, QStringLiteral("environment.backup"));

        query = {};
        query.count = 3;
        m_admin->activities(project, query, this, page.cb());
        BC_AWAIT_OK(page);
        QCOMPARE(page.value().size(), 3);
        const QList<Activity> first = page.value();
        query.pageAfter(first.constLast());
        m_admin->activities(project, query, this, page.cb());
        BC_AWAIT_OK(page);
        QVERIFY(!page.value().isEmpty());
        for (const Activity &a : page.value()) {
            QVERIFY(a.createdAt <= first.constLast().createdAt); // ms here, µs on the server
            QVERIFY(a.createdAtText < first.constLast().createdAtText); // same offset: sortable
            for (const Activity &seen : first)
                QVERIFY(a.id != seen.id);
        }

        query = {};
        query.environment = QStringLiteral("staging");
        query.results = {QStringLiteral("failure")};
        m_admin->activities(project, query, this, page.cb());
        BC_AWAIT_OK(page);
        QVERIFY(!page.value().isEmpty());
        for (const Activity &a : page.value()) {
            QCOMPARE(a.result, QStringLiteral("failure"));
            QVERIFY(a.environments.contains(QStringLiteral("staging")));
        }

        Outcome<Activity> one;
        m_admin->activity(project, first.constFirst().id, this, one.cb());
        BC_AWAIT_OK(one);
        QCOMPARE(one.value().id, first.constFirst().id);
    }

    void retentionRoundTrip()
    {
        const QString project = QLatin1String(demo::legacyEuProject);
        Outcome<DataRetention> retention;
        m_admin->retention(project, this, retention.cb());
        BC_AWAIT_OK(retention);
        QVERIFY(retention.value().byType.contains(QStringLiteral("production")));
        DataRetention changed = retention.value();
        RetentionPolicy &production = changed.byType[QStringLiteral("production")];
        production.manualCount = production.manualCount == 4 ? 5 : 4;
        production.schedule = {{QStringLiteral("1d"), 3}, {QStringLiteral("1w"), 2}};
        Outcome<Accepted> accepted;
        m_admin->setRetention(project, changed, this, accepted.cb());
        BC_AWAIT_OK(accepted);
        m_admin->retention(project, this, retention.cb());
        BC_AWAIT_OK(retention);
        QCOMPARE(retention.value().byType.value(QStringLiteral("production")), production);
    }

    void createTrackDelete()
    {
        const QString project = QLatin1String(demo::eu3Project);
        Outcome<Environment> env;
        m_admin->environment(project, QStringLiteral("develop"), this, env.cb());
        BC_AWAIT_OK(env);
        Outcome<Activity> started;
        m_admin->createBackup(env.value(), false, this, started.cb());
        BC_AWAIT_OK(started);
        QCOMPARE(started.value().type, QStringLiteral("environment.backup"));

        // Three watchers of one activity: the shared poller asks the server once per tick.
        std::vector<std::unique_ptr<ActivityTracker>> trackers;
        for (int i = 0; i < 3; ++i)
            trackers.push_back(std::make_unique<ActivityTracker>(m_admin, started.value()));
        trackers[1]->setFollowLog(false);
        trackers[2]->setFollowLog(false);
        QSignalSpy finished(trackers[0].get(), &ActivityTracker::finished);
        QSignalSpy lines(trackers[0].get(), &ActivityTracker::lineReceived);
        QSignalSpy progress(trackers[0].get(), &ActivityTracker::progressChanged);
        for (auto &tracker : trackers)
            tracker->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const Activity done = finished.at(0).at(0).value<Activity>();
        QVERIFY2(done.isSuccess(), qPrintable(done.state + u'/' + done.result));
        QVERIFY(progress.count() >= 1);
        QVERIFY(!done.backupName().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(lines.count() > 0, 15000);

        QJsonDocument counted;
        BC_SANDBOX(m_world, "GET",
                   QStringLiteral("/__sandbox/requests?method=GET&path=*/activities/")
                       + started.value().id,
                   QByteArray(), &counted);
        const int polls = m_admin->poller()->pollCount();
        QVERIFY(polls >= 1);
        QCOMPARE(counted.object().value(QLatin1String("count")).toInt(), polls);

        Outcome<QList<Backup>> list;
        m_admin->backups(project, QStringLiteral("develop"), this, list.cb());
        BC_AWAIT_OK(list);
        std::optional<Backup> created;
        for (const Backup &b : list.value())
            if (b.id == done.backupName())
                created = b;
        QVERIFY(created.has_value());
        QVERIFY(!created->safe);
        QVERIFY(created->canDelete());

        Outcome<Activity> deleting;
        m_admin->deleteBackup(*created, this, deleting.cb());
        BC_AWAIT_OK(deleting);
        QCOMPARE(deleting.value().type, QStringLiteral("environment.backup.delete"));
        ActivityTracker tracker(m_admin, deleting.value());
        QSignalSpy deleted(&tracker, &ActivityTracker::finished);
        tracker.start();
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 30000);
        m_admin->backups(project, QStringLiteral("develop"), this, list.cb());
        BC_AWAIT_OK(list);
        for (const Backup &b : list.value())
            QVERIFY(b.id != created->id);
    }

    void logStreamReadsToSeal()
    {
        Outcome<QList<Activity>> list;
        ActivityQuery query;
        query.types = {QStringLiteral("environment.backup")};
        query.states = {QStringLiteral("complete")};
        m_admin->activities(QLatin1String(demo::eu3Project), query, this, list.cb());
        BC_AWAIT_OK(list);
        QVERIFY(!list.value().isEmpty());
        LogStream log(m_admin, list.value().constFirst());
        QSignalSpy lines(&log, &LogStream::lineReceived);
        QSignalSpy sealed(&log, &LogStream::sealed);
        log.start();
        QTRY_COMPARE_WITH_TIMEOUT(sealed.count(), 1, 15000);
        QVERIFY(lines.count() > 0);
        QCOMPARE(log.linesRead(), lines.count());
        QVERIFY(!lines.at(0).at(0).value<LogLine>().message.isEmpty());
    }

    void cancelFinishedActivityIsRefused()
    {
        Outcome<QList<Activity>> list;
        ActivityQuery query;
        query.states = {QStringLiteral("complete")};
        query.count = 1;
        m_admin->activities(QLatin1String(demo::eu3Project), query, this, list.cb());
        BC_AWAIT_OK(list);
        Activity finished = list.value().constFirst();
        Outcome<Activity> cancel;
        m_admin->cancelActivity(finished, this, cancel.cb());
        BC_AWAIT(cancel);
        QCOMPARE(cancel.error().kind, ApiError::Kind::NotAllowed); // no #cancel link: not sent
        // Forcing the link shows the server's own refusal as a typed error.
        finished.links.insert(QStringLiteral("#cancel"),
                              QStringLiteral("/api/projects/%1/activities/%2/cancel")
                                  .arg(QLatin1String(demo::eu3Project), finished.id));
        m_admin->cancelActivity(finished, this, cancel.cb());
        BC_AWAIT(cancel);
        QCOMPARE(cancel.error().kind, ApiError::Kind::Api);
        QCOMPARE(cancel.error().httpStatus, 400);
        QVERIFY2(cancel.error().message.contains(QLatin1String("cannot be cancelled")),
                 qPrintable(cancel.error().message));
    }

    void unknownThingsAre404()
    {
        Outcome<Backup> missing;
        m_admin->backup(QLatin1String(demo::eu3Project), QStringLiteral("main"),
                        QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaa"), this, missing.cb());
        BC_AWAIT(missing);
        QCOMPARE(missing.error().kind, ApiError::Kind::Api);
        QCOMPARE(missing.error().httpStatus, 404);
        QVERIFY(!missing.error().message.isEmpty());
        QVERIFY(missing.error().url.path().endsWith(QLatin1String("aaaaaaaaaaaaaaaaaaaaaaaaaa")));
    }

private:
    ClientWorld m_world;
    ApiClient *m_admin = nullptr;
};

QTEST_GUILESS_MAIN(TestClientCalls)
#include "tst_client_calls.moc"
