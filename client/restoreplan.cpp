#include "restoreplan.h"

#include "backupexpiry.h"

#include <QRegularExpression>

namespace bc {

namespace {

const QString kDevelopment = QStringLiteral("development");
const QString kProduction = QStringLiteral("production");
const QString kStaging = QStringLiteral("staging");

} // namespace

RestoreTarget RestoreTarget::fromFlags(const QString &target, const QString &branchFrom)
{
    if (target.isEmpty() && branchFrom.isEmpty())
        return inPlace();
    if (branchFrom.isEmpty())
        return existing(target);
    return newBranch(target, branchFrom);
}

RestorePlan::RestorePlan(RestoreInput input)
    : m_input(std::move(input))
{
    resolveTarget();
    check();
}

void RestorePlan::resolveTarget()
{
    const RestoreTarget &target = m_input.target;
    switch (target.kind) {
    case RestoreTarget::Kind::InPlace:
        m_targetName = sourceName();
        break;
    case RestoreTarget::Kind::Existing:
        m_targetName = target.environment.trimmed();
        break;
    case RestoreTarget::Kind::New:
        m_targetName = target.environment.trimmed();
        m_creates = true;
        m_branchFrom = target.branchFrom.isEmpty() ? sourceName() : target.branchFrom;
        break;
    }
}

void RestorePlan::check()
{
    const Backup &backup = m_input.backup;
    checkTarget();
    if (!find(sourceName()))
        add(RestoreProblem::Code::SourceUnknown, tr("Environment not found: %1").arg(sourceName()));
    if (isExpired(backup))
        add(RestoreProblem::Code::NotRestorable,
            tr("The backup %1 has expired and cannot be restored").arg(backup.id));
    else if (!backup.restorable || backup.status != QLatin1String("CREATED"))
        add(RestoreProblem::Code::NotRestorable,
            tr("The backup %1 cannot be restored").arg(backup.id));
    else if (!backup.canRestore())
        add(RestoreProblem::Code::NoRestoreLink,
            tr("You cannot restore the backup %1: restoring needs the admin role on %2.")
                .arg(backup.id, sourceName()));
    if (isLegacyCrossRestore() && !isSupportRestore())
        add(RestoreProblem::Code::LegacyRegion, legacyRegionMessage(m_input.project.region));
    const QString &init = m_input.options.resourcesInit;
    if (!init.isEmpty() && !resourcesInitValues().contains(init))
        add(RestoreProblem::Code::InvalidResourcesInit,
            tr("Resource initialisation must be one of: %1.")
                .arg(resourcesInitValues().join(QStringLiteral(", "))));
    checkPermissions();
    checkSupport();
}

void RestorePlan::checkTarget()
{
    if (m_targetName.isEmpty()) {
        add(RestoreProblem::Code::TargetNameMissing, tr("Choose the environment to restore to."));
        return;
    }
    const std::optional<Environment> target = find(m_targetName);
    if (m_input.target.kind == RestoreTarget::Kind::New) {
        if (target) {
            add(RestoreProblem::Code::TargetExists,
                tr("Target environment already exists; branch_from is only for new environments"));
        } else if (!isValidBranchName(m_targetName)) {
            add(RestoreProblem::Code::InvalidBranchName,
                tr("\"%1\" is not a valid branch name: use at most %2 letters, digits, '-', '_', "
                   "'.' or '/', without spaces, '..' or a leading '-'.")
                    .arg(m_targetName)
                    .arg(maxBranchNameLength));
        }
        if (!find(m_branchFrom))
            add(RestoreProblem::Code::BranchFromUnknown,
                tr("Environment not found (in branch_from): %1").arg(m_branchFrom));
        return;
    }
    if (!target) {
        if (!isInPlace())
            add(RestoreProblem::Code::TargetNotFound,
                tr("Environment not found: %1; pass branch_from to create it").arg(m_targetName));
        return;
    }
    if (target->status == QLatin1String("inactive"))
        add(RestoreProblem::Code::TargetInactive,
            tr("Environment %1 is not active").arg(m_targetName));
    if (target->isDirty)
        add(RestoreProblem::Code::TargetBusy,
            tr("An activity is already running on environment %1").arg(m_targetName));
}

void RestorePlan::checkPermissions()
{
    const std::optional<Environment> source = find(sourceName());
    if (source && source->isDirty && !isInPlace())
        add(RestoreProblem::Code::SourceBusy,
            tr("An activity is already running on environment %1").arg(sourceName()));
    const QString type = targetType();
    if (!m_targetName.isEmpty() && !type.isEmpty() && !m_input.access.isAdminFor(type))
        add(RestoreProblem::Code::NotAdminTarget,
            tr("You need the admin role on %1 environments to restore to %2.")
                .arg(type, m_targetName));
    if (source && !isInPlace() && source->type != type && !m_input.access.isAdminFor(source->type))
        add(RestoreProblem::Code::NotAdminSource,
            tr("You need the admin role on %1 environments to restore a backup of %2.")
                .arg(source->type, sourceName()));
}

void RestorePlan::checkSupport()
{
    if (!isSupportRestore())
        return;
    if (m_input.options.ticket.trimmed().isEmpty())
        add(RestoreProblem::Code::TicketRequired,
            tr("Enter the support ticket reference this restore is done for."));
    if (m_input.options.confirmedProjectId.trimmed() != m_input.project.id)
        add(RestoreProblem::Code::ProjectNotConfirmed,
            tr("Type the customer's project ID (%1) to confirm it.").arg(m_input.project.id));
}

void RestorePlan::add(RestoreProblem::Code code, const QString &message)
{
    m_problems.append({code, message});
}

bool RestorePlan::hasProblem(RestoreProblem::Code code) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [code](const RestoreProblem &p) { return p.code == code; });
}

