#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bc {

// The words of the timeline: tooltips, accessible names, legend. Times in local time.
struct TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(bc::TimelineText)

public:
    static QString styleName(TimelineMark::Style style);
    static QString time(const QDateTime &time);
    // Several lines: kind, environment, times, size, commit, id.
    static QString tooltip(const TimelineLayout &layout, int markIndex, const QDateTime &now);
    // One line for screen readers.
    static QString accessibleName(const TimelineLayout &layout, int markIndex);
    static QString arrowTooltip(const TimelineLayout &layout, int arrowIndex);
    static QString bandName(TimelineBand::Kind kind);
};

} // namespace bc
