#include "cronassistantdialog.h"

#include "common/appearance.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bc::ui {

namespace {
constexpr int RunCount = 5;
const QString TimeFormat = QStringLiteral("ddd yyyy-MM-dd HH:mm");
} // namespace

CronAssistantDialog::CronAssistantDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cronAssistant"));
    setWindowTitle(tr("Backup cron job"));
    buildUi();
    refresh();
    refreshDrill();
}

CronAssistantDialog::~CronAssistantDialog() = default;

void CronAssistantDialog::buildUi()
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);

    m_time = new QTimeEdit(QTime(5, 0), this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_spec = new QLineEdit(m_job.spec, this);
    m_spec->setObjectName(QStringLiteral("spec"));
    m_consistent = new QRadioButton(tr("Consistent (pauses the site briefly)"), this);
    m_consistent->setObjectName(QStringLiteral("consistent"));
    m_consistent->setChecked(true);
    m_live = new QRadioButton(tr("Live (no pause, may be less consistent)"), this);
    m_live->setObjectName(QStringLiteral("live"));
    m_productionOnly
        = new QCheckBox(tr("Production only (guard on PLATFORM_ENVIRONMENT_TYPE)"), this);
    m_productionOnly->setObjectName(QStringLiteral("productionOnly"));
    m_productionOnly->setChecked(true);
    m_flavour = new QComboBox(this);
    m_flavour->setObjectName(QStringLiteral("flavour"));
    m_flavour->addItem(BackupCronJob::fileName(BackupCronJob::Flavour::PlatformSh));
    m_flavour->addItem(BackupCronJob::fileName(BackupCronJob::Flavour::Upsun));
    m_appName = new QLineEdit(m_job.appName, this);
    m_appName->setObjectName(QStringLiteral("appName"));
    m_busyStart = new QTimeEdit(m_job.busyStart, this);
    m_busyEnd = new QTimeEdit(m_job.busyEnd, this);
    m_busyStart->setObjectName(QStringLiteral("busyStart"));
    m_busyEnd->setObjectName(QStringLiteral("busyEnd"));
    for (QTimeEdit *edit : {m_busyStart, m_busyEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));

    auto *kind = new QVBoxLayout;
    kind->addWidget(m_consistent);
    kind->addWidget(m_live);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_busyStart);
    busy->addWidget(new QLabel(tr("to"), this));
    busy->addWidget(m_busyEnd);
    busy->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Time of day (UTC):"), m_time);
    form->addRow(tr("Cron schedule:"), m_spec);
    form->addRow(tr("Backup:"), kind);
    form->addRow(QString(), m_productionOnly);
    form->addRow(tr("Configuration file:"), m_flavour);
    form->addRow(tr("Application name:"), m_appName);
    form->addRow(tr("Busy hours (project time):"), busy);

    m_runs = new QTreeWidget(this);
    m_runs->setObjectName(QStringLiteral("nextRuns"));
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels({tr("Next run (UTC)"), tr("Project time")});
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->setMaximumHeight(m_runs->sizeHintForRow(0) * (RunCount + 2) + 40);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_yaml = new QPlainTextEdit(this);
    m_yaml->setObjectName(QStringLiteral("yaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("reminder"));
    m_reminder->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    plainButtons(buttons);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_tabs->currentIndex() == 0 ? yaml() : drillText());
    });

    auto *backupPage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(backupPage);
    pageLayout->addWidget(m_title);
    pageLayout->addLayout(form);
    pageLayout->addWidget(m_runs);
    pageLayout->addWidget(m_warnings);
    pageLayout->addWidget(m_yaml, 1);
    pageLayout->addWidget(m_reminder);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cronTabs"));
    m_tabs->addTab(backupPage, tr("Daily &backup"));
    m_tabs->addTab(buildDrillPage(), tr("Monthly restore &drill"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refresh();
        refreshDrill();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_time, &QTimeEdit::timeChanged, this, &CronAssistantDialog::onTimeChanged);
    connect(m_spec, &QLineEdit::textEdited, this, &CronAssistantDialog::onSpecEdited);
    for (QRadioButton *button : {m_consistent, m_live})
        connect(button, &QRadioButton::toggled, this, &CronAssistantDialog::refresh);
    connect(m_productionOnly, &QCheckBox::toggled, this, &CronAssistantDialog::refresh);
    connect(m_flavour, &QComboBox::currentIndexChanged, this, &CronAssistantDialog::refresh);
    connect(m_appName, &QLineEdit::textEdited, this, &CronAssistantDialog::refresh);
    for (QTimeEdit *edit : {m_busyStart, m_busyEnd})
        connect(edit, &QTimeEdit::timeChanged, this, &CronAssistantDialog::refresh);
}

