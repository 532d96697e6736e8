#include "clipcheck.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace bc::test {

namespace {

QString textOf(const QWidget *widget)
{
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    return {};
}

// Shown to the person: visible, and on a visible window.
bool shown(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

QString labelProblem(const QLabel *label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return {};
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            return QStringLiteral("wrapped text needs %1 px height, has %2")
                .arg(needed)
                .arg(label->height());
        return {};
    }
    const int needed = label->sizeHint().width();
    if (needed > label->width() + 1)
        return QStringLiteral("text needs %1 px, label is %2 px").arg(needed).arg(label->width());
    return {};
}

QString buttonProblem(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return {};
    const int needed = button->sizeHint().width();
    if (needed > button->width() + 1)
        return QStringLiteral("text needs %1 px, button is %2 px").arg(needed).arg(button->width());
    return {};
}

QString comboProblem(const QComboBox *combo)
{
    const QString text = combo->currentText();
    if (text.isEmpty())
        return {};
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = text;
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(text);
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > field.width() + 1)
        return QStringLiteral("text needs %1 px, its field is %2 px (combo %3 px)")
            .arg(needed)
            .arg(field.width())
            .arg(combo->width());
    return {};
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

// The colour the label is painted on: the first widget up the chain that fills its background.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace

QString describe(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u'#' + widget->objectName();
    QString text = textOf(widget).simplified();
    if (!text.isEmpty()) {
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        name += QStringLiteral(" \"%1\"").arg(text.size() > 50 ? text.left(49) + u'…' : text);
    }
    // The nearest named ancestor, to find it in the window.
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_")) {
            name += QStringLiteral(" in %1#%2")
                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            break;
        }
    }
    return name;
}

// Some buttons of the row with an icon, some without (Qt's standard ones get the style's icons
// on some desktops, the console's own have none).
static QString buttonRowProblem(QDialogButtonBox *box)
{
    QStringList with;
    QStringList without;
    for (QAbstractButton *button : box->buttons()) {
        if (button->isVisible())
            (button->icon().isNull() ? without : with).append(button->text());
    }
    if (with.isEmpty() || without.isEmpty())
        return {};
    return QStringLiteral("buttons with an icon (%1) beside buttons without (%2)")
        .arg(with.join(u", "), without.join(u", "));
}

QStringList clippedWidgets(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList found;
    for (QWidget *widget : std::as_const(widgets)) {
        if (!shown(widget))
            continue;
        QString problem;
        if (auto *label = qobject_cast<QLabel *>(widget))
            problem = labelProblem(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            problem = buttonProblem(button);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            problem = comboProblem(combo);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            found += clippedColumns(view);
        else if (auto *box = qobject_cast<QDialogButtonBox *>(widget))
            problem = buttonRowProblem(box);
        // A strip made to scroll sideways (History's year of days, opened on its end) says so
        // with the property "scrollsSideways"; any other scroll area must fit.
        else if (auto *area = qobject_cast<QScrollArea *>(widget); area
                 && area->horizontalScrollBar()->isVisible()
                 && !area->property("scrollsSideways").toBool())
            problem = QStringLiteral("scrolls sideways (content %1 px wider than the view)")
                          .arg(area->horizontalScrollBar()->maximum());
        if (!problem.isEmpty())
            found.append(describe(widget) + QStringLiteral(": ") + problem);
    }
    return found;
}

// A tree's names (the column of its branches) cut short in the rows on screen while another
// column takes room (when the names have the whole view, a long one is elided). A ColumnFitter
// keeps names whole up to its "wholeUpTo" width: a longer one may be cut.
static QStringList cutNames(QTreeView *tree, QHeaderView *header)
{
    int shownColumns = 0;
    for (int column = 0; column < header->count(); ++column)
        shownColumns += header->isSectionHidden(column) ? 0 : 1;
    const int column = header->logicalIndex(std::max(0, tree->treePosition()));
    const int wholeUpTo = tree->property("wholeUpTo").toInt();
    if (shownColumns < 2 || header->isSectionHidden(column)
        || (wholeUpTo > 0 && header->sectionSize(column) >= wholeUpTo))
        return {};
    QStringList cut;
    for (QModelIndex index = tree->indexAt(QPoint(1, 1)).siblingAtColumn(column); index.isValid();
         index = tree->indexBelow(index)) {
        const QRect rect = tree->visualRect(index);
        if (rect.top() >= tree->viewport()->height())
            break;
        const int needed = tree->sizeHintForIndex(index).width();
        if (rect.width() < needed)
            cut.append(QStringLiteral("\"%1\" %2 of %3 px")
                           .arg(index.data().toString())
                           .arg(rect.width())
                           .arg(needed));
    }
    if (cut.isEmpty())
        return {};
    return {QStringLiteral("%1: names cut: %2").arg(describe(tree), cut.join(u", "))};
}

QStringList clippedColumns(QAbstractItemView *view)
{
    QHeaderView *header = nullptr;
    if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->isHeaderHidden() ? nullptr : tree->header();
    else if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    if (!header || !header->isVisible() || !header->model()) {
        // A list: nothing of its rows behind a horizontal scroll bar.
        if (view->horizontalScrollBar()->isVisible())
            return {describe(view)
                    + QStringLiteral(": scrolls sideways (rows %1 px wider than the view)")
                          .arg(view->horizontalScrollBar()->maximum())};
        return {};
    }
    const QFontMetrics metrics(header->font());
    QStringList found;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text
            = header->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int needed = std::max(metrics.horizontalAdvance(text), header->minimumSectionSize());
        if (header->sectionSize(column) < needed)
            found.append(QStringLiteral("%1 column %2 \"%3\": %4 px, needs %5 px")
                             .arg(describe(view))
                             .arg(column)
                             .arg(text)
                             .arg(header->sectionSize(column))
                             .arg(needed));
    }
    if (auto *tree = qobject_cast<QTreeView *>(view))
        found += cutNames(tree, header);
    // The last columns out of sight behind a horizontal scroll bar.
    if (view->horizontalScrollBar()->isVisible())
        found.append(QStringLiteral("%1: scrolls sideways (content %2 px wider than the view)")
                         .arg(describe(view))
                         .arg(view->horizontalScrollBar()->maximum()));
    else if (header->length() > view->viewport()->width() + 1)
        found.append(QStringLiteral("%1: columns %2 px wide in a view of %3 px")
                         .arg(describe(view))
                         .arg(header->length())
                         .arg(view->viewport()->width()));
    return found;
}

