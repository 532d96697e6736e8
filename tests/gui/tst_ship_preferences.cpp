#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "consolefixture.h"
#include "models/history/fleetboardmodel.h"
#include "models/preferences.h"
#include "sandboxprocess.h"
#include "ui/accounts/welcomedialog.h"
#include "ui/automation/cronassistantdialog.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/notifier.h"
#include "ui/common/resources.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/mainwindow/consoleshell.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using bc::Preferences;
using bc::ui::PreferencesDialog;
using namespace std::chrono_literals;

namespace {

// Values that differ from every default.
Preferences custom()
{
    Preferences p;
    p.language = QStringLiteral("fr");
    p.pollInterval = 42s;
    p.notifyOnSuccess = false;
    p.notifyOnFailure = true;
    p.staleAfter = 48h;
    p.busyStart = QTime(9, 30);
    p.busyEnd = QTime(18, 15);
    p.defaultPreset = bc::Account::Preset::Upsun;
    return p;
}

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no field" << name;
    return widget;
}

// Fills the dialog the way a person would: through its fields.
void fill(PreferencesDialog *dialog, const Preferences &p)
{
    auto *language = field<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(p.language));
    field<QSpinBox>(dialog, "pollInterval")->setValue(int(p.pollInterval.count()));
    field<QCheckBox>(dialog, "notifyOnSuccess")->setChecked(p.notifyOnSuccess);
    field<QCheckBox>(dialog, "notifyOnFailure")->setChecked(p.notifyOnFailure);
    field<QSpinBox>(dialog, "staleAfter")->setValue(int(p.staleAfter.count()));
    field<QTimeEdit>(dialog, "busyStart")->setTime(p.busyStart);
    field<QTimeEdit>(dialog, "busyEnd")->setTime(p.busyEnd);
    auto *preset = field<QComboBox>(dialog, "defaultPreset");
    preset->setCurrentIndex(preset->findData(int(p.defaultPreset)));
}

void clickOk(PreferencesDialog *dialog)
{
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
}

bc::Activity finished(const QString &result)
{
    bc::Activity a;
    a.id = QStringLiteral("act-") + result;
    a.type = QStringLiteral("environment.backup");
    a.state = QStringLiteral("complete");
    a.result = result;
    a.environments = {QStringLiteral("main")};
    a.text = QStringLiteral("Backup of main");
    return a;
}

} // namespace

