#include "retentioneditordialog.h"

#include "client/retentionrules.h"
#include "client/retentionsimulator.h"
#include "client/retentiontext.h"
#include "common/appearance.h"
#include "retentionpolicyform.h"
#include "retentionstripwidget.h"
#include "ui/common/confirmation.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bc::ui {

namespace {

const QStringList TypeOrder{QStringLiteral("production"), QStringLiteral("staging"),
                            QStringLiteral("development")};

QString typeName(const QString &type)
{
    if (type == QLatin1String("production"))
        return RetentionEditorDialog::tr("Production");
    if (type == QLatin1String("staging"))
        return RetentionEditorDialog::tr("Staging");
    if (type == QLatin1String("development"))
        return RetentionEditorDialog::tr("Development");
    return type;
}

} // namespace

RetentionEditorDialog::RetentionEditorDialog(const RetentionSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new RetentionLoader(session.client, session.projectId, this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_subject(new QLabel(this))
    , m_strip(new RetentionStripWidget(this))
    , m_projection(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("retentionEditor"));
    plainButtons(m_buttons);
    setWindowTitle(tr("Retention policy"));
    m_title->setText(
        tr("Which backups %1 keeps, per environment type.")
            .arg(session.projectTitle.isEmpty() ? session.projectId : session.projectTitle));
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("types"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setWordWrap(true);
    m_projection->setObjectName(QStringLiteral("projection"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (QPlainTextEdit *text : {m_projection, m_outcome}) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_save->setDefault(true);
    m_save->setEnabled(false);

    // Above: the policy and what it means (picture, projection); below: the verdict on each of
    // today's backups, as wide as the dialog, since its lines are long.
    auto *simulator = new QWidget(this);
    auto *simulatorLayout = new QVBoxLayout(simulator);
    simulatorLayout->setContentsMargins(0, 0, 0, 0);
    simulatorLayout->addWidget(m_subject);
    simulatorLayout->addWidget(m_strip);
    simulatorLayout->addWidget(m_projection, 1);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tabs);
    top->addWidget(simulator);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 2);
    top->setSizes({300, 700});
    top->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_outcome);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetentionEditorDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RetentionEditorDialog::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RetentionEditorDialog::save);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RetentionEditorDialog::refresh);
    connect(m_loader, &RetentionLoader::loaded, this, &RetentionEditorDialog::onLoaded);
    connect(m_loader, &RetentionLoader::failed, this, [this](const ApiError &error) {
        showMessage(tr("Loading the retention policy failed: %1").arg(error.describe()), true);
    });
    connect(m_loader, &RetentionLoader::saved, this, [this] {
        showMessage(tr("Saved. The policy below is the one the server now holds."), false);
        reload();
    });
    connect(m_loader, &RetentionLoader::saveFailed, this, &RetentionEditorDialog::onSaveFailed);
    resize(960, 640);
    reload();
}

RetentionEditorDialog::~RetentionEditorDialog() = default;

void RetentionEditorDialog::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void RetentionEditorDialog::reload()
{
    m_save->setEnabled(false);
    if (m_message->text().isEmpty())
        showMessage(tr("Loading the retention policy…"), false);
    m_loader->load(m_session.environments, m_session.preferredEnvironment);
}

void RetentionEditorDialog::onLoaded(const RetentionState &state)
{
    const QString shownType = currentType();
    m_state = state;
    m_editable = state.retentionEnabled && m_session.admin && !state.retention.byType.isEmpty();
    QString readOnlyReason;
    if (state.retention.byType.isEmpty())
        readOnlyReason = tr("This project has no retention settings: its plan keeps manual "
                            "backups between 7 days and 6 months, and there is nothing to edit.");
    else if (!state.retentionEnabled)
        readOnlyReason = tr("Read only: the service does not allow changing the backup "
                            "retention of this project (its capabilities say data_retention "
                            "is not enabled).");
    else if (!m_session.admin)
        readOnlyReason = tr("Read only: only project administrators can change the retention "
                            "policy.");

    const QSignalBlocker block(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    QStringList types = TypeOrder;
    for (const QString &type : state.retention.byType.keys()) {
        if (!types.contains(type))
            types << type;
    }
    for (const QString &type : std::as_const(types)) {
        const auto policy = state.retention.byType.constFind(type);
        if (policy == state.retention.byType.cend())
            continue;
        auto *page = new RetentionPolicyForm(m_tabs);
        page->setObjectName(type);
        page->setPolicy(*policy);
        page->setReadOnly(!m_editable);
        connect(page, &RetentionPolicyForm::edited, this, &RetentionEditorDialog::refresh);
        m_tabs->addTab(page, typeName(type));
    }
    QString open = shownType; // a reload after saving stays on its tab
    if (open.isEmpty()) {
        for (const Environment &e : std::as_const(m_session.environments)) {
            if (e.id == m_session.preferredEnvironment)
                open = e.type;
        }
    }
    if (QWidget *page = form(open))
        m_tabs->setCurrentWidget(page);
    if (!readOnlyReason.isEmpty())
        showMessage(readOnlyReason, false);
    else if (m_message->text() == tr("Loading the retention policy…"))
        showMessage({}, false);
    refresh();
}

RetentionPolicyForm *RetentionEditorDialog::form(const QString &environmentType) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == environmentType)
            return qobject_cast<RetentionPolicyForm *>(m_tabs->widget(i));
    }
    return nullptr;
}

