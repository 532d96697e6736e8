#include "timelinewidget.h"

#include "models/history/timelinetext.h"
#include "timelinepainter.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace bc::ui {

namespace {

constexpr qint64 dayMs = qint64(24) * 3600 * 1000;
// Clicks that move less than this are clicks, not drags.
constexpr int dragThreshold = 4;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Backup timeline"));
    m_layout.setViewWidth(width());
    showSpan(30 * dayMs);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setData(const TimelineData &data, const QString &selectedEnvironment)
{
    const QString current = currentMarkId();
    m_layout.setViewWidth(width());
    m_layout.setData(data, selectedEnvironment);
    m_current = m_layout.indexOfMark(current);
    if (m_followNow) {
        showSpan(m_layout.scale().spanMs());
    }
    updateGeometry();
    updateAccessibleText();
    update();
}

void TimelineWidget::setNow(const QDateTime &now)
{
    m_fixedNow = now.isValid() ? std::optional<QDateTime>(now) : std::nullopt;
    if (m_followNow) {
        showSpan(m_layout.scale().spanMs());
    }
    update();
}

QDateTime TimelineWidget::now() const
{
    return m_fixedNow.value_or(QDateTime::currentDateTimeUtc());
}

void TimelineWidget::showSpan(qint64 spanMs)
{
    const qint64 span = std::clamp(spanMs, TimelineScale::minSpanMs, TimelineScale::maxSpanMs);
    const qint64 before = m_layout.scale().spanMs();
    m_layout.scale().setRangeEndingAt(now().addMSecs(futureMs(span)), span);
    m_followNow = true;
    relayout();
    if (span != before) {
        Q_EMIT spanChanged(span);
    }
}

qint64 TimelineWidget::futureMs(qint64 spanMs) const
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    qint64 latest = nowMs;
    for (const Backup &backup : m_layout.data().backups) {
        if (backup.expiresAt && backup.createdAt.toMSecsSinceEpoch() >= nowMs - spanMs) {
            latest = std::max(latest, backup.expiresAt->toMSecsSinceEpoch());
        }
    }
    // A little room after the latest expiry, so its end tick is not on the edge.
    return std::clamp(latest - nowMs + spanMs / 50, spanMs / 20, spanMs / 3);
}

QString TimelineWidget::currentMarkId() const
{
    return m_layout.marks().value(m_current).id;
}

QString TimelineWidget::toolTipAt(const QPoint &pos) const
{
    // The legend kept in view covers the lanes below it: nothing of them is picked through it.
    const int mark = legendRect().contains(pos) ? -1 : m_layout.markAt(pos);
    if (mark >= 0) {
        return TimelineText::tooltip(m_layout, mark, now());
    }
    for (int i = 0; i < m_layout.arrows().size(); ++i) {
        const QPointF d = m_layout.arrows()[i].to - QPointF(pos);
        if (std::hypot(d.x(), d.y()) <= 8.0) {
            return TimelineText::arrowTooltip(m_layout, i);
        }
    }
    return {};
}

QSize TimelineWidget::sizeHint() const
{
    return {900, heightForWidth(900)};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {320, heightForWidth(width())};
}

int TimelineWidget::heightForWidth(int width) const
{
    return int(std::ceil(m_layout.contentHeight()
                         + TimelinePainter::legendHeight(fontMetrics(), m_layout, width)));
}

QRectF TimelineWidget::legendRect() const
{
    const double height = TimelinePainter::legendHeight(fontMetrics(), m_layout, width());
    double top = m_layout.contentHeight();
    // In a scroll area shorter than the lanes, at the bottom of what is in view.
    const QRect visible = visibleRegion().boundingRect();
    if (!visible.isEmpty()) {
        top = std::max(0.0, std::min(top, double(visible.bottom() + 1) - height));
    }
    return {0.0, top, double(width()), height};
}

void TimelineWidget::selectBackup(const QString &backupId)
{
    const int index = m_layout.indexOfMark(backupId);
    const QString id = index >= 0 ? backupId : QString();
    if (id == m_selectedId) {
        return;
    }
    m_selectedId = id;
    if (index >= 0) {
        m_current = index;
        ensureVisible(index);
        updateAccessibleText();
    }
    update();
}

