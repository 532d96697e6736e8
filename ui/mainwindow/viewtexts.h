#pragma once

namespace bc::ui {

class MainWindow;

// After a language switch: sets again the texts of the window's views that only set them once
// (the backup actions, the status bar) and makes the views ask their models
// for headers and cells anew.
void retranslateViews(MainWindow *window);

} // namespace bc::ui
