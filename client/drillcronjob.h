#pragma once

#include "cronschedule.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// The monthly restore drill job the cron assistant writes (issue 16). A drill needs this
// console's command line, which the platform's app containers do not have, so the job runs on
// the admin's own machine (or a CI runner): a crontab line, or a systemd user service and timer.
// The API token comes from the command line's stored account or PLATFORMSH_CLI_TOKEN in the
// job's environment; it is never written into the job. Widget-free.
struct DrillCronJob
{
    Q_DECLARE_TR_FUNCTIONS(bc::DrillCronJob)

public:
    QString spec = QStringLiteral("0 6 1 * *"); // 06:00 UTC on the 1st of every month
    QString project;
    QString environment = QStringLiteral("main");
    QString program = QStringLiteral("backup-console");

    CronSchedule schedule() const { return CronSchedule::parse(spec); }
    // Why the job cannot be written: no project, a bad schedule, more than once a day, or a name
    // a shell would read as something else.
    QString refusal() const;
    // `backup-console drill -p P -e E --yes`
    QString command() const;
    // For `crontab -e` (cron reads the spec in the machine's zone: CRON_TZ=UTC keeps it UTC).
    QString crontab() const;
    // ~/.config/systemd/user/backup-console-drill-P-E.{service,timer}
    QString unitName() const;
    QString systemdService() const;
    QString systemdTimer() const;
    // The timer's OnCalendar= for the spec, when systemd can say it (minute, hour, day of
    // month, month and weekday lists of numbers or '*'); empty otherwise.
    QString onCalendar() const;
};

} // namespace bc
