#include "appearance.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace bc::ui {

QSize screenRoom(const QWidget *widget)
{
    const QWidget *anchor = widget->parentWidget() ? widget->parentWidget()->window() : widget;
    QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
    // The window's frame and title bar, and a little air around them.
    return screen->availableGeometry().size() - QSize(32, 56);
}

void fitToScreen(QWidget *dialog, QScrollArea *scroll)
{
    dialog->ensurePolished();
    if (scroll && scroll->widget()) {
        const int frame = 2 * scroll->frameWidth();
        const int bar = scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
        scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() + frame + bar);
    }
    QSize wanted = dialog->sizeHint();
    if (scroll && scroll->widget()) {
        const int frame = 2 * scroll->frameWidth();
        const int bar = scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
        const QSize content = scroll->widget()->sizeHint() + QSize(frame + bar, frame);
        const QSize shown = scroll->sizeHint();
        wanted += QSize(std::max(0, content.width() - shown.width()),
                        std::max(0, content.height() - shown.height()));
    }
    // Lines one reads at a glance (word-wrapped labels would take the whole screen's width).
    wanted.setWidth(std::min(wanted.width(), dialog->fontMetrics().averageCharWidth() * 100));
    dialog->resize(wanted.boundedTo(screenRoom(dialog)).expandedTo(dialog->minimumSizeHint()));
}

QColor dangerColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void showAsProblem(QLabel *label, bool problem)
{
    if (problem) {
        const QWidget *parent = label->parentWidget() ? label->parentWidget() : label;
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, dangerColour(parent->palette()));
        label->setPalette(palette);
    } else {
        label->setPalette(QPalette()); // inherits its parent's again
    }
    QFont font = label->font();
    font.setBold(problem);
    label->setFont(font);
}

void plainButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *button : box->buttons())
        button->setIcon(QIcon());
}

} // namespace bc::ui