void TimelineWidget::relayout()
{
    m_layout.relayout();
    update();
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelinePainter::State state;
    state.now = now();
    state.focusedMark = m_current;
    state.showFocus = hasFocus();
    state.selectedId = m_selectedId;
    state.palette = palette();
    state.legendTop = legendRect().top();
    painter.fillRect(rect(), palette().color(QPalette::Base));
    TimelinePainter::paint(painter, m_layout, state);
}

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    m_layout.setViewWidth(width());
    relayout();
    // The legend wraps to another row count: ask the scroll area for the new height.
    const int legend = heightForWidth(width());
    if (legend != m_legendHeight) {
        m_legendHeight = legend;
        updateGeometry();
    }
}

void TimelineWidget::zoomed(qint64 spanBefore)
{
    m_followNow = false;
    relayout();
    if (m_layout.scale().spanMs() != spanBefore) {
        Q_EMIT spanChanged(m_layout.scale().spanMs());
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        return event->ignore();
    }
    const double x = event->position().x() - m_layout.geometry().labelWidth;
    const qint64 before = m_layout.scale().spanMs();
    if (m_layout.scale().zoomAt(std::max(0.0, x), std::pow(1.25, steps))) {
        zoomed(before);
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return QWidget::mousePressEvent(event);
    }
    m_pressPos = event->position().toPoint();
    m_lastDragPos = m_pressPos;
    m_dragging = false;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < dragThreshold) {
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_layout.scale().panByPixels(pos.x() - m_lastDragPos.x());
    m_lastDragPos = pos;
    zoomed(m_layout.scale().spanMs());
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return QWidget::mouseReleaseEvent(event);
    }
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const int mark
        = legendRect().contains(event->position()) ? -1 : m_layout.markAt(event->position());
    if (mark < 0) {
        return;
    }
    setCurrentMark(mark);
    const TimelineMark &picked = m_layout.marks()[mark];
    if (picked.kind == TimelineMark::Kind::Backup) {
        selectBackup(picked.id);
        Q_EMIT backupClicked(picked.id);
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    using D = TimelineLayout::Direction;
    std::optional<D> direction;
    switch (event->key()) {
    case Qt::Key_Left:
        direction = D::Left;
        break;
    case Qt::Key_Right:
        direction = D::Right;
        break;
    case Qt::Key_Up:
        direction = D::Up;
        break;
    case Qt::Key_Down:
        direction = D::Down;
        break;
    case Qt::Key_Home:
        direction = D::First;
        break;
    case Qt::Key_End:
        direction = D::Last;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Minus: {
        const qint64 before = m_layout.scale().spanMs();
        m_layout.scale().zoomAt(m_layout.scale().width() / 2.0,
                                event->key() == Qt::Key_Plus ? 1.5 : 1.0 / 1.5);
        return zoomed(before);
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_layout.marks()[m_current].kind == TimelineMark::Kind::Backup) {
            selectBackup(currentMarkId());
            Q_EMIT backupClicked(currentMarkId());
        }
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    setCurrentMark(m_layout.neighbour(m_current, *direction));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::event(event);
}

void TimelineWidget::setCurrentMark(int index)
{
    if (index < 0 || index == m_current) {
        return;
    }
    m_current = index;
    ensureVisible(index);
    updateAccessibleText();
    update();
    Q_EMIT currentMarkChanged(currentMarkId());
}

void TimelineWidget::ensureVisible(int index)
{
    const double x = m_layout.marks()[index].center.x() - m_layout.geometry().labelWidth;
    const double margin = 30.0;
    const double width = m_layout.scale().width();
    if (x < margin) {
        m_layout.scale().panByPixels(width / 2.0 - x);
    } else if (x > width - margin) {
        m_layout.scale().panByPixels(width / 2.0 - x);
    } else {
        return;
    }
    zoomed(m_layout.scale().spanMs());
}

// Screen readers read the focused mark through the widget's description.
void TimelineWidget::updateAccessibleText()
{
    const QString text = m_current >= 0 ? TimelineText::accessibleName(m_layout, m_current)
                                        : tr("No backup focused");
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace bc::ui
