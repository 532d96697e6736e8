// The compliance rules (issue 16): hand-worked verdicts at and around every limit, the rules'
// settings, the restore points counted by the fleet arithmetic, and the text formats.
#include "client/compliance.h"
#include "client/complianceformat.h"
#include "client/fleetcompute.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bc;

namespace {

const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
constexpr double never = -1;
constexpr double hour = 3600;
constexpr double day = 24 * hour;

QDateTime ago(double seconds)
{
    return seconds == never ? QDateTime() : now.addSecs(qint64(-seconds));
}

FleetRow fleetRow(const QString &type, double last, double consistent, int points)
{
    FleetRow row;
    row.projectId = QStringLiteral("p1");
    row.environment = QStringLiteral("main");
    row.type = type;
    row.lastBackupAt = ago(last);
    row.lastConsistentBackupAt = ago(consistent);
    row.restorePoints = points;
    return row;
}

DrillRecord drill(const QString &project, const QString &environment, double finished,
                  const char *outcome = "success")
{
    DrillRecord d;
    d.id = project + environment + QString::number(finished);
    d.project = project;
    d.environment = environment;
    d.startedAt = ago(finished + 600);
    d.finishedAt = ago(finished);
    d.outcome = QLatin1String(outcome);
    return d;
}

// "rule:status,rule:status" in the result's order.
QString findings(const ComplianceResult &result)
{
    QStringList parts;
    for (const ComplianceFinding &f : result.findings)
        parts.append(f.rule + QLatin1Char(':') + Compliance::statusKey(f.status));
    return parts.join(QLatin1Char(','));
}

Backup backup(double secondsAgo, bool safe, bool restorable, const char *status = "CREATED")
{
    Backup b;
    b.id = QStringLiteral("b%1").arg(secondsAgo);
    b.status = QLatin1String(status);
    b.safe = safe;
    b.restorable = restorable;
    b.createdAt = ago(secondsAgo);
    return b;
}

} // namespace

class TstComplianceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("last"); // seconds ago
        QTest::addColumn<double>("consistent");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("drillAgo"); // never: no successful drill
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("findings");
        const QString p = QStringLiteral("production");
        const QString s = QStringLiteral("staging");
        // Production: 24 h (warning beyond 19.2 h = 69120 s), 7 d (beyond 5.6 d = 483840 s),
        // 7 points (warning at exactly 7), drill 31 d (beyond 24.8 d = 2142720 s).
        QTest::newRow("healthy") << p << hour << day << 10 << day << "ok"
                                 << "";
        QTest::newRow("last at 19.2 h: ok") << p << 69120.0 << day << 10 << day << "ok"
                                            << "";
        QTest::newRow("last at 19.2 h + 1 s: warning")
            << p << 69121.0 << day << 10 << day << "warning"
            << "last_backup:warning";
        QTest::newRow("last at exactly 24 h: warning") << p << day << day << 10 << day << "warning"
                                                       << "last_backup:warning";
        QTest::newRow("last at 24 h + 1 s: failing")
            << p << day + 1 << day << 10 << day << "failing"
            << "last_backup:failing";
        QTest::newRow("last in the future (clock skew): ok")
            << p << -600.0 << day << 10 << day << "ok"
            << "";
        QTest::newRow("never backed up")
            << p << never << never << 0 << day << "failing"
            << "last_backup:failing,consistent_backup:failing,restore_points:failing";
        QTest::newRow("consistent at 5.6 d: ok") << p << hour << 483840.0 << 10 << day << "ok"
                                                 << "";
        QTest::newRow("consistent at 5.6 d + 1 s: warning")
            << p << hour << 483841.0 << 10 << day << "warning"
            << "consistent_backup:warning";
        QTest::newRow("consistent at exactly 7 d: warning")
            << p << hour << 7 * day << 10 << day << "warning"
            << "consistent_backup:warning";
        QTest::newRow("consistent at 7 d + 1 s: failing")
            << p << hour << 7 * day + 1 << 10 << day << "failing"
            << "consistent_backup:failing";
        QTest::newRow("no consistent backup") << p << hour << never << 10 << day << "failing"
                                              << "consistent_backup:failing";
        QTest::newRow("8 points: ok") << p << hour << day << 8 << day << "ok"
                                      << "";
        QTest::newRow("7 points, the minimum: warning") << p << hour << day << 7 << day << "warning"
                                                        << "restore_points:warning";
        QTest::newRow("6 points: failing") << p << hour << day << 6 << day << "failing"
                                           << "restore_points:failing";
        QTest::newRow("no drill: failing") << p << hour << day << 10 << never << "failing"
                                           << "restore_drill:failing";
        QTest::newRow("drill at 24.8 d: ok") << p << hour << day << 10 << 2142720.0 << "ok"
                                             << "";
        QTest::newRow("drill at 24.8 d + 1 s: warning")
            << p << hour << day << 10 << 2142721.0 << "warning"
            << "restore_drill:warning";
        QTest::newRow("drill at exactly 31 d: warning")
            << p << hour << day << 10 << 31 * day << "warning"
            << "restore_drill:warning";
        QTest::newRow("drill at 31 d + 1 s: failing")
            << p << hour << day << 10 << 31 * day + 1 << "failing"
            << "restore_drill:failing";
        QTest::newRow("failures before warnings")
            << p << 23 * hour << day << 5 << 30 * day << "failing"
            << "restore_points:failing,last_backup:warning,restore_drill:warning";
        // Staging: 72 h (warning beyond 57.6 h), 31 d, 3 points, no drill.
        QTest::newRow("staging without a drill: ok") << s << hour << day << 4 << never << "ok"
                                                     << "";
        QTest::newRow("staging at 57.6 h: ok") << s << 57.6 * hour << day << 4 << never << "ok"
                                               << "";
        QTest::newRow("staging at 60 h, 3 points: warnings")
            << s << 60 * hour << day << 3 << never << "warning"
            << "last_backup:warning,restore_points:warning";
        QTest::newRow("staging at 72 h + 1 s: failing")
            << s << 72 * hour + 1 << day << 4 << never << "failing"
            << "last_backup:failing";
        QTest::newRow("staging consistent at 31 d + 1 s: failing")
            << s << hour << 31 * day + 1 << 4 << never << "failing"
            << "consistent_backup:failing";
        QTest::newRow("development has no rules")
            << QStringLiteral("development") << never << never << 0 << never << "ok"
            << "";
    }
    void evaluate()
    {
        QFETCH(QString, type);
        QFETCH(double, last);
        QFETCH(double, consistent);
        QFETCH(int, points);
        QFETCH(double, drillAgo);
        QFETCH(QString, status);
        QFETCH(QString, findings);
        const FleetRow row = fleetRow(type, last, consistent, points);
        std::optional<DrillRecord> lastDrill;
        if (drillAgo != never)
            lastDrill = drill(row.projectId, row.environment, drillAgo);
        const ComplianceResult result
            = Compliance::evaluate(row, ComplianceRules::defaults(type), lastDrill, now);
        QCOMPARE(Compliance::statusKey(result.status), status);
        QCOMPARE(::findings(result), findings);
        for (const ComplianceFinding &f : result.findings)
            QVERIFY2(!f.text.isEmpty(), qPrintable(f.rule));
    }

    // The log's newest successful drill of this environment counts; a newer failed one, or one
    // of another environment, does not.
    void drillFromLog()
    {
        const FleetRow row = fleetRow(QStringLiteral("production"), hour, day, 10);
        const ComplianceRuleSet rules;
        QList<DrillRecord> drills{
            drill(QStringLiteral("p1"), QStringLiteral("main"), 40 * day),
            drill(QStringLiteral("p1"), QStringLiteral("main"), day, "failure"),
            drill(QStringLiteral("p2"), QStringLiteral("main"), day),
            drill(QStringLiteral("p1"), QStringLiteral("staging"), day)};
        ComplianceResult result = Compliance::evaluate(row, rules, drills, now);
        QCOMPARE(::findings(result), QStringLiteral("restore_drill:failing"));
        QCOMPARE(result.findings.constFirst().text,
                 QStringLiteral("Last successful restore drill 40 d ago (limit: 31 d)"));
        drills.append(drill(QStringLiteral("p1"), QStringLiteral("main"), 2 * day));
        result = Compliance::evaluate(row, rules, drills, now);
        QCOMPARE(result.status, ComplianceStatus::Ok);
    }

    void texts()
    {
        const FleetRow row = fleetRow(QStringLiteral("production"), day + 1, never, 7);
        const ComplianceResult result = Compliance::evaluate(
            row, ComplianceRules::defaults(QStringLiteral("production")), std::nullopt, now);
        QStringList texts;
        for (const ComplianceFinding &f : result.findings)
            texts.append(f.text);
        QCOMPARE(texts,
                 QStringList({QStringLiteral("Last backup 24.1 h ago (limit: 24 h)"),
                              QStringLiteral("No consistent backup (limit: 7 d)"),
                              QStringLiteral("No successful restore drill (limit: 31 d)"),
                              QStringLiteral("Restore points: 7, exactly the minimum")}));
    }

    void ageText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 h";
        QTest::newRow("one hour") << qint64(3600) << "1 h";
        QTest::newRow("an hour and a half") << qint64(5400) << "1.5 h";
        QTest::newRow("a second past a day reads past it") << qint64(86401) << "24.1 h";
        QTest::newRow("just under three days") << qint64(3 * 86400 - 1) << "72.0 h";
        QTest::newRow("three days") << qint64(3 * 86400) << "3 d";
        QTest::newRow("a second past a week") << qint64(7 * 86400 + 1) << "7.1 d";
    }
    void ageText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Compliance::ageText(seconds), text);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(ComplianceRuleSet::load(settings), ComplianceRuleSet());
        ComplianceRuleSet rules;
        rules.production = {12, 3, 14, 7};
        rules.staging = {0, 0, 0, 0};
        rules.save(settings);
        QCOMPARE(ComplianceRuleSet::load(settings), rules);
        for (const QString &k : settings.allKeys()) {
            QVERIFY2(k.startsWith(QLatin1String("compliance/")), qPrintable(k));
            QVERIFY2(!k.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(k));
        }
        // Wrong type, negative, beyond the maximum: the default, not nonsense.
        settings.setValue(QStringLiteral("compliance/production/maxBackupAgeHours"),
                          QStringLiteral("soon"));
        settings.setValue(QStringLiteral("compliance/production/minRestorePoints"), -3);
        settings.setValue(QStringLiteral("compliance/production/maxDrillAgeDays"), 100000);
        const ComplianceRules loaded
            = ComplianceRules::load(settings, QStringLiteral("production"));
        const ComplianceRules defaults = ComplianceRules::defaults(QStringLiteral("production"));
        QCOMPARE(loaded.maxBackupAgeHours, defaults.maxBackupAgeHours);
        QCOMPARE(loaded.maxConsistentAgeDays, 3);
        QCOMPARE(loaded.minRestorePoints, defaults.minRestorePoints);
        QCOMPARE(loaded.maxDrillAgeDays, defaults.maxDrillAgeDays);
    }

    // Restore points: CREATED and restorable; a backup being deleted is not on the timeline.
    void fleetRestorePoints()
    {
        ProjectRef project;
        project.id = QStringLiteral("p1");
        Environment environment;
        environment.id = QStringLiteral("main");
        environment.type = QStringLiteral("production");
        const QList<Backup> backups{backup(hour, false, true), backup(5 * day, true, false),
                                    backup(2 * day, false, true, "DELETING"),
                                    backup(3 * day, true, true)};
        const FleetRow row
            = FleetCompute::row(project, environment, backups, now, std::chrono::hours(24));
        QCOMPARE(row.restorePoints, 2);
        const QList<FleetBackup> expected{
            {ago(5 * day), true, false}, {ago(3 * day), true, true}, {ago(hour), false, true}};
        QCOMPARE(row.backups, expected);
    }

    void formats()
    {
        FleetRow ok = fleetRow(QStringLiteral("production"), hour, day, 10);
        ok.projectId = QStringLiteral("ok1");
        ok.accountLabel = QStringLiteral("acme, inc");
        FleetRow bad = fleetRow(QStringLiteral("production"), 2 * day, day, 10);
        bad.projectId = QStringLiteral("bad1");
        FleetRow warn = fleetRow(QStringLiteral("staging"), hour, day, 3);
        warn.projectId = QStringLiteral("warn1");
        const QList<DrillRecord> drills{drill(QStringLiteral("ok1"), QStringLiteral("main"), day),
                                        drill(QStringLiteral("bad1"), QStringLiteral("main"), day)};
        const QList<ComplianceEntry> entries
            = ComplianceFormat::evaluate({ok, warn, bad}, ComplianceRuleSet(), drills, now);
        QStringList order;
        for (const ComplianceEntry &e : entries)
            order.append(e.row.projectId);
        QCOMPARE(
            order,
            QStringList({QStringLiteral("bad1"), QStringLiteral("warn1"), QStringLiteral("ok1")}));
        QVERIFY(ComplianceFormat::anyFailing(entries));
        QVERIFY(!ComplianceFormat::anyFailing(entries.mid(1)));

        const QStringList csv
            = QString::fromUtf8(ComplianceFormat::csv(entries)).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(csv.size(), 4);
        QCOMPARE(csv.at(0), QStringLiteral("account,project,environment,type,status,rules"));
        QCOMPARE(csv.at(1),
                 QStringLiteral(",bad1,main,production,failing,"
                                "Failing: Last backup 48 h ago (limit: 24 h)"));
        QCOMPARE(csv.at(3), QStringLiteral("\"acme, inc\",ok1,main,production,ok,"));

        const QJsonArray json = QJsonDocument::fromJson(ComplianceFormat::json(entries)).array();
        QCOMPARE(json.size(), 3);
        const QJsonObject warning = json.at(1).toObject();
        QCOMPARE(warning.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QCOMPARE(warning.value(QStringLiteral("restore_points")).toInt(), 3);
        const QJsonArray rules = warning.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0)[QStringLiteral("rule")].toString(), QStringLiteral("restore_points"));
        QCOMPARE(json.at(2)[QStringLiteral("rules")].toArray().size(), 0);
        QCOMPARE(json.at(2)[QStringLiteral("last_drill_at")].toString(),
                 ago(day).toString(Qt::ISODate));
        QVERIFY(warning.value(QStringLiteral("last_drill_at")).isNull());

        const QStringList table = QString::fromUtf8(ComplianceFormat::table(entries))
                                      .trimmed()
                                      .split(QLatin1Char('\n'));
        QCOMPARE(table.size(), 4);
        QVERIFY(table.at(0).startsWith(QLatin1String("account")));
        QVERIFY2(table.at(1).contains(QLatin1String("FAILING")), qPrintable(table.at(1)));
        QVERIFY2(table.at(3).contains(QLatin1String(" OK ")) && table.at(3).endsWith(u'-'),
                 qPrintable(table.at(3)));

        QCOMPARE(ComplianceFormat::kindFromString(QStringLiteral(" HTML ")),
                 ComplianceFormat::Kind::Html);
        QVERIFY(!ComplianceFormat::kindFromString(QStringLiteral("tsv")));
    }
};

QTEST_GUILESS_MAIN(TstComplianceRules)
#include "tst_compliance_rules.moc"
