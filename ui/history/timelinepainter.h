#pragma once

#include "models/history/timelinelayout.h"

#include <QColor>
#include <QDateTime>
#include <QPalette>
#include <QRectF>
#include <QString>

class QFontMetrics;
class QPainter;

namespace bc::ui {

// Draws a laid-out timeline; shared by the widget and the PNG/SVG export.
class TimelinePainter final
{
public:
    struct State
    {
        QDateTime now;
        int focusedMark = -1;
        bool showFocus = false;
        QString selectedId;
        QPalette palette;
        // Where the legend's rows start: below the lanes when negative; higher, it is drawn over
        // them on the base colour (a view that keeps the legend in sight).
        double legendTop = -1.0;
    };

    // One entry of the legend below the lanes: a mark style, or the restore arrow.
    struct LegendItem
    {
        bool arrow = false;
        TimelineMark::Style style = TimelineMark::Style::ConsistentManual;
        QString text;
        QRectF rect; // symbol and text, relative to the legend's top left
    };

    // The legend laid out in rows that wrap before `width` (the whole picture's width).
    static QList<LegendItem> legendItems(const QFontMetrics &metrics, const TimelineLayout &layout,
                                         double width);
    static double legendHeight(const QFontMetrics &metrics, const TimelineLayout &layout,
                               double width);
    // The whole picture's size for the layout's view width.
    static QSizeF pictureSize(const QFontMetrics &metrics, const TimelineLayout &layout);

    // The whole picture: width is the layout's view width, height contentHeight() + legend.
    static void paint(QPainter &painter, const TimelineLayout &layout, const State &state);
    // One mark; shape says manual (circle) or automated (square), fill says consistent (filled)
    // or live (hollow), a cross says failed. Colour repeats it.
    static void paintMark(QPainter &painter, const QPointF &center, double size,
                          TimelineMark::Style style);
    static QColor colour(TimelineMark::Style style);

private:
    static void paintLanes(QPainter &painter, const TimelineLayout &layout, const State &state);
    static void paintAxis(QPainter &painter, const TimelineLayout &layout, const State &state);
    static void paintBands(QPainter &painter, const TimelineLayout &layout, const State &state);
    static void paintBars(QPainter &painter, const TimelineLayout &layout);
    // Marks as pre-rendered images where the painter draws pixels; vector shapes elsewhere (SVG).
    static void paintMarkSprites(QPainter &painter, const TimelineLayout &layout);
    static void paintMarks(QPainter &painter, const TimelineLayout &layout, const State &state);
    static void paintArrows(QPainter &painter, const TimelineLayout &layout);
    static void paintNow(QPainter &painter, const TimelineLayout &layout, const State &state);
    static void paintLegend(QPainter &painter, const TimelineLayout &layout, const State &state);
};

} // namespace bc::ui
