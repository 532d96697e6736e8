#include "client/decode.h"
#include "tst_client_json.h"

#include <QStandardPaths>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestClientDecode)
#include "tst_client_decode.moc"
