#include "preferencesdialog.h"

#include "client/language.h"
#include "common/appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace bc::ui {

namespace {

QGroupBox *section(const QString &title, QFormLayout *form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setLayout(form);
    return box;
}

// One column of labels for every section, so that the fields line up down the dialog: the
// labels of the forms and the first column of the grid as wide as the widest of them.
void alignLabels(const QList<QFormLayout *> &forms, QGridLayout *grid)
{
    QList<QWidget *> labels;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget())
                labels.append(item->widget());
        }
    }
    for (int row = 0; row < grid->rowCount(); ++row) {
        QLayoutItem *item = grid->itemAtPosition(row, 0);
        if (item && item->widget())
            labels.append(item->widget());
    }
    int width = 0;
    for (const QWidget *label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

QSpinBox *ruleBox(const QString &name, int max, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setSpecialValueText(PreferencesDialog::tr("off"));
    return box;
}

ComplianceRules rulesOf(QSpinBox *backupAge, QSpinBox *consistentAge, QSpinBox *points,
                        QSpinBox *drillAge)
{
    return {backupAge->value(), consistentAge->value(), points->value(), drillAge->value()};
}

QTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    buildUi();
    setPreferences(current);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::buildUi()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_pollInterval = new QSpinBox(this);
    m_pollInterval->setObjectName(QStringLiteral("pollInterval"));
    m_pollInterval->setRange(int(Preferences::MinPollInterval.count()),
                             int(Preferences::MaxPollInterval.count()));
    m_pollInterval->setSuffix(tr(" s"));
    auto *general = new QFormLayout;
    general->addRow(tr("&Language:"), m_language);
    general->addRow(tr("&Refresh activities every:"), m_pollInterval);

    m_notifySuccess = new QCheckBox(tr("When an activity &succeeds"), this);
    m_notifySuccess->setObjectName(QStringLiteral("notifyOnSuccess"));
    m_notifyFailure = new QCheckBox(tr("When an activity &fails"), this);
    m_notifyFailure->setObjectName(QStringLiteral("notifyOnFailure"));
    // Activities this console did not start: the schedule, colleagues, the command line.
    m_notifyOthers = new QComboBox(this);
    m_notifyOthers->setObjectName(QStringLiteral("notifyOthers"));
    m_notifyOthers->addItem(tr("Never"), int(Preferences::NotifyOthers::Never));
    m_notifyOthers->addItem(tr("When one fails"), int(Preferences::NotifyOthers::Failures));
    m_notifyOthers->addItem(tr("When one ends"), int(Preferences::NotifyOthers::All));
    m_notifyOthers->setToolTip(
        tr("Activities this console did not start: the automated schedule, colleagues, the "
           "command line. Only those of the project shown are watched."));
    auto *notifications = new QFormLayout;
    notifications->addRow(m_notifySuccess);
    notifications->addRow(m_notifyFailure);
    notifications->addRow(tr("Started &elsewhere:"), m_notifyOthers);

    m_staleAfter = new QSpinBox(this);
    m_staleAfter->setObjectName(QStringLiteral("staleAfter"));
    m_staleAfter->setRange(int(Preferences::MinStaleAfter.count()),
                           int(Preferences::MaxStaleAfter.count()));
    m_staleAfter->setSuffix(tr(" h"));
    m_busyStart = timeEdit(QStringLiteral("busyStart"), this);
    m_busyEnd = timeEdit(QStringLiteral("busyEnd"), this);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_busyStart);
    busy->addWidget(new QLabel(tr("to"), this));
    busy->addWidget(m_busyEnd);
    busy->addStretch();
    auto *backups = new QFormLayout;
    backups->addRow(tr("Fleet board: &stale after:"), m_staleAfter);
    backups->addRow(tr("Cron assistant: busy hours:"), busy);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("defaultPreset"));
    for (const auto preset :
         {Account::Preset::PlatformSh, Account::Preset::Upsun, Account::Preset::Custom})
        m_preset->addItem(Account::presetName(preset), int(preset));
    auto *accounts = new QFormLayout;
    accounts->addRow(tr("New accounts &on:"), m_preset);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    plainButtons(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(section(tr("General"), general, this));
    layout->addWidget(section(tr("Desktop notifications"), notifications, this));
    layout->addWidget(section(tr("Backups"), backups, this));
    layout->addWidget(section(tr("Accounts"), accounts, this));
    layout->addWidget(buildComplianceSection());
    layout->addStretch();
    layout->addWidget(m_buttons);
    alignLabels({general, notifications, backups, accounts}, m_complianceGrid);
}

