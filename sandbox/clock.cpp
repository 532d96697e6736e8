#include "clock.h"

#include <QDateTime>
#include <QRegularExpression>

#include <chrono>

namespace bc::sandbox {

qint64 Clock::now()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

qint64 Clock::uniqueNow()
{
    static qint64 last = 0;
    last = qMax(now(), last + 1);
    return last;
}

QString Clock::format(qint64 micros)
{
    const qint64 seconds = micros >= 0 ? micros / second : (micros - second + 1) / second;
    const qint64 fraction = micros - seconds * second;
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
        + QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0')) + QStringLiteral("+00:00");
}

std::optional<qint64> Clock::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T "
                       "](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDateTime base = QDateTime::fromString(
        match.captured(1) + QLatin1Char('T') + match.captured(2) + QLatin1Char('Z'), Qt::ISODate);
    if (!base.isValid()) {
        return std::nullopt;
    }
    qint64 result = base.toSecsSinceEpoch() * second;
    const QString fraction = QString(match.captured(3) + QStringLiteral("000000")).left(6);
    result += fraction.toLongLong();
    const QString zone = match.captured(4);
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const qint64 offset
            = (digits.left(2).toLongLong() * 60 + digits.mid(2).toLongLong()) * minute;
        result += zone.startsWith(QLatin1Char('+')) ? -offset : offset;
    }
    return result;
}

} // namespace bc::sandbox
