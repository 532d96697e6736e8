#include "notifier.h"

#include "client/drillrun.h"
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

void Notifier::drillFinished(const DrillRecord &record)
{
    const bool ok = record.succeeded() && record.cleanup != QLatin1String("left");
    if (!(ok ? m_onSuccess : m_onFailure))
        return;
    const QString title = ok ? tr("Restore drill passed: %1").arg(record.environment)
                             : tr("Restore drill failed: %1").arg(record.environment);
    const QString body = ok ? tr("Backup %1 restored in %2.")
                                  .arg(record.backup, DrillRun::durationText(record.rtoSeconds))
                            : record.failure;
    m_last = title;
    if (m_tray)
        m_tray->showMessage(title, body,
                            ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
}

} // namespace bc::ui
