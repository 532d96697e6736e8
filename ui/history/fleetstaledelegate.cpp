#include "fleetstaledelegate.h"

#include "models/history/fleetboardmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace bc::ui {

FleetStaleDelegate::~FleetStaleDelegate() = default;

void FleetStaleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // 0 good, 1 warning, 2 bad: the stale badge knows two, the compliance badge three.
    const int level = index.column() == FleetBoardModel::Compliance
        ? index.data(FleetBoardModel::ComplianceRole).toInt()
        : (index.data(FleetBoardModel::StaleRole).toBool() ? 2 : 0);
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(level > 0);
    const QFontMetrics metrics(font);
    const QRect pill(option.rect.left() + 6, option.rect.center().y() - metrics.height() / 2 - 1,
                     metrics.horizontalAdvance(text) + 16, metrics.height() + 2);
    const QColor fills[]
        = {QColor(0xe3, 0xf2, 0xe5), QColor(0xff, 0xe0, 0x82), QColor(0xc6, 0x28, 0x28)};
    const QColor texts[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x5d, 0x40, 0x00), QColor(Qt::white)};
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fills[std::clamp(level, 0, 2)]);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(font);
    painter->setPen(texts[std::clamp(level, 0, 2)]);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize FleetStaleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 28;
    size.rheight() = std::max(size.height(), option.fontMetrics.height() + 8);
    return size;
}

} // namespace bc::ui
