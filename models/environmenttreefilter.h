#pragma once

#include <QSortFilterProxyModel>

namespace bc {

// Filters the environment tree by a text (any level; a match keeps its ancestors and, for an
// account, organization or project, all its descendants) and sorts on raw values.
class EnvironmentTreeFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTreeFilter)

public:
    explicit EnvironmentTreeFilter(QObject *parent = nullptr);
    ~EnvironmentTreeFilter() override;

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const QModelIndex &sourceIndex) const;

    QString m_text;
};

} // namespace bc
