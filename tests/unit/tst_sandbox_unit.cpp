// The sandbox's building blocks without HTTP: times, ids, fault rules, retention rules, body
// checks, and the Server class used in-process by the console.
#include "apimessage.h"
#include "clock.h"
#include "faultrule.h"
#include "ids.h"
#include "retention.h"
#include "sandboxhttp.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bc::sandbox;

class TestSandboxUnit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void clockFormat();
    void clockParse_data();
    void clockParse();
    void idShapes();
    void faultRules_data();
    void faultRules();
    void faultRuleReasons_data();
    void faultRuleReasons();
    void faultRuleWrongTypes();
    void faultRuleCounting();
    void faultRuleGlobLiterals();
    void faultRuleGlobManyStars();
    void retentionValidate_data();
    void retentionValidate();
    void retentionIntervals();
    void bodyReader();
    void inProcessServer();
    void seedWritesOnceThenWal();
};

void TestSandboxUnit::clockFormat()
{
    QCOMPARE(Clock::format(0), QStringLiteral("1970-01-01T00:00:00.000000+00:00"));
    QCOMPARE(Clock::format(1'795'000'000'123'456),
             QStringLiteral("2026-11-18T11:06:40.123456+00:00"));
    const qint64 a = Clock::uniqueNow();
    QVERIFY(Clock::uniqueNow() > a);
}

void TestSandboxUnit::clockParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("micros") << "2026-11-18T11:06:40.123456+00:00" << qint64(1'795'000'000'123'456);
    QTest::newRow("Z") << "2026-11-18T11:06:40Z" << qint64(1'795'000'000'000'000);
    QTest::newRow("offset") << "2026-11-18T12:06:40.5+01:00" << qint64(1'795'000'000'500'000);
    QTest::newRow("garbage") << "yesterday" << qint64(-1);
}

void TestSandboxUnit::clockParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    const auto parsed = Clock::parse(text);
    QCOMPARE(parsed.has_value(), micros >= 0);
    if (parsed) {
        QCOMPARE(*parsed, micros);
        QCOMPARE(Clock::parse(Clock::format(*parsed)), parsed);
    }
}

void TestSandboxUnit::idShapes()
{
    Ids a(7);
    Ids b(7);
    const QString backup = a.backupId();
    QCOMPARE(backup, b.backupId());
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z2-7]{26}$")).match(backup).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(a.commitId()).hasMatch());
    for (int i = 0; i < 100; ++i) {
        const int n = a.between(15, 30);
        QVERIFY(n >= 15 && n <= 30);
    }
    QVERIFY(Ids().backupId() != Ids().backupId());
}

void TestSandboxUnit::faultRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("action");
    QTest::newRow("delay") << "/api/*=delay:250" << true << int(FaultRule::Action::Delay);
    QTest::newRow("status") << "/x=status:503,retry-after=4" << true
                            << int(FaultRule::Action::Status);
    QTest::newRow("drop") << "*=drop,after=2,times=1,method=get" << true
                          << int(FaultRule::Action::Drop);
    QTest::newRow("truncate") << "/a/b=truncate" << true << int(FaultRule::Action::Truncate);
    QTest::newRow("html") << "/a=html:504" << true << int(FaultRule::Action::Html);
    QTest::newRow("garbage") << "/a=garbage:1048576" << true << int(FaultRule::Action::Garbage);
    QTest::newRow("hang") << "/a=hang,method=POST" << true << int(FaultRule::Action::Hang);
    QTest::newRow("json") << "/a=json" << true << int(FaultRule::Action::Json);
    QTest::newRow("types") << "/a=types,times=1" << true << int(FaultRule::Action::Types);
    QTest::newRow("contenttype") << "/a=contenttype" << true << int(FaultRule::Action::ContentType);
    QTest::newRow("redirect") << "/a=redirect:http://localhost:8765/a,times=1" << true
                              << int(FaultRule::Action::Redirect);
    QTest::newRow("hang with argument") << "/a=hang:5" << false << 0;
    QTest::newRow("redirect without URL") << "/a=redirect" << false << 0;
    QTest::newRow("redirect to a path") << "/a=redirect:/b" << false << 0;
    QTest::newRow("redirect to ftp") << "/a=redirect:ftp://example.com/b" << false << 0;
    QTest::newRow("garbage without size") << "/a=garbage" << false << 0;
    QTest::newRow("negative garbage") << "/a=garbage:-1" << false << 0;
    QTest::newRow("garbage too large") << "/a=garbage:300000000" << false << 0;
    QTest::newRow("no glob") << "=drop" << false << 0;
    QTest::newRow("status 200") << "/a=status:200" << false << 0;
    QTest::newRow("unknown") << "/a=boom" << false << 0;
    QTest::newRow("bad option") << "/a=drop,when=now" << false << 0;
    // Broke fuzz_faultrule's bounds invariant: negative numbers were taken (a negative delay, a
    // rule that "fails -3 times").
    QTest::newRow("negative delay") << "/a=delay:-1" << false << 0;
    QTest::newRow("negative after") << "/a=drop,after=-2" << false << 0;
    QTest::newRow("negative times") << "/a=drop,times=-3" << false << 0;
    QTest::newRow("negative retry-after") << "/a=status:429,retry-after=-5" << false << 0;
}

