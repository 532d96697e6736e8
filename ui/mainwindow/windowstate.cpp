#include "windowstate.h"

#include "accounts/accountmanager.h"
#include "accounts/environmenttreeview.h"
#include "backups/backupsview.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "mainwindow.h"
#include "models/backuptablemodel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

namespace bc::ui {

WindowState::WindowState(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    ConsoleController *controller = window->controller();
    connect(controller->accounts(), &AccountManager::projectsLoaded, this,
            &WindowState::tryRestoreSelection);
    connect(controller->accounts(), &AccountManager::environmentsLoaded, this,
            &WindowState::tryRestoreSelection);
    connect(controller->backups(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_backup.isEmpty() || m_window->controller()->backups()->rowOf(m_backup) < 0)
            return;
        m_window->backupsView()->selectId(m_backup);
        m_backup.clear();
    });
}

WindowState::~WindowState() = default;

void WindowState::restore()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    m_window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_window->backupsView()->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("backupColumns")).toByteArray());
    m_window->treeView()->tree()->header()->restoreState(
        settings.value(QStringLiteral("treeColumns")).toByteArray());
    m_account = settings.value(QStringLiteral("account")).toString();
    m_project = settings.value(QStringLiteral("project")).toString();
    m_environment = settings.value(QStringLiteral("environment")).toString();
    m_backup = settings.value(QStringLiteral("backup")).toString();
    tryRestoreSelection();
}

void WindowState::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("state"), m_window->saveState());
    settings.setValue(QStringLiteral("backupColumns"),
                      m_window->backupsView()->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("treeColumns"),
                      m_window->treeView()->tree()->header()->saveState());
    const ConsoleController *controller = m_window->controller();
    const ConsoleContext *context = controller->context();
    settings.setValue(QStringLiteral("account"), controller->accountKey());
    settings.setValue(QStringLiteral("project"), context->projectId());
    settings.setValue(QStringLiteral("environment"),
                      context->environment() ? context->environment()->id : QString());
    settings.setValue(QStringLiteral("backup"), m_window->backupsView()->selectedId());
}

void WindowState::tryRestoreSelection()
{
    if (m_account.isEmpty())
        return;
    EnvironmentTreeView *tree = m_window->treeView();
    // Deepest level first; a project selection loads its environments, which calls us again.
    if (!m_environment.isEmpty() && tree->select(m_account, m_project, m_environment)) {
        m_account.clear();
        return;
    }
    if (!m_project.isEmpty() && tree->select(m_account, m_project, {})) {
        m_window->controller()->accounts()->loadEnvironments(m_account, m_project);
        if (m_environment.isEmpty())
            m_account.clear();
    }
}

} // namespace bc::ui
