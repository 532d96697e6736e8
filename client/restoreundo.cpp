#include "restoreundo.h"

#include "settingsfile.h"

#include <QSettings>

#include <memory>

namespace bc {

namespace {

std::unique_ptr<QSettings> open(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString key(const QString &project, const QString &activityId)
{
    return QStringLiteral("restoreUndo/") + project + u'/' + activityId;
}

} // namespace

RestoreUndoStore::RestoreUndoStore(const QString &settingsFile)
    : m_file(settingsFile)
{ }

Result<Done> RestoreUndoStore::record(const RestoreUndo &undo)
{
    auto settings = open(m_file);
    settings->beginGroup(key(undo.project, undo.restoreActivityId));
    settings->setValue(QStringLiteral("environment"), undo.environment);
    settings->setValue(QStringLiteral("backup"), undo.backupId);
    settings->endGroup();
    settings->sync();
    return SettingsFile::written(*settings);
}

std::optional<RestoreUndo> RestoreUndoStore::find(const QString &project,
                                                  const QString &restoreActivityId) const
{
    auto settings = open(m_file);
    settings->beginGroup(key(project, restoreActivityId));
    const QString backup = settings->value(QStringLiteral("backup")).toString();
    if (backup.isEmpty())
        return std::nullopt;
    return RestoreUndo{project, restoreActivityId,
                       settings->value(QStringLiteral("environment")).toString(), backup};
}

void RestoreUndoStore::forget(const QString &project, const QString &restoreActivityId)
{
    open(m_file)->remove(key(project, restoreActivityId));
}

} // namespace bc
