#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace bc::ui {

class ConsoleController;

// The status bar's permanent part: connection state and the number of running activities.
class StatusIndicator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicator)

public:
    StatusIndicator(ConsoleController *controller, QStatusBar *bar);
    ~StatusIndicator() override;

    QString connectionText() const;
    QString runningText() const;
    // Sets the texts again in the current language (the server's error text stays as it came).
    void retranslate();

private:
    void updateRunning();
    void showConnection(bool connected, const QString &text);

    ConsoleController *m_controller;
    QLabel *m_account;
    QLabel *m_connection;
    QLabel *m_running;
    bool m_connected = true;
};

} // namespace bc::ui
