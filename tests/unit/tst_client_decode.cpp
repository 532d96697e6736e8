#include "client/decode.h"
#include "client/decodefields.h"
#include "client/loglinereader.h"
#include "tst_client_json.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace bc;

namespace {

const QByteArray GoodBackup = j(
    "{'id': 'abcdefghijklmnopqrstuvwxyz', 'environment': 'main', "
    "'status': 'CREATED', 'safe': true, 'automated': false, 'index': null, 'restorable': true, "
    "'commit_id': '0123456789abcdef0123456789abcdef01234567', 'deployment': 'd1', "
    "'size_of_volumes': 1073741824, 'size_used': 524288000, "
    "'created_at': '2026-11-20T05:00:12.123456+00:00', 'updated_at': '2026-11-20T05:00:13+00:00', "
    "'expires_at': null, 'attributes': {}, '_links': {"
    "'self': {'href': 'https://eu-3.platform.sh/api/projects/p/environments/main/backups/x'}, "
    "'#restore': {'href': '/api/projects/p/environments/main/backups/x/restore'}}}");

// Decodes body as the named type; returns "" when it decoded, else "error:<field>".
QString decodeAs(const QString &type, const QByteArray &body)
{
    auto outcome = [](const auto &result) {
        return result.ok() ? QString() : QLatin1String("error:") + result.error().field;
    };
    if (type == QLatin1String("backup"))
        return outcome(decodeBody<Backup>(body));
    if (type == QLatin1String("backups"))
        return outcome(decodeBody<QList<Backup>>(body));
    if (type == QLatin1String("environment"))
        return outcome(decodeBody<Environment>(body));
    if (type == QLatin1String("environments"))
        return outcome(decodeBody<QList<Environment>>(body));
    if (type == QLatin1String("activity"))
        return outcome(decodeBody<Activity>(body));
    if (type == QLatin1String("project"))
        return outcome(decodeBody<Project>(body));
    if (type == QLatin1String("user"))
        return outcome(decodeBody<UserInfo>(body));
    if (type == QLatin1String("settings"))
        return outcome(decodeBody<ProjectSettings>(body));
    if (type == QLatin1String("capabilities"))
        return outcome(decodeBody<ProjectCapabilities>(body));
    if (type == QLatin1String("accepted"))
        return outcome(decodeBody<Accepted>(body));
    if (type == QLatin1String("refprojects"))
        return outcome(decodeBody<RefProjects>(body));
    return QStringLiteral("unknown type");
}

const QByteArray GoodActivity = j(
    "{'id': 'act1', 'type': 'environment.backup', 'project': 'p', 'environments': ['main'], "
    "'state': 'complete', 'result': 'success', 'completion_percent': 100, 'failure_reason': null, "
    "'timings': {'wait': 1, 'execute': 2.5}, "
    "'created_at': '2026-11-20T05:00:12.123456+00:00', 'updated_at': '2026-11-20T05:00:42Z', "
    "'started_at': '2026-11-20T05:00:12.2+00:00', 'completed_at': '2026-11-20T06:00:42.9+01:00', "
    "'cancelled_at': null, 'description': '<user data-id=\\'u1\\'>Ada</user> did', "
    "'text': 'Ada did', 'parameters': {'safe': true}, 'payload': {'user': {'id': 'u1', "
    "'display_name': 'Ada'}, 'environment': {'id': 'main', 'title': 'Main'}, 'backup_name': "
    "'abc', 'safe': true, 'list': [1, -2, 3.25, null, 'x', [], {}]}, '_links': {'self': "
    "{'href': 'https://eu-3.platform.sh/api/projects/p/activities/act1'}, 'log': {'href': "
    "'/api/projects/p/activities/act1/log'}}}");

QString timeText(const QDateTime &t)
{
    return t.isValid()
        ? t.toString(Qt::ISODateWithMs) + QLatin1Char('/') + QString::number(int(t.timeSpec()))
            + QLatin1Char('/') + QString::number(t.offsetFromUtc())
        : QStringLiteral("none");
}

QString linksText(const Links &links)
{
    QStringList rels = links.rels();
    rels.sort();
    QString out;
    for (const QString &rel : rels)
        out += rel + QLatin1Char('=') + links.href(rel) + QLatin1Char(';');
    return out;
}

// Every member of the value, as text: two values are the same when their texts are.
QString text(const Backup &b)
{
    return QStringList{b.id,
                       b.environment,
                       b.status,
                       QString::number(b.safe),
                       QString::number(b.automated),
                       b.index ? QString::number(*b.index) : QStringLiteral("none"),
                       QString::number(b.restorable),
                       b.commitId,
                       b.deployment,
                       QString::number(b.sizeOfVolumes),
                       QString::number(b.sizeUsed),
                       timeText(b.createdAt),
                       timeText(b.updatedAt),
                       b.expiresAt ? timeText(*b.expiresAt) : QStringLiteral("never"),
                       linksText(b.links),
                       QString::number(b.id.isNull())}
        .join(QLatin1Char('|'));
}

QString text(const Activity &a)
{
    QStringList timings;
    for (auto it = a.timings.begin(); it != a.timings.end(); ++it)
        timings.append(it.key() + QLatin1Char('=') + QString::number(it.value(), 'g', 17));
    timings.sort();
    const auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    return QStringList{a.id,
                       a.type,
                       a.project,
                       a.environments.join(QLatin1Char(',')),
                       QString::number(a.environments.size()),
                       a.state,
                       a.result,
                       a.failureReason,
                       timings.join(QLatin1Char(',')),
                       QString::number(a.completionPercent),
                       timeText(a.createdAt),
                       a.createdAtText,
                       QString::number(a.createdAtText.isNull()),
                       timeText(a.updatedAt),
                       timeText(a.startedAt),
                       timeText(a.completedAt),
                       timeText(a.cancelledAt),
                       a.description,
                       a.text,
                       json(a.parameters),
                       json(a.payload),
                       linksText(a.links),
                       a.supportTicket}
        .join(QLatin1Char('|'));
}

template<typename T>
QString text(const QList<T> &list)
{
    QString out;
    for (const T &value : list)
        out += text(value) + QLatin1Char('\n');
    return out;
}

// decodeBody (the fast way where it has one) and the document way give the same value or the
// same error.
template<typename T>
void compareWays(const QByteArray &body)
{
    const Result<T> fast = decodeBody<T>(body);
    const Result<T> document = detail::decodeDocument<T>(body);
    QCOMPARE(fast.ok(), document.ok());
    if (fast.ok()) {
        QCOMPARE(text(fast.value()), text(document.value()));
        if constexpr (std::is_same_v<T, Activity>) {
            QCOMPARE(fast.value().payload, document.value().payload);
            QCOMPARE(fast.value().parameters, document.value().parameters);
            QCOMPARE(fast.value().timings, document.value().timings);
        }
    } else {
        QCOMPARE(fast.error().field, document.error().field);
        QCOMPARE(fast.error().message, document.error().message);
    }
}

template<typename T>
void compareWaysAlsoInList(const QByteArray &body)
{
    compareWays<T>(body);
    if (QTest::currentTestFailed())
        return;
    compareWays<QList<T>>('[' + body + ']');
    if (QTest::currentTestFailed())
        return;
    compareWays<QList<T>>('[' + body + ',' + body + ']');
}

} // namespace

