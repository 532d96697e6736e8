#include "contactsupportdialog.h"

#include "client/supportrequest.h"
#include "common/appearance.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bc::ui {

ContactSupportDialog::ContactSupportDialog(const RestoreInput &input, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
{
    setWindowTitle(tr("Contact support"));
    auto *intro = new QLabel(tr("Support can restore this backup to another environment for you. "
                                "Choose the target, copy the request and send it to support."),
                             this);
    intro->setWordWrap(true);
    m_existing = new QRadioButton(tr("An existing environment"), this);
    m_existing->setObjectName(QStringLiteral("wantExisting"));
    m_new = new QRadioButton(tr("A new environment"), this);
    m_new->setObjectName(QStringLiteral("wantNew"));
    m_existingCombo = new QComboBox(this);
    m_existingCombo->setObjectName(QStringLiteral("wantExistingCombo"));
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("wantNewName"));
    m_newName->setPlaceholderText(tr("Branch name"));
    m_parentCombo = new QComboBox(this);
    m_parentCombo->setObjectName(QStringLiteral("wantParentCombo"));
    for (const Environment &env : m_input.environments) {
        if (env.name != m_input.backup.environment)
            m_existingCombo->addItem(env.name, env.name);
        m_parentCombo->addItem(env.name, env.name);
    }
    m_parentCombo->setCurrentIndex(m_parentCombo->findData(m_input.backup.environment));
    const bool wantsNew = m_input.target.kind == RestoreTarget::Kind::New;
    (wantsNew ? m_new : m_existing)->setChecked(true);
    if (wantsNew)
        m_newName->setText(m_input.target.environment);
    else if (m_input.target.kind == RestoreTarget::Kind::Existing)
        m_existingCombo->setCurrentIndex(m_existingCombo->findData(m_input.target.environment));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("requestText"));
    m_text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy request"), QDialogButtonBox::ActionRole);
    plainButtons(buttons);
    copy->setObjectName(QStringLiteral("copyRequest"));

    auto *form = new QFormLayout;
    form->addRow(m_existing, m_existingCombo);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newName);
    newRow->addWidget(new QLabel(tr("branched from"), this));
    newRow->addWidget(m_parentCombo);
    form->addRow(m_new, newRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(requestText()); });
    for (QRadioButton *radio : {m_existing, m_new})
        connect(radio, &QRadioButton::toggled, this, &ContactSupportDialog::refresh);
    for (QComboBox *combo : {m_existingCombo, m_parentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContactSupportDialog::refresh);
    connect(m_newName, &QLineEdit::textChanged, this, &ContactSupportDialog::refresh);
    refresh();
}

ContactSupportDialog::~ContactSupportDialog() = default;

QString ContactSupportDialog::requestText() const
{
    return m_text->toPlainText();
}

void ContactSupportDialog::refresh()
{
    RestoreInput in = m_input;
    in.target = m_new->isChecked()
        ? RestoreTarget::newBranch(m_newName->text().trimmed(),
                                   m_parentCombo->currentData().toString())
        : RestoreTarget::existing(m_existingCombo->currentData().toString());
    m_text->setPlainText(SupportRequest::body(RestorePlan(in)));
}

} // namespace bc::ui
