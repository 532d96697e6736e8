#include "colleague.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

#include <memory>

namespace bc::test {

Colleague::Colleague(const QUrl &base, const QByteArray &apiToken, const QString &project)
    : m_http(base)
    , m_project(project)
{
    std::unique_ptr<QNetworkReply> reply(m_http.exchange(apiToken));
    if (QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        m_token = SandboxHttp::json(reply.get())
                      .object()
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toLatin1();
}

QString Colleague::backUp(const QString &environment, bool safe)
{
    return firstActivity(call(
        "POST", QStringLiteral("projects/%1/environments/%2/backups").arg(m_project, environment),
        safe ? R"({"safe": true})" : R"({"safe": false})"));
}

QString Colleague::restore(const QString &environment, const QString &backupId)
{
    return firstActivity(call("POST",
                              QStringLiteral("projects/%1/environments/%2/backups/%3/restore")
                                  .arg(m_project, environment, backupId),
                              "{}"));
}

QString Colleague::deleteBackup(const QString &environment, const QString &backupId)
{
    return firstActivity(call("DELETE",
                              QStringLiteral("projects/%1/environments/%2/backups/%3")
                                  .arg(m_project, environment, backupId),
                              {}));
}

bool Colleague::cancel(const QString &activityId)
{
    return !call("POST",
                 QStringLiteral("projects/%1/activities/%2/cancel").arg(m_project, activityId), {})
                .isEmpty();
}

QJsonArray Colleague::get(const QString &path)
{
    ++m_reads;
    std::unique_ptr<QNetworkReply> reply(m_http.get(path, m_token));
    m_status = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)
        ? SandboxHttp::status(reply.get())
        : 0;
    return m_status == 200 ? SandboxHttp::json(reply.get()).array() : QJsonArray{};
}

QJsonObject Colleague::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (method == "POST")
        ++m_posts;
    std::unique_ptr<QNetworkReply> reply(m_http.send(method, path, body, m_token));
    m_status = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)
        ? SandboxHttp::status(reply.get())
        : 0;
    if (m_status < 200 || m_status >= 300)
        return {};
    return SandboxHttp::json(reply.get()).object();
}

QString Colleague::firstActivity(const QJsonObject &answer)
{
    const QJsonArray activities = answer.value(QStringLiteral("_embedded"))
                                      .toObject()
                                      .value(QStringLiteral("activities"))
                                      .toArray();
    return activities.isEmpty()
        ? QString()
        : activities.first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace bc::test
