#pragma once

#include <QMainWindow>

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
class StatusIndicator;

// The main window: composes the views and wires them to the controller. It owns no data and
// sends no request; the views and the controller do the work.
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

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void wireFeed();
    void updateCaption();

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
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace bc::ui
