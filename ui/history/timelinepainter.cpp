#include "timelinepainter.h"

#include "models/history/timelineaxis.h"
#include "models/history/timelinetext.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace bc::ui {

namespace {

double rightEdge(const TimelineLayout &layout)
{
    return layout.geometry().labelWidth + layout.scale().width();
}

bool visible(const TimelineLayout &layout, double x, double margin)
{
    return x >= layout.geometry().labelWidth - margin && x <= rightEdge(layout) + margin;
}

} // namespace

QColor TimelinePainter::colour(TimelineMark::Style style)
{
    switch (style) {
    case TimelineMark::Style::ConsistentManual:
        return QColor(0x2e, 0x7d, 0x32);
    case TimelineMark::Style::ConsistentAutomated:
        return QColor(0x15, 0x65, 0xc0);
    case TimelineMark::Style::LiveManual:
        return QColor(0xe6, 0x51, 0x00);
    case TimelineMark::Style::LiveAutomated:
        return QColor(0x8e, 0x24, 0xaa);
    case TimelineMark::Style::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case TimelineMark::Style::DrillPassed:
        return QColor(0x00, 0x69, 0x5c);
    case TimelineMark::Style::DrillFailed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::black;
}

void TimelinePainter::paintMark(QPainter &painter, const QPointF &center, double size,
                                TimelineMark::Style style)
{
    const QColor c = colour(style);
    const double h = size / 2.0;
    const QRectF box(center.x() - h, center.y() - h, size, size);
    painter.save();
    switch (style) {
    case TimelineMark::Style::ConsistentManual:
        painter.setPen(QPen(c.darker(130), 1.0));
        painter.setBrush(c);
        painter.drawEllipse(box);
        break;
    case TimelineMark::Style::ConsistentAutomated:
        painter.setPen(QPen(c.darker(130), 1.0));
        painter.setBrush(c);
        painter.drawRect(box);
        break;
    case TimelineMark::Style::LiveManual:
        painter.setPen(QPen(c, 2.2));
        painter.setBrush(Qt::white);
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case TimelineMark::Style::LiveAutomated:
        painter.setPen(QPen(c, 2.2));
        painter.setBrush(Qt::white);
        painter.drawRect(box.adjusted(1, 1, -1, -1));
        break;
    case TimelineMark::Style::Failed:
        painter.setPen(QPen(c, 2.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
        break;
    case TimelineMark::Style::DrillPassed:
    case TimelineMark::Style::DrillFailed: {
        // A diamond: filled when the drill passed, hollow when it failed.
        const QPolygonF diamond{
            QPointF(center.x(), center.y() - h - 1), QPointF(center.x() + h + 1, center.y()),
            QPointF(center.x(), center.y() + h + 1), QPointF(center.x() - h - 1, center.y())};
        const bool passed = style == TimelineMark::Style::DrillPassed;
        painter.setPen(QPen(passed ? c.darker(130) : c, passed ? 1.0 : 2.2));
        painter.setBrush(passed ? QBrush(c) : QBrush(Qt::white));
        painter.drawPolygon(diamond);
        break;
    }
    }
    painter.restore();
}

void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout, const State &state)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const double width = rightEdge(layout);
    const double height = layout.contentHeight() + legendHeight;
    painter.fillRect(QRectF(0, 0, width, height), state.palette.color(QPalette::Base));
    paintLanes(painter, layout, state);
    painter.save();
    painter.setClipRect(
        QRectF(layout.geometry().labelWidth, 0, layout.scale().width(), layout.contentHeight()));
    paintBands(painter, layout, state);
    paintAxis(painter, layout, state);
    paintBars(painter, layout);
    paintArrows(painter, layout);
    paintMarks(painter, layout, state);
    paintNow(painter, layout, state);
    painter.restore();
    paintLegend(painter, layout, state);
}

void TimelinePainter::paintLanes(QPainter &painter, const TimelineLayout &layout,
                                 const State &state)
{
    const TimelineGeometry &g = layout.geometry();
    const double width = rightEdge(layout);
    const QColor alternate = state.palette.color(QPalette::AlternateBase);
    QFont bold = painter.font();
    bold.setBold(true);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int lane = 0; lane < layout.lanes().size(); ++lane) {
        const QRectF row(0, g.laneTop(lane), width, g.laneHeight);
        if (lane % 2 == 1) {
            painter.fillRect(row, alternate);
        }
        painter.setPen(state.palette.color(QPalette::Mid));
        painter.drawLine(row.bottomLeft(), row.bottomRight());
        const QString environment = layout.lanes()[lane];
        QString type;
        for (const Environment &e : layout.data().environments) {
            if (e.id == environment) {
                type = e.type;
            }
        }
        const QRectF label(10, row.top() + 8, g.labelWidth - 16, 20);
        painter.setFont(bold);
        painter.setPen(state.palette.color(QPalette::Text));
        painter.drawText(
            label, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(environment, Qt::ElideRight, int(label.width())));
        painter.setFont(small);
        painter.setPen(state.palette.color(QPalette::PlaceholderText));
        painter.drawText(label.translated(0, 18), Qt::AlignLeft | Qt::AlignVCenter, type);
    }
    painter.setFont(bold);
    painter.setPen(state.palette.color(QPalette::Mid));
    painter.drawLine(QPointF(g.labelWidth, 0), QPointF(g.labelWidth, layout.contentHeight()));
    painter.setFont(QFont());
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineLayout &layout, const State &state)
{
    const TimelineGeometry &g = layout.geometry();
    QPen grid(state.palette.color(QPalette::Mid));
    grid.setStyle(Qt::DotLine);
    for (const TimelineAxis::Tick &tick : TimelineAxis::ticks(layout.scale())) {
        const double x = g.labelWidth + tick.x;
        painter.setPen(grid);
        painter.drawLine(QPointF(x, g.axisHeight - 6), QPointF(x, layout.contentHeight()));
        painter.setPen(state.palette.color(QPalette::Text));
        painter.drawText(QRectF(x + 4, 4, 120, g.axisHeight - 10), Qt::AlignLeft | Qt::AlignVCenter,
                         tick.label);
    }
    painter.setPen(state.palette.color(QPalette::Mid));
    painter.drawLine(QPointF(g.labelWidth, g.axisHeight), QPointF(rightEdge(layout), g.axisHeight));
}

