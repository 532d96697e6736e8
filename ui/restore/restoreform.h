#pragma once

#include "client/restoreplan.h"
#include "restoresession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace bc::ui {

// The first page of the restore dialog: source, target, options, the safety net, the support
// fields, the pre-flight summary with its command line, and the typed confirmation. It rebuilds
// the RestorePlan on every change; nothing here talks to the server.
class RestoreForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreForm)

public:
    RestoreForm(const RestoreSession &session, const Backup &backup, QWidget *parent = nullptr);
    ~RestoreForm() override;

    // Another backup of the same project; the target goes back to "this environment".
    void setBackup(const Backup &backup);
    void setTarget(const RestoreTarget &target);
    RestorePlan plan() const;
    // Valid and, for a production target, confirmed by typing its name.
    bool isReady() const;
    // Why the Restore button is disabled, empty when ready.
    QString blockingText() const;
    // The typed confirmation (its label and field), for the dialog to place beside its button.
    QWidget *confirmation() const { return m_confirmation; }

Q_SIGNALS:
    void changed();
    void contactSupportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSource();
    QWidget *buildTarget();
    QWidget *buildOptions();
    QWidget *buildSupport();
    QWidget *buildSummary();
    void fillSource();
    void fillEnvironments();
    RestoreInput input() const;
    void refresh();
    void applyColours();

    RestoreSession m_session;
    Backup m_backup;
    bool m_legacyCustomer = false;
    bool m_safetyTouched = false;
    QLabel *m_sourceText = nullptr;
    QRadioButton *m_inPlace = nullptr;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QComboBox *m_existingCombo = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_parentCombo = nullptr;
    QGroupBox *m_legacyBox = nullptr;
    QLabel *m_legacyReason = nullptr;
    QCheckBox *m_code = nullptr;
    QCheckBox *m_resources = nullptr;
    QComboBox *m_init = nullptr;
    QCheckBox *m_safety = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLineEdit *m_projectConfirm = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
    QLineEdit *m_command = nullptr;
    QWidget *m_confirmation = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
};

} // namespace bc::ui
