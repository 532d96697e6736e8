// The fleet board widget against the sandbox's demo seed: rows, badges and order are what the
// sandbox's data says; a progress bar shows while loading; double-click opens an environment;
// the CSV export is the board in the order shown.
#include "../integration/tst_history_support.h"
#include "../integration/tst_sandbox_support.h"
#include "client/apiclient.h"
#include "client/fleetformat.h"
#include "models/history/fleetboardmodel.h"
#include "ui/common/fleetsession.h"
#include "ui/history/fleetboardwidget.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace bc;
using namespace bc::test;
using namespace bc::ui;

class TstHistoryFleetBoard final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<FleetSession> m_session;
    std::unique_ptr<FleetBoardWidget> m_board;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BC_START(m_sandbox);
        m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
        BC_TOKEN(*m_http, demo::adminToken, m_token);
        // A fresh backup on one production environment: with a 1 h threshold the board then
        // holds both stale and fresh rows.
        takeFreshBackup(*m_http, m_token, QLatin1String(demo::us2Project), QStringLiteral("main"));
        if (QTest::currentTestFailed()) {
            return;
        }

        m_client = std::make_unique<ApiClient>(
            Account::custom(m_sandbox.baseUrl(), m_sandbox.baseUrl(), QStringLiteral("sandbox")),
            &m_network);
        m_client->setApiToken(QLatin1String(demo::adminToken));
        m_session
            = std::make_unique<FleetSession>([this] { return QList<ApiClient *>{m_client.get()}; });
        m_board = std::make_unique<FleetBoardWidget>(m_session.get());
        new QAbstractItemModelTester(m_board->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_board.get());
        FleetOptions options;
        options.staleAfter = std::chrono::hours(1);
        options.includeStaging = true;
        m_board->setOptions(options);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    }

    void loadsWhatTheDataSays()
    {
        QSignalSpy finished(m_board.get(), &FleetBoardWidget::loadFinished);
        m_board->reload();
        QVERIFY(m_board->isLoading());
        QVERIFY(m_board->progressBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!m_board->progressBar()->isVisible());
        QCOMPARE(m_board->progressBar()->value(), m_board->progressBar()->maximum());

        QList<ExpectedFleetRow> expected;
        expectedFleet(*m_http, m_token, true, QDateTime::currentDateTimeUtc(), 1, expected);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QList<FleetRow> shown = m_board->rowsInViewOrder();
        QCOMPARE(shown.size(), expected.size());
        QSet<QString> wantStale;
        for (const ExpectedFleetRow &row : expected) {
            if (row.stale) {
                wantStale.insert(row.project + QLatin1Char('/') + row.environment);
            }
        }
        QVERIFY(!wantStale.isEmpty() && wantStale.size() < expected.size());
        QSet<QString> gotStale;
        const QAbstractItemModel *model = m_board->view()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex badge = model->index(r, FleetBoardModel::Stale);
            if (badge.data(FleetBoardModel::StaleRole).toBool()) {
                gotStale.insert(shown[r].projectId + QLatin1Char('/') + shown[r].environment);
                QCOMPARE(badge.data().toString(), QStringLiteral("Stale"));
            }
        }
        QCOMPARE(gotStale, wantStale);
        // Sorted by staleness: every stale row above every fresh one, oldest backup first.
        for (int r = 1; r < shown.size(); ++r) {
            QVERIFY(shown[r - 1].stale || !shown[r].stale);
            QVERIFY(!shown[r].lastBackupAt.isValid() || !shown[r - 1].lastBackupAt.isValid()
                    || shown[r - 1].lastBackupAt <= shown[r].lastBackupAt);
        }
        QCOMPARE(shown.constLast().projectId, QLatin1String(demo::us2Project));
    }

    void doubleClickOpensEnvironment()
    {
        QTableView *view = m_board->view();
        QVERIFY(view->model()->rowCount() > 1);
        const QModelIndex index = view->model()->index(1, FleetBoardModel::Environment);
        const FleetRow row = m_board->rowsInViewOrder().at(1);
        QSignalSpy opened(m_board.get(), &FleetBoardWidget::environmentActivated);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().at(0).toUuid(), m_client->account().id);
        QCOMPARE(opened.constFirst().at(1).toString(), row.projectId);
        QCOMPARE(opened.constFirst().at(2).toString(), row.environment);
    }

    void exportsCsvInViewOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fleet.csv"));
        QVERIFY(m_board->exportCsv(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QCOMPARE(text, FleetFormat::csv(m_board->rowsInViewOrder()));
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), m_board->view()->model()->rowCount() + 1);
        QVERIFY(lines.at(1).endsWith(",true")); // the most stale row first
        QVERIFY(lines.constLast().endsWith(",false"));
        QVERIFY(!m_board->exportCsv(dir.filePath(QStringLiteral("missing/dir/fleet.csv"))));
    }

    void cleanupTestCase()
    {
        m_board.reset();
        m_client.reset();
    }
};

QTEST_MAIN(TstHistoryFleetBoard)
#include "tst_history_fleetboard.moc"