PreferencesDialog::RuleFields PreferencesDialog::ruleFields(const QString &type)
{
    const QString prefix = QStringLiteral("compliance.") + type + QLatin1Char('.');
    return {ruleBox(prefix + QStringLiteral("maxBackupAgeHours"), ComplianceRules::MaxAgeHours,
                    tr(" h"), this),
            ruleBox(prefix + QStringLiteral("maxConsistentAgeDays"), ComplianceRules::MaxAgeDays,
                    tr(" d"), this),
            ruleBox(prefix + QStringLiteral("minRestorePoints"), ComplianceRules::MaxRestorePoints,
                    QString(), this),
            ruleBox(prefix + QStringLiteral("maxDrillAgeDays"), ComplianceRules::MaxAgeDays,
                    tr(" d"), this)};
}

// A grid: one row per rule, one column per environment type.
QWidget *PreferencesDialog::buildComplianceSection()
{
    m_production = ruleFields(QStringLiteral("production"));
    m_staging = ruleFields(QStringLiteral("staging"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Production"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Staging"), this), 0, 2);
    const struct
    {
        QString label;
        QSpinBox *production;
        QSpinBox *staging;
    } rows[] = {
        {tr("Last backup at most:"), m_production.backupAge, m_staging.backupAge},
        {tr("Last consistent backup at most:"), m_production.consistentAge,
         m_staging.consistentAge},
        {tr("Restore points at least:"), m_production.restorePoints, m_staging.restorePoints},
        {tr("Successful restore drill at most:"), m_production.drillAge, m_staging.drillAge},
    };
    int line = 1;
    for (const auto &row : rows) {
        auto *label = new QLabel(row.label, this);
        label->setBuddy(row.production);
        grid->addWidget(label, line, 0);
        grid->addWidget(row.production, line, 1);
        grid->addWidget(row.staging, line, 2);
        ++line;
    }
    grid->setColumnStretch(3, 1); // the fields stay beside their labels
    m_complianceGrid = grid;
    auto *box = new QGroupBox(tr("Compliance rules (fleet board and report)"), this);
    box->setObjectName(QStringLiteral("complianceRules"));
    box->setLayout(grid);
    return box;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.pollInterval = std::chrono::seconds(m_pollInterval->value());
    p.notifyOnSuccess = m_notifySuccess->isChecked();
    p.notifyOnFailure = m_notifyFailure->isChecked();
    p.notifyOthers = Preferences::NotifyOthers(m_notifyOthers->currentData().toInt());
    p.staleAfter = std::chrono::hours(m_staleAfter->value());
    p.busyStart = m_busyStart->time();
    p.busyEnd = m_busyEnd->time();
    p.defaultPreset = Account::Preset(m_preset->currentData().toInt());
    p.compliance.production = rulesOf(m_production.backupAge, m_production.consistentAge,
                                      m_production.restorePoints, m_production.drillAge);
    p.compliance.staging = rulesOf(m_staging.backupAge, m_staging.consistentAge,
                                   m_staging.restorePoints, m_staging.drillAge);
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_pollInterval->setValue(int(preferences.pollInterval.count()));
    m_notifySuccess->setChecked(preferences.notifyOnSuccess);
    m_notifyFailure->setChecked(preferences.notifyOnFailure);
    m_notifyOthers->setCurrentIndex(
        std::max(0, m_notifyOthers->findData(int(preferences.notifyOthers))));
    m_staleAfter->setValue(int(preferences.staleAfter.count()));
    m_busyStart->setTime(preferences.busyStart);
    m_busyEnd->setTime(preferences.busyEnd);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(preferences.defaultPreset))));
    for (const auto &[fields, rules] : {std::pair{m_production, preferences.compliance.production},
                                        std::pair{m_staging, preferences.compliance.staging}}) {
        fields.backupAge->setValue(rules.maxBackupAgeHours);
        fields.consistentAge->setValue(rules.maxConsistentAgeDays);
        fields.restorePoints->setValue(rules.minRestorePoints);
        fields.drillAge->setValue(rules.maxDrillAgeDays);
    }
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    chosen.save();
    QDialog::accept();
    Q_EMIT applied(chosen);
}

} // namespace bc::ui
