#pragma once

#include "models/history/timelinelayout.h"

#include <QDateTime>
#include <QPoint>
#include <QWidget>

#include <optional>

namespace bc::ui {

// The backup history of a project on a time axis: one lane per environment, a mark per backup
// (bar to its expiry), failed backups, restore arrows, retention bands and a "now" line. Wheel
// zooms (a day to a year), dragging pans, arrow keys move between marks.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // Shows `data` with `selectedEnvironment`'s lane first; keeps the zoom.
    void setData(const TimelineData &data, const QString &selectedEnvironment = {});
    // The current time for the "now" line and bands (tests, screenshots); invalid = the clock.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    // Shows the span with now inside it: the future to the right reaches the latest expiry of
    // the backups shown (at least a twentieth, at most a third of the span). Until the view is
    // panned or zoomed by hand, new data or a new now keep that placement.
    void showSpan(qint64 spanMs);
    // How much of the span showSpan puts after now.
    qint64 futureMs(qint64 spanMs) const;

    const TimelineLayout &layout() const { return m_layout; }
    QString selectedBackupId() const { return m_selectedId; }
    // The id of the mark that has the keyboard focus (backup or failed-backup activity).
    QString currentMarkId() const;
    QString toolTipAt(const QPoint &pos) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    // The lanes and the legend, which wraps to more rows when narrow.
    int heightForWidth(int width) const override;
    // Where the legend is drawn: below the lanes, or at the bottom of the part in view when the
    // widget is taller than its scroll area (the scroll area repaints it on scrolling).
    QRectF legendRect() const;

public Q_SLOTS:
    // A selection made elsewhere (the backups table); scrolls the mark into view. Unknown or
    // empty id: nothing is selected.
    void selectBackup(const QString &backupId);

Q_SIGNALS:
    // The user picked a backup mark (click, or Enter/Space on the focused mark).
    void backupClicked(const QString &backupId);
    // Keyboard focus moved to another mark.
    void currentMarkChanged(const QString &markId);
    // The visible span changed (zoom buttons, wheel, keys).
    void spanChanged(qint64 spanMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void setCurrentMark(int index);
    void ensureVisible(int index);
    void updateAccessibleText();
    void relayout();
    // A zoom or pan by hand: the view stops following now.
    void zoomed(qint64 spanBefore);

    TimelineLayout m_layout;
    std::optional<QDateTime> m_fixedNow;
    QString m_selectedId;
    int m_current = -1;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_followNow = true;
    int m_legendHeight = 0;
};

} // namespace bc::ui
