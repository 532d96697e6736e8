#include "consolecontext.h"

#include "client/apiclient.h"

namespace bc::ui {

ConsoleContext::ConsoleContext(QObject *parent)
    : QObject(parent)
{ }

ConsoleContext::~ConsoleContext() = default;

void ConsoleContext::setAccount(ApiClient *client, const Account &account, const UserInfo &user)
{
    const bool same = m_client == client && m_account.id == account.id;
    m_client = client;
    m_account = account;
    m_user = user;
    if (same)
        return;
    setProject(std::nullopt);
    Q_EMIT accountChanged();
}

void ConsoleContext::setProject(const std::optional<ProjectRef> &project)
{
    if ((!project && !m_project) || (project && m_project && project->id == m_project->id))
        return;
    m_project = project;
    m_environments.clear();
    m_environment.reset();
    m_access.reset();
    m_retention.reset();
    Q_EMIT projectChanged();
    Q_EMIT environmentsChanged();
    Q_EMIT environmentChanged();
}

void ConsoleContext::setEnvironments(const QList<Environment> &environments)
{
    m_environments = environments;
    Q_EMIT environmentsChanged();
    if (!m_environment)
        return;
    // Keep the selection, with its fresh state (status, busy, action links).
    for (const Environment &e : environments) {
        if (e.id == m_environment->id) {
            m_environment = e;
            Q_EMIT environmentChanged();
            return;
        }
    }
    m_environment.reset();
    Q_EMIT environmentChanged();
}

void ConsoleContext::selectEnvironment(const QString &environmentId)
{
    if (m_environment && m_environment->id == environmentId)
        return;
    m_environment.reset();
    for (const Environment &e : std::as_const(m_environments)) {
        if (e.id == environmentId)
            m_environment = e;
    }
    Q_EMIT environmentChanged();
}

void ConsoleContext::setAccess(const std::optional<UserAccess> &access)
{
    m_access = access;
    Q_EMIT accessChanged();
}

void ConsoleContext::setRetention(const std::optional<DataRetention> &retention)
{
    m_retention = retention;
    Q_EMIT retentionChanged();
}

void ConsoleContext::announceActivity(const Activity &activity)
{
    Q_EMIT activityStarted(activity);
}

void ConsoleContext::reportError(const QString &what, const ApiError &error)
{
    reportError(what, error, QString());
}

void ConsoleContext::clearError(const QString &source)
{
    if (source.isEmpty() || m_errorSource != source)
        return;
    m_errorSource.clear();
    Q_EMIT errorCleared();
}

void ConsoleContext::retry()
{
    if (!m_errorSource.isEmpty())
        Q_EMIT retryRequested(m_errorSource);
}

void ConsoleContext::reportError(const QString &what, const ApiError &error, const QString &source)
{
    reportError(what, error, source, {});
}

void ConsoleContext::reportError(const QString &what, const ApiError &error, const QString &source,
                                 ErrorAction action)
{
    m_errorSource = source;
    m_errorAction = std::move(action);
    const QString text
        = what.isEmpty() ? error.describe() : tr("%1: %2").arg(what, error.describe());
    QString details = error.message;
    if (error.httpStatus)
        details += u'\n' + tr("HTTP status %1").arg(error.httpStatus);
    if (!error.url.isEmpty())
        details += u'\n' + error.url.toString(QUrl::RemoveUserInfo);
    Q_EMIT errorReported(text, details.trimmed());
}

void ConsoleContext::reportProblem(const QString &text, const QString &details)
{
    m_errorSource.clear();
    m_errorAction = {};
    Q_EMIT errorReported(text, details);
}

void ConsoleContext::requestRestore(const Backup &backup)
{
    Q_EMIT restoreRequested(backup);
}

void ConsoleContext::requestRefresh()
{
    Q_EMIT refreshRequested();
}

} // namespace bc::ui
