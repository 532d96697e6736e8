#pragma once

#include "client/compliance.h"
#include "client/fleetrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

#include <chrono>

namespace bc {

// The fleet board: one row per production (or staging) environment across accounts. Rows are
// kept in arrival order; sort through a proxy on RawValueRole (LastBackup ascending = most stale
// first, never backed up before all).
class FleetBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetBoardModel)

public:
    enum Column {
        Project,
        Environment,
        Type,
        LastBackup,
        LastConsistentBackup,
        Backups7d,
        NextExpiry,
        Stale,
        Compliance,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sort key of the column
        StaleRole, // bool
        ProjectIdRole,
        EnvironmentIdRole,
        AccountIdRole, // QUuid
        ComplianceRole, // int(ComplianceStatus)
    };
    Q_ENUM(Role)

    explicit FleetBoardModel(QObject *parent = nullptr);
    ~FleetBoardModel() override;

    // Adds new rows in one batch and updates known ones (same account, project, environment).
    void addRows(const QList<FleetRow> &rows);
    void clear();
    // Removes the rows of every account not in `keep` (an account removed).
    void keepAccounts(const QSet<QUuid> &keep);
    const QList<FleetRow> &rows() const { return m_rows; }
    FleetRow rowAt(int row) const { return m_rows.value(row); }
    // The stale threshold: judges the rows already loaded again, and shows in the tooltips.
    void setStaleAfter(std::chrono::hours staleAfter);
    std::chrono::hours staleAfter() const { return m_staleAfter; }
    // The compliance rules and the drill log's records: judges every row again at `now`.
    void setCompliance(const ComplianceRuleSet &rules, const QList<DrillRecord> &drills,
                       const QDateTime &now);
    ComplianceResult complianceAt(int row) const { return m_compliance.value(row); }
    // After a language switch: views ask for the headers and cells again.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString keyOf(const FleetRow &row);
    QVariant display(const FleetRow &row, int column) const;
    static QVariant raw(const FleetRow &row, int column);
    QString tooltip(const FleetRow &row) const;
    static QString complianceTooltip(const ComplianceResult &result);
    ComplianceResult judge(const FleetRow &row) const;

    QList<FleetRow> m_rows;
    QHash<QString, int> m_index;
    std::chrono::hours m_staleAfter{24};
    ComplianceRuleSet m_rules;
    QList<DrillRecord> m_drills;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QList<ComplianceResult> m_compliance; // by row
};

} // namespace bc
