#pragma once

#include "timelinescale.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bc {

// The ruler of the timeline: ticks at round local times (hours, days, weeks, months), spaced at
// least minSpacing pixels apart.
class TimelineAxis final
{
public:
    struct Tick
    {
        QDateTime time;
        double x = 0.0; // relative to the time area
        QString label;
    };

    // The step chosen for a scale, in milliseconds (months count as 30 days here).
    static qint64 stepMs(const TimelineScale &scale, double minSpacing);
    static QList<Tick> ticks(const TimelineScale &scale, double minSpacing = 90.0);
};

} // namespace bc
