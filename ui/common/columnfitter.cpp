#include "columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

namespace bc::ui {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_viewport(view->viewport())
{
    // The fitter owns the widths; the user may still drag a column until the next fit.
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    // A content width is measured on the rows in sight and this many more, not on the first
    // 1,000 (Qt's default): on 5,000 backups that took 100-200 ms of the GUI thread per fit.
    m_header->setResizeContentsPrecision(SampledRows);
    m_viewport->installEventFilter(this);
    m_view->installEventFilter(this);
    QAbstractItemModel *model = m_header->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::schedule);
}

ColumnFitter::~ColumnFitter() = default;

void ColumnFitter::setColumn(int column, int priority, int minimum, int wholeUpTo)
{
    m_columns.insert(column, Column{priority, minimum, wholeUpTo});
    if (wholeUpTo > 0) // for the layout checks of tst_polish_screenshots
        m_view->setProperty("wholeUpTo", wholeUpTo);
    schedule();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((watched == m_viewport && type == QEvent::Resize)
        || (watched == m_view
            && (type == QEvent::LanguageChange || type == QEvent::FontChange
                || type == QEvent::StyleChange || type == QEvent::Show)))
        schedule();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ColumnFitter::fit, Qt::QueuedConnection);
}

int ColumnFitter::headerWidth(int column) const
{
    // What QHeaderView::sectionSizeFromContents() measures, also for a hidden section.
    QStyleOptionHeader option;
    option.initFrom(m_header);
    option.state |= QStyle::State_Raised;
    option.orientation = Qt::Horizontal;
    option.section = column;
    option.text = m_header->model()->headerData(column, Qt::Horizontal).toString();
    option.fontMetrics = QFontMetrics(m_header->font());
    if (m_header->isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    const QSize size
        = m_header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, {}, m_header);
    // The text itself, whatever the style's margins.
    return std::max(size.width(), option.fontMetrics.horizontalAdvance(option.text) + 8);
}

int ColumnFitter::contentWidth(int column) const
{
    return std::max(0, m_view->sizeHintForColumn(column));
}

void ColumnFitter::fit()
{
    m_scheduled = false;
    const int available = m_view->viewport()->width();
    const int count = m_header->count();
    if (m_fitting || available <= 0 || count == 0)
        return;
    m_fitting = true;
    struct Wanted
    {
        int column;
        int priority;
        int minimum;
        int desired;
        int whole; // what it keeps before the next columns show
        int width = 0;
    };
    QList<Wanted> wanted;
    for (int column = 0; column < count; ++column) {
        // Columns not named come last, in their order.
        const Column c = m_columns.value(column, Column{1000 + column, 0});
        const int minimum = std::max(headerWidth(column), c.minimum);
        const int desired = std::max(minimum, contentWidth(column));
        wanted.append({column, c.priority, minimum, desired,
                       std::max(minimum, std::min(desired, c.wholeUpTo))});
    }
    std::stable_sort(wanted.begin(), wanted.end(),
                     [](const Wanted &a, const Wanted &b) { return a.priority < b.priority; });
    // The most important columns, as long as the next one fits in its minimum beside the ones
    // before it at their whole width (the stretch column at its minimum: it gives way first);
    // the first one always.
    int shown = 0;
    int committed = 0;
    while (shown < wanted.size()
           && (shown == 0 || committed + wanted.at(shown).minimum <= available)) {
        const Wanted &w = wanted.at(shown);
        committed += w.column == m_stretch ? w.whole : w.desired;
        ++shown;
    }
    int total = 0;
    for (int i = 0; i < shown; ++i) {
        wanted[i].width = wanted.at(i).desired;
        total += wanted.at(i).desired;
    }
    // Too wide: the stretch column gives up what it has above its minimum, then the least
    // important columns do, so the first ones stay whole as long as possible.
    const auto giveUp = [&total, available](Wanted &w) {
        const int given = std::max(0, std::min(w.width - w.minimum, total - available));
        w.width -= given;
        total -= given;
    };
    for (int i = 0; i < shown; ++i) {
        if (wanted.at(i).column == m_stretch)
            giveUp(wanted[i]);
    }
    for (int i = shown - 1; i >= 0 && total > available; --i)
        giveUp(wanted[i]);
    const int left = available - total;
    if (left > 0) {
        const auto stretch
            = std::find_if(wanted.begin(), wanted.begin() + shown,
                           [this](const Wanted &w) { return w.column == m_stretch; });
        if (stretch != wanted.begin() + shown) {
            stretch->width += left;
        } else {
            for (int i = 0; i < shown; ++i)
                wanted[i].width += left / shown + (i < left % shown ? 1 : 0);
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const Wanted &w = wanted.at(i);
        m_header->setSectionHidden(w.column, i >= shown);
        if (i < shown)
            m_header->resizeSection(w.column, w.width);
    }
    m_fitting = false;
}

} // namespace bc::ui