QString RestorePlan::problemText() const
{
    QStringList lines;
    for (const RestoreProblem &problem : m_problems)
        lines.append(problem.message);
    return lines.join(u'\n');
}

std::optional<Environment> RestorePlan::find(const QString &name) const
{
    for (const Environment &environment : m_input.environments) {
        if (environment.name == name || environment.id == name)
            return environment;
    }
    return std::nullopt;
}

std::optional<Environment> RestorePlan::sourceEnvironment() const
{
    return find(sourceName());
}

std::optional<Environment> RestorePlan::targetEnvironment() const
{
    if (m_creates || m_targetName.isEmpty())
        return std::nullopt;
    return find(m_targetName);
}

QString RestorePlan::targetType() const
{
    if (m_creates)
        return kDevelopment;
    const std::optional<Environment> target = find(m_targetName);
    return target ? target->type : QString();
}

bool RestorePlan::isLegacyCrossRestore() const
{
    return m_input.project.isLegacyRegion() && !m_targetName.isEmpty() && !isInPlace();
}

bool RestorePlan::suggestsSafetyBackup() const
{
    const std::optional<Environment> target = targetEnvironment();
    return target && (target->type == kProduction || target->type == kStaging);
}

bool RestorePlan::requiresTypedConfirmation() const
{
    return targetType() == kProduction;
}

bool RestorePlan::isConfirmedBy(const QString &typed) const
{
    return !requiresTypedConfirmation() || typed.trimmed() == confirmationWord();
}

QDateTime RestorePlan::now() const
{
    return m_input.now.isValid() ? m_input.now : QDateTime::currentDateTimeUtc();
}

RestoreRequest RestorePlan::request() const
{
    RestoreRequest request;
    if (!isInPlace())
        request.environmentName = m_targetName;
    if (m_creates)
        request.branchFrom = m_branchFrom;
    if (!m_input.options.restoreCode)
        request.restoreCode = false;
    if (!m_input.options.restoreResources)
        request.restoreResources = false;
    if (!m_input.options.resourcesInit.isEmpty())
        request.resourcesInit = m_input.options.resourcesInit;
    if (isSupportRestore() && !m_input.options.ticket.trimmed().isEmpty())
        request.ticket = m_input.options.ticket.trimmed();
    return request;
}

QString RestorePlan::legacyRegionMessage(const QString &region)
{
    return tr("Backups cannot be restored to another environment on this region: %1. "
              "Please contact support.")
        .arg(region);
}

bool RestorePlan::isValidBranchName(const QString &name)
{
    // git check-ref-format --branch: no control characters, space, ~ ^ : ? * [ \ or "@{"; no
    // "..", "//", leading '-' or '/', trailing '/' or '.', component starting with '.' or
    // ending with ".lock"; not "@". Platform names are also plain ASCII.
    static const QRegularExpression forbidden(
        QStringLiteral(R"([\x00-\x20\x7f~^:?*\[\\]|\.\.|//|@\{|^[-/.]|/\.|\.lock(/|$)|[/.]$)"));
    if (name.isEmpty() || name.size() > maxBranchNameLength || name == QLatin1String("@"))
        return false;
    for (const QChar c : name) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return !forbidden.match(name).hasMatch();
}

const QStringList &RestorePlan::resourcesInitValues()
{
    static const QStringList values{QStringLiteral("backup"), QStringLiteral("parent"),
                                    QStringLiteral("default"), QStringLiteral("minimum")};
    return values;
}

} // namespace bc