void TestSandboxUnit::faultRules()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, action);
    QString error;
    const auto rule = FaultRule::parse(text, &error);
    QCOMPARE(rule.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (rule) {
        QCOMPARE(int(rule->action), action);
    }
}

// A refused rule says what is wrong with it, and quotes it.
void TestSandboxUnit::faultRuleReasons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown action") << "/a=explode"
                                    << "unknown action \"explode\" (expected delay:MS";
    QTest::newRow("status 200") << "/a=status:200"
                                << "status needs an HTTP status 400 to 599";
    QTest::newRow("html 600") << "/a=html:600"
                              << "html needs an HTTP status 400 to 599";
    QTest::newRow("delay") << "/a=delay:soon"
                           << "delay needs milliseconds >= 0";
    QTest::newRow("garbage") << "/a=garbage:-1"
                             << "garbage needs a size in bytes, 0 to 268435456";
    QTest::newRow("argument") << "/a=types:1"
                              << "types takes no argument";
    QTest::newRow("redirect") << "/a=redirect:elsewhere"
                              << "redirect needs an absolute http";
    QTest::newRow("option") << "/a=drop,often=3"
                            << "unknown option \"often\"";
    QTest::newRow("negative") << "/a=drop,times=-1"
                              << "times needs a whole number >= 0";
    QTest::newRow("no action") << "/a"
                               << "expected GLOB=ACTION";
}

void TestSandboxUnit::faultRuleReasons()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!FaultRule::parse(text, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(text), qPrintable(error));
}

// Action::Types: strings become numbers (their length), numbers strings, at every depth.
void TestSandboxUnit::faultRuleWrongTypes()
{
    const QByteArray turned = FaultRule::wrongTypes(
        R"({"id": "abc", "size": 12, "ok": true, "none": null,
            "items": [{"name": "x", "count": 2.5}, "yz", 7]})");
    QCOMPARE(QJsonDocument::fromJson(turned).object(),
             QJsonObject({{QStringLiteral("id"), 3},
                          {QStringLiteral("size"), QStringLiteral("12")},
                          {QStringLiteral("ok"), true},
                          {QStringLiteral("none"), QJsonValue::Null},
                          {QStringLiteral("items"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), 1},
                                                  {QStringLiteral("count"), QStringLiteral("2.5")}},
                                      2, QStringLiteral("7")}}}));
    QCOMPARE(FaultRule::wrongTypes("[1, \"a\"]"), QByteArray(R"(["1",1])"));
    QCOMPARE(FaultRule::wrongTypes("<html>"), QByteArray("<html>"));
}

void TestSandboxUnit::faultRuleCounting()
{
    QString error;
    auto rule = FaultRule::parse(
        QStringLiteral("/api/projects/*/backups=status:500,after=1,times=2,method=GET"), &error);
    QVERIFY(rule);
    QVERIFY(!rule->fire("GET", QStringLiteral("/api/projects/p/environments/main/backups")));
    QVERIFY(!rule->fire("POST", QStringLiteral("/api/projects/p/environments/main/backups")));
    QVERIFY(!rule->fire("GET", QStringLiteral("/api/projects/p/environments/main/backups/x")));
    QVERIFY(rule->fire("GET", QStringLiteral("/api/projects/p/environments/main/backups")));
    QVERIFY(rule->fire("GET", QStringLiteral("/api/projects/q/environments/dev/backups")));
    QVERIFY(!rule->fire("GET", QStringLiteral("/api/projects/q/environments/dev/backups")));
    QCOMPARE(rule->retryAfter, -1);
}

