#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace bc {
class EnvironmentTreeFilter;
class EnvironmentTreeModel;
} // namespace bc

namespace bc::ui {

// The left pane: accounts → organizations → projects → environments, with a filter box.
class EnvironmentTreeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTreeView)

public:
    explicit EnvironmentTreeView(EnvironmentTreeModel *model, QWidget *parent = nullptr);
    ~EnvironmentTreeView() override;

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Selects (and reveals) a row by ids; false when it is not (yet) in the tree.
    bool select(const QString &accountKey, const QString &projectId, const QString &environmentId);

Q_SIGNALS:
    void selected(const QString &accountKey, const QString &projectId,
                  const QString &environmentId);
    // A project was opened: its environments are wanted.
    void projectExpanded(const QString &accountKey, const QString &projectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged(const QModelIndex &current);

    EnvironmentTreeModel *m_model;
    EnvironmentTreeFilter *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
};

} // namespace bc::ui
