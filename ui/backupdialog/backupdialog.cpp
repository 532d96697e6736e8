#include "backupdialog.h"

#include "client/activityprogress.h"
#include "client/timeformat.h"
#include "common/consolecontext.h"
#include "common/consolecontroller.h"
#include "models/actionjob.h"
#include "models/actionreasons.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/formatting.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bc::ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    QPalette palette = label->palette();
    QColor colour = palette.color(QPalette::WindowText);
    colour.setAlphaF(0.75f);
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    return label;
}

} // namespace

BackupDialog::BackupDialog(ConsoleController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_environment(controller->context()->environment())
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up environment"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages->addWidget(makeChoicePage());
    m_pages->addWidget(makeProgressPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &BackupDialog::tick);
    // The environment may turn busy, or the roles arrive, while the dialog is open.
    connect(controller->context(), &ConsoleContext::environmentChanged, this, [this] {
        if (m_job)
            return;
        m_environment = m_controller->context()->environment();
        refreshChoice();
    });
    connect(controller->context(), &ConsoleContext::accessChanged, this,
            &BackupDialog::refreshChoice);
    // The usual time comes from the feed's rows, which may arrive after the dialog opened.
    ActivityFeedModel *feed = controller->feed();
    connect(feed, &QAbstractItemModel::rowsInserted, this, &BackupDialog::refreshUsual);
    connect(feed, &QAbstractItemModel::modelReset, this, &BackupDialog::refreshUsual);
    connect(feed, &QAbstractItemModel::dataChanged, this, &BackupDialog::refreshUsual);
    refreshChoice();
    resize(560, sizeHint().height());
}

BackupDialog::~BackupDialog() = default;

QWidget *BackupDialog::makeChoicePage()
{
    auto *page = new QWidget(this);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("backupHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_warning = new QLabel(page);
    m_warning->setObjectName(QStringLiteral("productionWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("⚠ This is a production environment: a consistent backup pauses the live "
                          "site for 15 to 30 seconds."));
    m_lastBackup = new QLabel(page);
    m_quota = new QLabel(page);
    m_quota->setObjectName(QStringLiteral("quotaNote"));
    m_quota->setWordWrap(true);
    m_consistent = new QRadioButton(tr("&Consistent (recommended)"), page);
    m_consistent->setChecked(true);
    m_live = new QRadioButton(tr("&Live"), page);
    m_usual = new QLabel(page);
    m_usual->setObjectName(QStringLiteral("usualDuration"));
    m_usual->setWordWrap(true);
    m_blocked = new QLabel(page);
    m_blocked->setObjectName(QStringLiteral("blockedReason"));
    m_blocked->setWordWrap(true);
    m_start = new QPushButton(tr("&Back up now"), page);
    m_start->setObjectName(QStringLiteral("startBackup"));
    m_start->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_warning);
    layout->addWidget(m_lastBackup);
    layout->addSpacing(8);
    layout->addWidget(m_consistent);
    layout->addWidget(explanation(
        tr("The site pauses for 15 to 30 seconds while the data is copied. Requests are held, "
           "not dropped. Every service is captured at the same moment, so a restore is reliable. "
           "Best outside peak hours."),
        page));
    layout->addWidget(m_live);
    layout->addWidget(explanation(
        tr("No pause: the site keeps serving. Services are copied while they change, so the "
           "backup may be inconsistent and a restore from it is less reliable."),
        page));
    layout->addSpacing(8);
    layout->addWidget(m_usual);
    layout->addWidget(m_quota);
    layout->addWidget(m_blocked);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_consistent, &QRadioButton::toggled, this, &BackupDialog::refreshUsual);
    return page;
}

