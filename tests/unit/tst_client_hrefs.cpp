#include "client/apierror.h"
#include "client/encode.h"
#include "client/hrefs.h"
#include "client/jwt.h"
#include "client/redact.h"
#include "tst_client_json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace bc;

// Href rebasing (contract §1), redaction of secrets, server messages (§8), request bodies.
class TestClientHrefs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rebase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("expected");
        QTest::newRow("regional absolute") << "http://127.0.0.1:4000"
                                           << "https://eu-3.platform.sh/api/projects/p/environments"
                                           << "http://127.0.0.1:4000/api/projects/p/environments";
        QTest::newRow("relative") << "http://127.0.0.1:4000"
                                  << "/api/projects/p"
                                  << "http://127.0.0.1:4000/api/projects/p";
        QTest::newRow("base with prefix") << "https://gw.example.com/platform/"
                                          << "https://us.platform.sh/api/projects/p?x=1"
                                          << "https://gw.example.com/platform/api/projects/p?x=1";
        QTest::newRow("query kept")
            << "https://api.platform.sh"
            << "/projects/p/activities/a/log?start_at=3"
            << "https://api.platform.sh/projects/p/activities/a/log?start_at=3";
        QTest::newRow("foreign host and userinfo dropped")
            << "https://api.platform.sh"
            << "https://user:pw@evil.example:8443/steal?t=1#frag"
            << "https://api.platform.sh/steal?t=1";
        QTest::newRow("encoded path kept") << "http://h:1"
                                           << "/projects/p/environments/feature%2Fx"
                                           << "http://h:1/projects/p/environments/feature%2Fx";
        // An API base with a path (issue 11): hrefs that already carry it are not doubled.
        QTest::newRow("base /api, relative /api href")
            << "https://host.example/api"
            << "/api/projects/p/environments"
            << "https://host.example/api/projects/p/environments";
        QTest::newRow("base /api/, regional href") << "https://host.example/api/"
                                                   << "https://eu-3.platform.sh/api/projects/p"
                                                   << "https://host.example/api/projects/p";
        QTest::newRow("base /api, bare href") << "https://host.example/api"
                                              << "/projects/p"
                                              << "https://host.example/api/projects/p";
        QTest::newRow("base /api, href /apiary") << "https://host.example/api"
                                                 << "/apiary/x"
                                                 << "https://host.example/api/apiary/x";
        // fuzz_hrefs: the base's own root, which the fuzz invariant wrongly refused.
        QTest::newRow("base /api, href to the API root") << "https://host.example/api"
                                                         << "thttps://h/api"
                                                         << "https://host.example/api";
        QTest::newRow("protocol relative") << "http://h:1"
                                           << "//evil.example/x"
                                           << "http://h:1/x";
    }

    void rebase()
    {
        QFETCH(QString, base);
        QFETCH(QString, href);
        QFETCH(QString, expected);
        const QUrl url = hrefs::rebase(href, QUrl(base));
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
        QVERIFY(hrefs::sameOrigin(url, QUrl(base)));
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("default port") << "https://h/x"
                                      << "https://h:443/y" << true;
        QTest::newRow("other port") << "http://h:1/x"
                                    << "http://h:2/x" << false;
        QTest::newRow("other host") << "http://127.0.0.1:1"
                                    << "http://127.0.0.2:1" << false;
        QTest::newRow("other scheme") << "http://h"
                                      << "https://h" << false;
        QTest::newRow("host case") << "https://API.platform.sh"
                                   << "https://api.platform.sh" << true;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(hrefs::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header") << "Authorization: Bearer abc.def.ghi"
                                       << "abc.def.ghi";
        QTest::newRow("basic header") << "authorization: Basic cGxhdGZvcm0="
                                      << "cGxhdGZvcm0=";
        QTest::newRow("form body") << "grant_type=api_token&api_token=sandbox-admin"
                                   << "sandbox-admin";
        QTest::newRow("json body")
            << QString::fromUtf8(j("{'api_token': 's3cr3t-token', 'x': 1}")) << "s3cr3t-token";
        QTest::newRow("access token json")
            << QString::fromUtf8(j("{'access_token':'tok123','expires_in':900}")) << "tok123";
        QTest::newRow("url query") << "https://h/x?api_token=qwerty&y=2"
                                   << "qwerty";
        QTest::newRow("bare jwt") << "token eyJhbGciOi.eyJzdWIiOiJ1MSJ9.c2ln seen"
                                  << "eyJhbGciOi.eyJzdWIiOiJ1MSJ9.c2ln";
    }

    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("[redacted]")), qPrintable(out));
    }

    void redactionKeepsPlainText()
    {
        const QString text = QStringLiteral("GET https://h/projects/p/environments 200");
        QCOMPARE(redact(text), text);
        QCOMPARE(redact(QUrl(QStringLiteral("https://u:pw@h/x"))), QStringLiteral("https://h/x"));
    }

    void serverMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("message first")
            << QByteArray(j("{'message': 'M', 'error_description': 'E', 'title': 'T'}")) << "M";
        QTest::newRow("oauth") << QByteArray(j("{'error': 'invalid_grant', "
                                               "'error_description': 'Invalid API token.'}"))
                               << "Invalid API token.";
        QTest::newRow("detail string") << QByteArray(j("{'detail': 'D', 'title': 'T'}")) << "D";
        QTest::newRow("empty detail object")
            << QByteArray(j("{'detail': {}, 'title': 'Not Found'}")) << "Not Found";
        QTest::newRow("error only")
            << QByteArray(j("{'error': 'unsupported_grant_type'}")) << "unsupported_grant_type";
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("array") << QByteArray("[1,2]") << "";
        QTest::newRow("message not string") << QByteArray(j("{'message': 5, 'title': 'T'}")) << "T";
    }

    void serverMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(ApiError::serverMessage(body), message);
    }

    void restoreBodySendsOnlyWhatIsSet()
    {
        RestoreRequest r;
        QCOMPARE(encodeRestore(r), QByteArray("{}"));
        r.environmentName = QStringLiteral("new-env");
        r.branchFrom = QStringLiteral("main");
        r.restoreCode = false;
        r.resourcesInit = QStringLiteral("parent");
        const QJsonObject o = QJsonDocument::fromJson(encodeRestore(r)).object();
        QCOMPARE(o.size(), 4);
        QCOMPARE(o.value(QLatin1String("environment_name")).toString(), QStringLiteral("new-env"));
        QCOMPARE(o.value(QLatin1String("branch_from")).toString(), QStringLiteral("main"));
        QCOMPARE(o.value(QLatin1String("restore_code")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("resources")).toObject().value(QLatin1String("init")),
                 QJsonValue(QStringLiteral("parent")));
        QVERIFY(!o.contains(QLatin1String("restore_resources")));
    }

    // The spec's EnvironmentRestoreInput has no ticket: it stays local (audit log, activity).
    void restoreBodyNeverCarriesTheTicket()
    {
        RestoreRequest r;
        r.environmentName = QStringLiteral("staging");
        r.ticket = QStringLiteral("SUP-42");
        const QJsonObject o = QJsonDocument::fromJson(encodeRestore(r)).object();
        QCOMPARE(o.keys(), QStringList{QStringLiteral("environment_name")});
    }

    void jwtClaims()
    {
        const QByteArray payload
            = QByteArray(j("{'sub':'user-1','exp':2000000000}"))
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const JwtClaims c
            = JwtClaims::parse(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
                               + QString::fromLatin1(payload) + QStringLiteral(".sig"));
        QCOMPARE(c.subject, QStringLiteral("user-1"));
        QCOMPARE(c.expiresAt.toSecsSinceEpoch(), 2000000000);
        QVERIFY(JwtClaims::parse(QStringLiteral("not a jwt")).subject.isEmpty());
        QVERIFY(!JwtClaims::parse(QStringLiteral("a.%%%.c")).expiresAt.isValid());
    }

    void describeIsUserFacing()
    {
        ApiError e = ApiError::make(ApiError::Kind::Auth, QStringLiteral("Invalid API token."));
        QVERIFY(e.describe().contains(QLatin1String("new API token")));
        e = ApiError::make(ApiError::Kind::Api, QStringLiteral("Target environment already exists"),
                           {}, 400);
        QCOMPARE(e.describe(), QStringLiteral("Target environment already exists"));
        e = ApiError::make(ApiError::Kind::Http, QStringLiteral("Bad Gateway"), {}, 502);
        QVERIFY(e.describe().contains(QLatin1String("502")));
        QVERIFY(e.isTransient());
    }
};

QTEST_GUILESS_MAIN(TestClientHrefs)
#include "tst_client_hrefs.moc"
