#include "environmenttreefilter.h"

#include "environmenttreemodel.h"

namespace bc {

EnvironmentTreeFilter::EnvironmentTreeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EnvironmentTreeModel::RawRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

EnvironmentTreeFilter::~EnvironmentTreeFilter() = default;

void EnvironmentTreeFilter::setFilterText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool EnvironmentTreeFilter::matches(const QModelIndex &sourceIndex) const
{
    const QString haystack = sourceIndex.data(Qt::DisplayRole).toString() + u' '
        + sourceIndex.data(EnvironmentTreeModel::ProjectRole).toString() + u' '
        + sourceIndex.data(EnvironmentTreeModel::TypeRole).toString() + u' '
        + sourceIndex.siblingAtColumn(EnvironmentTreeModel::Status).data().toString();
    return haystack.contains(m_text, Qt::CaseInsensitive);
}

bool EnvironmentTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    // Recursive filtering keeps the ancestors of a match; a matching ancestor keeps its subtree.
    for (QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent); index.isValid();
         index = index.parent()) {
        if (matches(index))
            return true;
    }
    return false;
}

} // namespace bc
