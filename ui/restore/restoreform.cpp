#include "restoreform.h"

#include "client/timeformat.h"
#include "common/appearance.h"
#include "models/formatting.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bc::ui {

namespace {

QLineEdit *named(QLineEdit *edit, const char *name)
{
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QString bullet(const RestoreFact &fact, const QColor &danger)
{
    const QString text = fact.text.toHtmlEscaped();
    switch (fact.severity) {
    case RestoreFact::Severity::Danger:
        return QStringLiteral("<li><b style=\"color:%1\">").arg(danger.name()) + text
            + QStringLiteral("</b></li>");
    case RestoreFact::Severity::Warning:
        return QStringLiteral("<li><b>") + text + QStringLiteral("</b></li>");
    case RestoreFact::Severity::Info:
        break;
    }
    return QStringLiteral("<li>") + text + QStringLiteral("</li>");
}

} // namespace

RestoreForm::RestoreForm(const RestoreSession &session, const Backup &backup, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_backup(backup)
    , m_legacyCustomer(session.project.isLegacyRegion() && !session.user.isSupportStaff())
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSource());
    layout->addWidget(buildTarget());
    layout->addWidget(buildOptions());
    if (session.user.isSupportStaff())
        layout->addWidget(buildSupport());
    layout->addWidget(buildSummary());
    // The sections keep their heights, at the top: what the summary says as one types changes
    // only the summary, last, and moves nothing above it.
    layout->addStretch(1);
    fillSource();
    fillEnvironments();
    refresh();
}

RestoreForm::~RestoreForm() = default;

QWidget *RestoreForm::buildSource()
{
    auto *box = new QGroupBox(tr("Source"), this);
    m_sourceText = new QLabel(box);
    m_sourceText->setObjectName(QStringLiteral("sourceText"));
    m_sourceText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(box))->addWidget(m_sourceText);
    return box;
}

QWidget *RestoreForm::buildTarget()
{
    auto *box = new QGroupBox(tr("Target"), this);
    auto *layout = new QFormLayout(box);
    m_inPlace = new QRadioButton(box);
    m_inPlace->setObjectName(QStringLiteral("targetInPlace"));
    m_inPlace->setChecked(true);
    m_existing = new QRadioButton(tr("Another existing environment"), box);
    m_existing->setObjectName(QStringLiteral("targetExisting"));
    m_new = new QRadioButton(tr("A new environment"), box);
    m_new->setObjectName(QStringLiteral("targetNew"));
    m_existingCombo = new QComboBox(box);
    m_existingCombo->setObjectName(QStringLiteral("existingCombo"));
    m_newName = named(new QLineEdit(box), "newName");
    m_newName->setPlaceholderText(tr("Branch name"));
    m_newName->setMinimumWidth(m_newName->fontMetrics().averageCharWidth() * 18);
    m_parentCombo = new QComboBox(box);
    m_parentCombo->setObjectName(QStringLiteral("parentCombo"));
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newName, 1);
    newRow->addWidget(new QLabel(tr("branched from"), box));
    newRow->addWidget(m_parentCombo);
    layout->addRow(m_inPlace);
    layout->addRow(m_existing, m_existingCombo);
    layout->addRow(m_new, newRow);

    m_legacyBox = new QGroupBox(box);
    m_legacyBox->setObjectName(QStringLiteral("legacyBox"));
    m_legacyReason = new QLabel(m_legacyBox);
    m_legacyReason->setObjectName(QStringLiteral("legacyReason"));
    m_legacyReason->setWordWrap(true);
    auto *contact = new QPushButton(tr("Contact support…"), m_legacyBox);
    contact->setObjectName(QStringLiteral("contactSupport"));
    auto *legacyLayout = new QHBoxLayout(m_legacyBox);
    legacyLayout->addWidget(m_legacyReason, 1);
    legacyLayout->addWidget(contact);
    layout->addRow(m_legacyBox);
    m_legacyBox->setVisible(m_legacyCustomer);
    if (m_legacyCustomer) {
        // The region refuses these targets to customers: say why, offer the way around.
        const QString reason = RestorePlan::legacyRegionMessage(m_session.project.region);
        m_legacyReason->setText(reason);
        for (QWidget *w :
             {static_cast<QWidget *>(m_existing), static_cast<QWidget *>(m_new),
              static_cast<QWidget *>(m_existingCombo), static_cast<QWidget *>(m_newName),
              static_cast<QWidget *>(m_parentCombo)}) {
            w->setEnabled(false);
            w->setToolTip(reason);
        }
    }
    connect(contact, &QPushButton::clicked, this, &RestoreForm::contactSupportRequested);
    for (QRadioButton *radio : {m_inPlace, m_existing, m_new})
        connect(radio, &QRadioButton::toggled, this, &RestoreForm::refresh);
    for (QComboBox *combo : {m_existingCombo, m_parentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &RestoreForm::refresh);
    connect(m_newName, &QLineEdit::textChanged, this, [this] {
        if (!m_new->isChecked() && m_new->isEnabled())
            m_new->setChecked(true);
        refresh();
    });
    return box;
}

