#pragma once

#include "client/types.h"

#include <QByteArray>
#include <QList>

namespace bc {

// The backups as CSV (RFC 4180, UTF-8): raw values, so a spreadsheet can sort and sum them.
struct BackupCsv
{
    static QByteArray write(const QList<Backup> &backups);
};

} // namespace bc
