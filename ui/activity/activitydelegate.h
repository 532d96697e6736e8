#pragma once

#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

namespace bc::ui {

// Draws one activity of the feed: icon by type and result, the text, who and when, restore
// details, a progress bar while it runs, and its links (Restore, Undo restore, Log, Cancel), which
// it also makes clickable.
class ActivityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDelegate)

public:
    enum class Link { None, Restore, Undo, Log, Cancel };
    Q_ENUM(Link)

    explicit ActivityDelegate(QObject *parent = nullptr);
    ~ActivityDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The links the row offers, in display order.
    static QList<Link> links(const QModelIndex &index);
    static QString linkText(Link link);
    QList<QPair<Link, QRect>> linkRects(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const;
    // The "who · when" line as drawn in `option.rect` beside the links: when it does not fit,
    // who is shortened first, so that when stays in view.
    QString metaLine(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The narrowest row the delegate is drawn for (the feed is never narrower): room for a
    // German time ("vor 20 Stunden") beside the Restore and Log links.
    static constexpr int minimumWidth = 340;

Q_SIGNALS:
    void linkActivated(const QModelIndex &index, bc::ui::ActivityDelegate::Link link);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace bc::ui
