#include "timeformat.h"

#include <QLocale>

namespace bc {

QString TimeFormat::shortForm(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString TimeFormat::detailed(const QDateTime &when, const QTimeZone &projectZone)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    QStringList lines{locale.toString(local, QLocale::LongFormat)};
    if (projectZone.isValid() && projectZone.offsetFromUtc(when) != local.offsetFromUtc())
        lines.append(tr("Project time (%1): %2")
                         .arg(QString::fromUtf8(projectZone.id()),
                              locale.toString(when.toTimeZone(projectZone), QLocale::ShortFormat)));
    if (local.offsetFromUtc() != 0)
        lines.append(tr("UTC: %1").arg(locale.toString(when.toUTC(), QLocale::ShortFormat)));
    return lines.join(QLatin1Char('\n'));
}

QString TimeFormat::duration(qint64 seconds, Precision precision)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    qint64 minutes = 0;
    if (precision == Precision::Exact) {
        if (seconds < 3600)
            return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
        minutes = seconds / 60;
    } else {
        minutes = (seconds + 30) / 60;
        if (minutes < 60)
            return tr("%1 min").arg(minutes);
    }
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString TimeFormat::size(qint64 bytes)
{
    // One decimal whatever the unit: "1 GiB" for 1.15 GiB would hide a fifth of a gigabyte.
    return QLocale().formattedDataSize(bytes, bytes < 1024 ? 0 : 1);
}

} // namespace bc
