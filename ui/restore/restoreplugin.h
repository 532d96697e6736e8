#pragma once

namespace bc::ui {

class MainWindow;

// Plugs the restore flow into the window: the restore dialog for every restore request (backup
// row, feed link, Ctrl+R), "Undo restore" on the feed's restores that took a safety backup, the
// desktop notification when a restore ends, and "Support audit log…" in the Tools menu.
void installRestore(MainWindow *window);

} // namespace bc::ui
