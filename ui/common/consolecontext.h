#pragma once

#include "client/account.h"
#include "client/apiclient.h"
#include "client/apierror.h"
#include "client/types.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace bc::ui {

// What the console is looking at: the account's client, the user, the project, its environments
// and the selected environment. Views and plug-ins (restore, history) read it and listen to its
// signals; they never keep their own copy of the selection. See /work/notes/console-hooks.md.
class ConsoleContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleContext)

public:
    explicit ConsoleContext(QObject *parent = nullptr);
    ~ConsoleContext() override;

    ApiClient *client() const { return m_client; }
    const Account &account() const { return m_account; }
    const UserInfo &user() const { return m_user; }
    const std::optional<ProjectRef> &project() const { return m_project; }
    QString projectId() const { return m_project ? m_project->id : QString(); }
    const QList<Environment> &environments() const { return m_environments; }
    const std::optional<Environment> &environment() const { return m_environment; }
    // The user's roles in the project; empty until loaded.
    const std::optional<UserAccess> &access() const { return m_access; }
    const std::optional<DataRetention> &retention() const { return m_retention; }

    void setAccount(ApiClient *client, const Account &account, const UserInfo &user);
    void setProject(const std::optional<ProjectRef> &project);
    void setEnvironments(const QList<Environment> &environments);
    // Selects an environment of the project by id (empty: none).
    void selectEnvironment(const QString &environmentId);
    void setAccess(const std::optional<UserAccess> &access);
    void setRetention(const std::optional<DataRetention> &retention);

    // An action of this console started an activity: the feed shows it at once, the status bar
    // counts it and a notification tells when it ends.
    void announceActivity(const Activity &activity);
    // A failure for the message bar: `what` says what was being done.
    void reportError(const QString &what, const ApiError &error);
    // A failure of one kind of work (`source`, e.g. "backups"): cleared by clearError(source) when
    // that work succeeds or its context is left, and offered a Retry (retryRequested).
    void reportError(const QString &what, const ApiError &error, const QString &source);
    // The same, with what mends it offered instead of a Retry (a refused token: "Replace API
    // token…").
    struct ErrorAction
    {
        QString label;
        std::function<void()> run;
    };
    void reportError(const QString &what, const ApiError &error, const QString &source,
                     ErrorAction action);
    // The action of the error reported last; empty when it has none (or was a problem).
    const ErrorAction &errorAction() const { return m_errorAction; }
    void clearError(const QString &source);
    QString errorSource() const { return m_errorSource; }
    void retry();
    // A failure that is not the API's (a file, the keychain...).
    void reportProblem(const QString &text, const QString &details = {});
    // The one door to the restore flow (feed link, Restore action, context menu).
    void requestRestore(const Backup &backup);
    // Something changed on the server because of us: reload now instead of at the next poll.
    void requestRefresh();

Q_SIGNALS:
    void accountChanged();
    void projectChanged();
    void environmentsChanged();
    void environmentChanged();
    void accessChanged();
    void retentionChanged();
    void activityStarted(const bc::Activity &activity);
    void errorReported(const QString &text, const QString &details);
    void restoreRequested(const bc::Backup &backup);
    void refreshRequested();
    // The error shown came from work that has since succeeded or was left.
    void errorCleared();
    void retryRequested(const QString &source);

private:
    QPointer<ApiClient> m_client;
    Account m_account;
    UserInfo m_user;
    std::optional<ProjectRef> m_project;
    QList<Environment> m_environments;
    std::optional<Environment> m_environment;
    std::optional<UserAccess> m_access;
    std::optional<DataRetention> m_retention;
    QString m_errorSource; // of the error shown last; empty: not tied to any work
    ErrorAction m_errorAction;
};

} // namespace bc::ui