QWidget *CronAssistantDialog::buildDrillPage()
{
    auto *page = new QWidget(this);
    m_drillTitle = new QLabel(page);
    m_drillTitle->setWordWrap(true);
    m_drillSpec = new QLineEdit(m_drill.spec, page);
    m_drillSpec->setObjectName(QStringLiteral("drillSpec"));
    m_drillFormat = new QComboBox(page);
    m_drillFormat->setObjectName(QStringLiteral("drillFormat"));
    m_drillFormat->addItem(tr("crontab (crontab -e)"));
    m_drillFormat->addItem(tr("systemd user timer"));
    auto *form = new QFormLayout;
    form->addRow(tr("Cron schedule (UTC):"), m_drillSpec);
    form->addRow(tr("Write as:"), m_drillFormat);
    m_drillRuns = new QTreeWidget(page);
    m_drillRuns->setObjectName(QStringLiteral("drillRuns"));
    m_drillRuns->setRootIsDecorated(false);
    m_drillRuns->setHeaderLabels({tr("Next drill (UTC)")});
    m_drillRuns->setMaximumHeight(m_drillRuns->sizeHintForRow(0) * (RunCount + 2) + 40);
    m_drillWarnings = new QLabel(page);
    m_drillWarnings->setObjectName(QStringLiteral("drillWarnings"));
    m_drillWarnings->setWordWrap(true);
    m_drillText = new QPlainTextEdit(page);
    m_drillText->setObjectName(QStringLiteral("drillText"));
    m_drillText->setReadOnly(true);
    m_drillText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *note = new QLabel(
        tr("The drill restores the newest backup into a scratch environment, checks it and "
           "deletes it; a failed drill exits with code 1, which cron mails and systemd records. "
           "It runs on this computer with the command line's stored account (or "
           "PLATFORMSH_CLI_TOKEN in the job's environment): no token is written into the job."),
        page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_drillTitle);
    layout->addLayout(form);
    layout->addWidget(m_drillRuns);
    layout->addWidget(m_drillWarnings);
    layout->addWidget(m_drillText, 1);
    layout->addWidget(note);
    connect(m_drillSpec, &QLineEdit::textEdited, this, &CronAssistantDialog::refreshDrill);
    connect(m_drillFormat, &QComboBox::currentIndexChanged, this,
            &CronAssistantDialog::refreshDrill);
    return page;
}

QString CronAssistantDialog::drillText() const
{
    return m_drillText->toPlainText();
}

void CronAssistantDialog::refreshDrill()
{
    if (!m_drillSpec)
        return;
    m_drill.spec = m_drillSpec->text();
    m_drillTitle->setText(
        tr("A restore drill of %1 in the project %2, run from this computer.")
            .arg(m_drill.environment,
                 m_drill.project.isEmpty() ? tr("(none selected)") : m_drill.project));
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_drillRuns->clear();
    for (const QDateTime &run : m_drill.schedule().nextRuns(now, RunCount))
        new QTreeWidgetItem(m_drillRuns, {run.toString(TimeFormat)});
    QString refusal = m_drill.refusal();
    QString text;
    if (refusal.isEmpty() && m_drillFormat->currentIndex() == 1) {
        if (m_drill.systemdTimer().isEmpty()) {
            refusal = tr("systemd cannot say this schedule: use numbers and lists only (no "
                         "ranges, steps or names), and not both a day of month and a weekday.");
        } else {
            const QString dir = QStringLiteral("~/.config/systemd/user/");
            text = QStringLiteral("# %1%2.service\n%3\n# %1%2.timer\n%4\n# %5\n")
                       .arg(dir, m_drill.unitName(), m_drill.systemdService(),
                            m_drill.systemdTimer(),
                            QStringLiteral("systemctl --user enable --now %1.timer")
                                .arg(m_drill.unitName()));
        }
    } else if (refusal.isEmpty()) {
        text = m_drill.crontab();
    }
    m_drillWarnings->setText(refusal);
    showAsProblem(m_drillWarnings, !refusal.isEmpty());
    m_drillWarnings->setVisible(!refusal.isEmpty());
    m_drillText->setPlainText(text);
    if (m_tabs && m_tabs->currentIndex() == 1)
        m_copy->setEnabled(refusal.isEmpty());
}

