#pragma once

#include "apierror.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSettings;

namespace bc {

// The health of a QSettings file (accounts, preferences, undo store). QSettings reads what it can
// of a damaged file and writes the rest back at its next sync, so a file it cannot parse would be
// replaced, silently, by what could be read of it. check() keeps its bytes first.
class SettingsFile final
{
    Q_DECLARE_TR_FUNCTIONS(bc::SettingsFile)

public:
    // file empty: the application's QSettings file. Nothing when the file reads well or does
    // not exist. A file QSettings cannot parse is copied, byte for byte, to "<file>.corrupt"
    // (or "<file>.corrupt-2"... when an older, different copy is there; an identical copy is
    // reused); the error names both. A file that cannot be read at all: an error naming it.
    static std::optional<ApiError> check(const QString &file = {});
    // After a write and sync(): the error when the settings could not be written to their file.
    static Result<Done> written(const QSettings &settings);
};

} // namespace bc
