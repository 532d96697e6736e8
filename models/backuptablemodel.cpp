#include "backuptablemodel.h"

#include "client/backupexpiry.h"
#include "client/timeformat.h"
#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace bc {

namespace {

bool sameBackup(const Backup &a, const Backup &b)
{
    return a.status == b.status && a.restorable == b.restorable && a.sizeUsed == b.sizeUsed
        && a.sizeOfVolumes == b.sizeOfVolumes && a.expiresAt == b.expiresAt
        && a.updatedAt == b.updatedAt && a.links == b.links && a.safe == b.safe;
}

bool sameActivity(const Activity &a, const Activity &b)
{
    return a.state == b.state && a.completionPercent == b.completionPercent && a.result == b.result
        && a.updatedAt == b.updatedAt;
}

} // namespace

BackupTableModel::BackupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_sliceTimer(new QTimer(this))
{
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &BackupTableModel::applySlice);
}

BackupTableModel::~BackupTableModel() = default;

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime BackupTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created", "column: when the backup was taken");
    case State:
        return tr("State");
    case Id:
        return tr("ID");
    case Consistency:
        return tr("Consistent/Live");
    case Origin:
        return tr("Manual/Automated");
    case Size:
        return tr("Size used / of volumes");
    case Expires:
        return tr("Expires");
    case Commit:
        return tr("Commit");
    case Restorable:
        return tr("Restorable");
    default:
        return {};
    }
}

