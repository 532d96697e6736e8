#pragma once

#include <QHash>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace bc::ui {

// Fits the columns of a view to its width: each column has a priority (0 first) and a minimum
// (never below its header's text). When the view is too narrow for every minimum, the columns of
// lowest priority hide first; they come back when it grows. The stretch column takes what is left.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    ColumnFitter(QAbstractItemView *view, QHeaderView *header);
    ~ColumnFitter() override;

    // minimum: at least this many pixels, and never less than the header's text needs.
    // wholeUpTo: the columns after this one show only while it keeps its whole content, up to
    // this many pixels (a tree's names before their status); it still narrows to its minimum
    // when it is the only one left.
    void setColumn(int column, int priority, int minimum = 0, int wholeUpTo = 0);
    void setStretchColumn(int column) { m_stretch = column; }
    // Fits now (also done by itself on resizes, new rows and language changes).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int SampledRows = 30;
    struct Column
    {
        int priority = 0;
        int minimum = 0;
        int wholeUpTo = 0;
    };
    int headerWidth(int column) const;
    int contentWidth(int column) const;
    void schedule();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    // Compared by address only in eventFilter(): the filter also sees the events a view's
    // children send while the view is being destroyed, when no member of it may be called.
    QObject *m_viewport;
    QHash<int, Column> m_columns;
    int m_stretch = -1;
    bool m_scheduled = false;
    bool m_fitting = false;
};

} // namespace bc::ui