void TimelinePainter::paintBands(QPainter &painter, const TimelineLayout &layout,
                                 const State &state)
{
    const TimelineGeometry &g = layout.geometry();
    const double bottom = layout.contentHeight();
    for (const TimelineBand &band : layout.bands(state.now)) {
        if (band.x1 <= band.x0) {
            continue;
        }
        const QRectF area(band.x0, g.axisHeight, band.x1 - band.x0, bottom - g.axisHeight);
        QColor text;
        if (band.kind == TimelineBand::Kind::Guaranteed) {
            painter.fillRect(area, QColor(76, 175, 80, 40));
            text = QColor(0x2e, 0x7d, 0x32);
        } else {
            painter.fillRect(area, QColor(120, 120, 120, 30));
            painter.fillRect(area, QBrush(QColor(120, 120, 120, 60), Qt::BDiagPattern));
            text = QColor(90, 90, 90);
        }
        painter.setPen(text);
        QFont small = painter.font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        // Right-aligned at the band's end: a narrow band's label runs on to its left.
        const QRectF label(band.x1 - 304, bottom - 18, 300, 16);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         TimelineText::bandName(band.kind));
        painter.setFont(QFont());
    }
}

void TimelinePainter::paintBars(QPainter &painter, const TimelineLayout &layout)
{
    const double left = layout.geometry().labelWidth;
    const double right = rightEdge(layout);
    for (const TimelineMark &mark : layout.marks()) {
        if (mark.kind != TimelineMark::Kind::Backup || mark.barEndX < left
            || mark.center.x() > right) {
            continue;
        }
        QColor c = colour(mark.style());
        c.setAlpha(110);
        QPen pen(c, 3.0, mark.expiresAt.isValid() ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap);
        painter.setPen(pen);
        const double y = mark.center.y();
        painter.drawLine(QPointF(std::max(mark.center.x(), left - 2), y),
                         QPointF(std::min(mark.barEndX, right + 2), y));
        if (mark.expiresAt.isValid() && mark.barEndX <= right) {
            painter.drawLine(QPointF(mark.barEndX, y - 4), QPointF(mark.barEndX, y + 4));
        }
    }
}

