#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace bc::ui {

class ConsoleController;

// The status bar's permanent part: connection state (or that there is no account yet), the number
// of running activities and, once no keyring answers, that tokens are kept for this session only.
class StatusIndicator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicator)

public:
    StatusIndicator(ConsoleController *controller, QStatusBar *bar);
    ~StatusIndicator() override;

    QString connectionText() const;
    QString runningText() const;
    // Empty while the keychain works.
    QString keychainText() const;
    // Sets the texts again in the current language (the server's error text stays as it came).
    void retranslate();

private:
    void updateRunning();
    void showConnection(bool connected, const QString &text);
    // The connection, or that there is no account to connect with.
    void updateConnection();
    void showKeychainUnavailable();

    ConsoleController *m_controller;
    QLabel *m_account;
    QLabel *m_connection;
    QLabel *m_running;
    QLabel *m_keychain;
    QString m_keychainCause; // the keyring's own words, untranslated
    bool m_connected = true;
    QString m_connectionText;
};

} // namespace bc::ui
