#include "backupsortproxy.h"

#include "backuptablemodel.h"

namespace bc {

BackupSortProxy::BackupSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BackupTableModel::RawRole);
    setDynamicSortFilter(true);
}

BackupSortProxy::~BackupSortProxy() = default;

void BackupSortProxy::setFilterText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool BackupSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    if (model->index(sourceRow, 0, sourceParent).data(BackupTableModel::RunningRole).toBool())
        return true;
    // What the user sees, never the raw sort values: those are "true"/"false", untranslated states
    // and whole hashes, so "tru" or any letter of a hash matched rows showing no such text. The
    // commit shows 7 characters; a longer hash pasted from git still finds its backups.
    for (int column : {BackupTableModel::Id, BackupTableModel::Commit, BackupTableModel::State,
                       BackupTableModel::Consistency, BackupTableModel::Origin}) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const QString commit = model->index(sourceRow, BackupTableModel::Commit, sourceParent)
                               .data(BackupTableModel::RawRole)
                               .toString();
    if (!commit.isEmpty() && commit.startsWith(m_text, Qt::CaseInsensitive))
        return true;
    return false;
}

bool BackupSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Typed, without a QVariant per side: the first sort of 5,000 rows is 60,000 comparisons.
    if (const auto *model = qobject_cast<const BackupTableModel *>(sourceModel());
        model && sortRole() == BackupTableModel::RawRole && !left.parent().isValid()) {
        const int order = model->compareRaw(left.row(), right.row(), left.column());
        if (order != 0)
            return order < 0;
        // Ties keep a stable order: newest first by creation time.
        return model->compareRaw(left.row(), right.row(), BackupTableModel::Created) > 0;
    }
    const QVariant a = left.data(BackupTableModel::RawRole);
    const QVariant b = right.data(BackupTableModel::RawRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties keep a stable order: newest first by creation time.
    const QVariant ca
        = left.siblingAtColumn(BackupTableModel::Created).data(BackupTableModel::RawRole);
    const QVariant cb
        = right.siblingAtColumn(BackupTableModel::Created).data(BackupTableModel::RawRole);
    return ca.toLongLong() > cb.toLongLong();
}

} // namespace bc
