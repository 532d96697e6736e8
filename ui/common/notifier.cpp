#include "notifier.h"

#include "models/activitytext.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace bc::ui {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/app.svg")), this);
    m_tray->setToolTip(tr("BackupConsole"));
    m_tray->show();
}

Notifier::~Notifier() = default;

void Notifier::setNotifyOn(bool success, bool failure)
{
    m_onSuccess = success;
    m_onFailure = failure;
}

void Notifier::activityFinished(const Activity &activity)
{
    if (!(activity.isSuccess() ? m_onSuccess : m_onFailure))
        return;
    const QString title = activity.isSuccess()
        ? tr("Done: %1").arg(ActivityText::summary(activity))
        : tr("Failed: %1").arg(ActivityText::summary(activity));
    QString body = activity.environments.join(QStringLiteral(", "));
    if (!activity.backupName().isEmpty())
        body += u'\n' + tr("Backup %1").arg(activity.backupName());
    m_last = title;
    if (m_tray)
        m_tray->showMessage(title, body,
                            activity.isSuccess() ? QSystemTrayIcon::Information
                                                 : QSystemTrayIcon::Warning);
}

} // namespace bc::ui
