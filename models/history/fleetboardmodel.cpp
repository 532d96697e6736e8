#include "fleetboardmodel.h"

#include "client/fleetcompute.h"
#include "client/timeformat.h"
#include "models/formatting.h"

namespace bc {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? TimeFormat::shortForm(time) : FleetBoardModel::tr("never");
}

// "3 h ago", "5 d ago": how stale at a glance, beside the exact time.
QString ageText(qint64 seconds)
{
    if (seconds < 3600) {
        return FleetBoardModel::tr("%1 min ago").arg(seconds / 60);
    }
    if (seconds < 2 * 86400) {
        return FleetBoardModel::tr("%1 h ago").arg(seconds / 3600);
    }
    return FleetBoardModel::tr("%1 d ago").arg(seconds / 86400);
}

qint64 timeKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

// A detail of a row whose backups are still being listed: not known yet, so not "0" or "never".
bool isPending(const FleetRow &row, int column)
{
    return !row.detailed
        && (column == FleetBoardModel::LastConsistentBackup || column == FleetBoardModel::Backups7d
            || column == FleetBoardModel::NextExpiry || column == FleetBoardModel::Compliance);
}

QString pendingText()
{
    return QString(QChar(0x2026)); // …
}

} // namespace

FleetBoardModel::FleetBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

FleetBoardModel::~FleetBoardModel() = default;

QString FleetBoardModel::keyOf(const FleetRow &row)
{
    return row.accountId.toString() + QLatin1Char('/') + row.projectId + QLatin1Char('/')
        + row.environment;
}

void FleetBoardModel::addRows(const QList<FleetRow> &rows)
{
    QList<FleetRow> fresh;
    for (const FleetRow &row : rows) {
        const auto found = m_index.constFind(keyOf(row));
        if (found == m_index.constEnd()) {
            fresh.append(row);
            continue;
        }
        m_rows[*found] = row;
        m_compliance[*found] = judge(row);
        Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const FleetRow &row : std::as_const(fresh)) {
        m_index.insert(keyOf(row), int(m_rows.size()));
        m_rows.append(row);
        m_compliance.append(judge(row));
    }
    endInsertRows();
}

void FleetBoardModel::setStaleAfter(std::chrono::hours staleAfter)
{
    m_staleAfter = staleAfter;
    if (m_rows.isEmpty()) {
        return;
    }
    for (FleetRow &row : m_rows) {
        row.stale = FleetCompute::isStale(row.ageSeconds, staleAfter);
    }
    // The tooltips of every column name the threshold.
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void FleetBoardModel::setCompliance(const ComplianceRuleSet &rules,
                                    const QList<DrillRecord> &drills, const QDateTime &now)
{
    m_rules = rules;
    m_drills = drills;
    m_now = now;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_compliance[i] = judge(m_rows[i]);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Compliance), index(int(m_rows.size()) - 1, Compliance));
}

ComplianceResult FleetBoardModel::judge(const FleetRow &row) const
{
    if (!row.detailed)
        return {}; // judged once its backups are known
    return bc::Compliance::evaluate(row, m_rules, m_drills, m_now);
}

void FleetBoardModel::refreshTexts()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

void FleetBoardModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_compliance.clear();
    endResetModel();
}

void FleetBoardModel::keepAccounts(const QSet<QUuid> &keep)
{
    bool removed = false;
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (keep.contains(m_rows.at(r).accountId))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        m_compliance.removeAt(r);
        endRemoveRows();
        removed = true;
    }
    if (!removed)
        return;
    m_index.clear();
    for (int r = 0; r < int(m_rows.size()); ++r)
        m_index.insert(keyOf(m_rows.at(r)), r);
}

int FleetBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FleetRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (isPending(row, index.column()))
            return pendingText();
        return index.column() == Compliance
            ? bc::Compliance::statusText(m_compliance[index.row()].status)
            : display(row, index.column());
    case Qt::ToolTipRole:
        if (isPending(row, index.column()))
            return tr("Loading the backups…");
        return index.column() == Compliance ? complianceTooltip(m_compliance[index.row()])
                                            : tooltip(row);
    case Qt::TextAlignmentRole:
        return index.column() == Backups7d ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case RawValueRole:
        return index.column() == Compliance ? int(m_compliance[index.row()].status)
                                            : raw(row, index.column());
    case ComplianceRole:
        return int(m_compliance[index.row()].status);
    case StaleRole:
        return row.stale;
    case ProjectIdRole:
        return row.projectId;
    case EnvironmentIdRole:
        return row.environment;
    case AccountIdRole:
        return row.accountId;
    default:
        return {};
    }
}

QVariant FleetBoardModel::display(const FleetRow &row, int column) const
{
    switch (column) {
    case Project:
        return row.projectTitle.isEmpty() ? row.projectId : row.projectTitle;
    case Environment:
        return row.environment;
    case Type:
        return Formatting::environmentType(row.type);
    case LastBackup:
        return row.ageSeconds < 0
            ? timeText(row.lastBackupAt)
            : tr("%1 (%2)").arg(timeText(row.lastBackupAt), ageText(row.ageSeconds));
    case LastConsistentBackup:
        return timeText(row.lastConsistentBackupAt);
    case Backups7d:
        return row.backups7d;
    case NextExpiry:
        return row.nextExpiry.isValid() ? timeText(row.nextExpiry) : QString();
    case Stale:
        return row.stale ? tr("Stale") : tr("OK");
    default:
        return {};
    }
}

QVariant FleetBoardModel::raw(const FleetRow &row, int column)
{
    switch (column) {
    case Project:
        return row.projectId;
    case Environment:
        return row.environment;
    case Type:
        return row.type;
    case LastBackup:
        return timeKey(row.lastBackupAt);
    case LastConsistentBackup:
        return timeKey(row.lastConsistentBackupAt);
    case Backups7d:
        return row.backups7d;
    case NextExpiry:
        return timeKey(row.nextExpiry);
    case Stale:
        return row.stale;
    default:
        return {};
    }
}

QString FleetBoardModel::tooltip(const FleetRow &row) const
{
    const QString where = tr("%1 (%2), %3").arg(row.projectTitle, row.projectId, row.environment);
    if (row.ageSeconds < 0) {
        return where + QLatin1Char('\n') + tr("Never backed up");
    }
    const int hours = int(row.ageSeconds / 3600);
    const QString verdict = row.stale ? tr("Last backup %1 h ago: stale (threshold %2 h)")
                                      : tr("Last backup %1 h ago: within %2 h");
    return where + QLatin1Char('\n') + verdict.arg(hours).arg(m_staleAfter.count());
}

QString FleetBoardModel::complianceTooltip(const ComplianceResult &result)
{
    if (result.findings.isEmpty())
        return tr("Every compliance rule is met");
    QStringList lines;
    for (const ComplianceFinding &finding : result.findings)
        lines.append(tr("%1: %2").arg(bc::Compliance::statusText(finding.status), finding.text));
    return lines.join(QLatin1Char('\n'));
}

QVariant FleetBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Project:
        return tr("Project");
    case Environment:
        return tr("Environment");
    case Type:
        return tr("Type");
    case LastBackup:
        return tr("Last backup");
    case LastConsistentBackup:
        return tr("Last consistent");
    case Backups7d:
        return tr("Last 7 days");
    case NextExpiry:
        return tr("Next expiry");
    case Stale:
        return tr("Status");
    case Compliance:
        return tr("Compliance");
    default:
        return {};
    }
}

} // namespace bc
