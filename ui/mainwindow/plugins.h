#pragma once

namespace bc::ui {

class MainWindow;

// Installs the features that plug into the window: the restore flow, the history views and
// the cron assistant, the retention editor. Each adds its own menus, tabs and connections.
void installPlugins(MainWindow *window);

} // namespace bc::ui
