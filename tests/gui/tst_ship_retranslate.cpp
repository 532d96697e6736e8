#include "client/language.h"
#include "consolefixture.h"
#include "models/backuptablemodel.h"
#include "models/history/fleetboardmodel.h"
#include "sandboxprocess.h"
#include "ui/accounts/accountsmenu.h"
#include "ui/activity/activityfeedview.h"
#include "ui/backups/backupactions.h"
#include "ui/backups/backupsview.h"
#include "ui/common/consolecontroller.h"
#include "ui/history/fleetboardwidget.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/statusindicator.h"
#include "ui/preferences/preferencesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using bc::Language;
using bc::test::ConsoleFixture;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

// The widgets that set their texts once and redo it on QEvent::LanguageChange.
QString backupFilterHint(bc::ui::MainWindow *window)
{
    auto *filter = window->backupsView()->findChild<QLineEdit *>(QStringLiteral("backupFilter"));
    return filter ? filter->placeholderText() : QString();
}

bool historyHasButton(bc::ui::MainWindow *window, const QString &label)
{
    auto *tab = window->findChild<QWidget *>(QStringLiteral("historyTab"));
    const auto buttons = tab ? tab->findChildren<QToolButton *>() : QList<QToolButton *>();
    return std::any_of(buttons.begin(), buttons.end(),
                       [&label](const QToolButton *button) { return button->text() == label; });
}

QString tabText(bc::ui::MainWindow *window, const char *name)
{
    QTabWidget *tabs = window->centralTabs();
    return tabs->tabText(tabs->indexOf(window->findChild<QWidget *>(QLatin1String(name))));
}

// Picks the language in Preferences and presses OK, as a person would.
void chooseLanguage(bc::ui::MainWindow *window, const QString &code)
{
    window->preferencesAction()->trigger();
    auto *dialog = window->findChild<bc::ui::PreferencesDialog *>();
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(code));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!window->findChild<bc::ui::PreferencesDialog *>());
}

} // namespace

