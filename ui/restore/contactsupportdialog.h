#pragma once

#include "client/restoreplan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace bc::ui {

// For customers on legacy regions: the restore the region refuses them, written as a support
// request (project, region, backup ID and date, wanted target or new branch and parent) to copy
// into a ticket. Sends nothing.
class ContactSupportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactSupportDialog)

public:
    explicit ContactSupportDialog(const RestoreInput &input, QWidget *parent = nullptr);
    ~ContactSupportDialog() override;

    QString requestText() const;

private:
    void refresh();

    RestoreInput m_input;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QComboBox *m_existingCombo = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_parentCombo = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace bc::ui
