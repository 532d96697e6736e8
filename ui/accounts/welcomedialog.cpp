#include "welcomedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bc::ui {

WelcomeDialog::WelcomeDialog(Page page, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to BackupConsole"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_pages->addWidget(makeChoicePage());
    m_pages->addWidget(makeSignInPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    if (page == Page::SignIn)
        showSignInPage();
    resize(520, 360);
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget *WelcomeDialog::makeChoicePage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("<h2>BackupConsole</h2><p>Take, browse and restore the backups "
                                "of your Platform.sh and Upsun environments.</p>"),
                             page);
    title->setWordWrap(true);
    auto *signIn = new QCommandLinkButton(tr("Sign in with an API token"),
                                          tr("Use your Platform.sh or Upsun account. The token "
                                             "is kept in the system keychain."),
                                          page);
    signIn->setObjectName(QStringLiteral("chooseSignIn"));
    m_sandbox = new QCommandLinkButton(tr("Explore the sandbox"),
                                       tr("A local server with demo projects: try everything "
                                          "without an account or a network."),
                                       page);
    m_sandbox->setObjectName(QStringLiteral("chooseSandbox"));
    m_sandbox->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(signIn);
    layout->addWidget(m_sandbox);
    layout->addStretch();
    connect(signIn, &QPushButton::clicked, this, &WelcomeDialog::showSignInPage);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        m_sandbox->setEnabled(false);
        Q_EMIT sandboxRequested();
    });
    return page;
}

QWidget *WelcomeDialog::makeSignInPage()
{
    auto *page = new QWidget(this);
    m_preset = new QComboBox(page);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(Account::presetName(Account::Preset::PlatformSh),
                      int(Account::Preset::PlatformSh));
    m_preset->addItem(Account::presetName(Account::Preset::Upsun), int(Account::Preset::Upsun));
    m_preset->addItem(Account::presetName(Account::Preset::Custom), int(Account::Preset::Custom));
    m_apiUrl = new QLineEdit(page);
    m_apiUrl->setObjectName(QStringLiteral("apiUrl"));
    m_authUrl = new QLineEdit(page);
    m_authUrl->setObjectName(QStringLiteral("authUrl"));
    m_label = new QLineEdit(page);
    m_label->setPlaceholderText(tr("e.g. Work (optional)"));
    m_token = new QLineEdit(page);
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste your API token"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_signIn = new QPushButton(tr("Sign in"), page);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    m_cleartextWarning = new QLabel(page);
    m_cleartextWarning->setObjectName(QStringLiteral("cleartextWarning"));
    m_cleartextWarning->setWordWrap(true);
    m_cleartextWarning->setTextFormat(Qt::PlainText);
    m_cleartextWarning->setVisible(false);
    m_cleartext = new QCheckBox(tr("Send the token &unencrypted anyway"), page);
    m_cleartext->setObjectName(QStringLiteral("cleartextConsent"));
    m_cleartext->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Service:"), m_preset);
    form->addRow(tr("API URL:"), m_apiUrl);
    form->addRow(tr("Auth URL:"), m_authUrl);
    form->addRow(tr("Name:"), m_label);
    form->addRow(tr("API token:"), m_token);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_cleartextWarning);
    layout->addWidget(m_cleartext);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &WelcomeDialog::onPresetChanged);
    for (QLineEdit *edit : {m_apiUrl, m_authUrl, m_token})
        connect(edit, &QLineEdit::textChanged, this, &WelcomeDialog::updateSubmit);
    connect(m_cleartext, &QCheckBox::toggled, this, &WelcomeDialog::updateSubmit);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomeDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    onPresetChanged();
    return page;
}

void WelcomeDialog::showSignInPage()
{
    m_pages->setCurrentIndex(1);
    m_token->setFocus();
}

void WelcomeDialog::setPreset(Account::Preset preset)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(preset))));
}

void WelcomeDialog::onPresetChanged()
{
    const auto preset = Account::Preset(m_preset->currentData().toInt());
    const Account account = Account::fromPreset(preset);
    const bool custom = preset == Account::Preset::Custom;
    m_apiUrl->setReadOnly(!custom);
    m_authUrl->setReadOnly(!custom);
    // Custom starts empty: the auth server defaults to the API host (as the sandbox serves it).
    m_apiUrl->setText(custom ? QString() : account.apiUrl.toString());
    m_authUrl->setText(custom ? QString() : account.authUrl.toString());
    m_authUrl->setPlaceholderText(custom ? tr("Same as the API URL") : QString());
    updateSubmit();
}

void WelcomeDialog::updateSubmit()
{
    const QUrl api = QUrl::fromUserInput(m_apiUrl->text().trimmed());
    const Account account = chosenAccount();
    const bool cleartext = !m_apiUrl->text().trimmed().isEmpty() && account.sendsTokensInClear();
    if (cleartext) {
        const QUrl url = Account::isCleartext(account.apiUrl) ? account.apiUrl : account.authUrl;
        m_cleartextWarning->setText(
            tr("⚠ %1 is plain http: the API token and the access tokens would cross the network "
               "unencrypted, readable by anyone on the way. Use https:// unless this is a test "
               "server on a network you trust.")
                .arg(url.host()));
    } else {
        m_cleartext->setChecked(false);
    }
    m_cleartextWarning->setVisible(cleartext);
    m_cleartext->setVisible(cleartext);
    m_signIn->setEnabled(!m_busy && !m_token->text().trimmed().isEmpty() && api.isValid()
                         && !m_apiUrl->text().trimmed().isEmpty()
                         && (!cleartext || m_cleartext->isChecked()));
}

Account WelcomeDialog::chosenAccount() const
{
    const auto preset = Account::Preset(m_preset->currentData().toInt());
    Account account = Account::fromPreset(preset, m_label->text().trimmed());
    if (preset == Account::Preset::Custom) {
        const QUrl api = QUrl::fromUserInput(m_apiUrl->text().trimmed());
        const QString auth = m_authUrl->text().trimmed();
        account = Account::custom(api, auth.isEmpty() ? api : QUrl::fromUserInput(auth),
                                  m_label->text().trimmed());
    }
    return account;
}

void WelcomeDialog::submit()
{
    if (m_busy || (chosenAccount().sendsTokensInClear() && !m_cleartext->isChecked()))
        return;
    m_busy = true;
    updateSubmit();
    const Account account = chosenAccount();
    m_status->setText(tr("Checking the token…"));
    Q_EMIT signInRequested(account, m_token->text().trimmed());
}

void WelcomeDialog::signInFailed(const QString &message)
{
    m_busy = false;
    m_sandbox->setEnabled(true);
    m_status->setText(message);
    updateSubmit();
}

QString WelcomeDialog::statusText() const
{
    return m_status->text();
}

} // namespace bc::ui