void CronAssistantDialog::setTarget(const QString &projectId, const QString &environment)
{
    m_drill.project = projectId;
    m_drill.environment = environment.isEmpty() ? QStringLiteral("main") : environment;
    refreshDrill();
    m_title->setText(tr("A daily backup job for the project %1, written into the configuration "
                        "of its environment %2.")
                         .arg(projectId, environment));
}

void CronAssistantDialog::setProjectTimeZone(const QTimeZone &zone)
{
    m_job.projectZone = zone.isValid() ? zone : QTimeZone::utc();
    refresh();
}

void CronAssistantDialog::setFlavour(BackupCronJob::Flavour flavour)
{
    m_flavour->setCurrentIndex(flavour == BackupCronJob::Flavour::Upsun ? 1 : 0);
}

void CronAssistantDialog::setBusyHours(QTime start, QTime end)
{
    if (!start.isValid() || !end.isValid())
        return;
    const QSignalBlocker blockStart(m_busyStart);
    const QSignalBlocker blockEnd(m_busyEnd);
    m_busyStart->setTime(start);
    m_busyEnd->setTime(end);
    refresh();
}

void CronAssistantDialog::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
    refreshDrill();
}

QString CronAssistantDialog::yaml() const
{
    return m_yaml->toPlainText();
}

void CronAssistantDialog::onTimeChanged()
{
    m_spec->setText(CronSchedule::daily(m_time->time()).spec());
    refresh();
}

void CronAssistantDialog::onSpecEdited()
{
    // A daily spec moves the time field along; anything else leaves it as it was.
    const QStringList fields = m_spec->text().simplified().split(QLatin1Char(' '));
    bool minuteOk = false;
    bool hourOk = false;
    const int minute = fields.value(0).toInt(&minuteOk);
    const int hour = fields.value(1).toInt(&hourOk);
    if (fields.size() == 5 && minuteOk && hourOk
        && fields.mid(2) == QStringList(3, QStringLiteral("*"))) {
        const QSignalBlocker block(m_time);
        m_time->setTime(QTime(hour, minute));
    }
    refresh();
}

void CronAssistantDialog::refresh()
{
    m_job.spec = m_spec->text();
    m_job.live = m_live->isChecked();
    m_job.productionOnly = m_productionOnly->isChecked();
    m_job.flavour = m_flavour->currentIndex() == 1 ? BackupCronJob::Flavour::Upsun
                                                   : BackupCronJob::Flavour::PlatformSh;
    m_job.appName = m_appName->text().trimmed().isEmpty() ? QStringLiteral("app")
                                                          : m_appName->text().trimmed();
    m_job.busyStart = m_busyStart->time();
    m_job.busyEnd = m_busyEnd->time();
    m_appName->setEnabled(m_job.flavour == BackupCronJob::Flavour::Upsun);

    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const CronSchedule schedule = m_job.schedule();
    m_runs->clear();
    const QString zoneName = QString::fromUtf8(m_job.projectZone.id());
    m_runs->headerItem()->setText(1, tr("Project time (%1)").arg(zoneName));
    for (const QDateTime &run : schedule.nextRuns(now, RunCount)) {
        const QDateTime local = run.toTimeZone(m_job.projectZone);
        new QTreeWidgetItem(m_runs,
                            {run.toString(TimeFormat),
                             local.toString(TimeFormat) + QLatin1Char(' ')
                                 + m_job.projectZone.abbreviation(local)});
    }

    const QString refusal = m_job.refusal();
    if (!refusal.isEmpty()) {
        m_warnings->setText(refusal);
        showAsProblem(m_warnings, true);
    } else {
        m_warnings->setText(m_job.warnings(now).join(QLatin1Char('\n')));
        showAsProblem(m_warnings, false);
    }
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    m_yaml->setPlainText(m_job.yaml());
    m_reminder->setText(m_job.tokenReminder());
    if (!m_tabs || m_tabs->currentIndex() == 0)
        m_copy->setEnabled(refusal.isEmpty());
}

} // namespace bc::ui
