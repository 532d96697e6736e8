#include "cronbackupjob.h"

namespace bc {

namespace {

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(pad);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString BackupCronJob::fileName(Flavour flavour)
{
    return flavour == Flavour::Upsun ? QStringLiteral(".upsun/config.yaml")
                                     : QStringLiteral(".platform.app.yaml");
}

QString BackupCronJob::program(Flavour flavour)
{
    return flavour == Flavour::Upsun ? QStringLiteral("upsun") : QStringLiteral("platform");
}

QString BackupCronJob::tokenVariable(Flavour flavour)
{
    return flavour == Flavour::Upsun ? QStringLiteral("UPSUN_CLI_TOKEN")
                                     : QStringLiteral("PLATFORMSH_CLI_TOKEN");
}

QString BackupCronJob::command() const
{
    QString line = program(flavour) + QLatin1String(" backup:create --yes --no-wait");
    if (live)
        line += QLatin1String(" --live");
    return line;
}

QString BackupCronJob::yaml() const
{
    if (!refusal().isEmpty())
        return {};
    // The guard keeps preview and staging environments, which inherit the same file, from
    // taking a backup every day of their own.
    const QString start = productionOnly
        ? QStringLiteral("if [ \"$PLATFORM_ENVIRONMENT_TYPE\" = production ]; then\n    %1\nfi\n")
              .arg(command())
        : command() + QLatin1Char('\n');
    const QString job = jobName + QLatin1String(":\n    spec: '") + schedule().spec()
        + QLatin1String("'\n    commands:\n        start: |\n") + indent(start, 12);
    const QString crons = QLatin1String("crons:\n") + indent(job, 4);
    if (flavour == Flavour::PlatformSh)
        return crons;
    return QLatin1String("applications:\n")
        + indent(appName + QLatin1String(":\n") + indent(crons, 4), 4);
}

QString BackupCronJob::tokenReminder() const
{
    return tr("The job needs an API token: add one as a sensitive project variable named "
              "env:%1 (e.g. %2 variable:create --level project --name env:%1 --sensitive true "
              "--visible-build false), and install the %2 CLI in the build hook.")
        .arg(tokenVariable(flavour), program(flavour));
}

QDateTime BackupCronJob::firstBusyRun(const QDateTime &now) const
{
    if (!busyStart.isValid() || !busyEnd.isValid())
        return {};
    for (const QDateTime &run : schedule().nextRuns(now, 400)) {
        if (run > now.addDays(366))
            break;
        const QTime local = run.toTimeZone(projectZone).time();
        const bool busy = busyStart <= busyEnd ? (local >= busyStart && local < busyEnd)
                                               : (local >= busyStart || local < busyEnd);
        if (busy)
            return run;
    }
    return {};
}

QStringList BackupCronJob::warnings(const QDateTime &now) const
{
    QStringList list;
    if (!refusal().isEmpty())
        return list;
    if (!live) {
        const QDateTime busy = firstBusyRun(now);
        if (busy.isValid())
            list.append(tr("A consistent backup pauses the site while it is taken: the run of %1 "
                           "UTC is %2 in %3, inside the busy hours %4–%5. Choose a quieter time, "
                           "or a live backup.")
                            .arg(busy.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 busy.toTimeZone(projectZone).toString(QStringLiteral("HH:mm")),
                                 QString::fromUtf8(projectZone.id()),
                                 busyStart.toString(QStringLiteral("HH:mm")),
                                 busyEnd.toString(QStringLiteral("HH:mm"))));
    }
    if (!productionOnly)
        list.append(tr("Without the production guard every environment that inherits this file "
                       "takes a backup, previews and staging included."));
    return list;
}

} // namespace bc
