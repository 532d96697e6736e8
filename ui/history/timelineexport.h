#pragma once

#include "timelinepainter.h"

#include <QString>

namespace bc::ui {

// The timeline as a picture file, drawn by the same painter as the widget.
class TimelineExport final
{
public:
    // Files named *.svg become SVG (QSvgGenerator), anything else PNG. False on a write error.
    static bool save(const QString &fileName, const TimelineLayout &layout,
                     const TimelinePainter::State &state);
    static bool savePng(const QString &fileName, const TimelineLayout &layout,
                        const TimelinePainter::State &state);
    static bool saveSvg(const QString &fileName, const TimelineLayout &layout,
                        const TimelinePainter::State &state);
};

} // namespace bc::ui
