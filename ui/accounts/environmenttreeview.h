#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace bc {
class EnvironmentTreeFilter;
class EnvironmentTreeModel;
} // namespace bc

namespace bc::ui {

// The left pane: accounts → organizations → projects → environments, with a filter box; with no
// account yet, a short text and the two ways to begin.
class EnvironmentTreeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTreeView)

public:
    explicit EnvironmentTreeView(EnvironmentTreeModel *model, QWidget *parent = nullptr);
    ~EnvironmentTreeView() override;

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QWidget *emptyState() const { return m_empty; }
    // Selects (and reveals) a row by ids; false when it is not (yet) in the tree.
    bool select(const QString &accountKey, const QString &projectId, const QString &environmentId);

Q_SIGNALS:
    void selected(const QString &accountKey, const QString &projectId,
                  const QString &environmentId);
    // A project was opened: its environments are wanted.
    void projectExpanded(const QString &accountKey, const QString &projectId);
    // The buttons of the empty state.
    void addAccountRequested();
    void sandboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged(const QModelIndex &current);
    QWidget *makeEmptyState();
    void updateEmptyState();

    EnvironmentTreeModel *m_model;
    EnvironmentTreeFilter *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QPushButton *m_emptySandbox = nullptr;
};

} // namespace bc::ui
