// The fleet board's compliance column against the sandbox's demo seed and a drill log (issue 16),
// and the compliance rules in Preferences. With BC_SCREENSHOT_DIR set, the board is saved there.
#include "../integration/tst_history_support.h"
#include "../integration/tst_sandbox_support.h"
#include "client/apiclient.h"
#include "models/history/fleetboardmodel.h"
#include "ui/common/fleetsession.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/preferences/preferencesdialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace bc;
using namespace bc::test;
using namespace bc::ui;

class TstComplianceBoard final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    // The board's verdict of a row, by project.
    static QHash<QString, int> verdicts(const FleetBoardWidget &board)
    {
        QHash<QString, int> out;
        const FleetBoardModel *model = board.model();
        for (int r = 0; r < model->rowCount(); ++r) {
            out.insert(model->rowAt(r).projectId,
                       model->index(r, FleetBoardModel::Compliance)
                           .data(FleetBoardModel::ComplianceRole)
                           .toInt());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        BC_START(m_sandbox);
        m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
        BC_TOKEN(*m_http, demo::adminToken, m_token);
        takeFreshBackup(*m_http, m_token, QLatin1String(demo::eu3Project), QStringLiteral("main"),
                        true);
        m_client = std::make_unique<ApiClient>(
            Account::custom(m_sandbox.baseUrl(), m_sandbox.baseUrl(), QStringLiteral("sandbox")),
            &m_network);
        m_client->setApiToken(QLatin1String(demo::adminToken));
    }

    void complianceColumn()
    {
        // A successful drill of eu3's main yesterday: with its fresh consistent backup it passes.
        const QString log = m_dir.filePath(QStringLiteral("drills.jsonl"));
        DrillRecord drill;
        drill.id = QStringLiteral("d1");
        drill.project = QLatin1String(demo::eu3Project);
        drill.environment = QStringLiteral("main");
        drill.finishedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        drill.outcome = QStringLiteral("success");
        QVERIFY(DrillLog(log).append(drill));

        FleetSession session([this] { return QList<ApiClient *>{m_client.get()}; });
        FleetBoardWidget board(&session);
        new QAbstractItemModelTester(
            board.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &board);
        board.setDrillLogPath(log);
        board.setComplianceRules(ComplianceRuleSet());
        board.resize(1280, 330);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSignalSpy finished(&board, &FleetBoardWidget::loadFinished);
        board.reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const FleetBoardModel *model = board.model();
        QCOMPARE(model->rowCount(), 4);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int r = 0; r < model->rowCount(); ++r) {
            const FleetRow row = model->rowAt(r);
            const ComplianceResult want
                = Compliance::evaluate(row, ComplianceRuleSet(), {drill}, now);
            const QModelIndex cell = model->index(r, FleetBoardModel::Compliance);
            QCOMPARE(cell.data().toString(), Compliance::statusText(want.status));
            const QString tooltip = cell.data(Qt::ToolTipRole).toString();
            for (const ComplianceFinding &f : want.findings)
                QVERIFY2(tooltip.contains(f.text), qPrintable(tooltip));
            // The seed's projects have no drill and no recent consistent backup.
            if (row.projectId != QLatin1String(demo::eu3Project)) {
                QCOMPARE(want.status, ComplianceStatus::Failing);
                QVERIFY(tooltip.contains(QLatin1String("No successful restore drill")));
            }
        }
        QVERIFY(verdicts(board).value(QLatin1String(demo::eu3Project))
                != int(ComplianceStatus::Failing));
        QCOMPARE(model->headerData(FleetBoardModel::Compliance, Qt::Horizontal).toString(),
                 QStringLiteral("Compliance"));
        board.view()->resizeColumnsToContents();
        const QPixmap picture = board.grab();
        QVERIFY(!picture.isNull());
        const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(picture.save(QDir(dir).filePath(QStringLiteral("compliance-board.png"))));
        }

        // Rules off: every row passes at once, without a reload.
        board.setComplianceRules({ComplianceRules(), ComplianceRules()});
        for (int verdict : verdicts(board))
            QCOMPARE(verdict, int(ComplianceStatus::Ok));
    }

    void preferencesEditTheRules()
    {
        PreferencesDialog dialog{Preferences()};
        const auto box = [&dialog](const char *name) {
            auto *spin = dialog.findChild<QSpinBox *>(QLatin1String(name));
            if (!spin)
                qWarning("no spin box %s", name);
            return spin;
        };
        QSpinBox *hours = box("compliance.production.maxBackupAgeHours");
        QSpinBox *points = box("compliance.staging.minRestorePoints");
        QSpinBox *drill = box("compliance.production.maxDrillAgeDays");
        QVERIFY(hours && points && drill);
        QCOMPARE(hours->value(), 24);
        QCOMPARE(points->value(), 3);
        QCOMPARE(drill->value(), 31);
        hours->setValue(12);
        points->setValue(5);
        drill->setValue(0);
        QCOMPARE(drill->text(), QStringLiteral("off"));
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The house's smallest screen is 1024x700: the grown dialog must still fit.
        QVERIFY2(dialog.sizeHint().height() <= 700 && dialog.sizeHint().width() <= 1024,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(dialog.sizeHint().width())
                                .arg(dialog.sizeHint().height())));
        const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("preferences.png"))));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(applied.size(), 1);
        const Preferences chosen = applied.constFirst().at(0).value<Preferences>();
        QCOMPARE(chosen.compliance.production.maxBackupAgeHours, 12);
        QCOMPARE(chosen.compliance.production.maxDrillAgeDays, 0);
        QCOMPARE(chosen.compliance.staging.minRestorePoints, 5);
        // Saved where the command line reads them.
        QCOMPARE(ComplianceRuleSet::load(QSettings()), chosen.compliance);
        QCOMPARE(QSettings().value(QStringLiteral("compliance/staging/minRestorePoints")).toInt(),
                 5);

        PreferencesDialog again{Preferences::load()};
        QCOMPARE(again.preferences().compliance, chosen.compliance);
        again.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(again.preferences().compliance, ComplianceRuleSet());
    }
};

QTEST_MAIN(TstComplianceBoard)
#include "tst_compliance_board.moc"
