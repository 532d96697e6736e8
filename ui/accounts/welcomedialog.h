#pragma once

#include "client/account.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace bc::ui {

// First start (and Accounts › Add): sign in with an API token, on a preset or custom URLs, or
// explore the sandbox. The dialog only collects; the account manager checks the token with a
// real exchange and answers through signInFailed() / accept().
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Page { Choice, SignIn };
    explicit WelcomeDialog(Page page = Page::Choice, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    void showSignInPage();
    // The service the sign-in page starts on (Preferences: new accounts).
    void setPreset(Account::Preset preset);
    // The token was refused or the server unreachable: say so and let the user try again.
    void signInFailed(const QString &message);

    QLineEdit *tokenEdit() const { return m_token; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *sandboxButton() const { return m_sandbox; }
    // Shown when the URLs are plain http to another host: the token would travel in clear.
    QCheckBox *cleartextConsent() const { return m_cleartext; }
    QLabel *cleartextWarning() const { return m_cleartextWarning; }
    QString statusText() const;

Q_SIGNALS:
    void signInRequested(const bc::Account &account, const QString &token);
    void sandboxRequested();

private:
    QWidget *makeChoicePage();
    QWidget *makeSignInPage();
    void onPresetChanged();
    void submit();
    void updateSubmit();
    Account chosenAccount() const;

    QStackedWidget *m_pages;
    QPushButton *m_sandbox = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_cleartextWarning = nullptr;
    QCheckBox *m_cleartext = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_busy = false;
};

} // namespace bc::ui
