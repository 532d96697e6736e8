#include "calendarheatmapwidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace bc::ui {

namespace {

constexpr double cell = 13.0;
constexpr double gap = 3.0;
constexpr double left = 36.0; // weekday labels
constexpr double captionHeight = 18.0;
constexpr double monthHeight = 22.0; // month labels above the grid

} // namespace

CalendarHeatmapWidget::CalendarHeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Backups per day over the last year"));
}

CalendarHeatmapWidget::~CalendarHeatmapWidget() = default;

void CalendarHeatmapWidget::setCounts(const QHash<QDate, int> &counts, const QDate &lastDay)
{
    m_counts = counts;
    m_grid = CalendarGrid(lastDay);
    int days = 0;
    int empty = 0;
    for (QDate d = m_grid.firstDay(); d <= m_grid.lastDay(); d = d.addDays(1)) {
        ++days;
        empty += m_counts.value(d) == 0 ? 1 : 0;
    }
    setAccessibleDescription(tr("%1 of %2 days without a successful backup").arg(empty).arg(days));
    updateGeometry();
    update();
}

void CalendarHeatmapWidget::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void CalendarHeatmapWidget::setCaptionShown(bool shown)
{
    m_captionShown = shown;
    updateGeometry();
    update();
}

double CalendarHeatmapWidget::top() const
{
    return monthHeight + (m_captionShown ? captionHeight : 0.0);
}

QRectF CalendarHeatmapWidget::cellRect(int column, int row) const
{
    return {left + column * (cell + gap), top() + row * (cell + gap), cell, cell};
}

namespace {

// A day without backups: a faint tint of the text colour over the base, so it reads as an empty
// cell on a light palette and on a dark one (a fixed light grey glared on dark).
QColor mix(const QColor &base, const QColor &text, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + text.redF() * share),
                            float(base.greenF() * (1 - share) + text.greenF() * share),
                            float(base.blueF() * (1 - share) + text.blueF() * share));
}

} // namespace

QColor CalendarHeatmapWidget::levelColour(int level)
{
    switch (level) {
    case 0:
        return QColor(0xeb, 0xed, 0xf0);
    case 1:
        return QColor(0x9b, 0xe9, 0xa8);
    case 2:
        return QColor(0x40, 0xc4, 0x63);
    case 3:
        return QColor(0x30, 0xa1, 0x4e);
    default:
        return QColor(0x21, 0x6e, 0x39);
    }
}

QDate CalendarHeatmapWidget::dayAt(const QPoint &pos) const
{
    const int column = int((pos.x() - left) / (cell + gap));
    const int row = int((pos.y() - top()) / (cell + gap));
    if (pos.x() < left || pos.y() < top() || !cellRect(column, row).contains(pos)) {
        return {};
    }
    return m_grid.dateAt(column, row);
}

QString CalendarHeatmapWidget::toolTipAt(const QPoint &pos) const
{
    const QDate day = dayAt(pos);
    if (!day.isValid()) {
        return {};
    }
    const int n = m_counts.value(day);
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    return n == 0 ? tr("%1: no successful backup").arg(date)
        : n == 1  ? tr("%1: 1 successful backup").arg(date)
                  : tr("%1: %2 successful backups").arg(date).arg(n);
}

QSize CalendarHeatmapWidget::sizeHint() const
{
    return {int(left + m_grid.columns() * (cell + gap) + 12),
            int(top() + CalendarGrid::rows * (cell + gap) + 30)};
}

QSize CalendarHeatmapWidget::minimumSizeHint() const
{
    return sizeHint();
}

void CalendarHeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor emptyFill
        = mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.07);
    const QColor emptyEdge
        = mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.22);
    const double top = this->top();
    if (m_captionShown) {
        // The title, then the count of empty days after it (never on top of it).
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        QRectF used;
        painter.drawText(QRectF(left, 2, width() - left, captionHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, m_title, &used);
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const double x = used.right() + 12;
        painter.drawText(QRectF(x, 2, std::max(0.0, width() - x), captionHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, accessibleDescription());
    }
    painter.setPen(palette().color(QPalette::Text));
    const QLocale locale;
    for (const auto &[column, month] : m_grid.monthStarts()) {
        painter.drawText(QPointF(cellRect(column, 0).left(), top - 6),
                         locale.toString(month, QStringLiteral("MMM")));
    }
    for (const int row : {0, 2, 4}) {
        painter.drawText(QRectF(0, cellRect(0, row).top() - 2, left - 6, cell + 4),
                         Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(row + 1, QLocale::ShortFormat));
    }
    for (int column = 0; column < m_grid.columns(); ++column) {
        for (int row = 0; row < CalendarGrid::rows; ++row) {
            const QDate day = m_grid.dateAt(column, row);
            if (!day.isValid()) {
                continue;
            }
            const int level = CalendarGrid::level(m_counts.value(day));
            painter.setPen(level == 0 ? QPen(emptyEdge, 1.0) : QPen(Qt::NoPen));
            painter.setBrush(level == 0 ? emptyFill : levelColour(level));
            painter.drawRoundedRect(cellRect(column, row), 2.5, 2.5);
        }
    }
    // Legend: less ... more.
    const double y = top + CalendarGrid::rows * (cell + gap) + 8;
    double x = left + m_grid.columns() * (cell + gap) - 5 * (cell + gap) - 80;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(x - 50, y, 46, cell), Qt::AlignRight | Qt::AlignVCenter, tr("None"));
    for (int level = 0; level <= 4; ++level) {
        painter.setPen(level == 0 ? QPen(emptyEdge, 1.0) : QPen(Qt::NoPen));
        painter.setBrush(level == 0 ? emptyFill : levelColour(level));
        painter.drawRoundedRect(QRectF(x, y, cell, cell), 2.5, 2.5);
        x += cell + gap;
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(x + 4, y, 80, cell), Qt::AlignLeft | Qt::AlignVCenter, tr("7 or more"));
}

bool CalendarHeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace bc::ui
