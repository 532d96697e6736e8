#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace bc {

// The safety backup taken before a restore, kept (QSettings, group "restoreUndo") so that the
// activity feed can offer "Undo restore" on that restore, even after a restart.
struct RestoreUndo
{
    QString project;
    QString restoreActivityId;
    QString environment; // the restore's target, where the safety backup lives
    QString backupId; // the safety backup: Undo restores it in place
};

class RestoreUndoStore final
{
public:
    // settingsFile empty: the application's QSettings.
    explicit RestoreUndoStore(const QString &settingsFile = {});

    // Kind::Storage when the settings file could not be written (no Undo is offered then).
    Result<Done> record(const RestoreUndo &undo);
    std::optional<RestoreUndo> find(const QString &project, const QString &restoreActivityId) const;
    void forget(const QString &project, const QString &restoreActivityId);

private:
    QString m_file;
};

} // namespace bc
