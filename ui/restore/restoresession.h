#pragma once

#include "client/callhandle.h"
#include "client/result.h"
#include "client/types.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace bc {
class ApiClient;
}

namespace bc::ui {

// What the restore dialogs need from the console: the account's client, who is signed in, the
// project and its environments, and the user's roles. The launcher fills it from ConsoleContext;
// tests fill it from the sandbox directly.
struct RestoreSession
{
    QPointer<ApiClient> client;
    UserInfo user;
    Project project;
    QList<Environment> environments;
    UserAccess access;
    // The activities the console knows of the environment shown (the feed's rows): how long a
    // backup or a restore usually takes there.
    QList<Activity> history;
    // How the dialog looks a backup up (Undo restore: the safety backup), through the console's
    // controller (ConsoleController::findBackup); nothing to undo with when empty.
    std::function<CallHandle(const QString &projectId, const QString &environmentId,
                             const QString &backupId, QObject *context, Callback<Backup>)>
        findBackup;
};

} // namespace bc::ui
