// The history views filled from the sandbox's demo project through HistoryLoader: the loaded
// history matches the sandbox's raw data, and the views render it. With BC_SCREENSHOT_DIR set
// (docs/screenshots under Xvfb) the pictures are saved there.
#include "../integration/tst_history_support.h"
#include "../integration/tst_sandbox_support.h"
#include "client/apiclient.h"
#include "models/history/historyloader.h"
#include "ui/common/fleetsession.h"
#include "ui/history/calendarheatmapwidget.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/history/historytab.h"
#include "ui/history/timelinewidget.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace bc;
using namespace bc::test;
using namespace bc::ui;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
    const QPixmap picture = widget.grab();
    QVERIFY(!picture.isNull());
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(picture.save(QDir(dir).filePath(name)));
    }
}

} // namespace

class TstHistoryScreens final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    TimelineData m_data;
    const QString m_project = QLatin1String(demo::legacyEuProject);

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BC_START(m_sandbox);
        m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
        BC_TOKEN(*m_http, demo::adminToken, m_token);
        m_client = std::make_unique<ApiClient>(
            Account::custom(m_sandbox.baseUrl(), m_sandbox.baseUrl(), QStringLiteral("sandbox")),
            &m_network);
        m_client->setApiToken(QLatin1String(demo::adminToken));
    }

    void loaderMatchesRawData()
    {
        HistoryLoader loader;
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load(m_client.get(), m_project, {});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        m_data = loader.data();

        QJsonDocument environments;
        fetchJson(*m_http, QStringLiteral("/projects/%1/environments").arg(m_project), m_token,
                  environments);
        QCOMPARE(m_data.environments.size(), environments.array().size());
        qsizetype backups = 0;
        for (const QJsonValue &environment : environments.array()) {
            QJsonDocument list;
            fetchJson(*m_http,
                      QStringLiteral("/projects/%1/environments/%2/backups")
                          .arg(m_project, environment[QStringLiteral("id")].toString()),
                      m_token, list);
            backups += list.array().size();
        }
        QCOMPARE(m_data.backups.size(), backups);
        // Failed backups and restores of the last year, as the activity feed lists them.
        QJsonDocument failed;
        fetchJson(*m_http,
                  QStringLiteral("/projects/%1/activities?type=environment.backup&result=failure"
                                 "&count=100")
                      .arg(m_project),
                  m_token, failed);
        QJsonDocument restores;
        fetchJson(*m_http,
                  QStringLiteral("/projects/%1/activities?type=environment.restore&count=100")
                      .arg(m_project),
                  m_token, restores);
        qsizetype failedMarks = 0;
        qsizetype restoreActivities = 0;
        for (const Activity &activity : std::as_const(m_data.activities)) {
            failedMarks += TimelineData::isFailedBackup(activity) ? 1 : 0;
            restoreActivities += TimelineData::isRestore(activity) ? 1 : 0;
        }
        QVERIFY(failed.array().size() > 0);
        QCOMPARE(failedMarks, failed.array().size());
        QCOMPARE(restoreActivities, restores.array().size());
    }

    void timeline()
    {
        QVERIFY(!m_data.backups.isEmpty());
        HistoryTab tab(nullptr);
        tab.setData(m_data, QStringLiteral("main"));
        tab.timeline()->showSpan(qint64(91) * 24 * 3600 * 1000);
        tab.resize(1400, 620);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const TimelineLayout &layout = tab.timeline()->layout();
        QCOMPARE(layout.lanes().constFirst(), QStringLiteral("main"));
        QCOMPARE(layout.lanes().size(), m_data.environments.size());
        QVERIFY(!layout.arrows().isEmpty());
        tab.timeline()->selectBackup(m_data.backups.constFirst().id);
        save(tab, QStringLiteral("history-tab.png"));
        // Eight months: both retention bands in view.
        tab.timeline()->showSpan(qint64(240) * 24 * 3600 * 1000);
        save(*tab.timeline(), QStringLiteral("timeline.png"));
    }

    void heatmap()
    {
        HistoryTab tab(nullptr);
        tab.setData(m_data, QStringLiteral("main"));
        CalendarHeatmapWidget *heatmap = tab.heatmap();
        heatmap->resize(heatmap->sizeHint());
        heatmap->setParent(nullptr);
        heatmap->show();
        QVERIFY(QTest::qWaitForWindowExposed(heatmap));
        // The demo's main has a daily automated backup for the last 180 days but one.
        const QDate yesterday = QDate::currentDate().addDays(-1);
        QVERIFY(heatmap->count(yesterday) >= 1);
        QCOMPARE(heatmap->count(QDate::currentDate().addDays(-300)), 0);
        save(*heatmap, QStringLiteral("heatmap.png"));
        delete heatmap;
    }

    void fleetBoard()
    {
        FleetSession session([this] { return QList<ApiClient *>{m_client.get()}; });
        FleetBoardWidget board(&session);
        FleetOptions options;
        options.includeStaging = true;
        board.setOptions(options);
        board.resize(1100, 330);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSignalSpy finished(&board, &FleetBoardWidget::loadFinished);
        board.reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(board.view()->model()->rowCount(), 8); // 4 projects × production + staging
        board.view()->resizeColumnsToContents();
        save(board, QStringLiteral("fleetboard.png"));
    }
};

QTEST_MAIN(TstHistoryScreens)
#include "tst_history_screens.moc"
