#pragma once

// What a person would see cut off in a window, found from its widgets (no pixel guessing), and
// the WCAG contrast of its text. Each finding names the widget (class, objectName, text) so a
// developer can find it. Used by tst_polish_screenshots.

#include <QColor>
#include <QPalette>
#include <QSize>
#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace bc::test {

// The visible widgets under `root` (itself included) whose text does not fit:
// - a QLabel, not word-wrapped, whose text is wider than its contents rect (a deliberately elided
//   label sets its text to the elided form, which then fits);
// - a word-wrapped QLabel whose wrapped text is taller than the label;
// - a button, check box or radio button narrower than its text needs;
// - a combo box narrower than its current item's text needs;
// - a table or tree column narrower than its header's text (or the header's minimum section),
//   or columns wider together than their view (the last ones behind a scroll bar);
// - a list, a table, a tree or a scroll area that scrolls sideways;
// - a tree's names (its branch column) cut short in the rows on screen beside another column;
// - a dialog's row of buttons where some have an icon and some have none.
QStringList clippedWidgets(QWidget *root);
// The columns of one view (as above), for a view that is on screen.
QStringList clippedColumns(QAbstractItemView *view);
// A top-level window needing more than the screen it is meant for, or opened larger than the
// screen it is on.
QStringList oversized(QWidget *window, const QSize &screen);

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// Enabled labels under `root` whose text (palette foreground, and any colour set in rich text)
// has less than `minimum` contrast against the background they are drawn on.
QStringList lowContrastLabels(QWidget *root, double minimum = 4.5);

// A dark Fusion palette, as a dark desktop gives one.
QPalette darkPalette();

// "QLabel#summary \"Backup abc…\"": how a finding names a widget.
QString describe(const QWidget *widget);

} // namespace bc::test
