#include "timelinepainter.h"

#include "models/history/timelineaxis.h"
#include "models/history/timelinetext.h"

#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

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

constexpr double legendGap = 18.0; // between two legend entries
constexpr double legendPadding = 4.0; // above the first row and below the last
constexpr int backupStyles = 4; // the first four styles are the backups'
constexpr int barKinds = 2 * backupStyles; // each style expiring (solid) or kept (dashed)

double legendRowHeight(const QFontMetrics &metrics)
{
    return std::max(double(metrics.height()), 14.0) + 8.0;
}

// Where marks are drawn as images: pixels on a raster device without scaling or rotation.
bool useSprites(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
        && painter.worldTransform().type() <= QTransform::TxTranslate;
}

constexpr int spritePadding = 2;

int spriteExtent(double size)
{
    return int(std::ceil(size)) + 2 * spritePadding;
}

} // namespace

// Material 600 tones: each reaches 3:1 (WCAG, graphics) on a light base (white) and on Fusion's
// dark one (#242424), so the marks read on either palette without a palette of their own.
QColor TimelinePainter::colour(TimelineMark::Style style)
{
    switch (style) {
    case TimelineMark::Style::ConsistentManual:
        return QColor(0x38, 0x8e, 0x3c);
    case TimelineMark::Style::ConsistentAutomated:
        return QColor(0x1e, 0x88, 0xe5);
    case TimelineMark::Style::LiveManual:
        return QColor(0xe6, 0x51, 0x00);
    case TimelineMark::Style::LiveAutomated:
        return QColor(0xab, 0x47, 0xbc);
    case TimelineMark::Style::Failed:
        return QColor(0xe5, 0x39, 0x35);
    case TimelineMark::Style::DrillPassed:
        return QColor(0x00, 0x89, 0x7b);
    case TimelineMark::Style::DrillFailed:
        return QColor(0xe5, 0x39, 0x35);
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

QList<TimelinePainter::LegendItem> TimelinePainter::legendItems(const QFontMetrics &metrics,
                                                                const TimelineLayout &layout,
                                                                double width)
{
    const QList<TimelineMark::Style> styles{
        TimelineMark::Style::ConsistentManual, TimelineMark::Style::ConsistentAutomated,
        TimelineMark::Style::LiveManual,       TimelineMark::Style::LiveAutomated,
        TimelineMark::Style::Failed,           TimelineMark::Style::DrillPassed};
    QList<LegendItem> items;
    for (const TimelineMark::Style style : styles) {
        items.append({false, style, TimelineText::styleName(style), {}});
    }
    items.append({true, {}, bc::TimelineText::tr("Restore"), {}});
    // Rows start under the time area and wrap before the right edge; a narrow picture starts
    // at the left edge instead, so each entry keeps its whole text.
    const double rowHeight = legendRowHeight(metrics);
    const double right = width - 8.0;
    double start = layout.geometry().labelWidth;
    double widest = 0.0;
    for (LegendItem &item : items) {
        item.rect.setWidth((item.arrow ? 28.0 : 16.0) + metrics.horizontalAdvance(item.text));
        item.rect.setHeight(rowHeight);
        widest = std::max(widest, item.rect.width());
    }
    const auto place = [&items, rowHeight, right](double from) {
        double x = from;
        double y = legendPadding;
        for (LegendItem &item : items) {
            if (x > from && x + item.rect.width() > right) {
                x = from;
                y += rowHeight;
            }
            item.rect.moveTopLeft(QPointF(x, y));
            x += item.rect.width() + legendGap;
        }
        return y;
    };
    // From the left edge when that saves rows (a narrow view, where the legend stays in sight
    // over the lanes and each row hides a part of them).
    if (start + widest > right || place(8.0) < place(start)) {
        start = 8.0;
    }
    place(start);
    return items;
}

double TimelinePainter::legendHeight(const QFontMetrics &metrics, const TimelineLayout &layout,
                                     double width)
{
    const QList<LegendItem> items = legendItems(metrics, layout, width);
    return items.constLast().rect.bottom() + legendPadding;
}

QSizeF TimelinePainter::pictureSize(const QFontMetrics &metrics, const TimelineLayout &layout)
{
    const double width = rightEdge(layout);
    return {width, layout.contentHeight() + legendHeight(metrics, layout, width)};
}

void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout, const State &state)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = pictureSize(painter.fontMetrics(), layout);
    painter.fillRect(QRectF(QPointF(0, 0), size), state.palette.color(QPalette::Base));
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
        const double top = band.lane < 0 ? g.axisHeight : g.laneTop(band.lane);
        const double end = band.lane < 0 ? bottom : g.laneTop(band.lane) + g.laneHeight;
        const QRectF area(band.x0, top, band.x1 - band.x0, end - top);
        QColor text;
        // Axis-aligned fills: without antialiasing they take the fast path of whole pixels.
        painter.setRenderHint(QPainter::Antialiasing, false);
        if (band.kind == TimelineBand::Kind::Guaranteed) {
            painter.fillRect(area, QColor(76, 175, 80, 40));
            text = QColor(0x2e, 0x7d, 0x32);
        } else {
            painter.fillRect(area, QColor(120, 120, 120, 30));
            painter.fillRect(area, QBrush(QColor(120, 120, 120, 60), Qt::BDiagPattern));
            text = QColor(90, 90, 90);
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(text);
        QFont small = painter.font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        // Right-aligned at the band's end; where the band's visible part is narrower than its
        // name, the name starts at that part's left and runs on past the band's end.
        const QString name = TimelineText::bandName(band.kind);
        const double textWidth = painter.fontMetrics().horizontalAdvance(name);
        const double visibleLeft = std::max(band.x0, g.labelWidth);
        const double x = std::max(band.x1 - 4 - textWidth, visibleLeft + 4);
        painter.drawText(QRectF(x, end - 18, textWidth + 2, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         name);
        painter.setFont(QFont());
    }
}

// Bars of one colour that overlap in one row are drawn as one run, and of the expiry ticks on the
// same pixel of a row only the first: the work grows with the pixels rather than the backups.
void TimelinePainter::paintBars(QPainter &painter, const TimelineLayout &layout)
{
    const double left = layout.geometry().labelWidth;
    const double right = rightEdge(layout);
    const int rows = std::max(1, layout.geometry().maxRows);
    struct Run
    {
        double x0 = 0.0;
        double x1 = -1.0; // x1 < x0: no run open
        double y = 0.0;
    };
    std::array<QList<QRect>, barKinds> solid; // bars and ticks of backups that expire
    std::array<QList<QLineF>, barKinds> dashed; // bars of backups kept until deleted
    std::vector<Run> open(size_t(rows) * barKinds);
    const int columns = int(std::ceil(right)) + 4;
    std::vector<bool> ticked(size_t(rows) * size_t(columns)); // a tick on that pixel of a row
    const auto close = [&](Run &run, int kind) {
        if (run.x1 < run.x0) {
            return;
        }
        if (kind % 2 == 0) {
            const int x0 = int(std::lround(run.x0));
            solid[kind].append(QRect(x0, int(std::floor(run.y - 1.0)),
                                     std::max(1, int(std::lround(run.x1)) - x0), 3));
        } else {
            dashed[kind].append(QLineF(run.x0, run.y, run.x1, run.y));
        }
        run.x1 = -1.0;
    };
    const auto flush = [&] {
        for (size_t i = 0; i < open.size(); ++i) {
            close(open[i], int(i % barKinds));
        }
        std::fill(ticked.begin(), ticked.end(), false);
    };
    int lane = -1;
    for (const TimelineMark &mark : layout.marks()) {
        if (mark.kind != TimelineMark::Kind::Backup) {
            continue;
        }
        if (mark.lane != lane) {
            flush();
            lane = mark.lane;
        }
        if (mark.barEndX < left || mark.center.x() > right) {
            continue;
        }
        const bool expires = mark.expiresAt.isValid();
        const int kind = 2 * int(mark.style()) + (expires ? 0 : 1);
        const size_t slot = size_t(std::clamp(mark.row, 0, rows - 1)) * barKinds + size_t(kind);
        const double x0 = std::max(mark.center.x(), left - 2);
        const double x1 = std::min(mark.barEndX, right + 2);
        Run &run = open[slot];
        if (run.x1 >= run.x0 && x0 <= run.x1 + 1.0) {
            run.x1 = std::max(run.x1, x1);
        } else {
            close(run, kind);
            run = {x0, x1, mark.center.y()};
        }
        if (expires && mark.barEndX <= right) {
            const int x = int(std::lround(mark.barEndX));
            const size_t bit = size_t(std::clamp(mark.row, 0, rows - 1)) * size_t(columns)
                + size_t(std::clamp(x, 1, columns - 2));
            // A tick is 3 px wide: one beside an earlier one would add a pixel's sliver.
            if (!ticked[bit - 1] && !ticked[bit] && !ticked[bit + 1]) {
                ticked[bit] = true;
                solid[kind].append(QRect(x - 1, int(std::ceil(mark.center.y() - 4.0)), 3, 8));
            }
        }
    }
    flush();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (int kind = 0; kind < barKinds; ++kind) {
        QColor c = colour(TimelineMark::Style(kind / 2));
        c.setAlpha(110);
        if (!solid[kind].isEmpty()) {
            painter.setBrush(c);
            painter.drawRects(solid[kind].constData(), int(solid[kind].size()));
        }
        if (!dashed[kind].isEmpty()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(c, 3.0, Qt::DashLine, Qt::FlatCap));
            painter.drawLines(dashed[kind].constData(), int(dashed[kind].size()));
            painter.setPen(Qt::NoPen);
        }
    }
    painter.restore();
}

