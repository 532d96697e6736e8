#pragma once

#include "types.h"

#include <QByteArray>

namespace bc {

// Request bodies (JSON). Only what is set is sent.
QByteArray encodeRestore(const RestoreRequest &request);
QByteArray encodeRetention(const DataRetention &retention);
QByteArray encodeBackup(bool safe);

} // namespace bc
