#include "audittablemodel.h"

#include "client/auditexport.h"

namespace bc::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    // The log is small and rewritten as a whole on reload; a reset is the honest signal.
    beginResetModel();
    m_entries = entries;
    m_rows.clear();
    for (const AuditEntry &entry : entries)
        m_rows.append(AuditExport::row(entry));
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).value(index.column());
    if (role == RawTimeRole)
        return index.column() == Updated ? m_entries.at(index.row()).updated
                                         : m_entries.at(index.row()).time;
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return AuditExport::headers().value(section);
}

} // namespace bc::ui
