#pragma once

// Shared by the tst_history_* tests that run against the sandbox: what the fleet board should
// show, computed from the sandbox's raw JSON (not through bc_client), and a network manager that
// counts the requests in flight.

#include "sandboxhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <memory>

namespace bc::test {

// Counts replies between creation and finish: the real request concurrency on the wire.
class CountingNetworkManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int inFlight = 0;
    int maxInFlight = 0;
    int total = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        ++inFlight;
        ++total;
        maxInFlight = std::max(maxInFlight, inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
        return reply;
    }
};

struct ExpectedFleetRow
{
    QString project;
    QString environment;
    QDateTime lastBackupAt; // invalid: none
    bool stale = false;
};

inline QDateTime rawTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            : QDateTime();
}

// Fetches one JSON document; on failure the current test fails and `out` stays empty.
inline void fetchJson(SandboxHttp &http, const QString &path, const QByteArray &token,
                      QJsonDocument &out)
{
    std::unique_ptr<QNetworkReply> reply(http.get(path, token));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(SandboxHttp::status(reply.get()), 200);
    out = SandboxHttp::json(reply.get());
}

// The board as the sandbox's data says it should be: every project of /me, every production
// (and staging when asked) environment, its newest backup that is not being deleted.
inline void expectedFleet(SandboxHttp &http, const QByteArray &token, bool includeStaging,
                          const QDateTime &now, int staleHours, QList<ExpectedFleetRow> &out)
{
    QJsonDocument me;
    fetchJson(http, QStringLiteral("/me"), token, me);
    if (QTest::currentTestFailed()) {
        return;
    }
    for (const QJsonValue &project : me.object().value(QStringLiteral("projects")).toArray()) {
        const QString projectId = project[QStringLiteral("id")].toString();
        QJsonDocument environments;
        fetchJson(http, QStringLiteral("/projects/%1/environments").arg(projectId), token,
                  environments);
        if (QTest::currentTestFailed()) {
            return;
        }
        for (const QJsonValue &environment : environments.array()) {
            const QString type = environment[QStringLiteral("type")].toString();
            if (type != QLatin1String("production")
                && !(includeStaging && type == QLatin1String("staging"))) {
                continue;
            }
            const QString name = environment[QStringLiteral("id")].toString();
            QJsonDocument backups;
            fetchJson(http,
                      QStringLiteral("/projects/%1/environments/%2/backups").arg(projectId, name),
                      token, backups);
            if (QTest::currentTestFailed()) {
                return;
            }
            ExpectedFleetRow row{projectId, name, {}, true};
            for (const QJsonValue &backup : backups.array()) {
                if (backup[QStringLiteral("status")].toString() == QLatin1String("DELETING")) {
                    continue;
                }
                const QDateTime created = rawTime(backup[QStringLiteral("created_at")]);
                if (!row.lastBackupAt.isValid() || created > row.lastBackupAt) {
                    row.lastBackupAt = created;
                }
            }
            row.stale = !row.lastBackupAt.isValid()
                || row.lastBackupAt.secsTo(now) > qint64(staleHours) * 3600;
            out.append(row);
        }
    }
}

// Takes a backup of an environment and waits until it is listed (retention may replace an older
// one, so the count alone says nothing): the newest backup is then younger than the request.
inline void takeFreshBackup(SandboxHttp &http, const QByteArray &token, const QString &project,
                            const QString &environment, bool safe = false)
{
    const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-2);
    std::unique_ptr<QNetworkReply> post(http.send(
        "POST", QStringLiteral("/projects/%1/environments/%2/backup").arg(project, environment),
        safe ? R"({"safe": true})" : R"({"safe": false})", token));
    QTRY_VERIFY_WITH_TIMEOUT(post->isFinished(), 15000);
    QCOMPARE(SandboxHttp::status(post.get()), 200);
    const QString path
        = QStringLiteral("/projects/%1/environments/%2/backups").arg(project, environment);
    // Lists the backups again and again until the newest is the one asked for. Reading a body
    // consumes it: the answer is remembered for QTRY's last look.
    std::unique_ptr<QNetworkReply> list;
    bool seen = false;
    const auto listed = [&] {
        if (!seen && list && list->isFinished()) {
            const QJsonArray backups = SandboxHttp::json(list.get()).array();
            seen = !backups.isEmpty()
                && rawTime(backups.first()[QStringLiteral("created_at")]) >= asked;
        }
        if (seen) {
            return true;
        }
        if (!list || list->isFinished()) {
            list.reset(http.get(path, token));
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(listed(), "the new backup did not appear", 15000);
}

} // namespace bc::test