class TestClientDecode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rows_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // "" = decodes; "error:<field>"

        QTest::newRow("backup: full") << "backup" << GoodBackup << "";
        QTest::newRow("backup: only id") << "backup" << QByteArray(j("{'id': 'b1'}")) << "";
        QTest::newRow("backup: missing id")
            << "backup" << QByteArray(j("{'safe': true}")) << "error:id";
        QTest::newRow("backup: null id") << "backup" << QByteArray(j("{'id': null}")) << "error:id";
        QTest::newRow("backup: nulls everywhere")
            << "backup"
            << QByteArray(
                   j("{'id': 'b', 'environment': null, 'safe': null, 'index': null, "
                     "'size_used': null, 'created_at': null, 'expires_at': null, '_links': null}"))
            << "";
        QTest::newRow("backup: safe as string")
            << "backup" << QByteArray(j("{'id': 'b', 'safe': 'yes'}")) << "error:safe";
        QTest::newRow("backup: size as string")
            << "backup" << QByteArray(j("{'id': 'b', 'size_used': '12'}")) << "error:size_used";
        QTest::newRow("backup: size beyond int64")
            << "backup" << QByteArray(j("{'id': 'b', 'size_used': 18446744073709551615}"))
            << "error:size_used";
        QTest::newRow("backup: size 1e400 is not JSON nlohmann can hold")
            << "backup" << QByteArray(j("{'id': 'b', 'size_of_volumes': 1e400}")) << "error:";
        QTest::newRow("backup: size 1e30")
            << "backup" << QByteArray(j("{'id': 'b', 'size_of_volumes': 1e30}"))
            << "error:size_of_volumes";
        QTest::newRow("backup: huge but valid size")
            << "backup" << QByteArray(j("{'id': 'b', 'size_used': 9223372036854775807}")) << "";
        QTest::newRow("backup: bad timestamp")
            << "backup" << QByteArray(j("{'id': 'b', 'created_at': 'yesterday'}"))
            << "error:created_at";
        QTest::newRow("backup: extra fields")
            << "backup"
            << QByteArray(j("{'id': 'b', 'new_field': {'deep': [1, 2, {'x': null}]}, 'z': 1}"))
            << "";
        QTest::newRow("backup: malformed links ignored")
            << "backup" << QByteArray(j("{'id': 'b', '_links': {'self': 3, '#delete': []}}")) << "";
        QTest::newRow("backup: not an object") << "backup" << QByteArray("[1]") << "error:";
        QTest::newRow("backups: empty array") << "backups" << QByteArray("[]") << "";
        QTest::newRow("backups: object instead of array")
            << "backups" << QByteArray(j("{'id': 'b'}")) << "error:";
        QTest::newRow("backups: third bad")
            << "backups" << QByteArray(j("[{'id': 'a'}, {'id': 'b'}, {'id': 'c', 'safe': 1}]"))
            << "error:[2].safe";
        QTest::newRow("backups: null element")
            << "backups" << QByteArray(j("[{'id': 'a'}, null]")) << "error:[1]";
        QTest::newRow("not json") << "backup" << QByteArray("<html>oops</html>") << "error:";
        QTest::newRow("truncated json") << "backup" << GoodBackup.left(60) << "error:";
        QTest::newRow("empty body") << "backup" << QByteArray() << "error:";
        QTest::newRow("environment: unicode")
            << "environment"
            << QByteArray(j("{'id': 'caf\\u00e9-\\ud83d\\ude80', 'title': 'Café 🚀 テスト'}")) << "";
        QTest::newRow("environment: wrong parent type")
            << "environment" << QByteArray(j("{'id': 'e', 'parent': ['main']}")) << "error:parent";
        QTest::newRow("environments: bad is_dirty in second")
            << "environments" << QByteArray(j("[{'id': 'a'}, {'id': 'b', 'is_dirty': 'no'}]"))
            << "error:[1].is_dirty";
        QTest::newRow("activity: minimal") << "activity" << QByteArray(j("{'id': 'a'}")) << "";
        QTest::newRow("activity: float percent")
            << "activity" << QByteArray(j("{'id': 'a', 'completion_percent': 42.6}")) << "";
        QTest::newRow("activity: environments not strings")
            << "activity" << QByteArray(j("{'id': 'a', 'environments': ['main', 3]}"))
            << "error:environments[1]";
        QTest::newRow("activity: payload array")
            << "activity" << QByteArray(j("{'id': 'a', 'payload': [1]}")) << "error:payload";
        QTest::newRow("activity: empty arrays")
            << "activity" << QByteArray(j("{'id': 'a', 'environments': [], 'payload': {}}")) << "";
        QTest::newRow("project: status object")
            << "project"
            << QByteArray(j("{'id': 'p', 'status': {'code': 'provisioned', 'message': 'ok'}}"))
            << "";
        QTest::newRow("project: status.code wrong type")
            << "project" << QByteArray(j("{'id': 'p', 'status': {'code': 5}}"))
            << "error:status.code";
        QTest::newRow("project: subscription.suspended wrong type")
            << "project" << QByteArray(j("{'id': 'p', 'subscription': {'suspended': 'no'}}"))
            << "error:subscription.suspended";
        QTest::newRow("user: roles wrong type")
            << "user" << QByteArray(j("{'id': 'u', 'roles': 'support'}")) << "error:roles";
        QTest::newRow("settings: retention")
            << "settings"
            << QByteArray(j("{'data_retention': {'production': {'max_backups': 12, "
                            "'default_config': {'manual_count': 3, 'schedule': [{'interval': '1d', "
                            "'count': 7}]}}}, 'other': true}"))
            << "";
        QTest::newRow("settings: bad schedule count")
            << "settings"
            << QByteArray(j("{'data_retention': {'production': {'default_config': "
                            "{'schedule': [{'interval': '1d', 'count': '7'}]}}}}"))
            << "error:data_retention.production.default_config.schedule[0].count";
        // Found by fuzz_decode_settings: counts were cut to an int (2^32 + 3 read as 3).
        QTest::newRow("settings: manual_count beyond int")
            << "settings"
            << QByteArray(j("{'data_retention': {'production': {'default_config': "
                            "{'manual_count': 4294967299}}}}"))
            << "error:data_retention.production.default_config.manual_count";
        QTest::newRow("settings: max_backups beyond int")
            << "settings"
            << QByteArray(j("{'data_retention': {'staging': {'max_backups': 2147483648}}}"))
            << "error:data_retention.staging.max_backups";
        QTest::newRow("settings: negative max_backups")
            << "settings" << QByteArray(j("{'data_retention': {'staging': {'max_backups': -1}}}"))
            << "error:data_retention.staging.max_backups";
        QTest::newRow("settings: schedule count beyond int")
            << "settings"
            << QByteArray(j("{'data_retention': {'production': {'default_config': "
                            "{'schedule': [{'interval': '1d', 'count': 7}, "
                            "{'interval': '1w', 'count': -4294967295}]}}}}"))
            << "error:data_retention.production.default_config.schedule[1].count";
        QTest::newRow("settings: largest counts")
            << "settings"
            << QByteArray(j("{'data_retention': {'production': {'max_backups': 2147483647, "
                            "'default_config': {'manual_count': 0, 'schedule': [{'interval': "
                            "'1d', 'count': 2147483647}]}}}}"))
            << "";
        QTest::newRow("capabilities: retention enabled")
            << "capabilities"
            << QByteArray(j("{'data_retention': {'enabled': true}, 'metrics': {}}")) << "";
        QTest::newRow("capabilities: enabled wrong type")
            << "capabilities" << QByteArray(j("{'data_retention': {'enabled': 'yes'}}"))
            << "error:data_retention.enabled";
        QTest::newRow("accepted: bad activity")
            << "accepted"
            << QByteArray(j("{'status': 'OK', '_embedded': {'activities': [{'id': 5}]}}"))
            << "error:_embedded.activities[0].id";
        QTest::newRow("refprojects: null entry")
            << "refprojects" << QByteArray(j("{'p1': {'id': 'p1'}, 'p2': null}")) << "";
        QTest::newRow("deep nesting") << "backup"
                                      << QByteArray(j("{'id': 'b', 'x': ")) + QByteArray(5000, '[')
                + QByteArray(5000, ']') + QByteArray("}")
                                      << "";
    }

    void rows()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(decodeAs(type, body), expected);
    }

    void backupValues()
    {
        const Result<Backup> r = decodeBody<Backup>(GoodBackup);
        QVERIFY(r.ok());
        const Backup &b = r.value();
        QCOMPARE(b.id, QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
        QCOMPARE(b.sizeUsed, 524288000);
        QCOMPARE(b.sizeOfVolumes, 1073741824);
        QVERIFY(b.safe);
        QVERIFY(!b.index.has_value());
        QVERIFY(!b.expiresAt.has_value());
        QCOMPARE(b.createdAt, QDateTime(QDate(2026, 11, 20), QTime(5, 0, 12, 123), Qt::UTC));
        QVERIFY(b.canRestore());
        QVERIFY(!b.canDelete());
        QVERIFY(b.links.href(QStringLiteral("self")).startsWith(QLatin1String("https://eu-3")));
    }

    void capabilitiesValues()
    {
        QVERIFY(decodeBody<ProjectCapabilities>(j("{'data_retention': {'enabled': true}}"))
                    ->dataRetentionEnabled);
        QVERIFY(!decodeBody<ProjectCapabilities>(j("{'data_retention': {'enabled': false}}"))
                     ->dataRetentionEnabled);
        // Absent: the service says nothing, so the policy is not offered for editing.
        QVERIFY(!decodeBody<ProjectCapabilities>(j("{}"))->dataRetentionEnabled);
    }

    void activityPayload()
    {
        const QByteArray body
            = j("{'id': 'a', 'type': 'environment.restore', 'state': 'complete', "
                "'result': 'success', 'completion_percent': 100, "
                "'payload': {'backup_name': 'b1', 'environment': {'id': 'staging', 'title': "
                "'Staging'}, "
                "'source_environment': 'main', 'branch_from': null, "
                "'user': {'id': 'u9', 'display_name': 'Sam Support'}, "
                "'on_behalf_of': {'id': 'u1', 'display_name': 'Ada'}, 'ticket': 'T-42', "
                "'safe': false}}");
        const Result<Activity> r = decodeBody<Activity>(body);
        QVERIFY(r.ok());
        const Activity &a = r.value();
        QVERIFY(a.isFinished());
        QVERIFY(a.isSuccess());
        QCOMPARE(a.backupName(), QStringLiteral("b1"));
        QCOMPARE(a.targetEnvironment(), QStringLiteral("staging"));
        QCOMPARE(a.sourceEnvironment(), QStringLiteral("main"));
        QCOMPARE(a.branchFrom(), QString());
        QCOMPARE(a.userDisplayName(), QStringLiteral("Sam Support"));
        QCOMPARE(a.userId(), QStringLiteral("u9"));
        QCOMPARE(a.onBehalfOf(), QStringLiteral("Ada"));
        QCOMPARE(a.ticket(), QStringLiteral("T-42"));
        QCOMPARE(a.safe(), std::optional<bool>(false));
    }

    void finishedRule_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("finished");
        QTest::newRow("pending") << "pending" << 0 << false;
        QTest::newRow("in progress") << "in_progress" << 50 << false;
        // Contract §4: completion_percent is progress, never the end (issue 11).
        QTest::newRow("in progress at 100") << "in_progress" << 100 << false;
        QTest::newRow("staged at 100") << "staged" << 100 << false;
        QTest::newRow("unknown state at 100") << "rescheduled" << 100 << false;
        QTest::newRow("complete") << "complete" << 0 << true;
        QTest::newRow("cancelled") << "cancelled" << 10 << true;
    }

    void finishedRule()
    {
        QFETCH(QString, state);
        QFETCH(int, percent);
        QFETCH(bool, finished);
        Activity a;
        a.state = state;
        a.completionPercent = percent;
        QCOMPARE(a.isFinished(), finished);
    }

    // The spec's failure_reason and timings are read; new enum values decode as they come.
    void activitySpecFields()
    {
        const QByteArray body
            = j("{'id': 'a', 'type': 'environment.backup', 'state': 'complete', "
                "'result': 'failure', 'failure_reason': 'shell', 'completion_percent': 60, "
                "'timings': {'wait': 1.5, 'execute': 12.25}}");
        const Result<Activity> r = decodeBody<Activity>(body);
        QVERIFY(r.ok());
        QCOMPARE(r.value().failureReason, QStringLiteral("shell"));
        QCOMPARE(r.value().timings.value(QStringLiteral("wait")), 1.5);
        QCOMPARE(r.value().timings.value(QStringLiteral("execute")), 12.25);
        const Result<Activity> unknown = decodeBody<Activity>(
            j("{'id': 'b', 'state': 'rescheduled', 'result': 'partial', 'failure_reason': "
              "'timeout', 'timings': null}"));
        QVERIFY(unknown.ok());
        QCOMPARE(unknown.value().state, QStringLiteral("rescheduled"));
        QCOMPARE(unknown.value().failureReason, QStringLiteral("timeout"));
        QVERIFY(!unknown.value().isFinished());
        const Result<Environment> env
            = decodeBody<Environment>(j("{'id': 'e', 'name': 'e', 'status': 'hibernating'}"));
        QVERIFY(env.ok());
        QCOMPARE(env.value().status, QStringLiteral("hibernating"));
    }

    void mainActivitySkipsIntegrations()
    {
        const QByteArray body = j("{'status': 'OK', 'code': 200, '_embedded': {'activities': [ "
                                  "{'id': 'i1', 'type': 'integration.webhook'}, {'id': 'm', "
                                  "'type': 'environment.backup'}]}}");
        const Result<Accepted> r = decodeBody<Accepted>(body);
        QVERIFY(r.ok());
        QCOMPARE(r.value().mainActivity()->id, QStringLiteral("m"));
    }

    void unicodeSurvives()
    {
        const Result<Environment> r
            = decodeBody<Environment>(j("{'id': 'e', 'title': 'Café 🚀 \\u00e9'}"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().title, QStringLiteral(u"Café 🚀 é"));
        QCOMPARE(r.value().name, QStringLiteral("e"));
    }

    void countOutOfRangeNamesField()
    {
        const Result<ProjectSettings> r
            = decodeBody<ProjectSettings>(j("{'data_retention': {'production': {'default_config': "
                                            "{'manual_count': 4294967299}}}}"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY2(r.error().describe().contains(QLatin1String("manual_count")),
                 qPrintable(r.error().describe()));
    }

    void decodeErrorDescribesField()
    {
        const Result<Backup> r = decodeBody<Backup>(j("{'id': 'b', 'size_used': 'x'}"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY(r.error().describe().contains(QLatin1String("size_used")));
    }

    // The fast way (decodesax.cpp) against the document way, member by member: each member of a
    // full backup and activity replaced by values of every JSON type and edge.
    void fastWayMatchesDocument_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("body");
        using json = nlohmann::json;
        const QList<QByteArray> values = {
            "null",
            "true",
            "false",
            "0",
            "-1",
            "7",
            "1.5",
            "2.5",
            "-0.0",
            "1e30",
            "1e-310",
            "9223372036854775807",
            "18446744073709551615",
            "9007199254740993",
            "-9007199254740993",
            "\"\"",
            "\"x\"",
            "\"caf\\u00e9 \\ud83d\\ude80\"",
            "\"2026-11-20T05:00:12Z\"",
            "\"2026-11-20T05:00:12.9996+01:00\"",
            "\"2026-11-20T05:00:12.1235+00:00\"",
            "\"2026-02-30T05:00:12Z\"",
            "\"2026-11-20 05:00:12\"",
            "\"yesterday\"",
            "[]",
            "[\"a\"]",
            "[\"a\", 3]",
            "[null]",
            "{}",
            "{\"href\": \"/x\"}",
            "{\"a\": {\"href\": \"/x\"}, \"b\": [{\"href\": \"/y\"}, 3], \"c\": [], "
            "\"d\": {\"href\": 3}, \"e\": [3, {\"href\": \"/z\"}], \"f\": "
            "{\"href\": \"/1\", \"href\": \"/2\"}}",
            "{\"a\": {\"href\": \"/x\"}, \"a\": 1}",
            "{\"wait\": 1, \"x\": \"s\", \"y\": [1], \"z\": 1e300, \"w\": "
            "18446744073709551615, \"é\": {\"k\": null}}",
            "{\"wait\": 1, \"wait\": \"no\"}",
            "{\"n\": {\"m\": [1, {\"é\": \"ü\"}, [2.5, -3]], \"big\": 9007199254740993}}",
        };
        const json backup = json::parse(GoodBackup.toStdString());
        const json activity = json::parse(GoodActivity.toStdString());
        for (const auto &[type, good] : {std::pair(QStringLiteral("backup"), backup),
                                         std::pair(QStringLiteral("activity"), activity)}) {
            QTest::addRow("%s: as it is", qPrintable(type))
                << type << QByteArray::fromStdString(good.dump());
            for (auto it = good.begin(); it != good.end(); ++it) {
                const QByteArray key = QByteArray::fromStdString(it.key());
                const QByteArray first = '"' + key + "\": " + QByteArray::fromStdString(it->dump());
                {
                    json copy = good;
                    copy.erase(it.key());
                    QTest::addRow("%s: %s absent", qPrintable(type), key.constData())
                        << type << QByteArray::fromStdString(copy.dump());
                }
                for (const QByteArray &value : values) {
                    // The member replaced, then the member twice (the second wins).
                    json copy = good;
                    copy.erase(it.key());
                    const QByteArray rest = QByteArray::fromStdString(copy.dump()).mid(1);
                    const QByteArray member = '"' + key + "\": " + value;
                    QTest::addRow("%s: %s = %s", qPrintable(type), key.constData(),
                                  value.constData())
                        << type << '{' + member + (rest == "}" ? "" : ", ") + rest;
                    QTest::addRow("%s: %s twice, then %s", qPrintable(type), key.constData(),
                                  value.constData())
                        << type << '{' + first + ", " + member + (rest == "}" ? "" : ", ") + rest;
                }
            }
        }
        QTest::newRow("backup: deep nesting") << "backup"
                                              << QByteArray(j("{'id': 'b', 'x': "))
                + QByteArray(5000, '[') + QByteArray(5000, ']') + QByteArray("}");
        QTest::newRow("activity: deep payload") << "activity"
                                                << QByteArray(j("{'id': 'b', 'payload': {'x': "))
                + QByteArray(300, '[') + QByteArray(300, ']') + QByteArray("}}");
        QTest::newRow("activity: payload 1000 deep")
            << "activity"
            << QByteArray(j("{'id': 'b', 'payload': {'x': ")) + QByteArray(1100, '[')
                + QByteArray(1100, ']') + QByteArray("}}");
        QTest::newRow("backup: trailing garbage") << "backup" << GoodBackup + " x";
        QTest::newRow("backup: nul") << "backup" << QByteArrayLiteral("{\"id\": \"b\"}\0");
        QTest::newRow("backup: array") << "backup" << QByteArray("[1]");
        QTest::newRow("backup: empty") << "backup" << QByteArray();
        QTest::newRow("backup: empty id") << "backup" << QByteArray(j("{'id': ''}"));
        // The fuzzers' seeds.
        const QString corpus
            = qEnvironmentVariable("BC_SOURCE_DIR") + QStringLiteral("/tests/fuzz/corpus/");
        for (const QString &type : {QStringLiteral("backup"), QStringLiteral("activity")}) {
            const QDir dir(corpus + QStringLiteral("fuzz_decode_") + type);
            QVERIFY2(dir.exists(), qPrintable(dir.path()));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QTest::addRow("%s seed: %s", qPrintable(type), qPrintable(name))
                    << type << file.readAll();
            }
        }
    }

    void fastWayMatchesDocument()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, body);
        if (type == QLatin1String("backup"))
            compareWaysAlsoInList<Backup>(body);
        else
            compareWaysAlsoInList<Activity>(body);
    }

    // The API's form of time read without Qt's reader, to the same value; other forms left to it.
    void isoTimeMatchesQt()
    {
        int fast = 0;
        const QStringList zones = {QStringLiteral("Z"),
                                   QStringLiteral("+00:00"),
                                   QStringLiteral("-00:00"),
                                   QStringLiteral("+01:00"),
                                   QStringLiteral("-05:30"),
                                   QStringLiteral("+14:00"),
                                   QStringLiteral("-14:59"),
                                   QStringLiteral("+15:00"),
                                   QStringLiteral("+0100"),
                                   QStringLiteral("z"),
                                   QString()};
        const QStringList fractions = {QString(),
                                       QStringLiteral(".0"),
                                       QStringLiteral(".1"),
                                       QStringLiteral(".12"),
                                       QStringLiteral(".123"),
                                       QStringLiteral(".1234"),
                                       QStringLiteral(".1235"),
                                       QStringLiteral(".12351"),
                                       QStringLiteral(".123456"),
                                       QStringLiteral(".999"),
                                       QStringLiteral(".9994"),
                                       QStringLiteral(".9995"),
                                       QStringLiteral(".99951"),
                                       QStringLiteral(".0005"),
                                       QStringLiteral(".0004999"),
                                       QStringLiteral(".123456789"),
                                       QStringLiteral(".1234567891"),
                                       QStringLiteral("."),
                                       QStringLiteral(",5")};
        const QStringList stamps
            = {QStringLiteral("2026-11-20T05:00:12"), QStringLiteral("2024-02-29T23:59:59"),
               QStringLiteral("2023-02-29T00:00:00"), QStringLiteral("1999-12-31T24:00:00"),
               QStringLiteral("2026-13-01T00:00:00"), QStringLiteral("0999-01-01T00:00:00"),
               QStringLiteral("2026-11-20T05:60:12"), QStringLiteral("2026-11-20T05:00:60"),
               QStringLiteral("2026-11-20t05:00:12"), QStringLiteral("2026-11-20 05:00:12"),
               QStringLiteral("9999-12-31T23:59:59"), QStringLiteral("1000-01-01T00:00:00")};
        for (const QString &stamp : stamps) {
            for (const QString &fraction : fractions) {
                for (const QString &zone : zones) {
                    const QString text = stamp + fraction + zone;
                    const std::optional<QDateTime> mine
                        = detail::parseIsoTimeFast(text.toStdString());
                    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
                    if (!mine)
                        continue;
                    ++fast;
                    QVERIFY2(mine->isValid() && qt.isValid(), qPrintable(text));
                    QCOMPARE(timeText(*mine), timeText(qt));
                    QCOMPARE(*mine, qt);
                }
            }
        }
        // Every offset the fast reader takes.
        for (int minutes = -(14 * 60 + 59); minutes <= 14 * 60 + 59; ++minutes) {
            const QString text = QStringLiteral("2026-11-20T05:00:12.5%1%2:%3")
                                     .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                     .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                                     .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
            const std::optional<QDateTime> mine = detail::parseIsoTimeFast(text.toStdString());
            QVERIFY2(mine, qPrintable(text));
            ++fast;
            QCOMPARE(timeText(*mine), timeText(QDateTime::fromString(text, Qt::ISODateWithMs)));
        }
        QVERIFY(fast > 2000);
    }

    // Found by fuzz_decode_backup: nlohmann's parser stops at a NUL byte, so an answer with
    // garbage after one was read as the JSON before it (and the same bytes in a list were not).
    void nulIsNotTheEnd()
    {
        const QByteArray body = QByteArrayLiteral("{\"id\": \"b\"}\n\0\0garbage");
        const Result<Backup> r = decodeBody<Backup>(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY(r.error().field.isEmpty());
        QVERIFY(!decodeBody<Backup>(QByteArrayLiteral("{\"id\": \"b\"}\0")).ok());
        QVERIFY(decodeBody<Backup>(QByteArrayLiteral("{\"id\": \"b\\u0000\"}")).ok());
    }

    // Found by fuzz_logstream: start_at counts the lines the server sent, but the reader counted
    // only the lines it kept, so after a line it dropped (an _id it had read, a line it could not
    // decode) a reopened stream started one line early and a line without an _id came twice.
    void logPositionCountsEveryServerLine()
    {
        const QList<QByteArray> server{
            QByteArrayLiteral(
                R"({"_id":"a-0","data":{"message":"one","timestamp":"2026-12-02T08:00:00Z"}})"),
            QByteArrayLiteral(
                R"({"_id":"a-0","data":{"message":"one","timestamp":"2026-12-02T08:00:00Z"}})"),
            QByteArrayLiteral(R"({"_id":"a-1","data":"not an object"})"),
            QByteArrayLiteral(R"({"data":{"message":"no id","timestamp":"2026-12-02T08:00:01Z"}})"),
            QByteArrayLiteral(
                R"({"_id":"a-3","data":{"message":"last","timestamp":"2026-12-02T08:00:02Z"}})"),
            QByteArrayLiteral(R"({"_id":"a-seal","seal":true})")};
        LogLineReader reader;
        QList<LogLine> read;
        for (qsizetype i = 0; i < 4; ++i)
            read += reader.feed(server.at(i) + '\n');
        QCOMPARE(reader.position(), 4);
        reader.reopen();
        for (qsizetype i = reader.position(); i < server.size(); ++i)
            read += reader.feed(server.at(i) + '\n');
        QVERIFY(reader.isSealed());
        QStringList messages;
        for (const LogLine &line : read)
            messages << line.message;
        QCOMPARE(
            messages,
            (QStringList{QStringLiteral("one"), QStringLiteral("no id"), QStringLiteral("last")}));
        // A cut line dropped at close() is not counted: the next open sends it whole.
        LogLineReader cut;
        cut.feed(server.at(0) + '\n' + server.at(4).left(20));
        QVERIFY(cut.close().isEmpty());
        QCOMPARE(cut.position(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientDecode)
#include "tst_client_decode.moc"
