#pragma once

#include "client/types.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bc {

// Why an action is unavailable, in words for a disabled action's tooltip. An empty string means
// the action is available. The server's action links decide; the rest only explains their absence.
struct ActionReasons
{
    Q_DECLARE_TR_FUNCTIONS(bc::ActionReasons)

public:
    static QString backup(const std::optional<Environment> &environment,
                          const std::optional<UserAccess> &access);
    static QString restore(const std::optional<Backup> &backup, const QString &environmentType,
                           const std::optional<UserAccess> &access);
    static QString deleteBackup(const std::optional<Backup> &backup, const QString &environmentType,
                                const std::optional<UserAccess> &access);
};

} // namespace bc