QWidget *BackupDialog::makeProgressPage()
{
    auto *page = new QWidget(this);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("backupState"));
    m_elapsed = new QLabel(page);
    m_phase = new QLabel(page);
    m_phase->setObjectName(QStringLiteral("backupPhase"));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_log = new QPlainTextEdit(page);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMinimumHeight(160);
    m_result = new QLineEdit(page);
    m_result->setObjectName(QStringLiteral("backupResultId"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("The new backup's ID appears here"));
    m_copy = new QPushButton(tr("Copy ID"), page);
    m_copy->setEnabled(false);
    m_background = new QPushButton(tr("Continue in &background"), page);
    m_background->setObjectName(QStringLiteral("continueInBackground"));
    m_close = new QPushButton(tr("Close"), page);
    m_close->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_elapsed);
    auto *result = new QHBoxLayout;
    result->addWidget(new QLabel(tr("Backup ID:"), page));
    result->addWidget(m_result, 1);
    result->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_background);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addLayout(result);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_result->text()); });
    // The job belongs to the controller: closing the dialog leaves it running.
    connect(m_background, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

QString BackupDialog::replacedBackupText() const
{
    const auto &retention = m_controller->context()->retention();
    if (!retention || !m_environment || !retention->byType.contains(m_environment->type))
        return {};
    const int quota = retention->byType.value(m_environment->type).manualCount;
    QList<Backup> manual;
    for (const Backup &b : m_controller->backups()->backups()) {
        if (!b.automated && b.status == QLatin1String("CREATED"))
            manual.append(b);
    }
    if (quota <= 0 || manual.size() < quota)
        return {};
    const auto oldest
        = std::min_element(manual.cbegin(), manual.cend(), [](const Backup &a, const Backup &b) {
              return a.createdAt < b.createdAt;
          });
    return tr("The manual quota of %1 backups is reached: this backup replaces %2, taken %3.")
        .arg(quota)
        .arg(oldest->id, Formatting::relative(oldest->createdAt));
}

void BackupDialog::refreshChoice()
{
    const auto &context = *m_controller->context();
    m_reason = ActionReasons::backup(m_environment, context.access());
    if (m_environment) {
        const QString title
            = m_environment->title.isEmpty() ? m_environment->name : m_environment->title;
        m_heading->setText(
            tr("<b>%1</b> · %2 of %3", "name · kind of environment of project")
                .arg(title.toHtmlEscaped(),
                     Formatting::environmentKind(m_environment->type).toHtmlEscaped(),
                     context.project() ? context.project()->title.toHtmlEscaped() : QString()));
        m_warning->setVisible(m_environment->type == QLatin1String("production"));
        m_lastBackup->setText(m_environment->lastBackupAt.isValid()
                                  ? tr("Last backup: %1 (%2)")
                                        .arg(Formatting::relative(m_environment->lastBackupAt),
                                             TimeFormat::shortForm(m_environment->lastBackupAt))
                                  : tr("Last backup: none yet"));
    }
    const QString replaced = replacedBackupText();
    // A warning like the production one: a backup of the quota goes.
    m_quota->setText(replaced.isEmpty() ? QString() : QStringLiteral("⚠ ") + replaced);
    m_quota->setVisible(!replaced.isEmpty());
    m_blocked->setText(m_reason.isEmpty() ? QString() : tr("Unavailable: %1").arg(m_reason));
    m_blocked->setVisible(!m_reason.isEmpty());
    m_start->setEnabled(m_reason.isEmpty());
    m_start->setToolTip(m_reason);
    refreshUsual();
}

void BackupDialog::refreshUsual()
{
    if (!m_environment) {
        m_usual->clear();
        m_usual->hide();
        return;
    }
    const bool consistent = m_consistent->isChecked();
    const auto usual
        = ActivityProgress::usualDuration(QStringLiteral("environment.backup"), m_environment->id,
                                          consistent, m_controller->feed()->activities());
    const QString text = !usual ? QString()
        : consistent            ? tr("A consistent backup of this environment usually takes ~%1.")
                           .arg(ActivityProgress::duration(*usual))
                     : tr("A live backup of this environment usually takes ~%1.")
                           .arg(ActivityProgress::duration(*usual));
    m_usual->setText(text);
    m_usual->setVisible(!text.isEmpty());
}

// The phase of the backup and its time left, from its log and the feed's history.
void BackupDialog::refreshProgress()
{
    const QString text = m_activity && !m_done
        ? ActivityProgress::line(*m_activity, m_logText, m_controller->feed()->activities(),
                                 QDateTime::currentDateTimeUtc())
        : QString();
    if (text == m_phase->text())
        return;
    m_phase->setText(text);
    Q_EMIT progressTextChanged(text);
}

void BackupDialog::start()
{
    // Disabled before anything else: a double click must not send a second request.
    m_start->setEnabled(false);
    if (m_job || !m_reason.isEmpty())
        return;
    m_job = m_controller->startBackup(m_consistent->isChecked());
    if (!m_job) {
        onFailed(ApiError::make(ApiError::Kind::NotAllowed, tr("No environment is selected.")));
        return;
    }
    m_pages->setCurrentIndex(1);
    m_state->setText(tr("Sending the request…"));
    m_clock.start();
    m_ticker.start();
    tick();
    connect(m_job, &ActionJob::accepted, this, &BackupDialog::onUpdated);
    connect(m_job, &ActionJob::updated, this, &BackupDialog::onUpdated);
    connect(m_job, &ActionJob::lineReceived, this, [this](const LogLine &line) {
        m_log->appendPlainText(line.message);
        m_logText += line.message + u'\n';
        refreshProgress();
    });
    connect(m_job, &ActionJob::finished, this, &BackupDialog::onFinished);
    connect(m_job, &ActionJob::failed, this, &BackupDialog::onFailed);
}

void BackupDialog::tick()
{
    m_elapsed->setText(tr("Elapsed: %1").arg(Formatting::duration(m_clock.elapsed() / 1000)));
    refreshProgress();
}

void BackupDialog::onUpdated(const Activity &activity)
{
    m_activity = activity;
    refreshProgress();
    m_progress->setValue(activity.completionPercent);
    m_state->setText(activity.state == QLatin1String("pending")
                         ? tr("Waiting to start…")
                         : tr("Backing up: %1%").arg(activity.completionPercent));
}

void BackupDialog::onFinished(const Activity &activity)
{
    m_done = true;
    m_activity = activity;
    m_ticker.stop();
    tick();
    m_progress->setValue(100);
    m_background->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    if (activity.isSuccess()) {
        m_state->setText(tr("Backup complete."));
        m_result->setText(activity.backupName());
        m_copy->setEnabled(!activity.backupName().isEmpty());
    } else {
        m_state->setText(activity.state == QLatin1String("cancelled") ? tr("Backup cancelled.")
                                                                      : tr("Backup failed."));
    }
}

void BackupDialog::onFailed(const ApiError &error)
{
    m_done = true;
    m_ticker.stop();
    refreshProgress();
    m_pages->setCurrentIndex(1);
    m_state->setText(tr("The backup could not be taken: %1").arg(error.describe()));
    m_background->setEnabled(false);
    m_close->setEnabled(true);
}

QString BackupDialog::resultId() const
{
    return m_result->text();
}

QString BackupDialog::stateText() const
{
    return m_state->text();
}

QString BackupDialog::usualText() const
{
    return m_usual->text();
}

QString BackupDialog::progressText() const
{
    return m_phase->text();
}

QString BackupDialog::logText() const
{
    return m_log->toPlainText();
}

} // namespace bc::ui
