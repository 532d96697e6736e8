#pragma once

#include "client/types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bc::ui {

// Edits one environment type's data_retention: the manual backups kept and the schedule rows
// ({interval, count}). The plan's max_backups is shown, never edited. Checking is the
// dialog's (RetentionRules): this form holds whatever is typed, even "0" or "1x".
class RetentionPolicyForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionPolicyForm)

public:
    explicit RetentionPolicyForm(QWidget *parent = nullptr);
    ~RetentionPolicyForm() override;

    void setPolicy(const RetentionPolicy &policy);
    RetentionPolicy policy() const;
    void setReadOnly(bool readOnly);
    QTableWidget *schedule() const { return m_schedule; }
    QSpinBox *manualCount() const { return m_manual; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const RetentionInterval &row);
    void updateSummary();

    std::optional<int> m_maxBackups;
    bool m_readOnly = false;
    QSpinBox *m_manual;
    QLabel *m_summary; // the plan's limit and what this policy keeps at most
    QTableWidget *m_schedule;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace bc::ui
