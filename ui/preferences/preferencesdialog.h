#pragma once

#include "models/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QDialogButtonBox;
class QSpinBox;
class QTimeEdit;

namespace bc::ui {

// Preferences: language, refresh interval, notifications, the fleet board's stale threshold,
// the cron assistant's busy hours, the service new accounts start on, and the compliance rules
// per environment type. OK saves them in
// QSettings and hands them over (applied); Restore Defaults only fills in the defaults.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the fields show now.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

Q_SIGNALS:
    // OK: saved; apply them.
    void applied(const bc::Preferences &preferences);

private:
    // One environment type's compliance rules, as spin boxes (0: the rule is off).
    struct RuleFields
    {
        QSpinBox *backupAge = nullptr;
        QSpinBox *consistentAge = nullptr;
        QSpinBox *restorePoints = nullptr;
        QSpinBox *drillAge = nullptr;
    };

    void buildUi();
    QWidget *buildComplianceSection();
    RuleFields ruleFields(const QString &type);

    QGridLayout *m_complianceGrid = nullptr;
    QComboBox *m_language = nullptr;

    QSpinBox *m_pollInterval = nullptr;
    QCheckBox *m_notifySuccess = nullptr;
    QCheckBox *m_notifyFailure = nullptr;
    QComboBox *m_notifyOthers = nullptr;
    QSpinBox *m_staleAfter = nullptr;
    QTimeEdit *m_busyStart = nullptr;
    QTimeEdit *m_busyEnd = nullptr;
    QComboBox *m_preset = nullptr;
    RuleFields m_production;
    RuleFields m_staging;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc::ui
