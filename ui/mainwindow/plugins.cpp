#include "plugins.h"

#include "ui/automation/automationplugin.h"
#include "ui/history/historyplugin.h"
#include "ui/restore/restoreplugin.h"

namespace bc::ui {

void installPlugins(MainWindow *window)
{
    installRestore(window);
    installHistory(window);
    installAutomation(window);
}

} // namespace bc::ui
