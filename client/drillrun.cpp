#include "drillrun.h"

#include "activitytracker.h"
#include "apiclient.h"
#include "backupexpiry.h"
#include "logging.h"
#include "timeformat.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace bc {

namespace {

bool isRestorable(const Backup &backup)
{
    return backup.restorable && backup.status == QLatin1String("CREATED") && !isExpired(backup);
}

} // namespace

DrillRun::DrillRun(ApiClient *client, DrillLog *log, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_options(std::move(options))
{
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.project = m_options.project;
    m_record.environment = m_options.environment;
    m_record.backup = m_options.backupId;
}

DrillRun::~DrillRun() = default;

QString DrillRun::scratchName(const QDateTime &time, const QList<Environment> &existing)
{
    const QString base
        = QStringLiteral("drill-") + time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const auto taken = [&existing](const QString &name) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&name](const Environment &e) { return e.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

QString DrillRun::durationText(qint64 seconds)
{
    if (seconds < 0)
        return tr("unknown");
    return TimeFormat::duration(seconds, TimeFormat::Precision::Exact);
}

QString DrillRun::rpoText(const DrillRecord &record)
{
    if (!record.backupCreatedAt.isValid() || !record.startedAt.isValid())
        return {};
    return RestorePlan::ageText(record.backupCreatedAt, record.startedAt);
}

QString DrillRun::quotaRefusal(const Project &project, const QList<Environment> &environments)
{
    if (!project.environmentQuota)
        return {};
    const auto counted
        = std::count_if(environments.cbegin(), environments.cend(), [](const Environment &e) {
              return e.type != QLatin1String("production") && e.status != QLatin1String("inactive");
          });
    if (counted < *project.environmentQuota)
        return {};
    return tr("There is no room for the drill's scratch environment: the plan of %1 allows %n "
              "active environment(s) besides production, and %2 are active. Deactivate one, or "
              "raise the plan.",
              nullptr, *project.environmentQuota)
        .arg(project.id)
        .arg(counted);
}

void DrillRun::start()
{
    if (!m_client)
        return end(QStringLiteral("refused"), tr("The account is gone."));
    m_pending = 5;
    auto done = [this](const std::optional<ApiError> &error) {
        if (m_gatherFailed || m_finished)
            return;
        if (error) {
            m_gatherFailed = true;
            return end(QStringLiteral("refused"), error->describe());
        }
        if (--m_pending == 0)
            gathered();
    };
    auto keep = [done](auto &slot) {
        return [done, &slot](auto result) {
            if (!result.ok())
                return done(result.error());
            slot = result.value();
            done(std::nullopt);
        };
    };
    const QString project = m_options.project;
    const QString environment = m_options.environment;
    m_client->project(project, this, keep(m_input.project));
    m_client->environments(project, this, keep(m_input.environments));
    m_client->me(this, keep(m_input.user));
    m_client->userAccess(project, this, keep(m_input.access));
    if (!m_options.backupId.isEmpty()) {
        m_client->backup(project, environment, m_options.backupId, this, keep(m_input.backup));
        return;
    }
    m_client->backups(project, environment, this, [this, done](Result<QList<Backup>> backups) {
        if (!backups.ok())
            return done(backups.error());
        // Newest first (contract): the first restorable one.
        for (const Backup &backup : backups.value()) {
            if (isRestorable(backup)) {
                m_input.backup = backup;
                return done(std::nullopt);
            }
        }
        if (!m_gatherFailed && !m_finished) {
            m_gatherFailed = true;
            end(QStringLiteral("refused"),
                tr("The environment %1 has no restorable backup to drill.")
                    .arg(m_options.environment));
        }
    });
}

void DrillRun::gathered()
{
    const QDateTime now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
    const QString scratch = scratchName(now, m_input.environments);
    m_input.target = RestoreTarget::newBranch(scratch, m_options.environment);
    m_input.options.ticket = m_options.ticket;
    m_input.options.confirmedProjectId = m_options.confirmedProjectId;
    m_input.now = now;
    m_record.backup = m_input.backup.id;
    m_record.backupCreatedAt = m_input.backup.createdAt;
    m_record.scratchEnvironment = scratch;
    m_record.user = m_input.user.displayName();

    const RestorePlan plan(m_input);
    QStringList problems;
    if (!plan.isValid())
        problems.append(plan.problemText());
    if (const QString quota = quotaRefusal(m_input.project, m_input.environments); !quota.isEmpty())
        problems.append(quota);
    // The clean-up deactivates and deletes a development environment: the same admin role the
    // restore to a new environment needs, so the plan's rule covers it.
    if (!problems.isEmpty())
        return end(QStringLiteral("refused"), problems.join(QLatin1Char('\n')));

    const qint64 age
        = m_input.backup.createdAt.isValid() ? m_input.backup.createdAt.secsTo(now) : -1;
    m_summary
        = tr("Drill the backup %1 of %2 (taken %3): restore it into a new environment %4 "
             "branched from %2, check that it is active and deployed, then %5.")
              .arg(m_input.backup.id, m_options.environment,
                   age >= 0 ? tr("%1 ago").arg(RestorePlan::ageText(m_input.backup.createdAt, now))
                            : tr("at an unknown time"),
                   scratch,
                   m_options.keep ? tr("keep it for inspection") : tr("deactivate and delete it"));
    Q_EMIT planned(m_summary);
}

void DrillRun::proceed()
{
    if (m_finished || m_summary.isEmpty() || !m_client)
        return;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    if (m_record.backupCreatedAt.isValid())
        m_record.rpoSeconds
            = std::max<qint64>(0, m_record.backupCreatedAt.secsTo(m_record.startedAt));
    // A drill that never ends is still in the log, as running. One that cannot be logged could
    // leave a scratch environment nobody knows of: refused before anything is created.
    if (m_log && !m_log->append(m_record)) {
        const QString error = m_log->errorString();
        m_log = nullptr; // nothing more is written there
        return end(QStringLiteral("refused"),
                   tr("%1\nNothing was created: a drill is written to its log before it starts.")
                       .arg(error));
    }
    Q_EMIT step(tr("Restoring %1 into %2...").arg(m_record.backup, m_record.scratchEnvironment));
    m_clock.start();
    const RestorePlan plan(m_input);
    if (plan.isSupportRestore()) {
        // A support drill is a support restore: audited like any other, before it is sent.
        m_audit = AuditEntry::fromPlan(plan);
        AuditLog log(m_options.auditPath.isEmpty() ? AuditLog::defaultPath() : m_options.auditPath);
        if (!log.append(*m_audit))
            return end(QStringLiteral("refused"), log.errorString());
    }
    m_client->restoreBackup(m_input.backup, plan.request(), this, [this](Result<Activity> result) {
        if (!result.ok()) {
            const ApiError &error = result.error();
            const bool answered = error.httpStatus >= 400
                || error.kind == ApiError::Kind::NotAllowed || error.kind == ApiError::Kind::Auth;
            if (answered) {
                audit(QStringLiteral("refused"));
                return fail(tr("The restore was refused: %1").arg(error.describe()));
            }
            // No readable answer: the service may have created the scratch environment.
            audit(QStringLiteral("failure"));
            m_created = true;
            m_uncertain = true;
            return fail(tr("The restore's answer was lost (%1); the scratch environment %2 may "
                           "exist and is looked for.")
                            .arg(error.describe(), m_record.scratchEnvironment));
        }
        if (m_audit)
            m_audit->activityIds.append(result->id);
        audit(QString());
        restored(result.value());
    });
}

void DrillRun::restored(const Activity &activity)
{
    m_created = true;
    follow(activity, [this](const Activity &done) {
        audit(done.isSuccess()                               ? QStringLiteral("success")
                  : done.state == QLatin1String("cancelled") ? QStringLiteral("cancelled")
                                                             : QStringLiteral("failure"));
        if (!done.isSuccess()) {
            QString why = done.state == QLatin1String("cancelled")
                ? tr("the restore was cancelled")
                : tr("the restore ended with %1")
                      .arg(done.result.isEmpty() ? done.state : done.result);
            if (!done.failureReason.isEmpty())
                why += QStringLiteral(" (%1)").arg(done.failureReason);
            return fail(tr("The drill failed: %1.").arg(why));
        }
        check();
    });
}

void DrillRun::check()
{
    Q_EMIT step(tr("Checking %1...").arg(m_record.scratchEnvironment));
    m_client->environment(
        m_options.project, m_record.scratchEnvironment, this, [this](Result<Environment> env) {
            if (!env.ok())
                return fail(tr("The scratch environment %1 cannot be read after the restore: %2")
                                .arg(m_record.scratchEnvironment, env.error().describe()));
            if (env->status != QLatin1String("active"))
                return fail(tr("The scratch environment %1 is %2 after the restore, not active.")
                                .arg(env->name, env->status));
            if (env->lastDeploymentSucceeded != true) {
                const QString why = env->lastDeploymentFailure.isEmpty()
                    ? tr("the service reports no successful deployment")
                    : env->lastDeploymentFailure;
                return fail(
                    tr("The scratch environment %1 did not deploy: %2.").arg(env->name, why));
            }
            m_record.rtoSeconds = m_clock.elapsed() / 1000;
            m_record.outcome = QStringLiteral("success");
            if (m_options.keep) {
                m_record.cleanup = QStringLiteral("kept");
                return end(QStringLiteral("success"));
            }
            save();
            cleanUp();
        });
}

void DrillRun::cleanUp()
{
    if (!m_cleaningUp) {
        m_cleanupClock.start();
        Q_EMIT step(tr("Deactivating %1...").arg(m_record.scratchEnvironment));
    }
    m_cleaningUp = true;
    m_client->environment(
        m_options.project, m_record.scratchEnvironment, this, [this](Result<Environment> env) {
            if (!env.ok()) {
                if (env.error().httpStatus == 404) {
                    // Gone, or never created when the restore's answer was lost.
                    m_record.cleanup = m_uncertain ? QString() : QStringLiteral("deleted");
                    m_created = false;
                    return end(m_record.outcome.isEmpty() ? QStringLiteral("failure")
                                                          : m_record.outcome,
                               m_record.failure);
                }
                return fail(tr("The scratch environment %1 cannot be read: %2")
                                .arg(m_record.scratchEnvironment, env.error().describe()));
            }
            if (env->status == QLatin1String("inactive"))
                return deleteScratch();
            // A restore still running on it (its answer was lost): wait, up to 15 minutes.
            if (env->isDirty && m_cleanupClock.elapsed() < 15 * 60 * 1000) {
                QTimer::singleShot(2000, this, &DrillRun::cleanUp);
                return;
            }
            m_client->deactivateEnvironment(env.value(), this, [this](Result<Activity> activity) {
                if (!activity.ok())
                    return fail(tr("The scratch environment %1 could not be deactivated: %2")
                                    .arg(m_record.scratchEnvironment, activity.error().describe()));
                follow(activity.value(), [this](const Activity &done) {
                    if (!done.isSuccess())
                        return fail(tr("Deactivating the scratch environment %1 ended with %2.")
                                        .arg(m_record.scratchEnvironment, done.result));
                    deleteScratch();
                });
            });
        });
}

void DrillRun::deleteScratch()
{
    Q_EMIT step(tr("Deleting %1...").arg(m_record.scratchEnvironment));
    m_client->environment(
        m_options.project, m_record.scratchEnvironment, this, [this](Result<Environment> env) {
            if (!env.ok())
                return fail(tr("The scratch environment %1 cannot be read: %2")
                                .arg(m_record.scratchEnvironment, env.error().describe()));
            m_client->deleteEnvironment(env.value(), this, [this](Result<Activity> activity) {
                if (!activity.ok())
                    return fail(tr("The scratch environment %1 could not be deleted: %2")
                                    .arg(m_record.scratchEnvironment, activity.error().describe()));
                follow(activity.value(), [this](const Activity &done) {
                    if (!done.isSuccess())
                        return fail(tr("Deleting the scratch environment %1 ended with %2.")
                                        .arg(m_record.scratchEnvironment, done.result));
                    confirmGone();
                });
            });
        });
}

void DrillRun::confirmGone()
{
    m_client->environment(
        m_options.project, m_record.scratchEnvironment, this, [this](Result<Environment> env) {
            if (env.ok())
                return fail(tr("The scratch environment %1 still exists after its deletion.")
                                .arg(m_record.scratchEnvironment));
            if (env.error().httpStatus != 404)
                return fail(tr("Whether the scratch environment %1 is gone cannot be read: %2")
                                .arg(m_record.scratchEnvironment, env.error().describe()));
            m_created = false;
            m_uncertain = false;
            m_record.cleanup = QStringLiteral("deleted");
            end(m_record.outcome.isEmpty() ? QStringLiteral("failure") : m_record.outcome,
                m_record.failure);
        });
}

void DrillRun::fail(const QString &failure)
{
    if (m_finished)
        return;
    qCWarning(lcClient) << "drill" << m_record.id << "failed:" << failure;
    // A failure after the restore succeeded (the clean-up) keeps the measured figures but the
    // drill as a whole failed: something was left behind.
    m_record.outcome = QStringLiteral("failure");
    if (m_record.failure.isEmpty())
        m_record.failure = failure;
    else
        m_record.failure += QLatin1Char('\n') + failure;
    if (!m_created) {
        m_record.cleanup = QString(); // nothing was created
        return end(QStringLiteral("failure"), m_record.failure);
    }
    if (m_options.keep || m_cleaningUp) {
        // Already cleaning up (or told to keep it): say exactly what is left.
        m_record.cleanup = m_options.keep ? QStringLiteral("kept") : QStringLiteral("left");
        if (!m_options.keep)
            m_record.failure += QLatin1Char('\n')
                + tr("The scratch environment %1 is left in %2: delete it in the console or "
                     "with `platform environment:delete -p %2 -e %1`.")
                      .arg(m_record.scratchEnvironment, m_options.project);
        return end(QStringLiteral("failure"), m_record.failure);
    }
    // The restore or the check failed: the scratch environment must not stay behind.
    save();
    cleanUp();
}

void DrillRun::end(const QString &outcome, const QString &failure)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_tracker)
        m_tracker->stop();
    m_record.outcome = outcome;
    m_record.failure = failure;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    if (!m_record.startedAt.isValid())
        m_record.startedAt = m_record.finishedAt;
    save();
    Q_EMIT finished(m_record);
}

void DrillRun::follow(const Activity &activity, std::function<void(const Activity &)> next)
{
    m_record.activityIds.append(activity.id);
    save();
    Q_EMIT activityStarted(activity);
    if (m_tracker)
        m_tracker->deleteLater();
    m_tracker = new ActivityTracker(m_client, activity, this);
    m_tracker->setFollowLog(false);
    connect(m_tracker, &ActivityTracker::finished, this,
            [next = std::move(next)](const Activity &done) { next(done); });
    connect(m_tracker, &ActivityTracker::failed, this, [this](const ApiError &error) {
        fail(tr("The activity could not be followed: %1").arg(error.describe()));
    });
    m_tracker->start();
}

void DrillRun::audit(const QString &outcome)
{
    if (!m_audit)
        return;
    AuditLog log(m_options.auditPath.isEmpty() ? AuditLog::defaultPath() : m_options.auditPath);
    if (!log.update(*m_audit, m_audit->activityIds, outcome))
        Q_EMIT step(log.errorString());
}

void DrillRun::save()
{
    if (m_log && !m_log->append(m_record))
        Q_EMIT step(m_log->errorString());
}

} // namespace bc
