#include "restorelauncher.h"

#include "auditwindow.h"
#include "client/apiclient.h"
#include "client/restoreundo.h"
#include "common/consolecontext.h"
#include "restoredialog.h"
#include "restorerun.h"
#include "restoresession.h"

#include <memory>
#include <utility>

namespace bc::ui {

namespace {

RestoreSession sessionOf(const ConsoleContext &context)
{
    RestoreSession session;
    session.client = context.client();
    session.user = context.user();
    if (const auto &ref = context.project()) {
        session.project.id = ref->id;
        session.project.title = ref->title;
        session.project.region = ref->region;
    }
    session.environments = context.environments();
    if (const auto &access = context.access())
        session.access = *access;
    return session;
}

} // namespace

RestoreLauncher::RestoreLauncher(ConsoleContext *context, QWidget *window)
    : QObject(context)
    , m_context(context)
    , m_window(window)
{
    connect(context, &ConsoleContext::restoreRequested, this,
            [this](const Backup &backup) { openRestore(backup); });
}

RestoreLauncher::~RestoreLauncher() = default;

RestoreDialog *RestoreLauncher::openRestore(const Backup &backup)
{
    RestoreSession session = sessionOf(*m_context);
    if (m_history)
        session.history = m_history();
    session.findBackup = m_findBackup;
    auto *dialog = new RestoreDialog(session, backup, this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::runCreated, this, &RestoreLauncher::follow);
    dialog->open();
    return dialog;
}

// The run, not its dialog, carries the results: the dialog may be gone (Esc, closed) long before
// the run ends. The launcher tells the console and deletes the run once it is over.
void RestoreLauncher::follow(RestoreRun *run)
{
    connect(run, &RestoreRun::activityStarted, m_context, &ConsoleContext::announceActivity);
    connect(run, &RestoreRun::storageFailed, m_context,
            [this](const QString &what, const ApiError &error) {
                m_context->reportError(what, error);
            });
    // A run may start two activities (the safety backup, then the restore): it counts once.
    auto counted = std::make_shared<bool>(false);
    connect(run, &RestoreRun::activityStarted, this, [this, counted] {
        if (!std::exchange(*counted, true))
            Q_EMIT runStarted();
    });
    connect(run, &RestoreRun::finished, this, [this, run, counted] {
        if (std::exchange(*counted, false))
            Q_EMIT runEnded();
        if (!run->restoreActivity().id.isEmpty())
            Q_EMIT restoreFinished(run->restoreActivity());
        m_context->requestRefresh();
        run->deleteLater();
    });
}

bool RestoreLauncher::canUndo(const Activity &restore) const
{
    return restore.type == QLatin1String("environment.restore") && restore.isSuccess()
        && RestoreUndoStore().find(restore.project, restore.id).has_value();
}

void RestoreLauncher::undoRestore(const Activity &restore)
{
    const std::optional<RestoreUndo> undo = RestoreUndoStore().find(restore.project, restore.id);
    if (!undo || !m_findBackup)
        return;
    m_findBackup(undo->project, undo->environment, undo->backupId, this,
                 [this](Result<Backup> result) {
                     if (!result.ok()) {
                         m_context->reportError(tr("Undo restore"), result.error());
                         return;
                     }
                     openRestore(result.value());
                 });
}

void RestoreLauncher::showAuditWindow()
{
    if (!m_audit) {
        m_audit = new AuditWindow(AuditLog::defaultPath(), m_window);
        m_audit->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_audit->reload();
    m_audit->show();
    m_audit->raise();
}

} // namespace bc::ui