// Found by fuzz_faultrule: each character was escaped alone, so a NUL before a digit became an
// octal escape ("\\02") and a character outside the BMP was split into two lone surrogates (an
// invalid pattern): the rule never matched the path it spells.
void TestSandboxUnit::faultRuleGlobLiterals()
{
    const QString nulDigit = QStringLiteral("/a") + QChar(0) + QStringLiteral("2b");
    const QString emoji = QStringLiteral("/api/") + QString::fromUcs4(U"\U0001F600") + u"/x";
    const QStringList paths{nulDigit, emoji, QStringLiteral("/a.b+c(d)[e]{f}$^|\\")};
    for (const QString &path : paths) {
        QString error;
        auto rule = FaultRule::parse(path + QStringLiteral("=drop"), &error);
        QVERIFY2(rule, qPrintable(error));
        QVERIFY2(rule->fire("GET", path), qPrintable(path));
    }
    const PathGlob nul(QStringLiteral("/a") + QChar(0) + QStringLiteral("2"));
    QVERIFY(!nul.matches(QStringLiteral("/a") + QChar(2)));
    // A run of stars is one: 32 of them (fuzz_faultrule's input) made PCRE hit its backtracking
    // limit, so the rule never fired on the path it spells.
    QString xy;
    for (int i = 0; i < 32; ++i)
        xy += QStringLiteral("x/y");
    const PathGlob stars(QStringLiteral("/api/proji/?") + QString(32, QLatin1Char('*'))
                         + u"?#??????3002");
    QVERIFY(stars.matches(QStringLiteral("/api/proji/q") + xy + u"q#qqqqqq3002"));
    QVERIFY(PathGlob(QStringLiteral("/a?c"))
                .matches(QStringLiteral("/a") + QString::fromUcs4(U"\U0001F600") + u"c"));
    QVERIFY(!PathGlob(QStringLiteral("/a?c")).matches(QStringLiteral("/ac")));
    QVERIFY(PathGlob(QStringLiteral("/a*")).matches(QStringLiteral("/a")));
    QVERIFY(!PathGlob(QStringLiteral("/a*b")).matches(QStringLiteral("/a/b/c")));
}

// Found by fuzz_faultrule in CI: stars between literals that the path repeats ("*x*x*x...z",
// 24 of them) made the regex the glob was turned into backtrack until PCRE gave up, and the rule
// never fired on the path it spells (nor on any other). The glob is matched without a regex now.
void TestSandboxUnit::faultRuleGlobManyStars()
{
    QString glob = QStringLiteral("/api");
    for (int i = 0; i < 24; ++i)
        glob += QStringLiteral("*x");
    glob += QStringLiteral("z");
    QString error;
    auto rule = FaultRule::parse(glob + QStringLiteral("=status:503"), &error);
    QVERIFY2(rule, qPrintable(error));
    QString spelled = glob; // each star as "x/y"
    spelled.replace(QLatin1Char('*'), QStringLiteral("x/y"));
    QVERIFY(rule->fire("GET", QStringLiteral("/api") + QString(24, QLatin1Char('x')) + u'z'));
    QVERIFY(rule->fire("GET", spelled));
    QVERIFY(!rule->fire("GET", QStringLiteral("/api") + QString(23, QLatin1Char('x')) + u'z'));
    QVERIFY(!rule->fire("GET", QStringLiteral("/api") + QString(40, QLatin1Char('x'))));
    QCOMPARE(rule->applied, 2);
}

void TestSandboxUnit::retentionValidate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("contract example") << QByteArray(
        R"({"production": {"max_backups": 12, "default_config": {"manual_count": 3, "schedule": [{"interval": "1d", "count": 7}, {"interval": "1w", "count": 4}, {"interval": "1M", "count": 12}]}}})")
                                      << true;
    QTest::newRow("empty") << QByteArray("{}") << true;
    QTest::newRow("hours and years") << QByteArray(
        R"({"staging": {"default_config": {"schedule": [{"interval": "4h", "count": 6}, {"interval": "1y", "count": 1}]}}})")
                                     << true;
    QTest::newRow("unknown type") << QByteArray(R"({"prod": {}})") << false;
    QTest::newRow("negative") << QByteArray(R"({"production": {"max_backups": -1}})") << false;
    QTest::newRow("fraction") << QByteArray(
        R"({"production": {"default_config": {"manual_count": 1.5}}})")
                              << false;
    QTest::newRow("bad unit") << QByteArray(
        R"({"production": {"default_config": {"schedule": [{"interval": "1s", "count": 1}]}}})")
                              << false;
    QTest::newRow("schedule object")
        << QByteArray(R"({"production": {"default_config": {"schedule": {}}}})") << false;
    // Found by fuzz_sandbox_body: n * the unit's length overflowed qint64 (negative, accepted).
    QTest::newRow("100 years") << QByteArray(
        R"({"production": {"default_config": {"schedule": [{"interval": "100y", "count": 1}]}}})")
                               << true;
    QTest::newRow("101 years") << QByteArray(
        R"({"production": {"default_config": {"schedule": [{"interval": "101y", "count": 1}]}}})")
                               << false;
    QTest::newRow("overflowing years") << QByteArray(
        R"({"production": {"default_config": {"schedule": [{"interval": "99999999999999y", "count": 1}]}}})")
                                       << false;
    QTest::newRow("overflowing hours") << QByteArray(
        R"({"production": {"default_config": {"schedule": [{"interval": "9223372036854775807h", "count": 1}]}}})")
                                       << false;
}

