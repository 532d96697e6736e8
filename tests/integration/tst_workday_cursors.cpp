// Issue 12: paging cursors exact to the microsecond. The API pages strictly before `starts_at`;
// a cursor cut to milliseconds (".732000" for an item at ".732085") skips whatever else was
// created in that millisecond. The history loader and the command line must send the server's
// own created_at text back.
#include "client/apiclient.h"
#include "models/history/historyloader.h"
#include "tst_cli_support.h"
#include "tst_sandbox_support.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace bc;
using namespace bc::test;

namespace {

// Keeps the `starts_at` of every request: what the client really put on the wire.
class RecordingNetworkManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QStringList cursors;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        const QUrlQuery query(request.url());
        if (query.hasQueryItem(QStringLiteral("starts_at")))
            cursors.append(query.queryItemValue(QStringLiteral("starts_at"), QUrl::FullyDecoded));
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TstWorkdayCursors final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
    const QString m_project = QLatin1String(demo::legacyEuProject);

    // created_at of every activity of the project as the server sends it, newest first.
    QStringList serverTimes(const QString &query)
    {
        QStringList times;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            QString path
                = QStringLiteral("/projects/%1/activities?count=100").arg(m_project) + query;
            if (!cursor.isEmpty())
                path += QStringLiteral("&starts_at=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            std::unique_ptr<QNetworkReply> reply(m_http->get(path, m_token));
            [&] {
                BC_FINISH(reply);
            }();
            const QJsonArray list = SandboxHttp::json(reply.get()).array();
            for (const QJsonValue &a : list)
                times.append(a.toObject().value(QStringLiteral("created_at")).toString());
            if (list.size() < 100)
                break;
            cursor = times.constLast();
        }
        return times;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BC_START(m_sandbox);
        m_http = std::make_unique<SandboxHttp>(m_sandbox.baseUrl());
        BC_TOKEN(*m_http, demo::adminToken, m_token);
    }

    void historyLoaderSendsExactCursors()
    {
        RecordingNetworkManager network;
        ApiClient client(
            Account::custom(m_sandbox.baseUrl(), m_sandbox.baseUrl(), QStringLiteral("sandbox")),
            &network);
        client.setApiToken(QLatin1String(demo::adminToken));
        HistoryLoader loader;
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load(&client, m_project, {});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
        const QStringList server
            = serverTimes(QStringLiteral("&type=environment.backup&type=environment.restore"));
        QVERIFY2(server.size() > 100, "the demo history needs more than one page");
        QVERIFY(!network.cursors.isEmpty());
        // Each cursor is the exact created_at of the last item of a page, microseconds and all.
        for (const QString &cursor : std::as_const(network.cursors))
            QVERIFY2(server.contains(cursor), qPrintable(cursor));
        const auto data = loader.data();
        QCOMPARE(data.activities.size(),
                 qMin(server.size(), HistoryLoader::maxActivityPages * 100));
    }

    void commandLineSendsExactCursors()
    {
        // The client's debug log names every request; the command line keeps it off otherwise.
        qputenv("QT_LOGGING_RULES", "bc.client.debug=true");
        Cli cli(m_sandbox.baseUrl());
        const CliRun run = cli.run({QStringLiteral("activities"), QStringLiteral("-p"), m_project,
                                    QStringLiteral("--limit"), QStringLiteral("150"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(run.code == 0, Cli::describe(run).constData());
        QCOMPARE(run.json().array().size(), 150);
        static const QRegularExpression cursor(QStringLiteral("starts_at=([^&\\s\"]+)"));
        const auto match = cursor.match(QString::fromUtf8(run.err));
        QVERIFY2(match.hasMatch(), run.err.constData());
        const QString sent = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
        const QStringList server = serverTimes({});
        QVERIFY(server.size() > 100);
        // The second page starts strictly before the 100th activity, to the microsecond.
        QCOMPARE(sent, server.at(99));
    }
};

QTEST_MAIN(TstWorkdayCursors)
#include "tst_workday_cursors.moc"
