#include "mainwindow.h"

#include "accounts/accountmanager.h"
#include "accounts/accountsmenu.h"
#include "accounts/environmenttreeview.h"
#include "activity/activityfeedview.h"
#include "activity/logviewerdialog.h"
#include "backups/backupactions.h"
#include "backups/backupsview.h"
#include "client/language.h"
#include "common/confirmation.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "common/messagebar.h"
#include "common/notifier.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/formatting.h"
#include "preferences/preferencesdialog.h"
#include "statusindicator.h"
#include "viewtexts.h"

#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace bc::ui {

MainWindow::MainWindow(ConsoleController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_tree(new EnvironmentTreeView(controller->accounts()->tree(), this))
    , m_backups(new BackupsView(controller->backups(), this))
    , m_feed(new ActivityFeedView(controller->feed(), this))
    , m_messageBar(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_treeDock(new QDockWidget(this))
    , m_feedDock(new QDockWidget(this))
    , m_actions(new BackupActions(controller, m_backups, this))
    , m_status(new StatusIndicator(controller, statusBar()))
    , m_notifier(new Notifier(this))
    , m_accountsMenu(new AccountsMenu(controller->accounts(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    resize(1280, 800);

    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_backups, QIcon(QStringLiteral(":/icons/backup.svg")), QString());
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs);
    setCentralWidget(centre);

    m_treeDock->setObjectName(QStringLiteral("projectsDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    m_feedDock->setObjectName(QStringLiteral("activityDock"));
    m_feedDock->setWidget(m_feed);
    addDockWidget(Qt::RightDockWidgetArea, m_feedDock);
    resizeDocks({m_treeDock, m_feedDock}, {460, 370}, Qt::Horizontal);

    buildMenus();
    wireFeed();

    ConsoleContext *context = controller->context();
    connect(m_tree, &EnvironmentTreeView::selected, controller, &ConsoleController::select);
    connect(m_tree, &EnvironmentTreeView::projectExpanded, controller->accounts(),
            &AccountManager::loadEnvironments);
    connect(context, &ConsoleContext::environmentChanged, this, &MainWindow::updateCaption);
    // The context is the one selection: whoever changed it (the fleet board, a second launch),
    // the tree shows it too, so that Backup acts on what the tree highlights.
    connect(context, &ConsoleContext::environmentChanged, this, [this, context] {
        if (context->environment())
            m_tree->select(m_controller->accountKey(), context->projectId(),
                           context->environment()->id);
    });
    connect(context, &ConsoleContext::projectChanged, this, &MainWindow::updateCaption);
    connect(controller, &ConsoleController::backupsStateChanged, this,
            &MainWindow::updateBackupsEmpty);
    connect(context, &ConsoleContext::accountChanged, this,
            [this] { m_accountsMenu->setCurrent(m_controller->accountKey()); });
    connect(context, &ConsoleContext::errorReported, this,
            [this, context](const QString &text, const QString &details) {
                if (const auto &action = context->errorAction(); action.run) {
                    m_messageBar->showMessage(MessageBar::Level::Error, text, details, action.label,
                                              action.run);
                    return;
                }
                std::function<void()> retry;
                if (!context->errorSource().isEmpty())
                    retry = [context] {
                        context->retry();
                    };
                m_messageBar->showMessage(MessageBar::Level::Error, text, details,
                                          std::move(retry));
            });
    // An error of work that has since succeeded (or was left) is no longer a fact.
    connect(context, &ConsoleContext::errorCleared, m_messageBar, &QWidget::hide);
    // Tied to no work, so no error clears it; the status bar keeps saying it after a close.
    connect(controller->accounts(), &AccountManager::keychainUnavailable, m_messageBar,
            [this](const ApiError &error) {
                m_messageBar->showMessage(
                    MessageBar::Level::Warning,
                    tr("The keyring is not available: API tokens are kept in memory for this "
                       "session only and must be entered again after a restart."),
                    error.message);
            });
    connect(controller->accounts(), &AccountManager::errorOccurred, this,
            [this, context](const QString &what, const ApiError &error, const QString &key) {
                // A refused token is mended by a new one, not by asking again with the old.
                const auto account = m_controller->accounts()->account(key);
                context->reportError(what, error, QStringLiteral("accounts"),
                                     error.kind == ApiError::Kind::Auth && account
                                         ? replaceToken(*account)
                                         : ConsoleContext::ErrorAction{});
            });
    connect(controller->accounts(), &AccountManager::signedIn, context,
            [context] { context->clearError(QStringLiteral("accounts")); });
    connect(controller->accounts(), &AccountManager::tokenReplaced, this,
            [this, context](const Account &account) {
                context->clearError(QStringLiteral("accounts"));
                context->requestRefresh();
                statusBar()->showMessage(tr("%1 uses its new API token").arg(account.label), 8000);
            });
    connect(controller->accounts(), &AccountManager::tokenReplaceFailed, this,
            [this, context](const Account &account, const ApiError &error) {
                context->reportError(
                    tr("The new API token of %1 was not accepted; the old one is kept")
                        .arg(account.label),
                    error, QStringLiteral("accounts"));
            });
    connect(controller->accounts(), &AccountManager::projectsLoaded, context,
            [context] { context->clearError(QStringLiteral("accounts")); });
    connect(controller, &ConsoleController::jobFinished, m_notifier, &Notifier::activityFinished);
    // What this console starts is told by its job; the feed tells the rest (cron, colleagues).
    connect(context, &ConsoleContext::activityStarted, m_notifier, &Notifier::noteOwn);
    connect(controller->feed(), &ActivityFeedModel::activityFinished, m_notifier,
            &Notifier::feedActivityFinished);
    connect(controller, &ConsoleController::jobFinished, this, [this](const Activity &a) {
        statusBar()->showMessage(
            a.isSuccess() ? tr("Done: %1").arg(a.text) : tr("Failed: %1").arg(a.text), 8000);
    });
    connect(m_accountsMenu, &AccountsMenu::switchRequested, this,
            [this](const QString &key) { m_tree->select(key, {}, {}); });
    retranslate();
}

MainWindow::~MainWindow() = default;

ConsoleContext::ErrorAction MainWindow::replaceToken(const Account &account)
{
    return {tr("Replace API token…"), [this, account] {
                m_accountsMenu->askToken(account);
            }};
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_actions->exportCsv());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    menuBar()->addMenu(m_accountsMenu);

    m_backupMenu = menuBar()->addMenu(QString());
    m_backupMenu->setObjectName(QStringLiteral("backupMenu"));
    m_backupMenu->setToolTipsVisible(true);
    m_backupMenu->addActions(
        {m_actions->backup(), m_actions->restore(), m_actions->deleteBackup()});
    m_backupMenu->addSeparator();
    m_backupMenu->addAction(m_actions->copyId());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_actions->refresh());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_treeDock->toggleViewAction());
    m_viewMenu->addAction(m_feedDock->toggleViewAction());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_preferencesAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences)
                                         .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About BackupConsole"),
                                    tr("BackupConsole %1\nBackups of Platform.sh and Upsun "
                                       "environments.")
                                        .arg(QStringLiteral(BC_VERSION)),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_actions->backup(), m_actions->restore(), m_actions->deleteBackup()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->refresh(), m_actions->copyId(), m_actions->exportCsv()});
}