// Preferences: the dialog saves to QSettings and reads back; bad stored values read as the
// defaults; OK applies at once to the window's controller, notifier, fleet board, cron assistant
// and welcome dialog.
class TestShipPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        bc::ui::initResources();
        m_tokens.setService(QStringLiteral("io.github.backupconsole.tests"));
    }

    void init() { QSettings().clear(); }

    void defaultsWhenNothingStored()
    {
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded, Preferences());
        QCOMPARE(loaded.language, QString());
        QCOMPARE(loaded.pollInterval, 15s);
        QCOMPARE(loaded.staleAfter, 24h);
        QCOMPARE(loaded.busyStart, QTime(8, 0));
        QCOMPARE(loaded.defaultPreset, bc::Account::Preset::PlatformSh);
        PreferencesDialog dialog(loaded);
        QCOMPARE(dialog.preferences(), Preferences());
    }

    void okSavesAndReadsBack()
    {
        PreferencesDialog dialog(Preferences::load());
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        fill(&dialog, custom());
        clickOk(&dialog);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).value<Preferences>(), custom());

        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("preferences/language")).toString(),
                 QStringLiteral("fr"));
        QCOMPARE(settings.value(QStringLiteral("preferences/pollIntervalSeconds")).toInt(), 42);
        QCOMPARE(settings.value(QStringLiteral("preferences/notifyOnSuccess")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("preferences/staleAfterHours")).toInt(), 48);
        QCOMPARE(settings.value(QStringLiteral("preferences/busyStart")).toString(),
                 QStringLiteral("09:30"));
        QCOMPARE(settings.value(QStringLiteral("preferences/busyEnd")).toString(),
                 QStringLiteral("18:15"));
        QCOMPARE(settings.value(QStringLiteral("preferences/defaultPreset")).toString(),
                 QStringLiteral("upsun"));
        QCOMPARE(Preferences::load(), custom());

        PreferencesDialog fresh(Preferences::load());
        QCOMPARE(fresh.preferences(), custom());
        QCOMPARE(field<QSpinBox>(&fresh, "pollInterval")->value(), 42);
        QCOMPARE(field<QComboBox>(&fresh, "defaultPreset")->currentData().toInt(),
                 int(bc::Account::Preset::Upsun));
        QCOMPARE(field<QComboBox>(&fresh, "language")->currentText(), QStringLiteral("Français"));
    }

    void cancelSavesNothing()
    {
        PreferencesDialog dialog(Preferences::load());
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        fill(&dialog, custom());
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(applied.count(), 0);
        QVERIFY(!QSettings().contains(QStringLiteral("preferences/pollIntervalSeconds")));
        QCOMPARE(Preferences::load(), Preferences());
    }

    void restoreDefaults()
    {
        custom().save();
        PreferencesDialog dialog(Preferences::load());
        QCOMPARE(dialog.preferences(), custom());
        dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.preferences(), Preferences());
        QCOMPARE(field<QComboBox>(&dialog, "language")->currentIndex(), 0); // System default
        // Only OK saves.
        QCOMPARE(Preferences::load(), custom());
        clickOk(&dialog);
        QCOMPARE(Preferences::load(), Preferences());
    }

    void badValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("interval not a number")
            << QStringLiteral("pollIntervalSeconds") << QVariant(QStringLiteral("soon"));
        QTest::newRow("interval too short") << QStringLiteral("pollIntervalSeconds") << QVariant(1);
        QTest::newRow("interval too long")
            << QStringLiteral("pollIntervalSeconds") << QVariant(86400 * 7);
        QTest::newRow("interval fraction")
            << QStringLiteral("pollIntervalSeconds") << QVariant(QStringLiteral("12.5"));
        QTest::newRow("success flag")
            << QStringLiteral("notifyOnSuccess") << QVariant(QStringLiteral("banana"));
        QTest::newRow("failure flag") << QStringLiteral("notifyOnFailure") << QVariant(7);
        QTest::newRow("stale negative") << QStringLiteral("staleAfterHours") << QVariant(-5);
        QTest::newRow("stale words")
            << QStringLiteral("staleAfterHours") << QVariant(QStringLiteral("a day"));
        QTest::newRow("stale too long") << QStringLiteral("staleAfterHours") << QVariant(24 * 365);
        QTest::newRow("busy start")
            << QStringLiteral("busyStart") << QVariant(QStringLiteral("25:99"));
        QTest::newRow("busy end number") << QStringLiteral("busyEnd") << QVariant(7);
        QTest::newRow("preset") << QStringLiteral("defaultPreset")
                                << QVariant(QStringLiteral("heroku"));
        QTest::newRow("language") << QStringLiteral("language") << QVariant(QStringLiteral("tlh"));
        QTest::newRow("language number") << QStringLiteral("language") << QVariant(3);
    }

    void badValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(QStringLiteral("preferences/") + key, value);
        QCOMPARE(Preferences::load(), Preferences());
        PreferencesDialog dialog(Preferences::load());
        QCOMPARE(dialog.preferences(), Preferences());
    }

    void goodValuesSurviveBadNeighbours()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("preferences/pollIntervalSeconds"), QStringLiteral("30"));
        settings.setValue(QStringLiteral("preferences/notifyOnFailure"), QStringLiteral("false"));
        settings.setValue(QStringLiteral("preferences/staleAfterHours"), QStringLiteral("never"));
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded.pollInterval, 30s);
        QCOMPARE(loaded.notifyOnFailure, false);
        QCOMPARE(loaded.staleAfter, 24h);
    }

    void notifierRespectsChoices()
    {
        bc::ui::Notifier notifier;
        notifier.setNotifyOn(false, true);
        notifier.activityFinished(finished(QStringLiteral("success")));
        QVERIFY(notifier.lastMessage().isEmpty());
        notifier.activityFinished(finished(QStringLiteral("failure")));
        QVERIFY(notifier.lastMessage().startsWith(QStringLiteral("Failed")));
        notifier.setNotifyOn(true, false);
        notifier.activityFinished(finished(QStringLiteral("success")));
        QVERIFY(notifier.lastMessage().startsWith(QStringLiteral("Done")));
        const QString last = notifier.lastMessage();
        notifier.activityFinished(finished(QStringLiteral("failure")));
        QCOMPARE(notifier.lastMessage(), last);
    }

    // The stored preferences are in force from the start, and the menu opens the dialog.
    void appliedAtStartAndFromTheMenu()
    {
        Preferences stored;
        stored.pollInterval = 30s;
        stored.notifyOnSuccess = false;
        stored.defaultPreset = bc::Account::Preset::Custom;
        stored.save();
        bc::AccountStore store(m_dir.filePath(QStringLiteral("accounts.ini")));
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        bc::ui::MainWindow *window = shell.window();
        QCOMPARE(window->preferences(), stored);
        QCOMPARE(shell.controller()->pollInterval(), 30s);
        QVERIFY(!window->notifier()->notifiesOnSuccess());
        QVERIFY(window->notifier()->notifiesOnFailure());

        shell.showWelcome(bc::ui::WelcomeDialog::Page::SignIn);
        QVERIFY(shell.welcome());
        QCOMPARE(shell.welcome()->presetBox()->currentData().toInt(),
                 int(bc::Account::Preset::Custom));
        shell.welcome()->reject();
        QTRY_VERIFY(!shell.welcome());

        // Tools › Preferences…, last in the menu, with a shortcut.
        auto *action = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QCOMPARE(window->toolsMenu()->actions().constLast(), action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->text().isEmpty());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        action->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<PreferencesDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->preferences(), stored);
        Preferences wanted = stored;
        wanted.pollInterval = 90s;
        wanted.notifyOnSuccess = true;
        wanted.notifyOnFailure = false;
        wanted.defaultPreset = bc::Account::Preset::Upsun;
        fill(dialog, wanted);
        clickOk(dialog);

        QCOMPARE(window->preferences(), wanted);
        QCOMPARE(Preferences::load(), wanted);
        QCOMPARE(shell.controller()->pollInterval(), 90s);
        QVERIFY(window->notifier()->notifiesOnSuccess());
        QVERIFY(!window->notifier()->notifiesOnFailure());
        shell.showWelcome(bc::ui::WelcomeDialog::Page::SignIn);
        QCOMPARE(shell.welcome()->presetBox()->currentData().toInt(),
                 int(bc::Account::Preset::Upsun));
        shell.welcome()->reject();
    }

    // On the sandbox: the fleet board's threshold and the cron assistant's busy hours.
    void fleetBoardAndCronAssistant()
    {
        Preferences stored;
        stored.staleAfter = 2h;
        stored.busyStart = QTime(6, 45);
        stored.busyEnd = QTime(22, 0);
        stored.save();
        bc::test::ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(QLatin1String(bc::test::demo::legacyEuProject),
                                        QStringLiteral("main")));
        bc::ui::MainWindow *window = console.shell()->window();

        window->findChild<QAction *>(QStringLiteral("fleetBoardAction"))->trigger();
        auto *board = window->findChild<bc::ui::FleetBoardWidget *>(QStringLiteral("fleetBoard"));
        QVERIFY(board);
        QCOMPARE(board->model()->staleAfter(), 2h);
        QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && board->model()->rowCount() > 0, 20000);
        const auto staleRows = [board] {
            int stale = 0;
            for (const bc::FleetRow &row : board->model()->rows())
                stale += row.stale ? 1 : 0;
            return stale;
        };
        const int staleAt2h = staleRows();

        // A longer threshold judges the rows shown again, without a reload.
        Preferences longer = window->preferences();
        longer.staleAfter = bc::Preferences::MaxStaleAfter;
        QSignalSpy changed(board->model(), &QAbstractItemModel::dataChanged);
        window->setPreferences(longer);
        QCOMPARE(board->model()->staleAfter(), bc::Preferences::MaxStaleAfter);
        QVERIFY(changed.count() >= 1);
        QVERIFY(!board->isLoading());
        QVERIFY(staleRows() <= staleAt2h);
        for (const bc::FleetRow &row : board->model()->rows())
            QCOMPARE(row.stale, row.ageSeconds < 0 || row.ageSeconds > 90 * 24 * 3600);

        window->findChild<QAction *>(QStringLiteral("cronAssistantAction"))->trigger();
        auto *cron
            = window->findChild<bc::ui::CronAssistantDialog *>(QStringLiteral("cronAssistant"));
        QVERIFY(cron);
        QCOMPARE(cron->findChild<QTimeEdit *>(QStringLiteral("busyStart"))->time(), QTime(6, 45));
        QCOMPARE(cron->findChild<QTimeEdit *>(QStringLiteral("busyEnd"))->time(), QTime(22, 0));
        QCOMPARE(cron->job().busyStart, QTime(6, 45));
        QCOMPARE(cron->job().busyEnd, QTime(22, 0));
        cron->reject();
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    bc::TokenStore m_tokens;
};

QTEST_MAIN(TestShipPreferences)
#include "tst_ship_preferences.moc"
