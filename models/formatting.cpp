#include "formatting.h"

namespace bc {

namespace {

// Singular and plural spelled out: without a loaded translation, tr()'s %n gives "day(s)".
QString count(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

QString Formatting::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds < 60 * 86400)
        return count(seconds / 86400, tr("1 day"), tr("%1 days"));
    return count(seconds / (30 * 86400), tr("1 month"), tr("%1 months"));
}

QString Formatting::relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 delta = when.secsTo(now);
    if (delta >= 0 && delta < 45)
        return tr("just now");
    if (delta < 0 && delta > -45)
        return tr("in a moment");
    const qint64 magnitude = delta < 0 ? -delta : delta;
    // Their own messages (by comment): some languages inflect them after "in" and "ago"
    // ("vor 3 Tagen") but not as a plain duration ("3 Tage").
    QString amount;
    if (magnitude < 3600)
        amount = count(qMax<qint64>(1, magnitude / 60), tr("1 minute", "relative"),
                       tr("%1 minutes", "relative"));
    else if (magnitude < 86400)
        amount = count(magnitude / 3600, tr("1 hour", "relative"), tr("%1 hours", "relative"));
    else if (magnitude < 60 * 86400)
        amount = count(magnitude / 86400, tr("1 day", "relative"), tr("%1 days", "relative"));
    else if (magnitude < 365 * 86400)
        amount = count(magnitude / (30 * 86400), tr("1 month", "relative"),
                       tr("%1 months", "relative"));
    else
        amount = count(magnitude / (365 * 86400), tr("1 year", "relative"),
                       tr("%1 years", "relative"));
    return delta < 0 ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString Formatting::environmentStatus(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("active", "environment status");
    if (status == QLatin1String("inactive"))
        return tr("inactive", "environment status");
    if (status == QLatin1String("paused"))
        return tr("paused", "environment status");
    if (status == QLatin1String("dirty"))
        return tr("busy", "environment status");
    if (status == QLatin1String("deleting"))
        return tr("deleting", "environment status");
    return status;
}

QString Formatting::environmentType(const QString &type)
{
    if (type == QLatin1String("production"))
        return tr("production", "environment type");
    if (type == QLatin1String("staging"))
        return tr("staging", "environment type");
    if (type == QLatin1String("development"))
        return tr("development", "environment type");
    return type;
}

QString Formatting::environmentKind(const QString &type)
{
    if (type == QLatin1String("production"))
        return tr("Production environment");
    if (type == QLatin1String("staging"))
        return tr("Staging environment");
    if (type == QLatin1String("development"))
        return tr("Development environment");
    return tr("Environment of type %1").arg(type);
}

QString Formatting::organization(const QString &id)
{
    return tr("Organization %1", "an organization without a name: its short id").arg(id.left(8));
}

} // namespace bc
