#include "backupactions.h"

#include "backupdialog/backupdialog.h"
#include "backupsview.h"
#include "client/timeformat.h"
#include "common/confirmation.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "models/actionreasons.h"
#include "models/backupcsv.h"
#include "models/backuptablemodel.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QIcon>
#include <QStandardPaths>

namespace bc::ui {

BackupActions::BackupActions(ConsoleController *controller, BackupsView *view, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_view(view)
    , m_window(window)
    , m_backup(make(QStringLiteral("backup"), QKeySequence(Qt::CTRL | Qt::Key_B),
                    QStringLiteral("actionBackup")))
    , m_restore(make(QStringLiteral("restore"), QKeySequence(Qt::CTRL | Qt::Key_R),
                     QStringLiteral("actionRestore")))
    , m_delete(make(QStringLiteral("delete"), QKeySequence(QKeySequence::Delete),
                    QStringLiteral("actionDelete")))
    , m_refresh(make(QStringLiteral("refresh"), QKeySequence(QKeySequence::Refresh),
                     QStringLiteral("actionRefresh")))
    , m_copyId(make(QStringLiteral("copy"), QKeySequence(QKeySequence::Copy),
                    QStringLiteral("actionCopyId")))
    , m_export(make(QStringLiteral("export"), QKeySequence(), QStringLiteral("actionExportCsv")))
{
    // Copy and Delete act on the table: their keys must not steal Ctrl+C and Del from text fields.
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_copyId);
    view->addAction(m_delete);
    view->setContextActions({m_restore, m_delete, m_copyId, m_backup, m_refresh});

    connect(m_backup, &QAction::triggered, this, &BackupActions::openBackupDialog);
    connect(m_restore, &QAction::triggered, this, [this] {
        if (const auto backup = m_view->selectedBackup())
            m_controller->context()->requestRestore(*backup);
    });
    connect(m_delete, &QAction::triggered, this, &BackupActions::confirmDelete);
    connect(m_refresh, &QAction::triggered, controller, &ConsoleController::refresh);
    connect(m_copyId, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_view->selectedId()); });
    connect(m_export, &QAction::triggered, this, &BackupActions::exportToFile);

    ConsoleContext *context = controller->context();
    for (auto signal : {&ConsoleContext::environmentChanged, &ConsoleContext::accessChanged,
                        &ConsoleContext::projectChanged})
        connect(context, signal, this, &BackupActions::update);
    connect(view, &BackupsView::selectionChanged, this, &BackupActions::update);
    connect(controller->backups(), &QAbstractItemModel::dataChanged, this, &BackupActions::update);
    connect(controller->backups(), &QAbstractItemModel::rowsInserted, this, &BackupActions::update);
    connect(controller->backups(), &QAbstractItemModel::rowsRemoved, this, &BackupActions::update);
    retranslate();
}

BackupActions::~BackupActions() = default;

QList<QAction *> BackupActions::all() const
{
    return {m_backup, m_restore, m_delete, m_refresh, m_copyId, m_export};
}

QAction *BackupActions::make(const QString &icon, const QKeySequence &shortcut, const QString &name)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), QString(), this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

void BackupActions::retranslate()
{
    m_backup->setText(tr("&Back up…"));
    m_restore->setText(tr("&Restore…"));
    m_delete->setText(tr("&Delete backup…"));
    m_refresh->setText(tr("Re&fresh"));
    m_copyId->setText(tr("&Copy ID"));
    m_export->setText(tr("&Export backups as CSV…"));
    update(); // tooltips and status tips
}

void BackupActions::setState(QAction *action, const QString &reason, const QString &help)
{
    action->setEnabled(reason.isEmpty());
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    const QString base = keys.isEmpty() ? help : tr("%1 (%2)").arg(help, keys);
    action->setToolTip(reason.isEmpty() ? base : tr("%1 — unavailable: %2").arg(base, reason));
    action->setStatusTip(reason.isEmpty() ? help : reason);
}

void BackupActions::update()
{
    const ConsoleContext &context = *m_controller->context();
    const auto backup = m_view->selectedBackup();
    const QString type = context.environment() ? context.environment()->type : QString();
    const bool hasClient = context.client() != nullptr;
    setState(m_backup, ActionReasons::backup(context.environment(), context.access()),
             tr("Take a backup of the selected environment"));
    setState(m_restore, ActionReasons::restore(backup, type, context.access()),
             tr("Restore the selected backup"));
    setState(m_delete, ActionReasons::deleteBackup(backup, type, context.access()),
             tr("Delete the selected backup"));
    setState(m_refresh, hasClient ? QString() : tr("Sign in first."), tr("Reload from the server"));
    setState(m_copyId, m_view->selectedId().isEmpty() ? tr("Select a backup first.") : QString(),
             tr("Copy the selected backup's ID"));
    setState(m_export,
             m_controller->backups()->rowCount() == 0 ? tr("There are no backups to export.")
                                                      : QString(),
             tr("Save the backups of this environment as a CSV file"));
}

void BackupActions::openBackupDialog()
{
    auto *dialog = new BackupDialog(m_controller, m_window);
    dialog->open();
}

void BackupActions::confirmDelete()
{
    const auto backup = m_view->selectedBackup();
    if (!backup)
        return;
    confirm(m_window, tr("Delete backup"),
            tr("Delete backup %1 of %2, taken %3? This cannot be undone.")
                .arg(backup->id, backup->environment, TimeFormat::shortForm(backup->createdAt)),
            tr("Delete"),
            [controller = m_controller, b = *backup] { controller->deleteBackup(b); });
}

void BackupActions::exportToFile()
{
    const ConsoleContext &context = *m_controller->context();
    const QString name = QStringLiteral("%1-%2-backups.csv")
                             .arg(context.projectId(),
                                  context.environment() ? context.environment()->name : QString());
    auto *dialog = new QFileDialog(
        m_window, tr("Export backups as CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name,
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Backup> backups = m_controller->backups()->backups();
    connect(dialog, &QFileDialog::fileSelected, this, [this, backups](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(BackupCsv::write(backups)) < 0) {
            m_controller->context()->reportProblem(tr("Exporting failed: %1").arg(path),
                                                   file.errorString());
        }
    });
    dialog->open();
}

} // namespace bc::ui
