#include "drillcronjob.h"

#include <QRegularExpression>
#include <QStringList>

namespace bc {

namespace {

// Project ids and environment names as the API gives them: nothing a shell or systemd reads.
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return plain.match(name).hasMatch();
}

// A cron field of numbers, lists of numbers or '*', as systemd writes it ("1,15", "*"); empty
// when it has ranges, steps or names.
QString calendarField(const QString &field, int width)
{
    if (field == QLatin1String("*"))
        return field;
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0)
            return {};
        out.append(QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0')));
    }
    return out.join(QLatin1Char(','));
}

} // namespace

QString DrillCronJob::refusal() const
{
    if (project.isEmpty())
        return tr("Choose a project first.");
    if (!isPlainName(project) || !isPlainName(environment) || environment.isEmpty())
        return tr("The project or environment name cannot be written into a job safely.");
    const CronSchedule s = schedule();
    if (!s.isValid())
        return s.error();
    // A drill creates and deletes an environment: at most one a day (monthly is usual).
    if (const int perDay = s.maxRunsPerDay(); perDay > 1)
        return tr("The schedule %1 runs %n times a day: a drill creates and deletes an "
                  "environment, so run it at most once a day (once a month is usual).",
                  nullptr, perDay)
            .arg(s.spec());
    return s.refusal();
}

QString DrillCronJob::command() const
{
    return QStringLiteral("%1 drill -p %2 -e %3 --yes").arg(program, project, environment);
}

QString DrillCronJob::crontab() const
{
    if (!refusal().isEmpty())
        return {};
    return tr("# Restore drill of %1 (%2), with BackupConsole: exit code 1 when it fails.")
               .arg(environment, project)
        + QLatin1String("\nCRON_TZ=UTC\n") + schedule().spec() + QLatin1Char(' ') + command()
        + QLatin1Char('\n');
}

QString DrillCronJob::unitName() const
{
    return QStringLiteral("backup-console-drill-%1-%2").arg(project, environment);
}

QString DrillCronJob::onCalendar() const
{
    const QStringList fields = spec.simplified().split(QLatin1Char(' '));
    if (fields.size() != 5 || !schedule().isValid())
        return {};
    const QString minute = calendarField(fields[0], 2);
    const QString hour = calendarField(fields[1], 2);
    const QString day = calendarField(fields[2], 2);
    const QString month = calendarField(fields[3], 2);
    if (minute.isEmpty() || hour.isEmpty() || day.isEmpty() || month.isEmpty()
        || minute == QLatin1String("*") || hour == QLatin1String("*"))
        return {};
    QString weekdays;
    if (fields[4] != QLatin1String("*")) {
        // cron runs when the day of month OR the weekday matches; systemd needs both.
        if (day != QLatin1String("*"))
            return {};
        static const char *names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        QStringList out;
        for (const QString &part : fields[4].split(QLatin1Char(','))) {
            bool ok = false;
            const int value = part.toInt(&ok);
            if (!ok || value < 0 || value > 7)
                return {};
            out.append(QLatin1String(names[value]));
        }
        weekdays = out.join(QLatin1Char(',')) + QLatin1Char(' ');
    }
    return QStringLiteral("%1*-%2-%3 %4:%5:00 UTC").arg(weekdays, month, day, hour, minute);
}

QString DrillCronJob::systemdService() const
{
    if (!refusal().isEmpty())
        return {};
    return QStringLiteral("[Unit]\nDescription=%1\n\n[Service]\nType=oneshot\nExecStart=%2\n")
        .arg(tr("Restore drill of %1 (%2)").arg(environment, project), command());
}

QString DrillCronJob::systemdTimer() const
{
    const QString calendar = onCalendar();
    if (!refusal().isEmpty() || calendar.isEmpty())
        return {};
    return QStringLiteral("[Unit]\nDescription=%1\n\n[Timer]\nOnCalendar=%2\nPersistent=true\n\n"
                          "[Install]\nWantedBy=timers.target\n")
        .arg(tr("Restore drill of %1 (%2)").arg(environment, project), calendar);
}

} // namespace bc
