#include "restorerun.h"

#include "client/activityprogress.h"
#include "client/apiclient.h"
#include "client/restoreundo.h"
#include "models/actionjob.h"

#include <QLoggingCategory>

#include <algorithm>

namespace bc::ui {

namespace {
Q_LOGGING_CATEGORY(lcRestore, "bc.ui")

QString outcomeOf(const Activity &activity)
{
    if (activity.state == QLatin1String("cancelled"))
        return QStringLiteral("cancelled");
    return activity.isSuccess() ? QStringLiteral("success") : QStringLiteral("failure");
}
} // namespace

RestoreRun::RestoreRun(ApiClient *client, RestorePlan plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_auditPath(AuditLog::defaultPath())
{ }

RestoreRun::~RestoreRun() = default;

void RestoreRun::start()
{
    if (m_plan.isSupportRestore()) {
        // Written before anything is sent: an audit entry exists even if the app dies mid-way.
        m_audit = AuditEntry::fromPlan(m_plan);
        AuditLog log(m_auditPath);
        if (!log.append(*m_audit)) {
            fail(log.errorString(), {});
            return;
        }
    }
    m_steps = m_plan.takesSafetyBackup() ? 2 : 1;
    readTargetHistory();
    if (m_steps == 2)
        startSafetyBackup();
    else
        startRestore();
}

// One bar for the whole run: with a safety backup each step fills its half, so the bar never
// jumps back from 100 % to the start of the restore.
void RestoreRun::stepProgress(int percent)
{
    const int overall = ((m_step - 1) * 100 + std::clamp(percent, 0, 100)) / m_steps;
    if (overall < m_progress)
        return;
    m_progress = overall;
    Q_EMIT progressChanged(overall);
}

ActionJob *RestoreRun::watch(ActionJob *job)
{
    job->setFollowLog(true);
    connect(job, &ActionJob::accepted, this, [this](const Activity &activity) {
        m_activityIds.append(activity.id);
        audit({});
        Q_EMIT activityStarted(activity);
    });
    connect(job, &ActionJob::updated, this, [this](const Activity &activity) {
        stepProgress(activity.completionPercent);
        stepTime(activity);
    });
    connect(job, &ActionJob::lineReceived, this, &RestoreRun::lineReceived);
    connect(job, &ActionJob::failed, this, [this](const ApiError &error) {
        if (!m_activityIds.isEmpty()) {
            fail(error.describe(), QStringLiteral("unknown"));
        } else if (error.leavesOutcomeUnknown()) {
            // No answer is no refusal: the server may have started it; the audit entry written
            // before sending keeps its outcome open, as the command line's does.
            fail(tr("%1 The restore may have started all the same: check the activities of %2.")
                     .arg(error.describe(), m_plan.targetName()),
                 {});
        } else {
            fail(error.describe(), QStringLiteral("refused"));
        }
    });
    return job;
}

void RestoreRun::startSafetyBackup()
{
    const std::optional<Environment> target = m_plan.targetEnvironment();
    m_step = 1;
    Q_EMIT stageChanged(
        tr("Step 1 of 2: safety backup. Taking a live backup of %1…").arg(m_plan.targetName()));
    stepProgress(0);
    stepUsual(QStringLiteral("environment.backup"));
    ActionJob *job = watch(ActionJob::createBackup(m_client, *target, /*safe=*/false, this));
    connect(job, &ActionJob::finished, this, &RestoreRun::onSafetyDone);
    job->start();
}

void RestoreRun::onSafetyDone(const Activity &activity)
{
    if (!activity.isSuccess()) {
        fail(tr("The safety backup of %1 failed; nothing was restored.").arg(m_plan.targetName()),
             QStringLiteral("failure"));
        return;
    }
    m_safetyBackupId = activity.backupName();
    qCInfo(lcRestore) << "safety backup" << m_safetyBackupId << "of" << m_plan.targetName();
    startRestore();
}

void RestoreRun::startRestore()
{
    const QString restoring
        = tr("Restoring backup %1 to %2…").arg(m_plan.input().backup.id, m_plan.targetName());
    m_step = m_steps;
    Q_EMIT stageChanged(m_steps == 2 ? tr("Step 2 of 2: restore. %1").arg(restoring) : restoring);
    stepProgress(0);
    stepUsual(QStringLiteral("environment.restore"));
    ApiClient *client = m_client;
    const Backup backup = m_plan.input().backup;
    const RestoreRequest request = m_plan.request();
    auto *job = watch(new ActionJob(
        client,
        [client, backup, request](QObject *context, Callback<Activity> done) {
            return client->restoreBackup(backup, request, context, std::move(done));
        },
        this));
    connect(job, &ActionJob::finished, this, &RestoreRun::onRestoreDone);
    job->start();
}

void RestoreRun::onRestoreDone(const Activity &activity)
{
    m_restoreActivity = activity;
    // The server never hears of the ticket (issue 11): the console's activity carries it.
    m_restoreActivity.supportTicket = m_plan.request().ticket.value_or(QString());
    audit(outcomeOf(activity));
    m_finished = true;
    m_succeeded = activity.isSuccess();
    if (!m_succeeded)
        m_error = tr("The restore of %1 ended without success (%2).")
                      .arg(m_plan.targetName(), outcomeOf(activity));
    // Recorded here, not by a dialog: the run may end long after its dialog was closed.
    if (m_succeeded && !m_safetyBackupId.isEmpty()) {
        const Result<Done> recorded = RestoreUndoStore().record(
            {m_plan.input().project.id, activity.id, m_plan.targetName(), m_safetyBackupId});
        if (!recorded.ok())
            Q_EMIT storageFailed(tr("Undo restore cannot be offered (the safety backup %1 is "
                                    "kept)")
                                     .arg(m_safetyBackupId),
                                 recorded.error());
    }
    stepProgress(100);
    m_usual.reset();
    Q_EMIT timeChanged({});
    Q_EMIT stageChanged(m_succeeded ? tr("%1 was restored from backup %2.")
                                          .arg(m_plan.targetName(), m_plan.input().backup.id)
                                    : m_error);
    Q_EMIT finished(m_succeeded);
}

// Each step's own history: a safety backup is a live backup of the target, the restore a
// restore into it (a new environment has none).
void RestoreRun::stepUsual(const QString &type)
{
    m_usual = ActivityProgress::usualDuration(type, m_plan.targetName(), /*consistent=*/false,
                                              m_history);
    Q_EMIT timeChanged(m_usual ? ActivityProgress::usualText(*m_usual) : QString());
}

// The feed's rows are those the console loaded (a page or two of the project's newest): what
// they say nothing of (a restore to another environment, a step seldom run), the target's own
// recent backups and restores tell.
void RestoreRun::readTargetHistory()
{
    const std::optional<Environment> target = m_plan.targetEnvironment();
    if (!m_client || !target)
        return; // a new environment has no history
    const QString name = m_plan.targetName();
    const auto known = [this, &name](const QString &type) {
        return ActivityProgress::usualDuration(type, name, /*consistent=*/false, m_history)
            .has_value();
    };
    if ((m_steps == 1 || known(QStringLiteral("environment.backup")))
        && known(QStringLiteral("environment.restore")))
        return;
    ActivityQuery query;
    query.environment = target->id;
    query.types = {QStringLiteral("environment.backup"), QStringLiteral("environment.restore")};
    query.states = {QStringLiteral("complete")};
    query.count = 20;
    m_client->activities(
        m_plan.input().project.id, query, this, [this](Result<QList<Activity>> result) {
            if (!result.ok() || m_finished)
                return; // no estimate is no harm: the run goes on
            m_history.append(result.value());
            if (!m_usual)
                stepUsual(m_step < m_steps ? QStringLiteral("environment.backup")
                                           : QStringLiteral("environment.restore"));
        });
}

void RestoreRun::stepTime(const Activity &activity)
{
    if (!m_usual || activity.isFinished())
        return;
    Q_EMIT timeChanged(ActivityProgress::remainingText(
        *m_usual, ActivityProgress::elapsed(activity, QDateTime::currentDateTimeUtc())));
}

void RestoreRun::fail(const QString &text, const QString &outcome)
{
    if (m_finished)
        return;
    if (!outcome.isEmpty())
        audit(outcome);
    m_finished = true;
    m_error = text;
    m_usual.reset();
    Q_EMIT timeChanged({});
    Q_EMIT stageChanged(text);
    Q_EMIT finished(false);
}

void RestoreRun::audit(const QString &outcome)
{
    if (!m_audit)
        return;
    AuditLog log(m_auditPath);
    if (!log.update(*m_audit, m_activityIds, outcome)) {
        qCWarning(lcRestore) << "audit log:" << log.errorString();
        Q_EMIT storageFailed(tr("The support restore's outcome was not recorded"),
                             ApiError::make(ApiError::Kind::Storage, log.errorString()));
    }
}

} // namespace bc::ui
