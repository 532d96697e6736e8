#include "plugins.h"

#include "mainwindow.h"
#include "ui/automation/automationplugin.h"
#include "ui/history/historyplugin.h"
#include "ui/restore/restoreplugin.h"
#include "ui/retention/retentionplugin.h"

#include <QMenu>

namespace bc::ui {

void installPlugins(MainWindow *window)
{
    installRestore(window);
    installHistory(window);
    installAutomation(window);
    installRetention(window);
    // Preferences closes the Tools menu, below what the features added.
    QMenu *tools = window->toolsMenu();
    tools->removeAction(window->preferencesAction());
    tools->addSeparator();
    tools->addAction(window->preferencesAction());
}

} // namespace bc::ui
