#pragma once

#include "client/drilllog.h"
#include "client/types.h"

#include <QObject>

class QSystemTrayIcon;

namespace bc::ui {

// Desktop notifications for activities started here: QSystemTrayIcon::showMessage when a tray
// exists, nothing otherwise (headless sessions, desktops without a tray). Successes and failures
// can each be silenced (Preferences).
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setNotifyOn(bool success, bool failure);
    bool notifiesOnSuccess() const { return m_onSuccess; }
    bool notifiesOnFailure() const { return m_onFailure; }
    void activityFinished(const Activity &activity);
    // A restore drill ended: a failure is always worth a message (unless failures are silenced).
    void drillFinished(const DrillRecord &record);
    // The last message, shown or not for want of a tray (tests, and headless sessions); a
    // silenced kind leaves it as it was.
    QString lastMessage() const { return m_last; }

private:
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
    bool m_onSuccess = true;
    bool m_onFailure = true;
};

} // namespace bc::ui
