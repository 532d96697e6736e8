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

void Notifier::noteOwn(const Activity &activity)
{
    if (!activity.id.isEmpty())
        m_own.insert(activity.id);
}

void Notifier::activityFinished(const Activity &activity)
{
    noteOwn(activity);
    if (!(activity.isSuccess() ? m_onSuccess : m_onFailure))
        return;
    const QString title = activity.isSuccess()
        ? tr("Done: %1").arg(ActivityText::summary(activity))
        : tr("Failed: %1").arg(ActivityText::summary(activity));
    QString body = activity.environments.join(QStringLiteral(", "));
    if (!activity.backupName().isEmpty())
        body += u'\n' + tr("Backup %1").arg(activity.backupName());
    tell(title, body, activity.isSuccess());
}

void Notifier::feedActivityFinished(const Activity &activity)
{
    if (m_own.contains(activity.id) || m_others == Others::Never
        || (m_others == Others::Failures && activity.isSuccess()))
        return;
    const QString title = activity.isSuccess()
        ? tr("Done: %1").arg(ActivityText::summary(activity))
        : tr("Failed: %1").arg(ActivityText::summary(activity));
    QString body = tr("Started by %1, not from this console").arg(ActivityText::who(activity));
    if (!activity.environments.isEmpty())
        body += u'\n' + activity.environments.join(QStringLiteral(", "));
    tell(title, body, activity.isSuccess());
}

void Notifier::tell(const QString &title, const QString &body, bool ok)
{
    m_last = title;
    if (m_tray)
        m_tray->showMessage(title, body,
                            ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    Q_EMIT notified(title, body);
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
    tell(title, body, ok);
}

} // namespace bc::ui
