#pragma once

#include "client/types.h"

#include <QObject>

class QSystemTrayIcon;

namespace bc::ui {

// Desktop notifications for activities started here: QSystemTrayIcon::showMessage when a tray
// exists, nothing otherwise (headless sessions, desktops without a tray).
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void activityFinished(const Activity &activity);
    // The last message, shown or not (tests, and headless sessions).
    QString lastMessage() const { return m_last; }

private:
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
};

} // namespace bc::ui
