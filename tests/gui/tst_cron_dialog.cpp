#include "automation/cronassistantdialog.h"
#include "common/resources.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using bc::ui::CronAssistantDialog;

// The cron assistant's dialog: defaults, next runs in both zones, refusal, warnings, copy.
class TestCronDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        bc::ui::initResources();
    }

    void defaultsWriteTheGuardedDailyJob()
    {
        CronAssistantDialog dialog;
        dialog.setNow(QDateTime(QDate(2026, 3, 27), QTime(12, 0), QTimeZone::utc()));
        dialog.setProjectTimeZone(QTimeZone("Europe/Paris"));
        auto *time = dialog.findChild<QTimeEdit *>(QStringLiteral("time"));
        QCOMPARE(time->time(), QTime(5, 0));
        const QString yaml
            = dialog.findChild<QPlainTextEdit *>(QStringLiteral("yaml"))->toPlainText();
        QVERIFY(yaml.contains(QLatin1String("spec: '0 5 * * *'")));
        QVERIFY(yaml.contains(QLatin1String("\"$PLATFORM_ENVIRONMENT_TYPE\" = production")));
        QVERIFY(yaml.contains(QLatin1String("platform backup:create --yes --no-wait")));
        QVERIFY(!yaml.contains(QLatin1String("--live")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reminder"))
                    ->text()
                    .contains(QLatin1String("PLATFORMSH_CLI_TOKEN")));

        // Five runs; Paris moves to summer time on 29 March: 06:00 then 07:00 project time.
        auto *runs = dialog.findChild<QTreeWidget *>(QStringLiteral("nextRuns"));
        QCOMPARE(runs->topLevelItemCount(), 5);
        QVERIFY(runs->topLevelItem(0)->text(0).contains(QLatin1String("2026-03-28 05:00")));
        QVERIFY(runs->topLevelItem(0)->text(1).contains(QLatin1String("2026-03-28 06:00")));
        QVERIFY(runs->topLevelItem(1)->text(1).contains(QLatin1String("2026-03-29 07:00")));
    }

    void liveUpsunWithoutGuard()
    {
        CronAssistantDialog dialog;
        dialog.findChild<QRadioButton *>(QStringLiteral("live"))->setChecked(true);
        dialog.findChild<QComboBox *>(QStringLiteral("flavour"))->setCurrentIndex(1);
        QTest::mouseClick(dialog.findChild<QWidget *>(QStringLiteral("productionOnly")),
                          Qt::LeftButton);
        const QString yaml = dialog.yaml();
        QVERIFY(yaml.startsWith(QLatin1String("applications:\n    app:\n        crons:")));
        QVERIFY(yaml.contains(QLatin1String("upsun backup:create --yes --no-wait --live")));
        QVERIFY(!yaml.contains(QLatin1String("PLATFORM_ENVIRONMENT_TYPE")));
    }

    void moreThanOnceADayIsRefused()
    {
        CronAssistantDialog dialog;
        auto *spec = dialog.findChild<QLineEdit *>(QStringLiteral("spec"));
        spec->selectAll();
        QTest::keyClicks(spec, QStringLiteral("0 */12 * * *"));
        QCOMPARE(spec->text(), QStringLiteral("0 */12 * * *"));
        auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("warnings"));
        QVERIFY(warnings->text().contains(QLatin1String("at most one backup a day")));
        QVERIFY(dialog.yaml().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("copy"))->isEnabled());
    }

    void busyHoursWarnAndTimeFollowsSpec()
    {
        CronAssistantDialog dialog;
        dialog.setNow(QDateTime(QDate(2026, 11, 28), QTime(0, 0), QTimeZone::utc()));
        dialog.setProjectTimeZone(QTimeZone("Europe/Paris"));
        auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("warnings"));
        QVERIFY(warnings->text().isEmpty());
        dialog.findChild<QTimeEdit *>(QStringLiteral("time"))->setTime(QTime(7, 30));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("spec"))->text(),
                 QStringLiteral("30 7 * * *"));
        QVERIFY2(warnings->text().contains(QLatin1String("busy hours")),
                 qPrintable(warnings->text()));
        dialog.findChild<QRadioButton *>(QStringLiteral("live"))->setChecked(true);
        QVERIFY(warnings->text().isEmpty());

        auto *spec = dialog.findChild<QLineEdit *>(QStringLiteral("spec"));
        spec->selectAll();
        QTest::keyClicks(spec, QStringLiteral("15 4 * * *"));
        QCOMPARE(dialog.findChild<QTimeEdit *>(QStringLiteral("time"))->time(), QTime(4, 15));
    }

    void copyPutsTheBlockOnTheClipboard()
    {
        CronAssistantDialog dialog;
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), dialog.yaml());
        QVERIFY(!dialog.yaml().isEmpty());
    }

    // Issue 16: the monthly restore drill job, on its own tab, runs on this machine.
    void monthlyDrillJob()
    {
        CronAssistantDialog dialog;
        dialog.setNow(QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc()));
        dialog.setTarget(QStringLiteral("acmeblogeu3002"), QStringLiteral("main"));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("cronTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("drillText"));
        QVERIFY2(text->toPlainText().contains(QLatin1String(
                     "0 6 1 * * backup-console drill -p acmeblogeu3002 -e main --yes")),
                 qPrintable(text->toPlainText()));
        QVERIFY(text->toPlainText().contains(QLatin1String("CRON_TZ=UTC")));
        auto *runs = dialog.findChild<QTreeWidget *>(QStringLiteral("drillRuns"));
        QCOMPARE(runs->topLevelItemCount(), 5);
        QVERIFY(runs->topLevelItem(0)->text(0).contains(QLatin1String("2027-01-01 06:00")));

        // As a systemd user timer.
        dialog.findChild<QComboBox *>(QStringLiteral("drillFormat"))->setCurrentIndex(1);
        QVERIFY2(text->toPlainText().contains(QLatin1String("OnCalendar=*-*-01 06:00:00 UTC")),
                 qPrintable(text->toPlainText()));
        QVERIFY(text->toPlainText().contains(QLatin1String(
            "systemctl --user enable --now backup-console-drill-acmeblogeu3002-main.timer")));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copy"));
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());

        // Hourly is refused, nothing to copy.
        auto *spec = dialog.findChild<QLineEdit *>(QStringLiteral("drillSpec"));
        spec->setText(QStringLiteral("0 * * * *"));
        Q_EMIT spec->textEdited(spec->text());
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(!copy->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("drillWarnings"))
                    ->text()
                    .contains(QLatin1String("once a day")));
        // The backup tab's own Copy state comes back with it.
        tabs->setCurrentIndex(0);
        QVERIFY(copy->isEnabled());
    }
};

QTEST_MAIN(TestCronDialog)
#include "tst_cron_dialog.moc"
