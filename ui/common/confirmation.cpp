#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace bc::ui {

void confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
             std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [yes, onYes](QAbstractButton *button) {
        if (button == yes)
            onYes();
    });
    box->open();
}

} // namespace bc::ui
