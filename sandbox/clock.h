#pragma once

#include <QString>

#include <optional>

namespace bc::sandbox {

// Time in the sandbox: microseconds since the epoch, rendered as RFC 3339 with microseconds and
// "+00:00" as the contract wants (QDateTime alone only keeps milliseconds).
class Clock final
{
public:
    static qint64 now();
    // A strictly increasing "now", so list paging by created_at never sees two equal stamps.
    static qint64 uniqueNow();
    static QString format(qint64 micros);
    static std::optional<qint64> parse(const QString &text);

    static constexpr qint64 second = 1000000;
    static constexpr qint64 minute = 60 * second;
    static constexpr qint64 hour = 60 * minute;
    static constexpr qint64 day = 24 * hour;
};

} // namespace bc::sandbox
