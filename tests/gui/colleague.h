#pragma once

#include "sandboxhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace bc::test {

// Another admin's session on the same sandbox (e.g. Sam Support, "sandbox-support"): an access
// token for the API token, then plain API calls, as a colleague's script or browser would make.
class Colleague final
{
public:
    Colleague(const QUrl &base, const QByteArray &apiToken, const QString &project);
    bool signedIn() const { return !m_token.isEmpty(); }

    // Each returns the id of the activity started, or "" when the call failed.
    QString backUp(const QString &environment, bool safe = false);
    // In place: the backup's own environment.
    QString restore(const QString &environment, const QString &backupId);
    QString deleteBackup(const QString &environment, const QString &backupId);
    bool cancel(const QString &activityId);

    // Plain reads (empty on failure).
    QJsonArray get(const QString &path);
    // Calls made so far, by method (the sandbox counts everyone's requests).
    int reads() const { return m_reads; }
    int posts() const { return m_posts; }
    // The status of the last call (0 when it did not finish).
    int lastStatus() const { return m_status; }

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body);
    static QString firstActivity(const QJsonObject &answer);

    SandboxHttp m_http;
    QString m_project;
    QByteArray m_token;
    int m_status = 0;
    int m_reads = 0;
    int m_posts = 0;
};

} // namespace bc::test
