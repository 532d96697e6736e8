#pragma once

#include "models/history/calendargrid.h"

#include <QDate>
#include <QHash>
#include <QWidget>

namespace bc::ui {

// Successful backups per day over the last year, as a grid of days (a week per column). Days
// without a backup stay visibly empty; hover tells the count.
class CalendarHeatmapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarHeatmapWidget)

public:
    explicit CalendarHeatmapWidget(QWidget *parent = nullptr);
    ~CalendarHeatmapWidget() override;

    // Counts per local day (CalendarGrid::countPerDay); the year ends on lastDay.
    void setCounts(const QHash<QDate, int> &counts, const QDate &lastDay = QDate::currentDate());
    void setTitle(const QString &title);
    // Whether the widget paints its title and the count of empty days above the grid (on by
    // default); off where a label outside a scroll area shows them.
    void setCaptionShown(bool shown);
    int count(const QDate &day) const { return m_counts.value(day); }
    const CalendarGrid &grid() const { return m_grid; }
    // The day under pos, or an invalid date.
    QDate dayAt(const QPoint &pos) const;
    QString toolTipAt(const QPoint &pos) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cellRect(int column, int row) const;
    double top() const;
    static QColor levelColour(int level);

    CalendarGrid m_grid;
    QHash<QDate, int> m_counts;
    QString m_title;
    bool m_captionShown = true;
};

} // namespace bc::ui
