#include "retentionstripwidget.h"

#include "ui/history/timelinepainter.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace bc::ui {

namespace {

constexpr int RowHeight = 28;
constexpr int AxisHeight = 22;
constexpr int Margin = 8;
constexpr double MarkSize = 9.0;

TimelineMark::Style styleOf(bool safe, bool automated)
{
    if (safe)
        return automated ? TimelineMark::Style::ConsistentAutomated
                         : TimelineMark::Style::ConsistentManual;
    return automated ? TimelineMark::Style::LiveAutomated : TimelineMark::Style::LiveManual;
}

} // namespace

RetentionStripWidget::RetentionStripWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("retentionStrip"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

RetentionStripWidget::~RetentionStripWidget() = default;

void RetentionStripWidget::setOutcome(const RetentionOutcome &outcome, const QList<Backup> &backups,
                                      const QDateTime &now)
{
    m_outcome = outcome;
    m_now = now;
    m_safe.clear();
    for (const Backup &b : backups)
        m_safe.insert(b.id, b.safe);
    setAccessibleDescription(
        tr("%1 backups kept, %2 evicted").arg(outcome.kept()).arg(outcome.evicted()));
    update();
}

QSize RetentionStripWidget::sizeHint() const
{
    return {480, minimumSizeHint().height()};
}

QSize RetentionStripWidget::minimumSizeHint() const
{
    return {240, 2 * Margin + 2 * RowHeight + AxisHeight};
}

void RetentionStripWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void RetentionStripWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QString keptText = tr("Kept");
    const QString evictedText = tr("Evicted");
    const QFontMetrics metrics(font());
    const int labelWidth
        = qMax(metrics.horizontalAdvance(keptText), metrics.horizontalAdvance(evictedText))
        + 2 * Margin;
    const QRectF area(labelWidth, Margin, width() - labelWidth - 2 * Margin, 2 * RowHeight);
    const double keptY = area.top() + RowHeight / 2.0;
    const double evictedY = keptY + RowHeight;
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(Margin, area.top(), labelWidth, RowHeight), Qt::AlignVCenter, keptText);
    painter.drawText(QRectF(Margin, area.top() + RowHeight, labelWidth, RowHeight),
                     Qt::AlignVCenter, evictedText);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.0));
    painter.drawLine(QPointF(area.left(), evictedY - RowHeight / 2.0),
                     QPointF(area.right(), evictedY - RowHeight / 2.0));
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    // Ages on a logarithmic scale: the hourly, daily, weekly and monthly tiers of a policy each
    // get room, instead of the recent days crowding into the right edge.
    qint64 oldestAge = 24 * 3600;
    for (const RetentionVerdict &v : m_outcome.verdicts)
        oldestAge = qMax(oldestAge, v.createdAt.secsTo(m_now));
    const double scale = std::log1p(double(oldestAge) / 3600.0);
    const auto xForAge = [&](qint64 age) {
        return area.right()
            - area.width() * std::log1p(double(qMax<qint64>(age, 0)) / 3600.0) / scale;
    };

    // Ticks at round ages, named with the units of the schedule's intervals.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QRectF axis(area.left(), area.bottom() + 2, area.width(), AxisHeight);
    constexpr qint64 day = 24 * 3600;
    const std::pair<qint64, QString> ticks[] = {{0, tr("now")},
                                                {day, QStringLiteral("1d")},
                                                {7 * day, QStringLiteral("1w")},
                                                {30 * day, QStringLiteral("1M")},
                                                {182 * day, QStringLiteral("6M")},
                                                {365 * day, QStringLiteral("1y")}};
    for (const auto &[age, label] : ticks) {
        if (age > oldestAge)
            break;
        const double x = xForAge(age);
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3));
        const double w = metrics.horizontalAdvance(label);
        const double left = qBound(axis.left(), x - w / 2.0, axis.right() - w);
        painter.drawText(QRectF(left, axis.top() + 3, w + 1, AxisHeight),
                         Qt::AlignLeft | Qt::AlignTop, label);
    }

    // Evicted first, then kept, so kept marks stay on top where the rows meet.
    for (const bool keep : {false, true}) {
        for (const RetentionVerdict &v : m_outcome.verdicts) {
            if (v.keep != keep)
                continue;
            const QPointF center(xForAge(v.createdAt.secsTo(m_now)), keep ? keptY : evictedY);
            const TimelineMark::Style style = styleOf(m_safe.value(v.backupId), v.automated);
            painter.setOpacity(keep ? 1.0 : 0.45);
            TimelinePainter::paintMark(painter, center, MarkSize, style);
            if (!keep) {
                painter.setOpacity(1.0);
                painter.setPen(QPen(TimelinePainter::colour(TimelineMark::Style::Failed), 1.6));
                painter.drawLine(center + QPointF(-MarkSize * 0.7, MarkSize * 0.7),
                                 center + QPointF(MarkSize * 0.7, -MarkSize * 0.7));
            }
        }
    }
    painter.setOpacity(1.0);
}

} // namespace bc::ui
