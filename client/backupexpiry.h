#pragma once

#include "types.h"

#include <QDateTime>

namespace bc {

// Past its expires_at: about to be deleted, whatever links the server still lists, so neither
// restored nor drilled.
inline bool isExpired(const Backup &backup, const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    return backup.expiresAt && backup.expiresAt->isValid() && *backup.expiresAt <= now;
}

} // namespace bc
