#include "apiclient.h"
#include "decode.h"
#include "encode.h"
#include "logging.h"
#include "requestrunner.h"

namespace bc {

namespace {

Result<Accepted> acceptedFrom(const Result<Response> &response)
{
    if (!response.ok())
        return response.error();
    // Some answers (a PATCH) may come without a body: accepted all the same.
    if (response.value().body.trimmed().isEmpty())
        return Accepted{};
    return decodeBody<Accepted>(response.value().body, response.value().url);
}

} // namespace

CallHandle ApiClient::sendAction(const Request &request, QObject *context,
                                 Callback<Accepted> callback)
{
    auto state = std::make_shared<detail::CallState>(context);
    // Actions are sent once: RequestRunner never repeats a verb other than GET.
    m_runner->send(request, state, [state, callback](Result<Response> response) mutable {
        state->deliver(callback, acceptedFrom(response));
    });
    return CallHandle(state);
}

CallHandle ApiClient::postAction(const Links &links, const char *rel, const QString &whyMissing,
                                 const QByteArray &verb, const QByteArray &body, QObject *context,
                                 Callback<Activity> callback)
{
    if (!links.has(QLatin1String(rel))) {
        auto state = std::make_shared<detail::CallState>(context);
        deliverLater(state, std::move(callback),
                     Result<Activity>(ApiError::make(ApiError::Kind::NotAllowed, whyMissing)));
        return CallHandle(state);
    }
    const QUrl url = resolveHref(links.href(QLatin1String(rel)));
    const Request request{verb, url, body,
                          body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json")};
    return sendAction(request, context, [callback, url](Result<Accepted> accepted) {
        if (!accepted.ok())
            return callback(Result<Activity>(accepted.error()));
        const std::optional<Activity> main = accepted.value().mainActivity();
        if (!main)
            return callback(Result<Activity>(ApiError::decode(
                QStringLiteral("_embedded.activities"), tr("the answer names no activity"), url)));
        callback(Result<Activity>(*main));
    });
}

CallHandle ApiClient::createBackup(const Environment &environment, bool safe, QObject *context,
                                   Callback<Activity> callback)
{
    QString why;
    if (environment.status != QLatin1String("active"))
        why = tr("The environment %1 is not active (%2).")
                  .arg(environment.name, environment.status);
    else if (environment.isDirty)
        why = tr("An activity is already running on the environment %1.").arg(environment.name);
    else
        why = tr("Backing up %1 needs the admin role on %2 environments.")
                  .arg(environment.name, environment.type);
    return postAction(environment.links, Rel::Backup, why, QByteArrayLiteral("POST"),
                      encodeBackup(safe), context, std::move(callback));
}

CallHandle ApiClient::restoreBackup(const Backup &backup, const RestoreRequest &request,
                                    QObject *context, Callback<Activity> callback)
{
    const QString why = backup.restorable
        ? tr("Restoring this backup needs the admin role on its environment.")
        : tr("The backup %1 cannot be restored.").arg(backup.id);
    return postAction(backup.links, Rel::Restore, why, QByteArrayLiteral("POST"),
                      encodeRestore(request), context, std::move(callback));
}

CallHandle ApiClient::deleteBackup(const Backup &backup, QObject *context,
                                   Callback<Activity> callback)
{
    const QString why = backup.status == QLatin1String("DELETING")
        ? tr("The backup %1 is already being deleted.").arg(backup.id)
        : tr("Deleting this backup needs the admin role on its environment.");
    return postAction(backup.links, Rel::Delete, why, QByteArrayLiteral("DELETE"), {}, context,
                      std::move(callback));
}

CallHandle ApiClient::deactivateEnvironment(const Environment &environment, QObject *context,
                                            Callback<Activity> callback)
{
    QString why;
    if (environment.type == QLatin1String("production"))
        why = tr("The production environment %1 cannot be deactivated.").arg(environment.name);
    else if (environment.status == QLatin1String("inactive"))
        why = tr("The environment %1 is already inactive.").arg(environment.name);
    else
        why = tr("Deactivating %1 needs the admin role on %2 environments.")
                  .arg(environment.name, environment.type);
    return postAction(environment.links, Rel::Deactivate, why, QByteArrayLiteral("POST"), {},
                      context, std::move(callback));
}

CallHandle ApiClient::deleteEnvironment(const Environment &environment, QObject *context,
                                        Callback<Activity> callback)
{
    QString why;
    if (environment.type == QLatin1String("production"))
        why = tr("The production environment %1 cannot be deleted.").arg(environment.name);
    else if (environment.status != QLatin1String("inactive"))
        why = tr("The environment %1 must be deactivated before it can be deleted.")
                  .arg(environment.name);
    else
        why = tr("Deleting %1 needs the admin role on %2 environments.")
                  .arg(environment.name, environment.type);
    return postAction(environment.links, Rel::Delete, why, QByteArrayLiteral("DELETE"), {}, context,
                      std::move(callback));
}

CallHandle ApiClient::cancelActivity(const Activity &activity, QObject *context,
                                     Callback<Activity> callback)
{
    const QString why = activity.isFinished()
        ? tr("The activity has already finished.")
        : tr("This activity cannot be cancelled in its current state.");
    return postAction(activity.links, Rel::Cancel, why, QByteArrayLiteral("POST"), {}, context,
                      std::move(callback));
}

CallHandle ApiClient::setRetention(const QString &projectId, const DataRetention &retention,
                                   QObject *context, Callback<Accepted> callback)
{
    const QUrl url = apiUrl(QLatin1String("/projects/")
                            + QString::fromLatin1(QUrl::toPercentEncoding(projectId))
                            + QLatin1String("/settings"));
    return sendAction({QByteArrayLiteral("PATCH"), url, encodeRetention(retention),
                       QByteArrayLiteral("application/json")},
                      context, std::move(callback));
}

} // namespace bc
