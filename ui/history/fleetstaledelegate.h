#pragma once

#include <QStyledItemDelegate>

namespace bc::ui {

// The fleet board's status and compliance columns as badges: a red pill ("Stale", "Failing"),
// an amber one ("Warning") or a quiet green "OK".
class FleetStaleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetStaleDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~FleetStaleDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bc::ui
