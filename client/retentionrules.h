#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace bc {

// One schedule interval ("1d", "2w", "1M") in parts: n units of h d w M y.
struct IntervalSpec
{
    int n = 0;
    char unit = 0;
};

// What the console checks in a data_retention policy before anything is sent, and the patch
// that carries only what changed (contract §5; spec ProjectSettingsPatch.data_retention).
class RetentionRules final
{
    Q_DECLARE_TR_FUNCTIONS(bc::RetentionRules)

public:
    // "1d" → {1, 'd'}; nullopt for anything else ("0d", "d", "1x", "1D", " 1d").
    static std::optional<IntervalSpec> parseInterval(const QString &interval);
    // Interval length in seconds, with the sandbox's fixed lengths (M = 30 d, y = 365 d); 0
    // when malformed. Only used where a length is needed (expiry, cadence), never for buckets.
    static qint64 intervalSeconds(const QString &interval);

    // Every reason the policy is refused, in the user's language; empty when valid. The
    // policy's max_backups is the plan's limit (read from the server, never edited).
    static QStringList problems(const RetentionPolicy &policy);
    // How many backups the policy keeps at most: manual_count + every schedule count.
    static int capacity(const RetentionPolicy &policy);

    // The environment types whose policy differs between before and after, each with its
    // default_config only: max_backups belongs to the plan and is never sent back.
    static DataRetention changes(const DataRetention &before, const DataRetention &after);
};

} // namespace bc
