#pragma once

#include "auditlog.h"
#include "drilllog.h"
#include "restoreplan.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace bc {

class ActivityTracker;
class ApiClient;

// One restore drill (issue 16), for the command line and the window alike: restore a backup of
// ENV into a new scratch environment branched from ENV, wait for it, check that the scratch
// environment is active and deployed, measure the time to restore (RTO) and the backup's age
// (RPO), then deactivate and delete the scratch environment unless asked to keep it. Every
// step is written to the drill log as it happens, so a crash leaves the truth on disk.
//
// start() gathers what the plan needs and checks every refusal before anything is created:
// planned() (call proceed() to go on, or drop the object) or finished() with outcome
// "refused". proceed() ends with finished() exactly once.
class DrillRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillRun)

public:
    struct Options
    {
        QString project;
        QString environment;
        QString backupId; // empty: the newest restorable backup
        bool keep = false; // leave the scratch environment for inspection
        QString ticket; // support staff: the ticket reference
        QString confirmedProjectId; // support staff: the customer's project ID typed again
        QDateTime now; // invalid: the current time (names the scratch environment)
        // Support staff: where their drill's restore is audited (empty: AuditLog::defaultPath()).
        QString auditPath;
    };

    DrillRun(ApiClient *client, DrillLog *log, Options options, QObject *parent = nullptr);
    ~DrillRun() override;

    void start();
    void proceed();
    // The log the drill is written to (nullptr: none). The window plans without one, so that
    // checking a drill it never starts leaves no trace, and sets it before proceed().
    void setLog(DrillLog *log) { m_log = log; }

    const DrillRecord &record() const { return m_record; }
    // The plan in words (the scratch environment, the backup, its age, what happens after).
    QString summary() const { return m_summary; }
    // The scratch environment's name for a drill started at `time`: drill-YYYYMMDD-HHMM, with
    // -2, -3 ... when taken.
    static QString scratchName(const QDateTime &time, const QList<Environment> &existing);
    // "45 s", "4 min 10 s", "1 h 5 min": a measured time to restore, for people.
    static QString durationText(qint64 seconds);
    // "8 hours", "3 days": how old the backup was when the drill started; "" when unknown.
    static QString rpoText(const DrillRecord &record);
    // The refusal of a drill when the plan leaves no room for the scratch environment.
    static QString quotaRefusal(const Project &project, const QList<Environment> &environments);

Q_SIGNALS:
    void planned(const QString &summary);
    void step(const QString &text); // "Restoring ...", "Checking ...", "Deleting ..."
    void activityStarted(const bc::Activity &activity);
    void finished(const bc::DrillRecord &record);

private:
    void gathered();
    void restored(const Activity &activity);
    void check();
    void cleanUp();
    void deleteScratch();
    void confirmGone();
    void end(const QString &outcome, const QString &failure = {});
    void fail(const QString &failure);
    void follow(const Activity &activity, std::function<void(const Activity &)> next);
    void save();
    void audit(const QString &outcome);

    QPointer<ApiClient> m_client;
    DrillLog *m_log;
    Options m_options;
    RestoreInput m_input;
    int m_pending = 0;
    bool m_gatherFailed = false;
    bool m_created = false; // the scratch environment may exist
    bool m_cleaningUp = false;
    // The restore's answer was lost (network, timeout, unreadable body): the service may have
    // acted, so the scratch environment is looked for, but not claimed to exist.
    bool m_uncertain = false;
    QElapsedTimer m_cleanupClock; // how long the clean-up has waited for a busy environment
    bool m_finished = false;
    DrillRecord m_record;
    std::optional<AuditEntry> m_audit; // a support drill's restore, as in the audit log
    QString m_summary;
    QElapsedTimer m_clock; // from the restore request
    ActivityTracker *m_tracker = nullptr;
};

} // namespace bc
