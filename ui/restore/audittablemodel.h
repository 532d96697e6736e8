#pragma once

#include "client/auditlog.h"

#include <QAbstractTableModel>

namespace bc::ui {

// The support audit log as a table, one row per restore in its latest state.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column {
        Time,
        StaffUser,
        Ticket,
        Project,
        Region,
        Backup,
        Source,
        Target,
        BranchFrom,
        Options,
        Activities,
        Outcome,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawTimeRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    explicit AuditTableModel(QObject *parent = nullptr);
    ~AuditTableModel() override;

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QList<QStringList> m_rows;
};

} // namespace bc::ui
