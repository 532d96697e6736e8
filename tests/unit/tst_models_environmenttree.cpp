#include "models/actionreasons.h"
#include "models/environmenttreefilter.h"
#include "models/environmenttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

using bc::EnvironmentTreeModel;

namespace {

bc::ProjectRef project(const QString &id, const QString &organization, const QString &region)
{
    bc::ProjectRef p;
    p.id = id;
    p.title = id.toUpper();
    p.organizationId = organization;
    p.region = region;
    return p;
}

bc::Environment environment(const QString &project, const QString &name, const QString &type,
                            const QString &status = QStringLiteral("active"))
{
    bc::Environment e;
    e.id = e.name = name;
    e.project = project;
    e.type = type;
    e.status = status;
    return e;
}

void fill(EnvironmentTreeModel &model)
{
    model.setAccount(QStringLiteral("acc"), QStringLiteral("Ada"));
    model.setProjects(
        QStringLiteral("acc"),
        {project(QStringLiteral("shop"), QStringLiteral("acme"), QStringLiteral("eu.platform.sh")),
         project(QStringLiteral("blog"), QStringLiteral("acme"),
                 QStringLiteral("eu-3.platform.sh")),
         project(QStringLiteral("crm"), QStringLiteral("globex"),
                 QStringLiteral("us-2.platform.sh"))});
    model.setEnvironments(
        QStringLiteral("acc"), QStringLiteral("shop"),
        {environment(QStringLiteral("shop"), QStringLiteral("main"), QStringLiteral("production")),
         environment(QStringLiteral("shop"), QStringLiteral("staging"), QStringLiteral("staging")),
         environment(QStringLiteral("shop"), QStringLiteral("feature-login"),
                     QStringLiteral("development"))});
}

} // namespace

class TestEnvironmentTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void structure()
    {
        EnvironmentTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        const QModelIndex account = model.index(0, 0);
        QCOMPARE(model.rowCount(account), 2); // two organizations
        const QModelIndex shop = model.indexOf(QStringLiteral("acc"), QStringLiteral("shop"));
        QVERIFY(shop.isValid());
        QVERIFY(shop.data(EnvironmentTreeModel::LegacyRole).toBool());
        QVERIFY(shop.siblingAtColumn(EnvironmentTreeModel::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("legacy")));
        QVERIFY(!model.indexOf(QStringLiteral("acc"), QStringLiteral("blog"))
                     .data(EnvironmentTreeModel::LegacyRole)
                     .toBool());
        QCOMPARE(model.rowCount(shop), 3);
        const QModelIndex main
            = model.indexOf(QStringLiteral("acc"), QStringLiteral("shop"), QStringLiteral("main"));
        QCOMPARE(main.data(EnvironmentTreeModel::TypeRole).toString(),
                 QStringLiteral("production"));
        QCOMPARE(main.data(EnvironmentTreeModel::AccountRole).toString(), QStringLiteral("acc"));
        QCOMPARE(main.data(EnvironmentTreeModel::ProjectRole).toString(), QStringLiteral("shop"));
    }

    void mergeKeepsRows_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("inserted");
        QTest::newRow("same") << QStringList{u"main"_s, u"staging"_s, u"feature-login"_s} << 0 << 0;
        QTest::newRow("one gone") << QStringList{u"main"_s, u"staging"_s} << 1 << 0;
        QTest::newRow("one new") << QStringList{u"main"_s, u"staging"_s, u"feature-login"_s,
                                                u"hotfix"_s}
                                 << 0 << 1;
    }

    void mergeKeepsRows()
    {
        QFETCH(QStringList, names);
        QFETCH(int, removed);
        QFETCH(int, inserted);
        EnvironmentTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        const QPersistentModelIndex main
            = model.indexOf(QStringLiteral("acc"), QStringLiteral("shop"), QStringLiteral("main"));
        QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<bc::Environment> list;
        for (const QString &name : names) {
            bc::Environment e
                = environment(QStringLiteral("shop"), name,
                              name == QLatin1String("main") ? QStringLiteral("production")
                                                            : QStringLiteral("development"));
            if (name == QLatin1String("staging"))
                e.type = QStringLiteral("staging");
            list.append(e);
        }
        list[0].isDirty = true; // main got busy: updated in place
        model.setEnvironments(QStringLiteral("acc"), QStringLiteral("shop"), list);
        QCOMPARE(removedSpy.count(), removed);
        QCOMPARE(insertedSpy.count(), inserted);
        QCOMPARE(changed.count(), 1);
        QVERIFY(main.isValid());
        QVERIFY(QModelIndex(main)
                    .siblingAtColumn(EnvironmentTreeModel::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("busy")));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("projectsShown");
        QTest::addColumn<int>("environmentsOfShop");
        QTest::newRow("none") << QString() << 3 << 3;
        QTest::newRow("environment name") << QStringLiteral("login") << 1 << 1;
        QTest::newRow("project keeps subtree") << QStringLiteral("SHOP") << 1 << 3;
        QTest::newRow("type") << QStringLiteral("staging") << 1 << 1;
        QTest::newRow("nothing") << QStringLiteral("qqq") << 0 << 0;
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(int, projectsShown);
        QFETCH(int, environmentsOfShop);
        EnvironmentTreeModel model;
        bc::EnvironmentTreeFilter proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        proxy.setFilterText(text);
        int projects = 0;
        int environments = 0;
        const QModelIndex account = proxy.index(0, 0);
        for (int o = 0; o < proxy.rowCount(account); ++o) {
            const QModelIndex organization = proxy.index(o, 0, account);
            projects += proxy.rowCount(organization);
            for (int p = 0; p < proxy.rowCount(organization); ++p) {
                const QModelIndex project = proxy.index(p, 0, organization);
                if (project.data(EnvironmentTreeModel::ProjectRole).toString()
                    == QLatin1String("shop"))
                    environments = proxy.rowCount(project);
            }
        }
        QCOMPARE(projects, projectsShown);
        QCOMPARE(environments, environmentsOfShop);
    }

    void sortsProductionFirst()
    {
        EnvironmentTreeModel model;
        bc::EnvironmentTreeFilter proxy;
        proxy.setSourceModel(&model);
        fill(model);
        proxy.sort(0);
        const QModelIndex shop
            = proxy.mapFromSource(model.indexOf(QStringLiteral("acc"), QStringLiteral("shop")));
        QCOMPARE(proxy.index(0, 0, shop).data(EnvironmentTreeModel::EnvironmentRole).toString(),
                 QStringLiteral("main"));
        QCOMPARE(proxy.index(2, 0, shop).data(EnvironmentTreeModel::EnvironmentRole).toString(),
                 QStringLiteral("feature-login"));
    }

    // Issue 11: `paused` is the environment's lifecycle state (asleep after inactivity), not a
    // running activity; the reason says to resume it.
    void backupReasonForPausedEnvironment()
    {
        bc::Environment env;
        env.name = QStringLiteral("preview-cart");
        env.type = QStringLiteral("development");
        env.status = QStringLiteral("paused");
        bc::UserAccess admin;
        admin.permissions = {QStringLiteral("development:admin")};
        const QString reason = bc::ActionReasons::backup(env, admin);
        QVERIFY2(reason.contains(QLatin1String("paused")), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1String("already running")), qPrintable(reason));
        env.status = QStringLiteral("active");
        env.isDirty = true;
        QVERIFY(bc::ActionReasons::backup(env, admin).contains(QLatin1String("already running")));
    }
};

QTEST_MAIN(TestEnvironmentTreeModel)
#include "tst_models_environmenttree.moc"
