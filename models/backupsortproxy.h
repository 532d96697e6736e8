#pragma once

#include <QSortFilterProxyModel>

namespace bc {

// Sorts the backup table on raw values (BackupTableModel::RawRole) and filters it by a text found
// in the shown ID, commit, state or kind of a backup (or a prefix of its full commit hash). Rows
// in progress always pass.
class BackupSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSortProxy)

public:
    explicit BackupSortProxy(QObject *parent = nullptr);
    ~BackupSortProxy() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace bc
