#pragma once

#include "retentionsimulator.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// The simulator's picture as plain text: `backup-console retention:simulate` and the retention
// editor print the same lines. Times are UTC, "yyyy-MM-dd HH:mm".
class RetentionText final
{
    Q_DECLARE_TR_FUNCTIONS(bc::RetentionText)

public:
    // "manual 3; 1d × 7, 1w × 4, 1M × 12; keeps up to 26 (plan: 26)"
    static QString policy(const RetentionPolicy &policy);
    // One line per backup: keep/evict, time, id, kind, reason; then a count.
    static QString outcome(const RetentionOutcome &outcome);
    static QString projection(const RetentionProjection &projection);
    static QString time(const QDateTime &time);
};

} // namespace bc
