// RestorePlan: the pre-flight facts and the equivalent command line.
#include "restoreplan.h"
#include "timeformat.h"

#include <QRegularExpression>

namespace bc {

namespace {

using Kind = RestoreFact::Kind;
using Severity = RestoreFact::Severity;

// Shell quoting for a pasted command line: only what a POSIX shell would split or expand.
QString shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9._/:=@%+,-]+$)"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString RestorePlan::ageText(const QDateTime &from, const QDateTime &to)
{
    // Explicit singular and plural: without a loaded translation, "%n day(s)" stays as written.
    const qint64 minutes = std::max<qint64>(0, from.secsTo(to) / 60);
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    if (minutes < 48 * 60)
        return minutes < 120 ? tr("1 hour") : tr("%1 hours").arg(minutes / 60);
    return tr("%1 days").arg(minutes / (24 * 60));
}

QList<RestoreFact> RestorePlan::facts() const
{
    QList<RestoreFact> facts;
    const Backup &backup = m_input.backup;
    const RestoreOptions &options = m_input.options;
    const QString when = TimeFormat::shortForm(backup.createdAt);
    if (m_creates)
        facts.append({Kind::NewEnvironment, Severity::Info,
                      tr("A new environment %1 is created as a branch of %2.")
                          .arg(m_targetName, m_branchFrom)});
    const QString what = options.restoreCode ? tr("data and code") : tr("data");
    facts.append({Kind::Replace, m_creates ? Severity::Info : Severity::Warning,
                  tr("The %1 of %2 will be replaced by backup %3 of %4, taken %5.")
                      .arg(what, m_targetName, backup.id, sourceName(), when)});
    if (options.restoreCode)
        facts.append({Kind::GitUnchanged, Severity::Warning,
                      tr("Git is not changed: the next deploy of %1 brings its current code back.")
                          .arg(m_targetName)});
    else
        facts.append({Kind::CodeKept, Severity::Info,
                      tr("%1 keeps its current code; only data is restored.").arg(m_targetName)});
    if (!options.restoreResources)
        facts.append({Kind::ResourcesKept, Severity::Info,
                      tr("%1 keeps its current resource sizing.").arg(m_targetName)});
    if (!options.resourcesInit.isEmpty())
        facts.append({Kind::ResourcesInit, Severity::Info,
                      tr("Containers created by the restore are sized from: %1.")
                          .arg(options.resourcesInit)});
    facts.append({Kind::Pause, Severity::Warning,
                  tr("%1 pauses while it is restored: requests are held until it is done.")
                      .arg(m_targetName)});
    if (const std::optional<Environment> target = targetEnvironment()) {
        // The backup being restored is itself a backup of its environment, whatever the
        // environment's last_backup_at (which may lag or be null) says.
        QDateTime last = target->lastBackupAt;
        if (backup.environment == target->id && backup.createdAt.isValid()
            && (!last.isValid() || backup.createdAt > last))
            last = backup.createdAt;
        if (last.isValid())
            facts.append({Kind::LastBackupAge, Severity::Info,
                          tr("The last backup of %1 was taken %2 ago.")
                              .arg(m_targetName, ageText(last, now()))});
        else
            facts.append({Kind::LastBackupAge, Severity::Warning,
                          tr("%1 has never been backed up.").arg(m_targetName)});
    }
    if (!backup.safe)
        facts.append({Kind::LiveBackup, Severity::Warning,
                      tr("This is a live backup: it is restored only as consistent as it was "
                         "taken, with writes made during the backup possibly half done.")});
    if (takesSafetyBackup())
        facts.append({Kind::SafetyBackup, Severity::Info,
                      tr("A live backup of %1 is taken first; Undo restore brings it back.")
                          .arg(m_targetName)});
    if (isSupportRestore())
        facts.append({Kind::Support, Severity::Warning,
                      tr("Support restore for project %1 (ticket %2): recorded in the activity "
                         "and in the local audit log.")
                          .arg(m_input.project.id, options.ticket.trimmed())});
    if (requiresTypedConfirmation())
        facts.append(
            {Kind::Production, Severity::Danger,
             tr("%1 is a production environment: type its name to confirm.").arg(m_targetName)});
    return facts;
}

QStringList RestorePlan::factTexts() const
{
    QStringList texts;
    for (const RestoreFact &fact : facts())
        texts.append(fact.text);
    return texts;
}

QStringList RestorePlan::commandArguments() const
{
    QStringList arguments{QStringLiteral("backup:restore"),
                          m_input.backup.id,
                          QStringLiteral("-p"),
                          m_input.project.id,
                          QStringLiteral("-e"),
                          sourceName()};
    if (!isInPlace())
        arguments << QStringLiteral("--target") << m_targetName;
    if (m_creates)
        arguments << QStringLiteral("--branch-from") << m_branchFrom;
    if (!m_input.options.restoreCode)
        arguments << QStringLiteral("--no-code");
    if (!m_input.options.restoreResources)
        arguments << QStringLiteral("--no-resources");
    if (!m_input.options.resourcesInit.isEmpty())
        arguments << QStringLiteral("--resources-init") << m_input.options.resourcesInit;
    return arguments;
}

QString RestorePlan::commandLine(const QString &program) const
{
    QStringList words{program};
    for (const QString &argument : commandArguments())
        words.append(shellQuote(argument));
    return words.join(u' ');
}

QString RestorePlan::safetyCommandLine(const QString &program) const
{
    if (!takesSafetyBackup())
        return {};
    return QStringList{program,
                       QStringLiteral("backup:create"),
                       QStringLiteral("--live"),
                       QStringLiteral("-p"),
                       shellQuote(m_input.project.id),
                       QStringLiteral("-e"),
                       shellQuote(m_targetName)}
        .join(u' ');
}

} // namespace bc
