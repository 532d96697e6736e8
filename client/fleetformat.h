#pragma once

#include "fleetrow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

// The fleet board as text, for `backup-console fleet` and the board's CSV export. Columns:
// project,environment,type,last_backup_at,last_consistent_backup_at,backups_7d,next_expiry,stale
// csv/json: times RFC 3339 in UTC ("2026-11-20T05:00:12Z"), empty (csv) or null (json) when none.
// table: aligned columns for a terminal, times "yyyy-MM-dd HH:mm" UTC, "-" when none.
class FleetFormat final
{
public:
    enum class Kind { Table, Csv, Json };

    static QStringList columns();
    // "table" | "csv" | "json" (case-insensitive); nullopt otherwise.
    static std::optional<Kind> kindFromString(const QString &name);
    static QByteArray format(const QList<FleetRow> &rows, Kind kind);

    static QByteArray table(const QList<FleetRow> &rows);
    static QByteArray csv(const QList<FleetRow> &rows);
    static QByteArray json(const QList<FleetRow> &rows);

    // RFC 4180: a field quoted when it holds a separator, a quote or a line break.
    static QString csvField(const QString &value);
    // Aligned columns, two spaces apart; the first line is the header.
    static QByteArray alignedTable(const QList<QStringList> &lines);
};

} // namespace bc