// Switching the language in Preferences retranslates the running window: menus, actions, docks,
// tabs, toolbar, the features' entries, model headers and the status bar; and back. The German
// catalogue is a small one built from tests/gui/data and embedded as :/i18n/backupconsole_de.qm.
class TestShipRetranslate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // English to start with, whatever the machine's own language.
        QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("en"));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/backupconsole_de.qm")));
    }

    void loader()
    {
        QCOMPARE(Language::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Language::codes(),
                 QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QVERIFY(Language::apply(QStringLiteral("de")));
        QCOMPARE(Language::current(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("bc::ui::MainWindow", "&Tools"), text("&Extras"));
        // No French catalogue here: English stays, and apply() says so.
        QVERIFY(!Language::apply(QStringLiteral("fr")));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("bc::ui::MainWindow", "&Tools"), text("&Tools"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void switchesAtRunTime()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(QLatin1String(bc::test::demo::legacyEuProject),
                                        QStringLiteral("main")));
        bc::ui::MainWindow *window = console.shell()->window();
        bc::BackupTableModel *backups = console.shell()->controller()->backups();
        // What the table's header shows: the sort proxy's headers, from the model.
        const QAbstractItemModel *shown = window->backupsView()->table()->model();
        auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *feedScope = window->feedView()->findChild<QComboBox *>(QStringLiteral("feedScope"));
        QVERIFY(fileMenu);
        QVERIFY(feedScope);

        QCOMPARE(window->toolsMenu()->title(), text("&Tools"));
        QCOMPARE(fileMenu->title(), text("&File"));
        QCOMPARE(window->preferencesAction()->text(), text("&Preferences…"));
        QCOMPARE(window->treeDock()->windowTitle(), text("Projects"));
        QCOMPARE(window->treeDock()->toggleViewAction()->text(), text("Projects"));
        QCOMPARE(window->centralTabs()->tabText(0), text("Backups"));
        QCOMPARE(tabText(window, "historyTab"), text("History"));
        QCOMPARE(window->toolBar()->windowTitle(), text("Main"));
        QCOMPARE(window->accountsMenu()->title(), text("&Accounts"));
        QCOMPARE(window->actions()->backup()->text(), text("&Back up…"));
        QCOMPARE(action(window, "fleetBoardAction")->text(), text("Fleet board…"));
        QCOMPARE(action(window, "cronAssistantAction")->text(), text("Backup &cron job…"));
        QCOMPARE(action(window, "auditLogAction")->text(), text("Support &audit log…"));
        QCOMPARE(feedScope->itemText(1), text("Everything"));
        QCOMPARE(backupFilterHint(window), text("Filter by ID, commit, state or kind"));
        QVERIFY(historyHasButton(window, text("Year")));
        QVERIFY(window->statusIndicator()->connectionText().endsWith(text("Connected")));
        QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), text("Created"));
        QVERIFY(window->windowTitle().endsWith(text("— BackupConsole")));

        // The fleet board is a window of its own.
        action(window, "fleetBoardAction")->trigger();
        auto *board = window->findChild<bc::ui::FleetBoardWidget *>(QStringLiteral("fleetBoard"));
        QVERIFY(board);
        QCOMPARE(board->windowTitle(), text("Fleet board"));
        QCOMPARE(board->view()->model()->headerData(0, Qt::Horizontal).toString(), text("Project"));
        QSignalSpy boardHeaders(board->model(), &QAbstractItemModel::headerDataChanged);

        QSignalSpy headers(backups, &QAbstractItemModel::headerDataChanged);
        QSignalSpy retranslated(window, &bc::ui::MainWindow::languageChanged);
        // A passing message in the language being left goes ("Signed in to Sandbox" stayed
        // English in the German window).
        window->statusBar()->showMessage(text("Signed in to Sandbox"), 60000);
        chooseLanguage(window, QStringLiteral("de"));
        QCOMPARE(window->preferences().language, QStringLiteral("de"));
        QCOMPARE(window->statusBar()->currentMessage(), QString());
        QCOMPARE(QSettings().value(QStringLiteral("preferences/language")).toString(),
                 QStringLiteral("de"));

        QTRY_COMPARE(window->toolsMenu()->title(), text("&Extras"));
        QVERIFY(retranslated.count() >= 1);
        QVERIFY(headers.count() >= 1);
        QCOMPARE(fileMenu->title(), text("&Datei"));
        QCOMPARE(window->preferencesAction()->text(), text("&Einstellungen…"));
        QCOMPARE(window->treeDock()->windowTitle(), text("Projekte"));
        QCOMPARE(window->treeDock()->toggleViewAction()->text(), text("Projekte"));
        QCOMPARE(window->centralTabs()->tabText(0), text("Sicherungen"));
        QCOMPARE(tabText(window, "historyTab"), text("Verlauf"));
        QCOMPARE(window->toolBar()->windowTitle(), text("Werkzeugleiste"));
        QTRY_COMPARE(window->accountsMenu()->title(), text("&Konten"));
        QCOMPARE(action(window->accountsMenu(), "actionAddAccount")->text(),
                 text("Konto &hinzufügen…"));
        QCOMPARE(window->actions()->backup()->text(), text("&Sichern…"));
        QCOMPARE(action(window, "fleetBoardAction")->text(), text("Flottenübersicht…"));
        QCOMPARE(action(window, "cronAssistantAction")->text(), text("&Cron-Job für Backups…"));
        QCOMPARE(action(window, "auditLogAction")->text(), text("&Prüfprotokoll des Supports…"));
        QCOMPARE(feedScope->itemText(1), text("Alles"));
        QCOMPARE(backupFilterHint(window), text("Nach ID, Commit, Status oder Art filtern"));
        QVERIFY(historyHasButton(window, text("Jahr")));
        QVERIFY(!historyHasButton(window, text("Year")));
        QVERIFY(window->statusIndicator()->connectionText().endsWith(text("Verbunden")));
        QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), text("Erstellt"));
        QVERIFY(window->windowTitle().endsWith(text("— BackupKonsole")));
        QCOMPARE(QLocale().language(), QLocale::German);
        QTRY_COMPARE(board->windowTitle(), text("Flottenübersicht"));
        QVERIFY(boardHeaders.count() >= 1);
        QCOMPARE(board->view()->model()->headerData(0, Qt::Horizontal).toString(), text("Projekt"));
        // What opens from now on speaks German too, Qt's own buttons included when Qt ships them.
        bc::ui::PreferencesDialog dialog(window->preferences());
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("language"))->itemText(0),
                 text("Systemstandard"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_de.qm"))) {
            QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Cancel)->text(), text("Abbrechen"));
        }

        chooseLanguage(window, QStringLiteral("en"));
        QTRY_COMPARE(window->toolsMenu()->title(), text("&Tools"));
        QCOMPARE(fileMenu->title(), text("&File"));
        QCOMPARE(window->centralTabs()->tabText(0), text("Backups"));
        QCOMPARE(tabText(window, "historyTab"), text("History"));
        QTRY_COMPARE(window->accountsMenu()->title(), text("&Accounts"));
        QCOMPARE(window->actions()->backup()->text(), text("&Back up…"));
        QCOMPARE(action(window, "fleetBoardAction")->text(), text("Fleet board…"));
        QCOMPARE(feedScope->itemText(1), text("Everything"));
        QCOMPARE(backupFilterHint(window), text("Filter by ID, commit, state or kind"));
        QVERIFY(historyHasButton(window, text("Year")));
        QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), text("Created"));
        QVERIFY(window->windowTitle().endsWith(text("— BackupConsole")));
        QTRY_COMPARE(board->windowTitle(), text("Fleet board"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestShipRetranslate)
#include "tst_ship_retranslate.moc"
