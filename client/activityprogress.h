#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace bc {

// Honest progress of a running activity, for the dialog, the feed and the command line: the
// phase read from its state, its log and its completion, and how long the same kind of activity
// usually takes in that environment (from its history) instead of a percentage that sits at 98 %.
struct ActivityProgress
{
    Q_DECLARE_TR_FUNCTIONS(bc::ActivityProgress)

public:
    enum class Phase {
        Done, // finished (complete or cancelled)
        WaitingToStart, // pending
        Running, // in progress, no finer phase known
        WaitingForPause, // consistent backup: the site is not paused yet
        SitePaused, // consistent backup: the site is paused, its requests held
        Finishing, // after the pause (resume, snapshot, upload), or completion >= 90 %
    };

    // Completion from which any running activity is said to be finishing.
    static constexpr int FinishingPercent = 90;

    // A backup that pauses the site: environment.backup not taken live (safe in the payload,
    // else in the parameters; consistent when neither says).
    static bool isConsistentBackup(const Activity &activity);
    // The phase from the state, the log text read so far (lines as received) and the completion.
    // A consistent backup is waiting for the pause until a log line mentions a pause, paused
    // until a later line mentions a resume, a snapshot or an upload, then finishing.
    static Phase phase(const Activity &activity, const QString &log);
    static QString phaseText(Phase phase);

    // The median duration (completed_at minus started_at, else created_at) of the newest five
    // successful activities of `like`'s type in its environment (backups: of the same
    // consistency) among `history`; `like` itself is left out. Empty when there is none.
    static std::optional<std::chrono::milliseconds> usualDuration(const Activity &like,
                                                                  const QList<Activity> &history);
    // The same for an activity not started yet (`consistent` only matters for backups).
    static std::optional<std::chrono::milliseconds>
    usualDuration(const QString &type, const QString &environment, bool consistent,
                  const QList<Activity> &history, const QString &excludeId = {});

    // "40 s", "3 min", "1 h 5 min".
    static QString duration(std::chrono::milliseconds duration);
    // "usually takes ~40 s"
    static QString usualText(std::chrono::milliseconds usual);
    // "about 20 s left", or "taking longer than usual" once `elapsed` passed `usual`.
    static QString remainingText(std::chrono::milliseconds usual,
                                 std::chrono::milliseconds elapsed);
    // How long the activity has been running at `now` (since started_at, else created_at).
    static std::chrono::milliseconds elapsed(const Activity &activity, const QDateTime &now);
    // The line for a running activity: its phase, then what history says ("Site paused,
    // requests held · about 20 s left"; "Waiting to start · usually takes ~40 s"). Empty once
    // finished.
    static QString line(const Activity &activity, const QString &log,
                        const QList<Activity> &history, const QDateTime &now);
};

} // namespace bc
