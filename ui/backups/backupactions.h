#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace bc::ui {

class BackupsView;
class ConsoleController;

// The actions on backups, shared by the toolbar, the menus and the context menu: Backup (Ctrl+B),
// Restore (Ctrl+R), Delete (Del, confirmed), Refresh (F5), Copy ID (Ctrl+C), Export as CSV.
// Enabled from the server's action links; a disabled action's tooltip says why.
class BackupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupActions)

public:
    BackupActions(ConsoleController *controller, BackupsView *view, QWidget *window);
    ~BackupActions() override;

    QAction *backup() const { return m_backup; }
    QAction *restore() const { return m_restore; }
    QAction *deleteBackup() const { return m_delete; }
    QAction *refresh() const { return m_refresh; }
    QAction *copyId() const { return m_copyId; }
    QAction *exportCsv() const { return m_export; }
    QList<QAction *> all() const;

public Q_SLOTS:
    void update();
    // Sets the texts in the current language (at construction and on a language change).
    void retranslate();

private:
    QAction *make(const QString &icon, const QKeySequence &shortcut, const QString &name);
    void setState(QAction *action, const QString &reason, const QString &help);
    void openBackupDialog();
    void confirmDelete();
    void exportToFile();

    ConsoleController *m_controller;
    BackupsView *m_view;
    QWidget *m_window;
    QAction *m_backup;
    QAction *m_restore;
    QAction *m_delete;
    QAction *m_refresh;
    QAction *m_copyId;
    QAction *m_export;
};

} // namespace bc::ui
