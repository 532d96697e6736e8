#pragma once

namespace bc::ui {

class MainWindow;

// Installs the retention editor: "Retention policy…" in the Tools menu (Ctrl+Shift+P), for
// the selected project.
void installRetention(MainWindow *window);

} // namespace bc::ui
