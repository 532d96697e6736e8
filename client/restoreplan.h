#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

// Where a restore goes. InPlace: the backup's own environment. Existing: a named environment
// that must exist. New: a named environment that must not exist yet, branched from `branchFrom`
// (empty = the backup's environment).
struct RestoreTarget
{
    enum class Kind { InPlace, Existing, New };
    Kind kind = Kind::InPlace;
    QString environment;
    QString branchFrom;

    static RestoreTarget inPlace() { return {}; }
    static RestoreTarget existing(const QString &name) { return {Kind::Existing, name, {}}; }
    static RestoreTarget newBranch(const QString &name, const QString &parent = {})
    {
        return {Kind::New, name, parent};
    }
    // The command line's reading of `--target X [--branch-from Y]`: no target = in place, a
    // target without branch_from must exist, with branch_from it must not.
    static RestoreTarget fromFlags(const QString &target, const QString &branchFrom);
};

struct RestoreOptions
{
    bool restoreCode = true;
    bool restoreResources = true;
    QString resourcesInit; // "" (server default: backup) | backup | parent | default | minimum
    QString ticket; // support staff: required
    QString confirmedProjectId; // support staff: the customer's project ID, typed again
    bool safetyBackup = false; // take a live backup of an existing target first
};

// Everything the plan is made from; nothing is fetched by the plan itself.
struct RestoreInput
{
    Backup backup;
    Project project;
    QList<Environment> environments; // the project's environments
    UserInfo user;
    UserAccess access;
    RestoreTarget target;
    RestoreOptions options;
    QDateTime now; // invalid = the current time
};

// A rule of contract §5/§7 the plan breaks; no request should be sent while any is present.
struct RestoreProblem
{
    enum class Code {
        TargetNameMissing, // Existing/New without a name
        InvalidBranchName, // New: not a valid branch name
        TargetNotFound, // Existing target unknown (server: pass branch_from to create it)
        TargetExists, // New target already exists (server: branch_from only for new ones)
        BranchFromUnknown, // New: parent unknown
        SourceUnknown, // the backup's environment is not in the list
        NotRestorable, // backup not restorable or not CREATED
        NoRestoreLink, // restorable but no #restore link for this user
        TargetInactive, // existing target is inactive
        TargetBusy, // target is_dirty
        SourceBusy, // source is_dirty
        NotAdminTarget, // not admin for the target's type
        NotAdminSource, // not admin for the source's type
        LegacyRegion, // legacy region, other target, customer account
        TicketRequired, // support staff without a ticket reference
        ProjectNotConfirmed, // support staff did not confirm the customer's project ID
        InvalidResourcesInit // not one of resourcesInitValues()
    };
    Code code;
    QString message; // translated; for server rules the same words as the server's refusal
};

// A line of the pre-flight summary.
struct RestoreFact
{
    enum class Kind {
        Replace, // what is replaced, in which environment
        NewEnvironment, // the target is created as a branch of its parent
        CodeKept, // restore_code off
        GitUnchanged, // Git is not changed: the next deploy brings the current code back
        ResourcesKept, // restore_resources off
        ResourcesInit, // how new containers are sized
        Pause, // the target pauses while it is restored
        LastBackupAge, // how old the target's last backup is
        LiveBackup, // restored only as consistent as it was taken
        SafetyBackup, // a live backup of the target is taken first
        Support, // a support restore, recorded with the ticket
        Production // production target: typed confirmation required
    };
    enum class Severity { Info, Warning, Danger };
    Kind kind;
    Severity severity;
    QString text; // translated
};

// A restore checked against every rule of contract §5 before any request: the problems that
// stop it, the request body, the pre-flight facts, the typed confirmation a production target
// needs and the equivalent `platform backup:restore` command line. Widget-free and cheap:
// rebuild it on every change.
class RestorePlan final
{
    Q_DECLARE_TR_FUNCTIONS(bc::RestorePlan)

public:
    explicit RestorePlan(RestoreInput input);

    const RestoreInput &input() const { return m_input; }

    // Rules: empty = the request may be sent (after confirmation, see below).
    const QList<RestoreProblem> &problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty(); }
    bool hasProblem(RestoreProblem::Code code) const;
    QString problemText() const; // all problems, one a line

    // The target as resolved: its name (the backup's environment when in place), whether it
    // is the backup's own environment, whether the restore creates it, and its parent.
    QString sourceName() const { return m_input.backup.environment; }
    QString targetName() const { return m_targetName; }
    bool isInPlace() const { return m_targetName == sourceName(); }
    bool createsEnvironment() const { return m_creates; }
    QString branchFrom() const { return m_branchFrom; }
    std::optional<Environment> sourceEnvironment() const;
    std::optional<Environment> targetEnvironment() const; // empty when created by the restore
    QString targetType() const; // the new branch's type is development (contract, sandbox)

    // Legacy region and a target other than the backup's environment.
    bool isLegacyCrossRestore() const;
    // Support staff act for the customer: ticket and project confirmation, audit log.
    bool isSupportRestore() const { return m_input.user.isSupportStaff(); }
    bool requiresTicket() const { return isSupportRestore(); }

    // The safety net is offered when the target exists; on by default for production/staging.
    bool canTakeSafetyBackup() const { return targetEnvironment().has_value(); }
    bool suggestsSafetyBackup() const;
    bool takesSafetyBackup() const { return m_input.options.safetyBackup && canTakeSafetyBackup(); }

    // Production target: the user must type the target's name before the restore is sent.
    bool requiresTypedConfirmation() const;
    QString confirmationWord() const { return m_targetName; }
    bool isConfirmedBy(const QString &typed) const;

    // The body: only what is set; in place omits environment_name.
    RestoreRequest request() const;
    QList<RestoreFact> facts() const;
    QStringList factTexts() const;

    // `platform backup:restore <ID> -p <project> -e <source> [--target X] [--branch-from Y]
    // [--no-code] [--no-resources] [--resources-init Z]` (the Platform.sh/Upsun CLI's flags).
    QStringList commandArguments() const;
    QString commandLine(const QString &program = QStringLiteral("platform")) const;
    // `platform backup:create --live -p <project> -e <target>`: the safety net, when taken.
    QString safetyCommandLine(const QString &program = QStringLiteral("platform")) const;

    // The server's words for the legacy-region refusal.
    static QString legacyRegionMessage(const QString &region);
    // git check-ref-format rules for a single branch name, and a length the service accepts.
    static bool isValidBranchName(const QString &name);
    static constexpr int maxBranchNameLength = 64;
    static const QStringList &resourcesInitValues();
    // "3 days", "5 hours", "12 minutes": how long ago, for the summary.
    static QString ageText(const QDateTime &from, const QDateTime &to);

private:
    void resolveTarget();
    void check();
    void checkTarget();
    void checkPermissions();
    void checkSupport();
    void add(RestoreProblem::Code code, const QString &message);
    std::optional<Environment> find(const QString &name) const;
    QDateTime now() const;

    RestoreInput m_input;
    QString m_targetName;
    QString m_branchFrom;
    bool m_creates = false;
    QList<RestoreProblem> m_problems;
};

} // namespace bc