QStringList oversized(QWidget *window, const QSize &screen)
{
    QStringList found;
    const QString where = QStringLiteral("%1×%2").arg(screen.width()).arg(screen.height());
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (needed.width() > screen.width() || needed.height() > screen.height())
        found.append(QStringLiteral("%1 needs at least %2×%3, more than the %4 screen")
                         .arg(describe(window))
                         .arg(needed.width())
                         .arg(needed.height())
                         .arg(where));
    // It opened on the screen there is: it must fit that one too.
    if (QScreen *real = window->screen()) {
        const QSize available = real->availableGeometry().size();
        const QSize size = window->size();
        if (size.width() > available.width() || size.height() > available.height())
            found.append(QStringLiteral("%1 opened at %2×%3, larger than its screen's %4×%5")
                             .arg(describe(window))
                             .arg(size.width())
                             .arg(size.height())
                             .arg(available.width())
                             .arg(available.height()));
    }
    return found;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList lowContrastLabels(QWidget *root, double minimum)
{
    static const QRegularExpression inlineColour(
        QStringLiteral("color\\s*[:=]\\s*\"?(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)"));
    QStringList found;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!shown(label) || !label->isEnabled() || label->text().isEmpty()
            || !label->pixmap().isNull())
            continue;
        const QColor background = backgroundOf(label);
        QList<QColor> colours{label->palette().color(label->foregroundRole())};
        for (const QRegularExpressionMatch &match : inlineColour.globalMatch(label->text()))
            colours.append(QColor::fromString(match.captured(1)));
        for (const QColor &colour : std::as_const(colours)) {
            if (!colour.isValid())
                continue;
            // A translucent text colour is seen blended with what is under it.
            const double alpha = colour.alphaF();
            const QColor seen = QColor::fromRgbF(
                float(colour.redF() * alpha + background.redF() * (1 - alpha)),
                float(colour.greenF() * alpha + background.greenF() * (1 - alpha)),
                float(colour.blueF() * alpha + background.blueF() * (1 - alpha)));
            const double ratio = contrastRatio(seen, background);
            if (ratio < minimum)
                found.append(QStringLiteral("%1: %2 on %3 is %4:1")
                                 .arg(describe(label), seen.name(), background.name())
                                 .arg(ratio, 0, 'f', 2));
        }
    }
    return found;
}

// A dark Fusion palette, as a dark desktop gives one.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x30, 0x30, 0x30);
    const QColor base(0x24, 0x24, 0x24);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace bc::test
