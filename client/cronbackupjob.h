#pragma once

#include "cronschedule.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace bc {

// The daily backup job of an app, as the cron assistant writes it: the `crons:` block for
// `.platform.app.yaml` or `.upsun/config.yaml`, guarded to run on production only, with its
// warnings and the reminder that the job needs an API token. Widget-free.
struct BackupCronJob
{
    Q_DECLARE_TR_FUNCTIONS(bc::BackupCronJob)

public:
    enum class Flavour { PlatformSh, Upsun };

    QString spec = QStringLiteral("0 5 * * *"); // read in UTC, as the platform does
    bool live = false;
    bool productionOnly = true;
    Flavour flavour = Flavour::PlatformSh;
    QString appName = QStringLiteral("app"); // Upsun: the key under `applications:`
    QString jobName = QStringLiteral("backup");
    QTimeZone projectZone = QTimeZone::utc();
    QTime busyStart = QTime(8, 0); // project time
    QTime busyEnd = QTime(20, 0);

    CronSchedule schedule() const { return CronSchedule::parse(spec); }
    // Why the job cannot be written (see CronSchedule::refusal); empty when it can.
    QString refusal() const { return schedule().refusal(); }
    // Busy hours for a consistent backup, a job without the production guard.
    QStringList warnings(const QDateTime &now) const;
    // The `crons:` block (empty when refused).
    QString yaml() const;
    // `platform backup:create --yes --no-wait [--live]` (upsun for Upsun).
    QString command() const;
    QString tokenReminder() const;

    static QString fileName(Flavour flavour); // .platform.app.yaml | .upsun/config.yaml
    static QString program(Flavour flavour); // platform | upsun
    static QString tokenVariable(Flavour flavour);
    // The first run in the busy hours among the next year's runs; invalid when none.
    QDateTime firstBusyRun(const QDateTime &now) const;
};

} // namespace bc
