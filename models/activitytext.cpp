#include "activitytext.h"

#include <QLocale>

namespace bc {

QStringList ActivityText::backupTypes()
{
    return {QStringLiteral("environment.backup"), QStringLiteral("environment.restore"),
            QStringLiteral("environment.backup.delete")};
}

QString ActivityText::who(const Activity &activity)
{
    const QString user = activity.userDisplayName();
    const QString owner = activity.onBehalfOf();
    if (!owner.isEmpty())
        return tr("%1 (support, for %2)").arg(user, owner);
    return user.isEmpty() ? tr("Platform") : user;
}

// The environment first, in the user's language: a row cut at its end still says where
// ("main: automated backup"), where the server's English sentence lost it ("Platform.sh created
// an automated backu…"). The actor is on the row's second line; the server's words are in the
// tooltip.
QString ActivityText::summary(const Activity &activity)
{
    const QString environment = activity.environments.value(0);
    if (!environment.isEmpty()) {
        if (activity.type == QLatin1String("environment.backup")) {
            if (activity.payload.value(QLatin1String("automated")).toBool())
                return tr("%1: automated backup", "environment: what happened").arg(environment);
            const std::optional<bool> safe = activity.safe();
            if (!safe)
                return tr("%1: backup", "environment: what happened").arg(environment);
            return *safe
                ? tr("%1: consistent backup", "environment: what happened").arg(environment)
                : tr("%1: live backup", "environment: what happened").arg(environment);
        }
        if (activity.type == QLatin1String("environment.restore")) {
            const QString target = activity.targetEnvironment();
            return tr("%1: restore", "environment: what happened")
                .arg(target.isEmpty() ? environment : target);
        }
        if (activity.type == QLatin1String("environment.backup.delete"))
            return tr("%1: backup deleted", "environment: what happened").arg(environment);
    }
    if (!activity.text.isEmpty())
        return activity.text;
    return tr("%1 on %2").arg(activity.type, activity.environments.join(QStringLiteral(", ")));
}

QString ActivityText::details(const Activity &activity)
{
    if (activity.type != QLatin1String("environment.restore"))
        return {};
    QString source = activity.sourceEnvironment();
    if (source.isEmpty())
        source = activity.environments.value(0);
    QString target = activity.targetEnvironment();
    if (target.isEmpty())
        target = source;
    QString text = tr("Backup %1 from %2 to %3").arg(activity.backupName(), source, target);
    if (!activity.branchFrom().isEmpty())
        text += tr(" (new branch of %1)").arg(activity.branchFrom());
    if (!activity.ticket().isEmpty())
        text += tr(" · ticket %1").arg(activity.ticket());
    return text;
}

QString ActivityText::iconName(const Activity &activity)
{
    QString kind = QStringLiteral("other");
    if (activity.type == QLatin1String("environment.backup"))
        kind = QStringLiteral("backup");
    else if (activity.type == QLatin1String("environment.restore"))
        kind = QStringLiteral("restore");
    else if (activity.type == QLatin1String("environment.backup.delete"))
        kind = QStringLiteral("delete");
    QString outcome = QStringLiteral("running");
    if (activity.isFinished())
        outcome = activity.isSuccess() ? QStringLiteral("success") : QStringLiteral("failure");
    return QStringLiteral(":/icons/activity-%1-%2.svg").arg(kind, outcome);
}

QString ActivityText::stateLabel(const Activity &activity)
{
    if (activity.state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (activity.isFinished()) {
        if (activity.isSuccess())
            return tr("Succeeded");
        if (activity.failureReason == QLatin1String("shell"))
            return tr("Failed (a command failed)");
        if (activity.failureReason == QLatin1String("error"))
            return tr("Failed (platform error)");
        // A reason the service added since: shown as it comes.
        return activity.failureReason.isEmpty() ? tr("Failed")
                                                : tr("Failed (%1)").arg(activity.failureReason);
    }
    if (activity.state == QLatin1String("pending"))
        return tr("Pending");
    if (activity.state == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (activity.state == QLatin1String("staged"))
        return tr("Staged");
    if (activity.state != QLatin1String("in_progress") && !activity.state.isEmpty())
        return activity.state; // a state the service added since: shown as it comes
    return tr("Running %1%").arg(activity.completionPercent);
}

QString ActivityText::timings(const Activity &activity)
{
    const auto seconds = [](double value) {
        return QLocale().toString(value, 'f', 1);
    };
    QStringList parts;
    if (activity.timings.contains(QStringLiteral("wait")))
        parts.append(
            tr("waited %1 s").arg(seconds(activity.timings.value(QStringLiteral("wait")))));
    if (activity.timings.contains(QStringLiteral("execute")))
        parts.append(
            tr("ran %1 s").arg(seconds(activity.timings.value(QStringLiteral("execute")))));
    return parts.join(QStringLiteral(", "));
}

} // namespace bc
