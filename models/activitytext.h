#pragma once

#include "client/types.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// How the feed names and draws an activity (translated).
struct ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(bc::ActivityText)

public:
    static QStringList backupTypes(); // environment.backup, .restore, .backup.delete
    static QString who(const Activity &activity);
    // "main: automated backup", in the user's language, for the backup types; else the
    // server's plain text (or a made-up one).
    static QString summary(const Activity &activity);
    // Restores: source, target, the branch it was made from and, for support restores, the ticket.
    static QString details(const Activity &activity);
    // ":/icons/activity-<kind>-<outcome>.svg"
    static QString iconName(const Activity &activity);
    // Unknown states and failure reasons are shown as the service sent them.
    static QString stateLabel(const Activity &activity);
    static QString timings(const Activity &activity); // "waited 0.2 s, ran 12.0 s", or ""
};

} // namespace bc
