#pragma once

#include "client/types.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace bc {
class BackupSortProxy;
class BackupTableModel;
} // namespace bc

namespace bc::ui {

class EmptyState;

// The backups of the selected environment: a sortable, filterable table with a context menu.
class BackupsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsView)

public:
    explicit BackupsView(BackupTableModel *model, QWidget *parent = nullptr);
    ~BackupsView() override;

    QTableView *table() const { return m_table; }
    BackupSortProxy *proxy() const { return m_proxy; }
    std::optional<Backup> selectedBackup() const;
    QString selectedId() const;
    void selectId(const QString &id);
    // The actions of the context menu (set by the action controller).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    // A line above the table: the environment, or why there is nothing to show.
    void setCaption(const QString &text);
    // Said across the empty table (loading, none yet, not loaded); a filter that hides every
    // row says so instead.
    void setEmptyText(const QString &text);
    QString emptyText() const; // what the table says now; empty while it shows rows

Q_SIGNALS:
    void selectionChanged();
    void activated(const bc::Backup &backup);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmpty();
    BackupTableModel *m_model;
    BackupSortProxy *m_proxy;
    QLabel *m_caption;
    QLineEdit *m_filter;
    QTableView *m_table;
    EmptyState *m_empty;
    QString m_emptyText;
    QList<QAction *> m_contextActions;
};

} // namespace bc::ui
