#include "preferencesdialog.h"

#include "client/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    auto *notifications = new QFormLayout;
    notifications->addRow(m_notifySuccess);
    notifications->addRow(m_notifyFailure);

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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(section(tr("General"), general, this));
    layout->addWidget(section(tr("Desktop notifications"), notifications, this));
    layout->addWidget(section(tr("Backups"), backups, this));
    layout->addWidget(section(tr("Accounts"), accounts, this));
    layout->addStretch();
    layout->addWidget(m_buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.pollInterval = std::chrono::seconds(m_pollInterval->value());
    p.notifyOnSuccess = m_notifySuccess->isChecked();
    p.notifyOnFailure = m_notifyFailure->isChecked();
    p.staleAfter = std::chrono::hours(m_staleAfter->value());
    p.busyStart = m_busyStart->time();
    p.busyEnd = m_busyEnd->time();
    p.defaultPreset = Account::Preset(m_preset->currentData().toInt());
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_pollInterval->setValue(int(preferences.pollInterval.count()));
    m_notifySuccess->setChecked(preferences.notifyOnSuccess);
    m_notifyFailure->setChecked(preferences.notifyOnFailure);
    m_staleAfter->setValue(int(preferences.staleAfter.count()));
    m_busyStart->setTime(preferences.busyStart);
    m_busyEnd->setTime(preferences.busyEnd);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(preferences.defaultPreset))));
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    chosen.save();
    QDialog::accept();
    Q_EMIT applied(chosen);
}

} // namespace bc::ui