// Every text the window sets itself; the views' own follow in retranslateViews().
void MainWindow::retranslate()
{
    m_treeDock->setWindowTitle(tr("Projects"));
    m_feedDock->setWindowTitle(tr("Activity"));
    m_tabs->setTabText(m_tabs->indexOf(m_backups), tr("Backups"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_backupMenu->setTitle(tr("&Backup"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About BackupConsole"));
    m_toolBar->setWindowTitle(tr("Main"));
    updateCaption();
    updateBackupsEmpty();
}

void MainWindow::updateBackupsEmpty()
{
    using State = ConsoleController::BackupsState;
    switch (m_controller->backupsState()) {
    case State::NoEnvironment:
        m_backups->setEmptyText(tr("Select an environment in the tree to see its backups."));
        break;
    case State::Loading:
        m_backups->setEmptyText(tr("Loading the backups…"));
        break;
    case State::Loaded:
        m_backups->setEmptyText(tr("No backups yet: Back up takes the first one."));
        break;
    case State::Failed:
        m_backups->setEmptyText(tr("The backups could not be loaded: the message above says why."));
        break;
    }
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    Language::apply(preferences.language);
    m_controller->setPollInterval(preferences.pollInterval);
    m_notifier->setNotifyOn(preferences.notifyOnSuccess, preferences.notifyOnFailure);
    m_notifier->setOthersPolicy(preferences.notifyOthers);
    Q_EMIT preferencesChanged(preferences);
}

void MainWindow::showPreferences()
{
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    m_preferencesDialog = new PreferencesDialog(m_preferences, this);
    m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferencesDialog, &PreferencesDialog::applied, this, &MainWindow::setPreferences);
    m_preferencesDialog->open();
}

void MainWindow::wireFeed()
{
    ConsoleController *controller = m_controller;
    connect(m_feed, &ActivityFeedView::restoreRequested, this, [controller](const Activity &a) {
        const int row = controller->backups()->rowOf(a.backupName());
        if (const auto backup = controller->backups()->backupAt(row))
            controller->context()->requestRestore(*backup);
    });
    connect(m_feed, &ActivityFeedView::logRequested, this, [this, controller](const Activity &a) {
        if (LogStream *stream = controller->openLog(a))
            (new LogViewerDialog(stream, a, this))->show();
    });
    connect(m_feed, &ActivityFeedView::cancelRequested, this,
            [this, controller](const Activity &a) {
                confirm(this, tr("Cancel activity"), tr("Cancel “%1”?").arg(a.text),
                        tr("Cancel activity"), [controller, a] { controller->cancelActivity(a); });
            });
}

void MainWindow::updateCaption()
{
    const ConsoleContext &context = *m_controller->context();
    if (!context.project()) {
        m_backups->setCaption(tr("Select a project and an environment"));
    } else if (!context.environment()) {
        m_backups->setCaption(tr("%1 — select an environment").arg(context.project()->title));
    } else {
        const Environment &e = *context.environment();
        m_backups->setCaption(tr("%1 › %2 (%3, %4)")
                                  .arg(context.project()->title, e.name,
                                       Formatting::environmentType(e.type),
                                       Formatting::environmentStatus(e.status)));
    }
    const QString where = context.environment()
        ? tr("%1 › %2").arg(context.project()->title, context.environment()->name)
        : context.project() ? context.project()->title
                            : QString();
    setWindowTitle(where.isEmpty() ? tr("BackupConsole") : tr("%1 — BackupConsole").arg(where));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_controller->setVisible(!isMinimized());
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_controller->setVisible(false);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The docks keep their share of the window: narrowed on a small screen, they widen again when
    // it grows (QMainWindow alone leaves them narrow), up to the width they were made for. Not at
    // the first show, where the saved state decides.
    const int width = event->size().width();
    if (!event->oldSize().isValid() || event->oldSize().width() == width)
        return;
    const auto share = [width](int percent, int most) {
        return std::clamp(width * percent / 100, 200, most);
    };
    resizeDocks({m_treeDock, m_feedDock}, {share(27, 460), share(23, 370)}, Qt::Horizontal);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        m_controller->setVisible(isVisible() && !isMinimized());
    } else if (event->type() == QEvent::LanguageChange) {
        // A passing message ("Signed in to …") was written in the language being left.
        statusBar()->clearMessage();
        retranslate();
        retranslateViews(this);
        Q_EMIT languageChanged();
    }
}

} // namespace bc::ui
