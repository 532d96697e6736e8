#include "automationplugin.h"

#include "automation/cronassistantdialog.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace bc::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bc::ui::AutomationPlugin)
};

void openAssistant(MainWindow *window, ConsoleController *controller)
{
    ConsoleContext *context = controller->context();
    if (!context->environment())
        return;
    auto *dialog = new CronAssistantDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(context->projectId(), context->environment()->name);
    dialog->setBusyHours(window->preferences().busyStart, window->preferences().busyEnd);
    if (context->account().preset == Account::Preset::Upsun)
        dialog->setFlavour(BackupCronJob::Flavour::Upsun);
    // The project's zone comes with the full project object; UTC until it arrives.
    controller->loadProject(dialog, [dialog](Result<Project> project) {
        if (project.ok() && !project->timezone.isEmpty())
            dialog->setProjectTimeZone(QTimeZone(project->timezone.toUtf8()));
    });
    dialog->open();
}

} // namespace

void installAutomation(MainWindow *window)
{
    ConsoleController *controller = window->controller();
    ConsoleContext *context = controller->context();
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("cronAssistantAction"));
    action->setEnabled(context->environment().has_value());
    QObject::connect(context, &ConsoleContext::environmentChanged, action,
                     [action, context] { action->setEnabled(context->environment().has_value()); });
    QObject::connect(action, &QAction::triggered, window,
                     [window, controller] { openAssistant(window, controller); });
    window->toolsMenu()->addAction(action);

    const auto retranslate = [action] {
        action->setText(Tr::tr("Backup &cron job…"));
    };
    retranslate();
    QObject::connect(window, &MainWindow::languageChanged, action, retranslate);
}

} // namespace bc::ui