QVariant BackupTableModel::display(const Row &row, int column) const
{
    if (row.running) {
        const Activity &a = *row.running;
        switch (column) {
        case Created:
            return TimeFormat::shortForm(a.createdAt);
        case State:
            return a.state == QLatin1String("pending")
                ? tr("Pending")
                : tr("Running (%1%)").arg(a.completionPercent);
        case Id:
            return tr("(in progress)");
        case Consistency: {
            const auto safe = a.safe();
            return !safe || *safe ? tr("Consistent") : tr("Live");
        }
        case Origin:
            return tr("Manual");
        default:
            return {};
        }
    }
    const Backup &b = *row.backup;
    switch (column) {
    case Created:
        return TimeFormat::shortForm(b.createdAt);
    case State:
        return b.status == QLatin1String("DELETING") ? tr("Deleting")
                                                     : tr("Created", "backup state");
    case Id:
        return b.id;
    case Consistency:
        return b.safe ? tr("Consistent") : tr("Live");
    case Origin:
        return b.automated ? tr("Automated") : tr("Manual");
    case Size:
        return tr("%1 / %2").arg(TimeFormat::size(b.sizeUsed), TimeFormat::size(b.sizeOfVolumes));
    case Expires:
        return b.expiresAt ? Formatting::relative(*b.expiresAt, now()) : tr("Never");
    case Commit:
        return b.commitId.left(7);
    case Restorable:
        if (isExpired(b, now()))
            return tr("Expired", "backup past its expiry date");
        return b.restorable ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

BackupTableModel::RawKey BackupTableModel::rawKey(const Row &row, int column) const
{
    const auto number = [](qint64 n) {
        return RawKey{n, {}, false, false};
    };
    const auto flag = [](bool b) {
        return RawKey{b ? 1 : 0, {}, false, true};
    };
    const auto text = [](const QString &t) {
        return RawKey{0, t, true, false};
    };
    if (row.running) {
        const Activity &a = *row.running;
        switch (column) {
        case Created:
            return number(a.createdAt.toMSecsSinceEpoch());
        case State:
            return text(a.state);
        case Id:
        case Commit:
            return text(QString());
        case Consistency:
            return flag(a.safe().value_or(true));
        case Origin:
        case Restorable:
            return flag(false);
        case Size:
            return number(-1);
        case Expires:
            return number(std::numeric_limits<qint64>::max());
        default:
            return {};
        }
    }
    const Backup &b = *row.backup;
    switch (column) {
    case Created:
        return number(b.createdAt.toMSecsSinceEpoch());
    case State:
        return text(b.status);
    case Id:
        return text(b.id);
    case Consistency:
        return flag(b.safe);
    case Origin:
        return flag(b.automated);
    case Size:
        return number(b.sizeUsed);
    case Expires:
        // Never-expiring backups sort after every dated one.
        return number(b.expiresAt ? b.expiresAt->toMSecsSinceEpoch()
                                  : std::numeric_limits<qint64>::max());
    case Commit:
        return text(b.commitId);
    case Restorable:
        return flag(b.restorable);
    default:
        return {};
    }
}

QVariant BackupTableModel::raw(const Row &row, int column) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const RawKey key = rawKey(row, column);
    if (key.isText)
        return key.text;
    if (key.isBool)
        return key.number != 0;
    return key.number;
}

int BackupTableModel::compareRaw(int left, int right, int column) const
{
    const RawKey a = rawKey(m_rows.at(left), column);
    const RawKey b = rawKey(m_rows.at(right), column);
    if (a.isText || b.isText)
        return a.text.compare(b.text);
    return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
}

QVariant BackupTableModel::toolTip(const Row &row, int column) const
{
    if (row.running)
        return row.running->text;
    const Backup &b = *row.backup;
    switch (column) {
    case Created:
        return TimeFormat::detailed(b.createdAt, m_projectZone);
    case Expires:
        return b.expiresAt ? TimeFormat::detailed(*b.expiresAt, m_projectZone)
                           : tr("Kept until deleted or replaced");
    case Commit:
        return b.commitId;
    case Consistency:
        return b.safe ? tr("Taken while the site was paused: consistent")
                      : tr("Taken while the site ran: may be inconsistent");
    case Size:
        return tr("%1 bytes used of %2 bytes").arg(b.sizeUsed).arg(b.sizeOfVolumes);
    default:
        return {};
    }
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case IdRole:
        return row.backup ? row.backup->id : row.running->id;
    case BackupRole:
        return row.backup ? QVariant::fromValue(*row.backup) : QVariant();
    case RunningRole:
        return row.running.has_value();
    case ProgressRole:
        return row.running ? row.running->completionPercent : 100;
    case Qt::ForegroundRole:
        if (row.running
            || (row.backup
                && (row.backup->status == QLatin1String("DELETING")
                    || isExpired(*row.backup, now()))))
            return QBrush(QColor(0x80, 0x80, 0x80)); // mid grey reads on light and dark
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

void BackupTableModel::setBackups(const QList<Backup> &backups)
{
    m_sliceTimer->stop();
    m_pending.reset();
    if (backups.size() <= kSliceRows) {
        QList<Row> rows;
        rows.reserve(backups.size());
        for (const Backup &b : backups)
            rows.append(Row{b.id, b, std::nullopt});
        merge(std::move(rows), false);
        Q_EMIT applied();
        return;
    }
    // A long list: the rows it no longer has go first, in one pass, then it goes in slice by
    // slice (updates in place and new rows at the end), the first slice now.
    if (!m_rows.isEmpty()) {
        QSet<QString> wanted;
        wanted.reserve(backups.size());
        for (const Backup &b : backups)
            wanted.insert(b.id);
        QList<int> gone;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (!m_rows.at(row).running && !wanted.contains(m_rows.at(row).key))
                gone.append(row);
        }
        dropRows(gone);
    }
    // Room for all of it now: a QList of rows growing past 16,384 moved every row (and faulted
    // in fresh pages) in one slice, 50-70 ms with 30,000 backups.
    m_rows.reserve(m_rows.size() + backups.size());
    m_index.reserve(m_rows.size() + backups.size());
    m_pending = Pending{backups, 0};
    applySlice();
}

void BackupTableModel::applySlice()
{
    if (!m_pending)
        return;
    const QList<Backup> &list = m_pending->list;
    const qsizetype end = std::min<qsizetype>(m_pending->next + kSliceRows, list.size());
    int first = -1;
    int last = -1;
    const auto flush = [&] {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        first = last = -1;
    };
    QList<Row> fresh;
    for (qsizetype i = m_pending->next; i < end; ++i) {
        const Backup &b = list.at(i);
        const int at = m_index.value(b.id, -1);
        if (at < 0) {
            fresh.append(Row{b.id, b, std::nullopt});
            continue;
        }
        Row &current = m_rows[at];
        if (current.backup && sameBackup(*current.backup, b))
            continue;
        current.backup = b;
        if (at == last + 1 && first >= 0) {
            last = at;
        } else {
            flush();
            first = last = at;
        }
    }
    flush();
    if (!fresh.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(fresh.size()) - 1);
        for (Row &row : fresh) {
            m_index.insert(row.key, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    m_pending->next = end;
    if (end < list.size()) {
        m_sliceTimer->start();
        return;
    }
    m_pending.reset();
    Q_EMIT applied();
}

void BackupTableModel::setRunning(const QList<Activity> &activities)
{
    QList<Row> rows;
    for (const Activity &a : activities) {
        if (!a.isFinished() && a.type == QLatin1String("environment.backup"))
            rows.append(Row{QLatin1String("activity:") + a.id, std::nullopt, a});
    }
    merge(std::move(rows), true);
}

void BackupTableModel::updateRunning(const Activity &activity)
{
    const QString key = QLatin1String("activity:") + activity.id;
    const int row = m_index.value(key, -1);
    if (row < 0) {
        if (!activity.isFinished() && activity.type == QLatin1String("environment.backup")) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(Row{key, std::nullopt, activity});
            m_index.insert(key, int(m_rows.size()) - 1);
            endInsertRows();
        }
        return;
    }
    if (activity.isFinished()) {
        dropRows({row});
        return;
    }
    m_rows[row].running = activity;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BackupTableModel::merge(QList<Row> incoming, bool running)
{
    if (m_rows.isEmpty()) {
        // The first list of an environment: nothing to update or drop, one insertion.
        if (incoming.isEmpty())
            return;
        beginInsertRows({}, 0, int(incoming.size()) - 1);
        m_rows = std::move(incoming);
        reindex();
        endInsertRows();
        return;
    }
    QHash<QString, int> wanted;
    for (int i = 0; i < incoming.size(); ++i)
        wanted.insert(incoming.at(i).key, i);

    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).running.has_value() == running && !wanted.contains(m_rows.at(row).key))
            gone.append(row);
    }
    dropRows(gone);

    // Update in place, one dataChanged per run of consecutive changed rows.
    int first = -1;
    int last = -1;
    const auto flush = [&] {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        first = last = -1;
    };
    QList<Row> fresh;
    for (Row &row : incoming) {
        const int at = m_index.value(row.key, -1);
        if (at < 0) {
            fresh.append(std::move(row));
            continue;
        }
        Row &current = m_rows[at];
        const bool same = running ? sameActivity(*current.running, *row.running)
                                  : sameBackup(*current.backup, *row.backup);
        if (same)
            continue;
        current = std::move(row);
        if (at == last + 1 && first >= 0) {
            last = at;
        } else {
            flush();
            first = last = at;
        }
    }
    flush();

    if (fresh.isEmpty())
        return;
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + int(fresh.size()) - 1);
    for (Row &row : fresh) {
        m_index.insert(row.key, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void BackupTableModel::dropRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Remove runs of consecutive rows from the bottom so earlier indexes stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        beginRemoveRows({}, rows.at(start), rows.at(end));
        m_rows.remove(rows.at(start), rows.at(end) - rows.at(start) + 1);
        endRemoveRows();
        end = start - 1;
    }
    reindex();
}

void BackupTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).key, i);
}

void BackupTableModel::clear()
{
    m_sliceTimer->stop();
    m_pending.reset();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

std::optional<Backup> BackupTableModel::backupAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).backup;
}

QList<Backup> BackupTableModel::backups() const
{
    QList<Backup> result;
    for (const Row &row : m_rows) {
        if (row.backup)
            result.append(*row.backup);
    }
    return result;
}

int BackupTableModel::rowOf(const QString &id) const
{
    const int row = m_index.value(id, -1);
    return row >= 0 ? row : m_index.value(QLatin1String("activity:") + id, -1);
}

} // namespace bc
