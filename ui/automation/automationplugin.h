#pragma once

namespace bc::ui {

class MainWindow;

// Installs the cron assistant: "Backup cron job…" in the Tools menu, for the selected
// environment (see console-hooks.md).
void installAutomation(MainWindow *window);

} // namespace bc::ui
