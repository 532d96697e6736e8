#pragma once

#include "client/drilllog.h"
#include "client/types.h"
#include "models/preferences.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace bc::ui {

// Desktop notifications: QSystemTrayIcon::showMessage when a tray exists, nothing otherwise
// (headless sessions, desktops without a tray). For activities started here, successes and
// failures can each be silenced; activities started elsewhere (the schedule, a colleague, the
// command line) are told per their own choice: never, failures only (the default) or all
// (Preferences). The console tells the notifier which activities it started (noteOwn), so
// that the feed's report of their end is not told a second time.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    using Others = Preferences::NotifyOthers;

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setNotifyOn(bool success, bool failure);
    bool notifiesOnSuccess() const { return m_onSuccess; }
    bool notifiesOnFailure() const { return m_onFailure; }
    void setOthersPolicy(Others policy) { m_others = policy; }
    Others othersPolicy() const { return m_others; }
    // An activity started here (its end is told by activityFinished).
    void noteOwn(const Activity &activity);
    // An activity started here ended.
    void activityFinished(const Activity &activity);
    // The feed saw an activity end: told per the others' policy unless it was started here.
    void feedActivityFinished(const Activity &activity);
    // A restore drill ended: a failure is always worth a message (unless failures are silenced).
    void drillFinished(const DrillRecord &record);
    // The last message, shown or not for want of a tray (tests, and headless sessions); a
    // silenced kind leaves it as it was.
    QString lastMessage() const { return m_last; }

Q_SIGNALS:
    // A message was told (shown in the tray when there is one).
    void notified(const QString &title, const QString &body);

private:
    void tell(const QString &title, const QString &body, bool ok);

    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_own;
    QString m_last;
    bool m_onSuccess = true;
    bool m_onFailure = true;
    Others m_others = Others::Failures;
};

} // namespace bc::ui
