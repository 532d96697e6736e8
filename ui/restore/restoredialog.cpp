#include "restoredialog.h"

#include "client/apiclient.h"
#include "client/auditlog.h"
#include "common/appearance.h"
#include "contactsupportdialog.h"
#include "restoreform.h"
#include "restorerun.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bc::ui {

RestoreDialog::RestoreDialog(const RestoreSession &session, const Backup &backup, QObject *runOwner,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_runOwner(runOwner)
    , m_auditPath(AuditLog::defaultPath())
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore backup"));
    m_pages = new QStackedWidget(this);
    auto *formPage = new QWidget(m_pages);
    auto *scroll = new QScrollArea(formPage);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    // Its size hint is the whole form (not Qt's 24 lines): the dialog opens at the form's size
    // where the screen has room for it, and scrolls the form where it has not.
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_form = new RestoreForm(session, backup, scroll);
    // Always its full height, scrolled where the screen is short: squeezed to the viewport, its
    // sections would share the shortfall anew as the summary changes, and move while one types.
    m_form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    scroll->setWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, formPage);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    plainButtons(buttons);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAutoDefault(false);
    // The typed confirmation beside the button it unlocks, under the scrolled form: always in
    // sight, whatever the screen.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_form->confirmation(), 1);
    bottom->addWidget(buttons);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(scroll, 1);
    formLayout->addLayout(bottom);
    m_pages->addWidget(formPage);
    m_pages->addWidget(buildProgress());
    (new QVBoxLayout(this))->addWidget(m_pages);
    fitToScreen(this, scroll);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::startRun);
    connect(m_form, &RestoreForm::changed, this, &RestoreDialog::updateButton);
    connect(m_form, &RestoreForm::contactSupportRequested, this,
            &RestoreDialog::openContactSupport);
    updateButton();
}

RestoreDialog::~RestoreDialog() = default;

QWidget *RestoreDialog::buildProgress()
{
    auto *page = new QWidget(m_pages);
    m_stage = new QLabel(page);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progress"));
    // What history says of the step running; its own line, so the stage text never moves.
    m_time = new QLabel(page);
    m_time->setObjectName(QStringLiteral("stepTime"));
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    // A log is read as columns, like the backup dialog's and the log viewer's.
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(page);
    m_background = buttons->addButton(tr("Continue in background"), QDialogButtonBox::RejectRole);
    m_background->setObjectName(QStringLiteral("backgroundButton"));
    m_undo = buttons->addButton(tr("Undo restore"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    plainButtons(buttons);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_time);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    connect(m_background, &QPushButton::clicked, this, &QDialog::hide);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_undo, &QPushButton::clicked, this, &RestoreDialog::undoRestore);
    return page;
}

void RestoreDialog::updateButton()
{
    const QString why = m_form->blockingText();
    m_restore->setEnabled(why.isEmpty() && m_session.client);
    m_restore->setToolTip(why);
}

void RestoreDialog::startRun()
{
    if (!m_form->isReady() || !m_session.client || (m_run && !m_run->isFinished()))
        return;
    m_restore->setEnabled(false);
    m_run = new RestoreRun(m_session.client, m_form->plan(), m_runOwner ? m_runOwner.data() : this);
    m_run->setAuditLogPath(m_auditPath);
    m_run->setHistory(m_session.history);
    m_log->clear();
    m_progress->setValue(0);
    m_background->setVisible(true);
    m_undo->setVisible(false);
    m_close->setEnabled(false);
    connect(m_run, &RestoreRun::stageChanged, m_stage, &QLabel::setText);
    connect(m_run, &RestoreRun::timeChanged, m_time, &QLabel::setText);
    connect(m_run, &RestoreRun::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_run, &RestoreRun::lineReceived, m_log,
            [this](const LogLine &line) { m_log->appendPlainText(line.message); });
    connect(m_run, &RestoreRun::activityStarted, this, &RestoreDialog::activityStarted);
    connect(m_run, &RestoreRun::finished, this, &RestoreDialog::onRunFinished);
    m_pages->setCurrentIndex(1);
    Q_EMIT runCreated(m_run);
    m_run->start();
}

bool RestoreDialog::isRunning() const
{
    return m_run && !m_run->isFinished();
}

// Esc during a run: the run goes on in the background, as with "Continue in background".
void RestoreDialog::reject()
{
    if (isRunning()) {
        hide();
        return;
    }
    QDialog::reject();
}

// The close button during a run: hidden, not closed (closing would delete the dialog).
void RestoreDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        event->ignore();
        hide();
        return;
    }
    QDialog::closeEvent(event);
}

void RestoreDialog::onRunFinished(bool ok)
{
    m_close->setEnabled(true);
    m_background->setVisible(false);
    // Kept: the run's owner may delete the run now that it is over.
    m_safetyBackupId = ok ? m_run->safetyBackupId() : QString();
    m_undoTarget = m_run->plan().targetName();
    m_undo->setVisible(!m_safetyBackupId.isEmpty());
    Q_EMIT runFinished(ok);
    if (!m_run->restoreActivity().id.isEmpty())
        Q_EMIT restoreEnded(m_run->restoreActivity());
    // Sent to the background and done: nothing is left to show.
    if (!isVisible())
        deleteLater();
}

void RestoreDialog::undoRestore()
{
    if (m_safetyBackupId.isEmpty() || !m_session.findBackup)
        return;
    m_undo->setEnabled(false);
    m_session.findBackup(m_session.project.id, m_undoTarget, m_safetyBackupId, this,
                         [this](Result<Backup> result) {
                             m_undo->setEnabled(true);
                             if (!result.ok()) {
                                 m_stage->setText(result.error().describe());
                                 return;
                             }
                             m_form->setBackup(result.value());
                             m_pages->setCurrentIndex(0);
                             updateButton();
                             show();
                             Q_EMIT undoReady();
                         });
}

void RestoreDialog::openContactSupport()
{
    auto *dialog = new ContactSupportDialog(m_form->plan().input(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace bc::ui
