#include "retentionplugin.h"

#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "mainwindow/mainwindow.h"
#include "retentioneditordialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace bc::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bc::ui::RetentionPlugin)
};

// Only project administrators may change settings (the service's rule); the project-level
// role comes with the project list, the per-type roles are the fallback.
bool isProjectAdmin(const ConsoleContext &context)
{
    if (const auto &project = context.project(); project && !project->permissions.isEmpty())
        return project->permissions.contains(QLatin1String("admin"));
    const auto &access = context.access();
    return access && access->isAdminFor(QStringLiteral("production"))
        && access->isAdminFor(QStringLiteral("staging"))
        && access->isAdminFor(QStringLiteral("development"));
}

void openEditor(MainWindow *window, ConsoleContext *context)
{
    const auto &project = context->project();
    if (!project || !context->client())
        return;
    RetentionSession session;
    session.client = context->client();
    session.projectId = project->id;
    session.projectTitle = project->title;
    session.environments = context->environments();
    if (const auto &environment = context->environment())
        session.preferredEnvironment = environment->id;
    session.admin = isProjectAdmin(*context);
    auto *dialog = new RetentionEditorDialog(session, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A saved policy changes what the console knows (the backups' fate): reload it.
    QObject::connect(dialog->loader(), &RetentionLoader::saved, context,
                     &ConsoleContext::requestRefresh);
    dialog->open();
}

} // namespace

void installRetention(MainWindow *window)
{
    ConsoleContext *context = window->controller()->context();
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("retentionEditorAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const auto update = [action, context] {
        action->setEnabled(context->project().has_value() && !context->environments().isEmpty());
    };
    update();
    QObject::connect(context, &ConsoleContext::projectChanged, action, update);
    QObject::connect(context, &ConsoleContext::environmentsChanged, action, update);
    QObject::connect(action, &QAction::triggered, window,
                     [window, context] { openEditor(window, context); });
    window->toolsMenu()->addAction(action);

    const auto retranslate = [action] {
        action->setText(Tr::tr("&Retention policy…"));
    };
    retranslate();
    QObject::connect(window, &MainWindow::languageChanged, action, retranslate);
}

} // namespace bc::ui
