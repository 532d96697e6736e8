#pragma once

namespace bc::ui {

class MainWindow;

// Adds the History tab beside the backups table (kept in step with its selection) and
// "Fleet board…" to the View menu. Called once by the window's plug-in loader.
void installHistory(MainWindow *window);

} // namespace bc::ui