QWidget *RestoreForm::buildOptions()
{
    auto *box = new QGroupBox(tr("Options"), this);
    auto *layout = new QFormLayout(box);
    m_code = new QCheckBox(tr("Restore code (off: keep the target's current code)"), box);
    m_code->setObjectName(QStringLiteral("restoreCode"));
    m_code->setChecked(true);
    m_resources = new QCheckBox(tr("Restore resources (off: keep the target's sizing)"), box);
    m_resources->setObjectName(QStringLiteral("restoreResources"));
    m_resources->setChecked(true);
    m_init = new QComboBox(box);
    m_init->setObjectName(QStringLiteral("resourcesInit"));
    m_init->addItem(tr("Server default (as in the backup)"), QString());
    m_init->addItem(tr("As in the backup"), QStringLiteral("backup"));
    m_init->addItem(tr("As in the parent"), QStringLiteral("parent"));
    m_init->addItem(tr("Default sizes"), QStringLiteral("default"));
    m_init->addItem(tr("Minimum sizes"), QStringLiteral("minimum"));
    m_safety = new QCheckBox(tr("Take a live backup of the target first"), box);
    m_safety->setObjectName(QStringLiteral("safetyBackup"));
    layout->addRow(m_code);
    layout->addRow(m_resources);
    layout->addRow(tr("Resources for new containers:"), m_init);
    layout->addRow(m_safety);
    for (QCheckBox *check : {m_code, m_resources})
        connect(check, &QCheckBox::toggled, this, &RestoreForm::refresh);
    connect(m_init, &QComboBox::currentIndexChanged, this, &RestoreForm::refresh);
    connect(m_safety, &QCheckBox::clicked, this, [this] {
        m_safetyTouched = true;
        refresh();
    });
    return box;
}

QWidget *RestoreForm::buildSupport()
{
    auto *box = new QGroupBox(tr("Support restore"), this);
    box->setObjectName(QStringLiteral("supportBox"));
    auto *layout = new QFormLayout(box);
    m_ticket = named(new QLineEdit(box), "ticket");
    m_ticket->setPlaceholderText(tr("e.g. SUP-1234"));
    m_projectConfirm = named(new QLineEdit(box), "projectConfirm");
    m_projectConfirm->setPlaceholderText(m_session.project.id);
    layout->addRow(tr("Ticket reference:"), m_ticket);
    layout->addRow(tr("Customer's project ID, typed again:"), m_projectConfirm);
    for (QLineEdit *edit : {m_ticket, m_projectConfirm})
        connect(edit, &QLineEdit::textChanged, this, &RestoreForm::refresh);
    return box;
}

QWidget *RestoreForm::buildSummary()
{
    auto *box = new QGroupBox(tr("What will happen"), this);
    auto *layout = new QVBoxLayout(box);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problems = new QLabel(box);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_command = named(new QLineEdit(box), "commandLine");
    m_command->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), box);
    copy->setObjectName(QStringLiteral("copyCommand"));
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copy);
    // The command line first: its place does not depend on the text below it.
    layout->addWidget(new QLabel(tr("Equivalent command line:"), box));
    layout->addLayout(commandRow);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);

    // Placed by the dialog beside the button it unlocks; it keeps its room when hidden, so that
    // nothing beside it moves when the target changes.
    m_confirmation = new QWidget(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmLabel = new QLabel(m_confirmation);
    m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirm = named(new QLineEdit(m_confirmation), "confirmName");
    m_confirm->setMinimumWidth(m_confirm->fontMetrics().averageCharWidth() * 16);
    m_confirmLabel->setBuddy(m_confirm);
    auto *confirmRow = new QHBoxLayout(m_confirmation);
    confirmRow->setContentsMargins(0, 0, 0, 0);
    confirmRow->addWidget(m_confirmLabel, 1);
    confirmRow->addWidget(m_confirm);
    for (QWidget *w : {static_cast<QWidget *>(m_confirmLabel), static_cast<QWidget *>(m_confirm)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->text()); });
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreForm::changed);
    applyColours();
    return box;
}

void RestoreForm::fillSource()
{
    const Backup &b = m_backup;
    const QStringList lines{
        tr("Backup %1 of environment %2").arg(b.id, b.environment),
        tr("Created %1").arg(TimeFormat::shortForm(b.createdAt)),
        (b.safe ? tr("Consistent") : tr("Live")) + QStringLiteral(" · ")
            + (b.automated ? tr("automated") : tr("manual")),
        tr("Commit %1").arg(b.commitId.left(12)),
        tr("Size %1").arg(TimeFormat::size(b.sizeUsed)),
    };
    m_sourceText->setText(lines.join(u'\n'));
    m_inPlace->setText(tr("This environment (%1)").arg(b.environment));
}