QString RetentionEditorDialog::currentType() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
}

DataRetention RetentionEditorDialog::edited() const
{
    DataRetention result = m_state.retention;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<RetentionPolicyForm *>(m_tabs->widget(i)))
            result.byType.insert(page->objectName(), page->policy());
    }
    return result;
}

bool RetentionEditorDialog::hasUnsavedChanges() const
{
    return m_editable && !RetentionRules::changes(m_state.retention, edited()).byType.isEmpty();
}

QString RetentionEditorDialog::message() const
{
    return m_message->text();
}

QString RetentionEditorDialog::simulation() const
{
    return m_projection->toPlainText() + u'\n' + m_outcome->toPlainText();
}

void RetentionEditorDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    showAsProblem(m_message, problem);
    m_message->setVisible(!text.isEmpty());
}

void RetentionEditorDialog::refresh()
{
    const QString type = currentType();
    RetentionPolicyForm *page = form(type);
    m_save->setEnabled(hasUnsavedChanges() && !m_loader->isBusy());
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *tab = qobject_cast<RetentionPolicyForm *>(m_tabs->widget(i));
        const bool changed
            = tab && m_state.retention.byType.value(tab->objectName()) != tab->policy();
        m_tabs->setTabText(i,
                           typeName(m_tabs->widget(i)->objectName())
                               + (changed && m_editable ? QStringLiteral(" *") : QString()));
    }
    if (!page) {
        m_subject->setText(tr("No policy to simulate."));
        m_strip->setOutcome({}, {}, QDateTime::currentDateTimeUtc());
        m_projection->clear();
        m_outcome->clear();
        return;
    }
    const RetentionPolicy policy = page->policy();
    const QList<Backup> backups = m_state.backups.value(type);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const RetentionOutcome outcome = RetentionSimulator::apply(backups, policy);
    const Environment sample = m_state.sample.value(type);
    m_subject->setText(tr("Simulated on %1 (backups today: %2): %3 kept, %4 evicted.")
                           .arg(sample.title.isEmpty() ? sample.name : sample.title)
                           .arg(outcome.verdicts.size())
                           .arg(outcome.kept())
                           .arg(outcome.evicted()));
    m_strip->setOutcome(outcome, backups, now);
    QString text = RetentionText::policy(policy) + u'\n';
    const QStringList problems = RetentionRules::problems(policy);
    for (const QString &problem : problems)
        text += tr("Refused: %1").arg(problem) + u'\n';
    text += u'\n' + RetentionText::projection(RetentionSimulator::project(backups, policy, now));
    m_projection->setPlainText(text);
    m_outcome->setPlainText(RetentionText::outcome(outcome));
}

void RetentionEditorDialog::save()
{
    if (!m_editable || m_loader->isBusy())
        return;
    const DataRetention changes = RetentionRules::changes(m_state.retention, edited());
    if (changes.byType.isEmpty()) {
        showMessage(tr("Nothing to save: the policy is as the server holds it."), false);
        return;
    }
    QStringList refusals;
    for (auto it = changes.byType.cbegin(); it != changes.byType.cend(); ++it) {
        RetentionPolicy checked = *it;
        checked.maxBackups = m_state.retention.byType.value(it.key()).maxBackups;
        for (const QString &problem : RetentionRules::problems(checked))
            refusals << tr("%1: %2").arg(typeName(it.key()), problem);
    }
    if (!refusals.isEmpty()) {
        showMessage(tr("Not saved, nothing was sent:") + u'\n' + refusals.join(u'\n'), true);
        return;
    }
    showMessage(tr("Saving…"), false);
    m_save->setEnabled(false);
    m_loader->save(changes);
}

void RetentionEditorDialog::onSaveFailed(const ApiError &error)
{
    // The server's own words: they say what its rules are better than any paraphrase.
    const QString words = error.message.isEmpty() ? error.describe() : error.message;
    showMessage(tr("The server refused the change:") + u'\n' + words, true);
    refresh();
}

void RetentionEditorDialog::reject()
{
    if (m_discarding || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    confirm(this, tr("Unsaved changes"),
            tr("The retention policy has changes that were not saved. Discard them?"),
            tr("&Discard"), [this] {
                m_discarding = true;
                reject();
            });
}

} // namespace bc::ui