void TestSandboxUnit::retentionValidate()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QCOMPARE(Retention::validate(QJsonDocument::fromJson(json).object()).isEmpty(), valid);
}

void TestSandboxUnit::retentionIntervals()
{
    QCOMPARE(Retention::intervalLength(QStringLiteral("2w")), 14 * Clock::day);
    QCOMPARE(Retention::intervalLength(QStringLiteral("w")), 0);
    QCOMPARE(Retention::intervalLength(QStringLiteral("100y")), 100 * 365 * Clock::day);
    // Beyond 100 years an interval is refused (0), never a wrapped-around length.
    for (const char *tooLong : {"101y", "1217M", "5215w", "36501d", "876001h", "99999999999999y",
                                "9223372036854775807h", "99999999999999999999d"})
        QCOMPARE(Retention::intervalLength(QLatin1String(tooLong)), 0);
    const QString why = Retention::validate(
        QJsonDocument::fromJson(
            R"({"staging": {"default_config": {"schedule": [{"interval": "99999999999999y", "count": 1}]}}})")
            .object());
    QVERIFY2(why.contains(QLatin1String("100 years"))
                 && why.contains(QLatin1String("99999999999999y")),
             qPrintable(why));
    const QJsonObject withSettings{
        {QStringLiteral("data_retention"),
         QJsonObject{{QStringLiteral("production"),
                      QJsonObject{{QStringLiteral("default_config"),
                                   QJsonObject{{QStringLiteral("manual_count"), 3}}}}}}}};
    QCOMPARE(Retention::manualCount(withSettings, QStringLiteral("production")),
             std::optional<int>(3));
    QVERIFY(!Retention::manualCount(withSettings, QStringLiteral("staging")));
    QVERIFY(Retention::manualExpiry(withSettings, QStringLiteral("production"), 0).isNull());
    const qint64 expiry
        = qint64(Retention::manualExpiry({}, QStringLiteral("production"), 0).toDouble());
    QVERIFY(expiry >= 7 * Clock::day && expiry <= 183 * Clock::day);
}

void TestSandboxUnit::bodyReader()
{
    ApiRequest request;
    ApiReply error;
    request.body = "  ";
    QCOMPARE(BodyReader::object(request, error), std::optional<QJsonObject>(QJsonObject{}));
    request.body = "{";
    QVERIFY(!BodyReader::object(request, error));
    QCOMPARE(error.status, 400);
    request.body = R"({"safe": 1})";
    const auto object = BodyReader::object(request, error);
    QVERIFY(object);
    QVERIFY(!BodyReader::fieldType(*object, QStringLiteral("safe"), QJsonValue::Bool, error));
    QVERIFY(BodyReader::onlyFields(*object, {QStringLiteral("safe")}, error));
    QVERIFY(!BodyReader::onlyFields(*object, {}, error));
    const QJsonObject body = QJsonDocument::fromJson(error.body).object();
    QCOMPARE(body[QStringLiteral("code")].toInt(), 400);
    QCOMPARE(body[QStringLiteral("title")].toString(), QStringLiteral("Bad Request"));
}

void TestSandboxUnit::inProcessServer()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.dataDir = dir.path();
    options.seed = QStringLiteral("empty");
    Server server(options);
    const StartResult started = server.start();
    QVERIFY2(started.ok(), qPrintable(started.error));
    QVERIFY(started.port > 0);
    QCOMPARE(server.baseUrl().port(), int(started.port));
    bc::test::SandboxHttp http(server.baseUrl());
    std::unique_ptr<QNetworkReply> reply(http.get(QStringLiteral("/__sandbox/health")));
    BC_FINISH(reply);
    QCOMPARE(bc::test::SandboxHttp::json(reply.get())[QStringLiteral("ok")].toBool(), true);

    ServerOptions bad = options;
    bad.faults = {QStringLiteral("nonsense")};
    QVERIFY(!Server(bad).start().ok());
}

// The seed runs with a rollback journal (its pages written once, not to the WAL and again at the
// checkpoint); the server then serves in WAL mode, which survives a kill -9 between commits.
void TestSandboxUnit::seedWritesOnceThenWal()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.dataDir = dir.path();
    options.seed = QStringLiteral("demo");
    {
        Server server(options);
        const StartResult started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sandbox.sqlite-journal"))));
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seedcheck"));
        db.setDatabaseName(dir.filePath(QStringLiteral("sandbox.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM projects")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seedcheck"));
}

QTEST_GUILESS_MAIN(TestSandboxUnit)
#include "tst_sandbox_unit.moc"
