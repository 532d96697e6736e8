#include "drilldialog.h"

#include "client/backupexpiry.h"
#include "client/drillrun.h"
#include "client/timeformat.h"
#include "common/appearance.h"
#include "ui/common/consolecontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace bc::ui {

DrillDialog::DrillDialog(ConsoleContext *context, const QList<Backup> &backups, DrillLog *log,
                         QObject *runOwner, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_log(log)
    , m_runOwner(runOwner)
    , m_project(context->projectId())
    , m_environment(context->environment() ? context->environment()->name : QString())
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Restore drill: %1").arg(m_environment));

    auto *intro = new QLabel(
        tr("A drill proves that a backup of %1 restores: it is restored into a new scratch "
           "environment branched from %1, which is checked (active, deployed), measured and "
           "then deleted. %1 itself is not changed.")
            .arg(m_environment),
        this);
    intro->setWordWrap(true);

    m_backup = new QComboBox(this);
    m_backup->setObjectName(QStringLiteral("drillBackup"));
    m_backup->addItem(tr("The newest restorable backup"), QString());
    for (const Backup &backup : backups) {
        if (!backup.restorable || backup.status != QLatin1String("CREATED") || isExpired(backup))
            continue;
        m_backup->addItem(QStringLiteral("%1 · %2%3")
                              .arg(TimeFormat::shortForm(backup.createdAt), backup.id,
                                   backup.safe ? QString() : tr(" (live)")),
                          backup.id);
    }
    m_keep = new QCheckBox(tr("&Keep the scratch environment afterwards, for inspection"), this);
    m_keep->setObjectName(QStringLiteral("drillKeep"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Backup:"), m_backup);
    form->addRow(QString(), m_keep);

    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("drillPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setMinimumHeight(m_plan->fontMetrics().lineSpacing() * 3);
    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(QStringLiteral("drillSteps"));
    m_steps->setReadOnly(true);
    m_steps->setPlaceholderText(tr("The drill's steps appear here."));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("drillResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start drill"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("drillStart"));
    m_start->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    plainButtons(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_plan);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_start, &QPushButton::clicked, this, &DrillDialog::startDrill);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_backup, &QComboBox::currentIndexChanged, this, &DrillDialog::plan);
    connect(m_keep, &QCheckBox::toggled, this, &DrillDialog::plan);
    plan();
}

DrillDialog::~DrillDialog()
{
    // A plan that was never started goes with the dialog; a started run lives on.
    if (m_run && !m_started)
        delete m_run;
}

QString DrillDialog::chosenBackup() const
{
    return m_backup->currentData().toString();
}

void DrillDialog::plan()
{
    if (m_started)
        return;
    if (m_run)
        delete m_run;
    m_start->setEnabled(false);
    if (!m_context || !m_context->client() || m_environment.isEmpty()) {
        m_plan->setText(tr("Select an environment first."));
        return;
    }
    m_plan->setText(tr("Checking the drill…"));
    DrillRun::Options options;
    options.project = m_project;
    options.environment = m_environment;
    options.backupId = chosenBackup();
    options.keep = m_keep->isChecked();
    m_run = new DrillRun(m_context->client(), nullptr, options, this);
    connect(m_run, &DrillRun::planned, this, [this](const QString &summary) {
        m_plan->setText(summary);
        m_start->setEnabled(true);
        m_start->setDefault(true);
    });
    connect(m_run, &DrillRun::finished, this, &DrillDialog::onFinished);
    connect(m_run, &DrillRun::step, this, &DrillDialog::onStep);
    m_run->start();
}

void DrillDialog::startDrill()
{
    if (!m_run || m_started)
        return;
    m_started = true;
    m_start->setEnabled(false);
    m_backup->setEnabled(false);
    m_keep->setEnabled(false);
    m_close->setText(tr("Continue in background"));
    m_run->setParent(m_runOwner);
    m_run->setLog(m_log);
    Q_EMIT runStarted(m_run);
    m_run->proceed();
}

void DrillDialog::onStep(const QString &text)
{
    m_steps->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
}

void DrillDialog::onFinished(const DrillRecord &record)
{
    m_start->setEnabled(false);
    m_close->setText(tr("Close"));
    if (record.outcome == QLatin1String("refused")) {
        // Nothing was created; the log has the refusal too.
        m_plan->setText(
            tr("<b>No drill can be started:</b> %1")
                .arg(record.failure.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
        return;
    }
    if (record.succeeded()) {
        m_result->setText(
            tr("<b>The drill passed.</b> The backup %1 restored in %2 (RTO); it was %3 old "
               "when the drill started (RPO). %4")
                .arg(record.backup, DrillRun::durationText(record.rtoSeconds),
                     DrillRun::rpoText(record),
                     record.cleanup == QLatin1String("kept")
                         ? tr("The scratch environment %1 was kept.").arg(record.scratchEnvironment)
                         : tr("The scratch environment %1 was deleted.")
                               .arg(record.scratchEnvironment)));
    } else {
        m_result->setText(
            tr("<b>The drill failed.</b> %1")
                .arg(record.failure.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    }
}

} // namespace bc::ui
