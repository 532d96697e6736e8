#include "client/activitytracker.h"
#include "tst_client_support.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;

// Restores through the client (in place, to an existing environment, to a new branch), checked
// through the sandbox's state endpoint, and every restore rule of contract §5 as a typed error.
class TestClientRestore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_world.start(), qPrintable(m_world.sandbox.errorString()));
        m_admin = m_world.client(demo::adminToken);
        // One fresh backup of develop (eu-3) whose data we know.
        takeBackup(m_admin, QLatin1String(demo::eu3Project), QStringLiteral("develop"), &m_backup,
                   &m_values);
    }

    void restoreInPlace()
    {
        const QString project = QLatin1String(demo::eu3Project);
        markChanged(project, QStringLiteral("develop"));
        QVERIFY(!QTest::currentTestFailed());
        restoreAndWait(m_admin, m_backup, {});
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(values(project, QStringLiteral("develop")), m_values);
    }

    void restoreToExistingEnvironment()
    {
        const QString project = QLatin1String(demo::eu3Project);
        markChanged(project, QStringLiteral("staging"));
        RestoreRequest request;
        request.environmentName = QStringLiteral("staging");
        request.restoreCode = false;
        const Activity done = restoreAndWait(m_admin, m_backup, request);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(done.targetEnvironment(), QStringLiteral("staging"));
        QCOMPARE(done.sourceEnvironment(), QStringLiteral("develop"));
        QCOMPARE(values(project, QStringLiteral("staging")), m_values);
    }

    void restoreToNewBranch()
    {
        const QString project = QLatin1String(demo::eu3Project);
        RestoreRequest request;
        request.environmentName = QStringLiteral("restored-copy");
        request.branchFrom = QStringLiteral("main");
        request.resourcesInit = QStringLiteral("parent");
        const Activity done = restoreAndWait(m_admin, m_backup, request);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(done.branchFrom(), QStringLiteral("main"));
        Outcome<Environment> env;
        m_admin->environment(project, QStringLiteral("restored-copy"), this, env.cb());
        BC_AWAIT_OK(env);
        QCOMPARE(env.value().parent, QStringLiteral("main"));
        QCOMPARE(values(project, QStringLiteral("restored-copy")), m_values);
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("branchFrom");
        QTest::addColumn<QString>("forcedHref"); // "" = the backup's own #restore
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString eu3 = QLatin1String(demo::eu3Project);
        QTest::newRow("missing target, no branch_from")
            << QByteArray(demo::adminToken) << eu3 << "nowhere"
            << ""
            << "" << 400 << "Environment not found: nowhere; pass branch_from to create it";
        QTest::newRow("unknown branch_from")
            << QByteArray(demo::adminToken) << eu3 << "new-one"
            << "ghost"
            << "" << 400 << "Environment not found (in branch_from): ghost";
        QTest::newRow("existing target with branch_from")
            << QByteArray(demo::adminToken) << eu3 << "staging"
            << "main"
            << "" << 400
            << "Target environment already exists; branch_from is only for new environments";
        QTest::newRow("legacy region, other environment")
            << QByteArray(demo::adminToken) << QString::fromLatin1(demo::legacyEuProject)
            << "staging"
            << ""
            << "" << 400
            << "Backups cannot be restored to another environment on this region: "
               "eu.platform.sh. Please contact support.";
        QTest::newRow("not admin") << QByteArray(demo::contributorToken) << eu3 << ""
                                   << ""
                                   << "" << 403 << "";
        QTest::newRow("unknown backup") << QByteArray(demo::adminToken) << eu3 << ""
                                        << ""
                                        << QStringLiteral("/api/projects/") + eu3
                + QStringLiteral("/environments/main/backups/aaaaaaaaaaaaaaaaaaaaaaaaaa/restore")
                                        << 404 << "";
    }

    void rules()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, project);
        QFETCH(QString, target);
        QFETCH(QString, branchFrom);
        QFETCH(QString, forcedHref);
        QFETCH(int, status);
        QFETCH(QString, message);
        Backup backup = newestBackup(m_admin, project, QStringLiteral("main"));
        QVERIFY(!QTest::currentTestFailed());
        // Links of the admin's view: a contributor's own view offers no #restore at all.
        if (!forcedHref.isEmpty())
            backup.links.insert(QStringLiteral("#restore"), forcedHref);
        RestoreRequest request;
        if (!target.isEmpty())
            request.environmentName = target;
        if (!branchFrom.isEmpty())
            request.branchFrom = branchFrom;
        ApiClient *client = m_world.client(token.constData());
        Outcome<Activity> refused;
        client->restoreBackup(backup, request, this, refused.cb());
        BC_AWAIT(refused);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, status);
        QCOMPARE(refused.error().kind, ApiError::Kind::Api);
        if (!message.isEmpty())
            QCOMPARE(refused.error().message, message);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void notRestorable()
    {
        const QString project = QLatin1String(demo::eu3Project);
        Outcome<QList<Backup>> list;
        m_admin->backups(project, QStringLiteral("staging"), this, list.cb());
        BC_AWAIT_OK(list);
        std::optional<Backup> stuck;
        for (const Backup &b : list.value())
            if (!b.restorable)
                stuck = b;
        QVERIFY(stuck.has_value());
        Outcome<Activity> refused;
        m_admin->restoreBackup(*stuck, {}, this, refused.cb());
        BC_AWAIT(refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::NotAllowed);
        stuck->links.insert(
            QStringLiteral("#restore"),
            QStringLiteral("/api/projects/%1/environments/staging/backups/%2/restore")
                .arg(project, stuck->id));
        m_admin->restoreBackup(*stuck, {}, this, refused.cb());
        BC_AWAIT(refused);
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The backup %1 cannot be restored").arg(stuck->id));
    }

    void busyTargetIs409()
    {
        RestoreRequest request;
        request.environmentName = QStringLiteral("feature-login");
        Outcome<Activity> first;
        Outcome<Activity> second;
        m_admin->restoreBackup(m_backup, request, this, [&, slot = first.cb()](Result<Activity> r) {
            slot(r);
            // At once, while the first restore holds the target.
            m_admin->restoreBackup(m_backup, request, this, second.cb());
        });
        BC_AWAIT_OK(first);
        BC_AWAIT(second);
        QCOMPARE(second.error().httpStatus, 409);
        QCOMPARE(second.error().message,
                 QStringLiteral("An activity is already running on environment feature-login"));
        ActivityTracker tracker(m_admin, first.value());
        QSignalSpy finished(&tracker, &ActivityTracker::finished);
        tracker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    }

    void supportRestoresAcrossEnvironmentsOnLegacyRegion()
    {
        const QString project = QLatin1String(demo::legacyEuProject);
        ApiClient *support = m_world.client(demo::supportToken);
        const Backup backup = newestBackup(support, project, QStringLiteral("main"));
        QVERIFY(!QTest::currentTestFailed());
        RestoreRequest request;
        request.environmentName = QStringLiteral("staging");
        request.ticket = QStringLiteral("SUP-1234");
        const Activity done = restoreAndWait(support, backup, request);
        QVERIFY(!QTest::currentTestFailed());
        // Issue 11: the ticket never goes into the API body (the spec has no such field).
        QJsonDocument log;
        BC_SANDBOX(m_world, "GET", QStringLiteral("/__sandbox/requests?method=POST&path=*/restore"),
                   QByteArray(), &log);
        const QJsonArray bodies = log[QStringLiteral("bodies")].toArray();
        QVERIFY(!bodies.isEmpty());
        for (const QJsonValue &sent : bodies)
            QVERIFY2(!sent[QStringLiteral("body")].toObject().contains(QStringLiteral("ticket")),
                     QJsonDocument(sent.toObject()).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(
            bodies.last()[QStringLiteral("body")][QStringLiteral("environment_name")].toString(),
            QStringLiteral("staging"));
        QVERIFY(!done.onBehalfOf().isEmpty());
        QVERIFY(done.userDisplayName().contains(QLatin1String("Sam")));
    }

private:
    QJsonObject values(const QString &project, const QString &env)
    {
        QJsonDocument state;
        [&] {
            BC_SANDBOX(m_world, "GET", QStringLiteral("/__sandbox/state/%1/%2").arg(project, env),
                       QByteArray(), &state);
        }();
        return state.object().value(QLatin1String("values")).toObject();
    }

    void markChanged(const QString &project, const QString &env)
    {
        QJsonDocument state;
        BC_SANDBOX(m_world, "PATCH", QStringLiteral("/__sandbox/state/%1/%2").arg(project, env),
                   QByteArray("{\"values\": {\"changed_by_test\": true}}"), &state);
        QVERIFY(state.object()
                    .value(QLatin1String("values"))
                    .toObject()
                    .contains(QLatin1String("changed_by_test")));
    }

    Backup newestBackup(ApiClient *client, const QString &project, const QString &env)
    {
        Outcome<QList<Backup>> list;
        client->backups(project, env, this, list.cb());
        [&] {
            BC_AWAIT_OK(list);
            QVERIFY(!list.value().isEmpty());
        }();
        return list.ok() && !list.value().isEmpty() ? list.value().constFirst() : Backup{};
    }

    void takeBackup(ApiClient *client, const QString &project, const QString &env, Backup *backup,
                    QJsonObject *data)
    {
        Outcome<Environment> environment;
        client->environment(project, env, this, environment.cb());
        BC_AWAIT_OK(environment);
        *data = values(project, env);
        Outcome<Activity> started;
        client->createBackup(environment.value(), true, this, started.cb());
        BC_AWAIT_OK(started);
        ActivityTracker tracker(client, started.value());
        tracker.setFollowLog(false);
        QSignalSpy finished(&tracker, &ActivityTracker::finished);
        tracker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const Activity done = finished.at(0).at(0).value<Activity>();
        QVERIFY(done.isSuccess());
        Outcome<Backup> created;
        client->backup(project, env, done.backupName(), this, created.cb());
        BC_AWAIT_OK(created);
        *backup = created.value();
    }

    Activity restoreAndWait(ApiClient *client, const Backup &backup, const RestoreRequest &request)
    {
        Activity result;
        [&] {
            Outcome<Activity> started;
            client->restoreBackup(backup, request, this, started.cb());
            BC_AWAIT_OK(started);
            QCOMPARE(started.value().type, QStringLiteral("environment.restore"));
            ActivityTracker tracker(client, started.value());
            tracker.setFollowLog(false);
            QSignalSpy finished(&tracker, &ActivityTracker::finished);
            tracker.start();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            result = finished.at(0).at(0).value<Activity>();
            QVERIFY2(result.isSuccess(), qPrintable(result.state + u'/' + result.result));
        }();
        return result;
    }

    ClientWorld m_world;
    ApiClient *m_admin = nullptr;
    Backup m_backup;
    QJsonObject m_values;
};

QTEST_GUILESS_MAIN(TestClientRestore)
#include "tst_client_restore.moc"
