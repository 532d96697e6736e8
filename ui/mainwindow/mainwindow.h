#pragma once

#include "common/consolecontext.h"
#include "models/preferences.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;

namespace bc::ui {

class AccountsMenu;
class ActivityFeedView;
class BackupActions;
class BackupsView;
class ConsoleController;
class EnvironmentTreeView;
class MessageBar;
class Notifier;
class PreferencesDialog;
class StatusIndicator;

// The main window: composes the views and wires them to the controller. It owns no data and
// sends no request; the views and the controller do the work. It applies the preferences and
// speaks the language of the moment (QEvent::LanguageChange retranslates it).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ConsoleController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleController *controller() const { return m_controller; }
    EnvironmentTreeView *treeView() const { return m_tree; }
    BackupsView *backupsView() const { return m_backups; }
    ActivityFeedView *feedView() const { return m_feed; }
    BackupActions *actions() const { return m_actions; }
    MessageBar *messageBar() const { return m_messageBar; }
    StatusIndicator *statusIndicator() const { return m_status; }
    Notifier *notifier() const { return m_notifier; }
    AccountsMenu *accountsMenu() const { return m_accountsMenu; }
    // Hooks for features that plug in (see console-hooks.md): a tab beside the backups, menus.
    QTabWidget *centralTabs() const { return m_tabs; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QDockWidget *treeDock() const { return m_treeDock; }
    QDockWidget *feedDock() const { return m_feedDock; }
    QAction *preferencesAction() const { return m_preferencesAction; }

    const Preferences &preferences() const { return m_preferences; }
    // Applies them at once: language, polling, notifications; features follow preferencesChanged.
    void setPreferences(const bc::Preferences &preferences);
    // Opens the Preferences dialog (or raises it); OK saves and applies.
    void showPreferences();

Q_SIGNALS:
    void preferencesChanged(const bc::Preferences &preferences);
    // The texts were set again in the new language; features retranslate theirs.
    void languageChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildMenus();
    // The message bar's action for a refused token: Accounts ▸ Replace API token for it.
    ConsoleContext::ErrorAction replaceToken(const Account &account);
    void retranslate();
    void wireFeed();
    void updateCaption();
    void updateBackupsEmpty();

    ConsoleController *m_controller;
    EnvironmentTreeView *m_tree;
    BackupsView *m_backups;
    ActivityFeedView *m_feed;
    MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    QDockWidget *m_treeDock;
    QDockWidget *m_feedDock;
    BackupActions *m_actions;
    StatusIndicator *m_status;
    Notifier *m_notifier;
    AccountsMenu *m_accountsMenu;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_backupMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    Preferences m_preferences;
    QPointer<PreferencesDialog> m_preferencesDialog;
};

} // namespace bc::ui