// The marks as small images rendered once per style: on a raster device that is a copy of a
// few pixels per mark instead of an antialiased shape. Of the marks on the same pixel of the same
// row, or a pixel beside it (hundreds of backups a day at a year's zoom), only the first is
// drawn: the others would cover it almost exactly.
void TimelinePainter::paintMarkSprites(QPainter &painter, const TimelineLayout &layout)
{
    const double size = layout.geometry().markSize;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int extent = spriteExtent(size);
    static QHash<quint64, QImage> cache; // by style, size and device pixel ratio
    std::array<const QImage *, 7> sprites{};
    for (int style = 0; style < int(sprites.size()); ++style) {
        const quint64 key = quint64(style) | (quint64(std::lround(size * 16)) << 8)
            | (quint64(std::lround(ratio * 100)) << 32);
        auto it = cache.find(key);
        if (it == cache.end()) {
            QImage image(QSize(extent, extent) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            paintMark(p, QPointF(extent / 2.0, extent / 2.0), size, TimelineMark::Style(style));
            p.end();
            it = cache.insert(key, image);
        }
        sprites[size_t(style)] = &it.value();
    }
    const int rows = std::max(1, layout.geometry().maxRows);
    // No mark drawn yet in a row: nullopt (a sentinel like INT_MIN overflowed x - last).
    std::vector<std::optional<int>> lastX(static_cast<size_t>(rows));
    int lane = -1;
    for (const TimelineMark &mark : layout.marks()) {
        if (mark.lane != lane) {
            std::fill(lastX.begin(), lastX.end(), std::nullopt);
            lane = mark.lane;
        }
        if (!visible(layout, mark.center.x(), size)) {
            continue;
        }
        const int style = int(mark.style());
        const int x = int(std::lround(mark.center.x() - extent / 2.0));
        std::optional<int> &last = lastX[size_t(std::clamp(mark.row, 0, rows - 1))];
        if (last && std::abs(x - *last) <= 1) {
            continue; // within a pixel of the mark drawn before in this row
        }
        last = x;
        painter.drawImage(QPoint(x, int(std::lround(mark.center.y() - extent / 2.0))),
                          *sprites[size_t(style)]);
    }
}

void TimelinePainter::paintMarks(QPainter &painter, const TimelineLayout &layout,
                                 const State &state)
{
    const double size = layout.geometry().markSize;
    const QList<TimelineMark> &marks = layout.marks();
    if (useSprites(painter)) {
        paintMarkSprites(painter, layout);
    } else {
        for (const TimelineMark &mark : marks) {
            if (visible(layout, mark.center.x(), size)) {
                paintMark(painter, mark.center, size, mark.style());
            }
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
        // The curve as a polyline of a few segments: at this size it looks the same as the
        // exact cubic, and strokes several times faster.
        const double dy = arrow.to.y() - arrow.from.y();
        const QPointF first = arrow.from + QPointF(0, dy * 0.5 + 12);
        const QPointF control = arrow.to - QPointF(0, dy * 0.5 + 12);
        constexpr int segments = 24;
        std::array<QPointF, segments + 1> curve;
        for (int i = 0; i <= segments; ++i) {
            const double t = double(i) / segments;
            const double u = 1.0 - t;
            curve[size_t(i)] = u * u * u * arrow.from + 3 * u * u * t * first
                + 3 * u * t * t * control + t * t * t * arrow.to;
        }
        // Two hairlines 0.8 px apart instead of one 1.8 px pen: the raster engine draws
        // hairlines on a fast path and wide pens through its general stroker, ten times slower.
        QPen pen(c, 1.0);
        if (!arrow.succeeded) {
            pen.setDashPattern({7.2, 3.6}); // the 1.8 px pen's dashes
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(curve.data(), int(curve.size()));
        painter.translate(0.8, 0.0);
        painter.drawPolyline(curve.data(), int(curve.size()));
        painter.translate(-0.8, 0.0);
        // Head pointing along the curve's end tangent: from its last control point to its end
        // (a cubic ends tangent to that line; no need to measure the curve).
        const QPointF tangent = arrow.to - control;
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
    const double below = layout.contentHeight();
    const double top = state.legendTop < 0 ? below : std::min(state.legendTop, below);
    const QFontMetrics metrics = painter.fontMetrics();
    if (top < below) {
        const double width = rightEdge(layout);
        painter.fillRect(QRectF(0, top, width, legendHeight(metrics, layout, width)),
                         state.palette.color(QPalette::Base));
        painter.setPen(QPen(state.palette.color(QPalette::Mid), 1.0));
        painter.drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5));
    }
    const QColor teal(0x00, 0x69, 0x7c);
    for (const LegendItem &item : legendItems(metrics, layout, rightEdge(layout))) {
        const double x = item.rect.left();
        const double y = top + item.rect.center().y();
        double textX = x + 16;
        if (item.arrow) {
            painter.setPen(QPen(teal, 1.8));
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
            painter.setBrush(teal);
            painter.setPen(Qt::NoPen);
            painter.drawPolygon(
                QPolygonF{QPointF(x + 22, y), QPointF(x + 14, y - 4), QPointF(x + 14, y + 4)});
            textX = x + 28;
        } else {
            paintMark(painter, QPointF(x + 6, y), layout.geometry().markSize, item.style);
        }
        painter.setPen(state.palette.color(QPalette::Text));
        painter.drawText(QPointF(textX, y + metrics.ascent() / 2.0 - 1), item.text);
    }
}

} // namespace bc::ui
