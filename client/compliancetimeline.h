#pragma once

#include "drilllog.h"
#include "fleetrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bc {

// The timeline picture of one environment's backups for the compliance report, as SVG text
// (the command line has no QtGui): the last `days` days up to `now`, one stroke per backup
// (consistent ones taller and green, unrestorable ones grey), a mark per drill, a tick a week.
// Every string from a server is escaped.
class ComplianceTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ComplianceTimeline)

public:
    static constexpr int Width = 720;
    static constexpr int Height = 64;

    static QString svg(const FleetRow &row, const QList<DrillRecord> &drills, const QDateTime &now,
                       int days = 90);
    // The x of a moment, from 0 (now - days) to the plot's width (now); outside: clamped out
    // of the picture by the caller.
    static double x(const QDateTime &when, const QDateTime &now, int days);
    // For text and attributes in HTML or SVG: & < > " ' as entities.
    static QString escape(const QString &text);
};

} // namespace bc
