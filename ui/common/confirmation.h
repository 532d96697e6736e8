#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace bc::ui {

// Asks a yes/no question without a nested event loop: a window-modal QMessageBox opened with
// open(); `onYes` runs when the user agrees. The box's object name is "confirmation", so tests
// find it and answer it.
void confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
             std::function<void()> onYes);

} // namespace bc::ui
