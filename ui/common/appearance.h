#pragma once

#include <QColor>
#include <QSize>

class QDialogButtonBox;
class QLabel;
class QPalette;
class QScrollArea;
class QWidget;

namespace bc::ui {

// Sizes a dialog to its content and to the screen it opens on: its layout's size hint, with the
// whole widget of `scroll` (Qt caps a scroll area's hint at 24 lines), never more than the
// screen's available area less a margin for the frame, nor wider than about 100 characters,
// never less than its minimum. `scroll`
// (if any) is made wide enough for its widget, so that only a vertical scroll bar may appear.
// Call once the dialog is built; the scroll area takes what does not fit.
void fitToScreen(QWidget *dialog, QScrollArea *scroll = nullptr);
// The largest a window may be on the screen of `widget`'s window (its parent's, for a dialog).
QSize screenRoom(const QWidget *widget);

// The colour of an error or a danger in text, readable on the palette's window colour (a dark
// red on a light palette, a light red on a dark one: WCAG 4.5:1 either way).
QColor dangerColour(const QPalette &palette);

// A label's text as a problem (bold, in dangerColour of its parent's palette) or as plain text.
// Call again on a palette change for the colour to follow.
void showAsProblem(QLabel *label, bool problem);

// A dialog's buttons without icons, whatever the desktop: on some, Qt gives its standard buttons
// (Cancel, Close, OK) the style's icons, and beside the console's own buttons (Restore, Copy),
// which have none, the row looks unfinished. Call once the box has all its buttons.
void plainButtons(QDialogButtonBox *box);

} // namespace bc::ui
