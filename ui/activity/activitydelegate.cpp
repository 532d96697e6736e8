#include "activitydelegate.h"

#include "models/activityfeedmodel.h"

#include <QApplication>
#include <QHash>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace bc::ui {

namespace {

constexpr int margin = 8;
constexpr int iconSize = 24;

// One QIcon per resource: building it from the file parsed the SVG again on every paint.
const QIcon &cachedIcon(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(name));
    return *it;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

} // namespace

ActivityDelegate::ActivityDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ActivityDelegate::~ActivityDelegate() = default;

QList<ActivityDelegate::Link> ActivityDelegate::links(const QModelIndex &index)
{
    QList<Link> result;
    if (index.data(ActivityFeedModel::CanRestoreRole).toBool())
        result.append(Link::Restore);
    if (index.data(ActivityFeedModel::CanUndoRole).toBool())
        result.append(Link::Undo);
    if (index.data(ActivityFeedModel::HasLogRole).toBool())
        result.append(Link::Log);
    if (index.data(ActivityFeedModel::CanCancelRole).toBool())
        result.append(Link::Cancel);
    return result;
}

QString ActivityDelegate::linkText(Link link)
{
    switch (link) {
    case Link::Restore:
        return tr("Restore");
    case Link::Undo:
        return tr("Undo restore");
    case Link::Log:
        return tr("Log");
    case Link::Cancel:
        return tr("Cancel");
    case Link::None:
        break;
    }
    return {};
}

QList<QPair<ActivityDelegate::Link, QRect>>
ActivityDelegate::linkRects(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QList<QPair<Link, QRect>> result;
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    // Links sit right-aligned on the "who · when" line.
    const int top = option.rect.top() + margin + lineHeight + 2;
    int right = option.rect.right() - margin;
    const QList<Link> all = links(index);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const int width = metrics.horizontalAdvance(linkText(*it));
        result.prepend({*it, QRect(right - width, top, width, lineHeight)});
        right -= width + 12;
    }
    return result;
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lineHeight = QFontMetrics(option.font).height();
    int lines = 2;
    if (!index.data(ActivityFeedModel::DetailsRole).toString().isEmpty())
        ++lines;
    int height = 2 * margin + lines * (lineHeight + 2);
    if (index.data(ActivityFeedModel::RunningRole).toBool()) {
        if (!index.data(ActivityFeedModel::ProgressTextRole).toString().isEmpty())
            height += lineHeight + 2;
        height += 10;
    }
    return {minimumWidth, qMax(height, iconSize + 2 * margin)};
}

QString ActivityDelegate::metaLine(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QRect rect = option.rect.adjusted(margin, margin, -margin, -margin);
    const int left = rect.left() + iconSize + margin;
    const auto rects = linkRects(option, index);
    const int linksLeft = rects.isEmpty() ? rect.right() : rects.constFirst().second.left() - 8;
    const int room = linksLeft - left;
    const QString who = index.data(ActivityFeedModel::WhoRole).toString();
    const QString when = index.data(ActivityFeedModel::WhenRole).toString();
    const QString meta = tr("%1 · %2").arg(who, when);
    if (metrics.horizontalAdvance(meta) <= room)
        return meta;
    // "Platform.sh · vor 2 Tagen": the actor gives way, down to its first letters.
    const int whoRoom = room - metrics.horizontalAdvance(tr("%1 · %2").arg(QString(), when));
    if (whoRoom >= metrics.horizontalAdvance(QStringLiteral("W…")))
        return tr("%1 · %2").arg(metrics.elidedText(who, Qt::ElideRight, whoRoom), when);
    return metrics.elidedText(when, Qt::ElideRight, room);
}

void ActivityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.65f);
    const QColor link = selected ? text : palette.color(QPalette::Link);

    const QRect rect = option.rect.adjusted(margin, margin, -margin, -margin);
    const QIcon &icon = cachedIcon(index.data(ActivityFeedModel::IconNameRole).toString());
    const QRect iconRect(rect.left(), rect.top(), iconSize, iconSize);
    if (selected) {
        // On the base colour: the blue backup icon vanished in a blue highlight.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(iconRect.adjusted(-2, -2, 2, 2), 5, 5);
    }
    icon.paint(painter, iconRect);

    const int left = rect.left() + iconSize + margin;
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    int y = rect.top();

    painter->setFont(boldFont(option.font));
    painter->setPen(text);
    const QString summary = index.data(Qt::DisplayRole).toString();
    painter->drawText(
        QRect(left, y, rect.right() - left, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font()).elidedText(summary, Qt::ElideRight, rect.right() - left));
    y += lineHeight + 2;

    const auto rects = linkRects(option, index);
    const int linksLeft = rects.isEmpty() ? rect.right() : rects.constFirst().second.left() - 8;
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QRect(left, y, linksLeft - left, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, metaLine(option, index));
    QFont underlined = option.font;
    underlined.setUnderline(true);
    painter->setFont(underlined);
    painter->setPen(link);
    for (const auto &[kind, area] : rects)
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, linkText(kind));
    painter->setFont(option.font);
    y += lineHeight + 2;

    const QString details = index.data(ActivityFeedModel::DetailsRole).toString();
    if (!details.isEmpty()) {
        painter->setPen(secondary);
        painter->drawText(QRect(left, y, rect.right() - left, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(details, Qt::ElideMiddle, rect.right() - left));
        y += lineHeight + 2;
    }
    if (index.data(ActivityFeedModel::RunningRole).toBool()) {
        // The phase and the time left: a line of its own under the "who · when" line.
        const QString progress = index.data(ActivityFeedModel::ProgressTextRole).toString();
        if (!progress.isEmpty()) {
            painter->setPen(secondary);
            painter->drawText(QRect(left, y, rect.right() - left, lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(progress, Qt::ElideRight, rect.right() - left));
            y += lineHeight + 2;
        }
        QStyleOptionProgressBar bar;
        bar.rect = QRect(left, y + 1, rect.right() - left, 7);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(ActivityFeedModel::ProgressRole).toInt();
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        bar.textVisible = false;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
    }
    painter->restore();
}

bool ActivityDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            for (const auto &[kind, area] : linkRects(option, index)) {
                if (area.adjusted(-3, -3, 3, 3).contains(mouse->position().toPoint())) {
                    Q_EMIT linkActivated(index, kind);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace bc::ui