void RestoreForm::fillEnvironments()
{
    const QSignalBlocker blockExisting(m_existingCombo);
    const QSignalBlocker blockParent(m_parentCombo);
    m_existingCombo->clear();
    m_parentCombo->clear();
    for (const Environment &env : m_session.environments) {
        const QString label = tr("%1 (%2)", "environment (type)")
                                  .arg(env.name, Formatting::environmentType(env.type));
        if (env.name != m_backup.environment)
            m_existingCombo->addItem(label, env.name);
        m_parentCombo->addItem(label, env.name);
    }
    m_parentCombo->setCurrentIndex(m_parentCombo->findData(m_backup.environment));
}

void RestoreForm::setBackup(const Backup &backup)
{
    m_backup = backup;
    m_safetyTouched = false;
    if (m_confirm)
        m_confirm->clear();
    fillSource();
    fillEnvironments();
    m_inPlace->setChecked(true);
    refresh();
}

void RestoreForm::setTarget(const RestoreTarget &target)
{
    switch (target.kind) {
    case RestoreTarget::Kind::InPlace:
        m_inPlace->setChecked(true);
        break;
    case RestoreTarget::Kind::Existing:
        m_existingCombo->setCurrentIndex(m_existingCombo->findData(target.environment));
        m_existing->setChecked(true);
        break;
    case RestoreTarget::Kind::New:
        m_newName->setText(target.environment);
        if (!target.branchFrom.isEmpty())
            m_parentCombo->setCurrentIndex(m_parentCombo->findData(target.branchFrom));
        m_new->setChecked(true);
        break;
    }
    refresh();
}

RestoreInput RestoreForm::input() const
{
    RestoreInput in;
    in.backup = m_backup;
    in.project = m_session.project;
    in.environments = m_session.environments;
    in.user = m_session.user;
    in.access = m_session.access;
    if (m_existing->isChecked())
        in.target = RestoreTarget::existing(m_existingCombo->currentData().toString());
    else if (m_new->isChecked())
        in.target = RestoreTarget::newBranch(m_newName->text().trimmed(),
                                             m_parentCombo->currentData().toString());
    in.options.restoreCode = m_code->isChecked();
    in.options.restoreResources = m_resources->isChecked();
    in.options.resourcesInit = m_init->currentData().toString();
    in.options.safetyBackup = m_safety->isChecked();
    if (m_ticket) {
        in.options.ticket = m_ticket->text();
        in.options.confirmedProjectId = m_projectConfirm->text();
    }
    return in;
}

RestorePlan RestoreForm::plan() const
{
    return RestorePlan(input());
}

void RestoreForm::refresh()
{
    RestorePlan current = plan();
    // The safety net follows the target until the user decides for themselves.
    m_safety->setEnabled(current.canTakeSafetyBackup());
    if (!m_safetyTouched || !current.canTakeSafetyBackup()) {
        const QSignalBlocker block(m_safety);
        m_safety->setChecked(current.suggestsSafetyBackup());
        current = plan();
    }
    QString html = QStringLiteral("<ul>");
    const QColor danger = dangerColour(palette());
    for (const RestoreFact &fact : current.facts())
        html += bullet(fact, danger);
    m_summary->setText(html + QStringLiteral("</ul>"));
    m_problems->setText(current.problemText());
    m_problems->setVisible(!current.isValid());
    QString command = current.commandLine();
    if (current.takesSafetyBackup())
        command = current.safetyCommandLine() + QStringLiteral(" && ") + command;
    m_command->setText(command);
    m_command->setCursorPosition(0); // its beginning says what it is
    const bool confirm = current.requiresTypedConfirmation();
    m_confirmLabel->setVisible(confirm);
    m_confirm->setVisible(confirm);
    // Set only when asked for: a text that follows the typed branch name would wrap anew (and
    // change the row's height) at every key.
    if (confirm)
        m_confirmLabel->setText(tr("%1 is production. Type its name to unlock Restore:")
                                    .arg(current.confirmationWord()));
    Q_EMIT changed();
}

// The error colour follows the palette (light or dark, changed while open).
void RestoreForm::applyColours()
{
    QPalette problems = m_problems->palette();
    problems.setColor(QPalette::WindowText, dangerColour(palette()));
    m_problems->setPalette(problems);
}

void RestoreForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        refresh();
    }
}

bool RestoreForm::isReady() const
{
    return blockingText().isEmpty();
}

QString RestoreForm::blockingText() const
{
    const RestorePlan current = plan();
    if (!current.isValid())
        return current.problemText();
    if (!current.isConfirmedBy(m_confirm->text()))
        return tr("Type %1 to confirm.").arg(current.confirmationWord());
    return {};
}

} // namespace bc::ui