void TimelinePainter::paintMarks(QPainter &painter, const TimelineLayout &layout,
                                 const State &state)
{
    const double size = layout.geometry().markSize;
    const QList<TimelineMark> &marks = layout.marks();
    for (const TimelineMark &mark : marks) {
        if (visible(layout, mark.center.x(), size)) {
            paintMark(painter, mark.center, size, mark.style());
        }
    }
    const int selected = layout.indexOfMark(state.selectedId);
    if (selected >= 0) {
        painter.setPen(QPen(state.palette.color(QPalette::Highlight), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(marks[selected].center, size * 0.95, size * 0.95);
    }
    if (state.showFocus && state.focusedMark >= 0 && state.focusedMark < marks.size()) {
        QPen focus(state.palette.color(QPalette::Text), 1.2, Qt::DotLine);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        const double h = size * 1.2;
        painter.drawRect(
            QRectF(marks[state.focusedMark].center - QPointF(h, h), QSizeF(2 * h, 2 * h)));
    }
}

void TimelinePainter::paintArrows(QPainter &painter, const TimelineLayout &layout)
{
    const QColor c(0x00, 0x69, 0x7c);
    for (const TimelineArrow &arrow : layout.arrows()) {
        if (std::max(arrow.from.x(), arrow.to.x()) < layout.geometry().labelWidth
            || std::min(arrow.from.x(), arrow.to.x()) > rightEdge(layout)) {
            continue;
        }
        QPainterPath path(arrow.from);
        const double dy = arrow.to.y() - arrow.from.y();
        path.cubicTo(arrow.from + QPointF(0, dy * 0.5 + 12), arrow.to - QPointF(0, dy * 0.5 + 12),
                     arrow.to);
        painter.setPen(QPen(c, 1.8, arrow.succeeded ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        // Head pointing along the curve's end tangent.
        const QPointF tangent = arrow.to - path.pointAtPercent(0.95);
        const double angle = std::atan2(tangent.y(), tangent.x());
        const QPointF a = arrow.to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 9;
        const QPointF b = arrow.to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 9;
        painter.setBrush(c);
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(QPolygonF{arrow.to, a, b});
    }
}

void TimelinePainter::paintNow(QPainter &painter, const TimelineLayout &layout, const State &state)
{
    const double x = layout.xForTime(state.now);
    if (!visible(layout, x, 0)) {
        return;
    }
    const QColor red(0xd3, 0x2f, 0x2f);
    painter.setPen(QPen(red, 2.0));
    painter.drawLine(QPointF(x, layout.geometry().axisHeight - 4),
                     QPointF(x, layout.contentHeight()));
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    const QString text = bc::TimelineText::tr("now");
    const double w = painter.fontMetrics().horizontalAdvance(text) + 8;
    const QRectF box(x - w / 2, layout.geometry().axisHeight - 18, w, 16);
    painter.setBrush(red);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.setFont(QFont());
}

void TimelinePainter::paintLegend(QPainter &painter, const TimelineLayout &layout,
                                  const State &state)
{
    const double top = layout.contentHeight();
    double x = layout.geometry().labelWidth;
    const double y = top + legendHeight / 2.0;
    painter.setPen(state.palette.color(QPalette::Text));
    const QList<TimelineMark::Style> styles{
        TimelineMark::Style::ConsistentManual, TimelineMark::Style::ConsistentAutomated,
        TimelineMark::Style::LiveManual,       TimelineMark::Style::LiveAutomated,
        TimelineMark::Style::Failed,           TimelineMark::Style::DrillPassed};
    for (const TimelineMark::Style style : styles) {
        paintMark(painter, QPointF(x + 6, y), layout.geometry().markSize, style);
        const QString text = TimelineText::styleName(style);
        painter.setPen(state.palette.color(QPalette::Text));
        painter.drawText(QPointF(x + 16, y + painter.fontMetrics().ascent() / 2.0 - 1), text);
        x += 16 + painter.fontMetrics().horizontalAdvance(text) + 18;
    }
    const QColor teal(0x00, 0x69, 0x7c);
    painter.setPen(QPen(teal, 1.8));
    painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
    painter.setBrush(teal);
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(
        QPolygonF{QPointF(x + 22, y), QPointF(x + 14, y - 4), QPointF(x + 14, y + 4)});
    painter.setPen(state.palette.color(QPalette::Text));
    painter.drawText(QPointF(x + 28, y + painter.fontMetrics().ascent() / 2.0 - 1),
                     bc::TimelineText::tr("Restore"));
}

} // namespace bc::ui
