// The fleet board's arithmetic and its text formats.
#include "client/fleetcompute.h"
#include "client/fleetformat.h"
#include "client/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace bc;

namespace {

const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Backup backup(double hoursAgo, bool safe, const QString &status = QStringLiteral("CREATED"),
              double expiresInHours = 0)
{
    Backup b;
    b.id = QStringLiteral("b%1").arg(hoursAgo);
    b.environment = QStringLiteral("main");
    b.status = status;
    b.safe = safe;
    b.createdAt = now.addSecs(qint64(-hoursAgo * 3600));
    if (expiresInHours != 0) {
        b.expiresAt = now.addSecs(qint64(expiresInHours * 3600));
    }
    return b;
}

ProjectRef project(const QString &id)
{
    ProjectRef p;
    p.id = id;
    p.title = id.toUpper();
    return p;
}

Environment production()
{
    Environment e;
    e.id = QStringLiteral("main");
    e.type = QStringLiteral("production");
    return e;
}

FleetRow row(const QString &projectId, qint64 ageSeconds)
{
    FleetRow r;
    r.projectId = projectId;
    r.environment = QStringLiteral("main");
    r.type = QStringLiteral("production");
    r.ageSeconds = ageSeconds;
    if (ageSeconds >= 0) {
        r.lastBackupAt = now.addSecs(-ageSeconds);
    }
    r.stale = ageSeconds < 0 || ageSeconds > 24 * 3600;
    return r;
}

} // namespace

class TstHistoryFleet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compute_data()
    {
        QTest::addColumn<QList<Backup>>("backups");
        QTest::addColumn<int>("staleHours");
        QTest::addColumn<double>("lastHoursAgo"); // -1: none
        QTest::addColumn<double>("consistentHoursAgo"); // -1: none
        QTest::addColumn<int>("backups7d");
        QTest::addColumn<double>("nextExpiryInHours"); // 0: none
        QTest::addColumn<bool>("stale");
        QTest::newRow("never backed up")
            << QList<Backup>{} << 24 << -1.0 << -1.0 << 0 << 0.0 << true;
        QTest::newRow("fresh live")
            << QList<Backup>{backup(2, false)} << 24 << 2.0 << -1.0 << 1 << 0.0 << false;
        QTest::newRow("just inside threshold")
            << QList<Backup>{backup(23.9, true)} << 24 << 23.9 << 23.9 << 1 << 0.0 << false;
        QTest::newRow("just past threshold")
            << QList<Backup>{backup(24.1, true)} << 24 << 24.1 << 24.1 << 1 << 0.0 << true;
        QTest::newRow("custom threshold")
            << QList<Backup>{backup(30, true)} << 48 << 30.0 << 30.0 << 1 << 0.0 << false;
        QTest::newRow("newest live, older consistent")
            << QList<Backup>{backup(5, false), backup(50, true), backup(200, true)} << 24 << 5.0
            << 50.0 << 2 << 0.0 << false;
        QTest::newRow("7-day window") << QList<Backup>{backup(1, false), backup(167, false),
                                                       backup(169, false), backup(400, false)}
                                      << 24 << 1.0 << -1.0 << 2 << 0.0 << false;
        QTest::newRow("deleting does not count")
            << QList<Backup>{backup(1, true, QStringLiteral("DELETING")), backup(40, false)} << 24
            << 40.0 << -1.0 << 1 << 0.0 << true;
        QTest::newRow("next expiry is the earliest future one")
            << QList<Backup>{backup(1, false, QStringLiteral("CREATED"), 300),
                             backup(10, false, QStringLiteral("CREATED"), 20),
                             backup(20, false, QStringLiteral("CREATED"), -5)}
            << 24 << 1.0 << -1.0 << 3 << 20.0 << false;
    }
    void compute()
    {
        QFETCH(QList<Backup>, backups);
        QFETCH(int, staleHours);
        QFETCH(double, lastHoursAgo);
        QFETCH(double, consistentHoursAgo);
        QFETCH(int, backups7d);
        QFETCH(double, nextExpiryInHours);
        QFETCH(bool, stale);
        const FleetRow r = FleetCompute::row(project(QStringLiteral("p1")), production(), backups,
                                             now, std::chrono::hours(staleHours));
        const auto ago = [](double hours) {
            return hours < 0 ? QDateTime() : now.addSecs(qint64(-hours * 3600));
        };
        QCOMPARE(r.projectId, QStringLiteral("p1"));
        QCOMPARE(r.projectTitle, QStringLiteral("P1"));
        QCOMPARE(r.lastBackupAt, ago(lastHoursAgo));
        QCOMPARE(r.lastConsistentBackupAt, ago(consistentHoursAgo));
        QCOMPARE(r.backups7d, backups7d);
        QCOMPARE(r.nextExpiry,
                 nextExpiryInHours == 0 ? QDateTime()
                                        : now.addSecs(qint64(nextExpiryInHours * 3600)));
        QCOMPARE(r.stale, stale);
        QCOMPARE(r.ageSeconds, lastHoursAgo < 0 ? -1 : qint64(lastHoursAgo * 3600));
    }

    void boardEnvironments_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("includeStaging");
        QTest::addColumn<bool>("onBoard");
        QTest::newRow("production") << "production" << false << true;
        QTest::newRow("staging, not asked") << "staging" << false << false;
        QTest::newRow("staging, asked") << "staging" << true << true;
        QTest::newRow("development") << "development" << true << false;
    }
    void boardEnvironments()
    {
        QFETCH(QString, type);
        QFETCH(bool, includeStaging);
        QFETCH(bool, onBoard);
        Environment e;
        e.type = type;
        QCOMPARE(FleetCompute::isBoardEnvironment(e, includeStaging), onBoard);
    }

    void sortByStaleness()
    {
        QList<FleetRow> rows{row(QStringLiteral("b"), 100), row(QStringLiteral("a"), 90000),
                             row(QStringLiteral("c"), -1), row(QStringLiteral("a2"), 100),
                             row(QStringLiteral("d"), 5)};
        FleetCompute::sortByStaleness(rows);
        QStringList order;
        for (const FleetRow &r : rows) {
            order.append(r.projectId);
        }
        QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("c,a,a2,b,d"));
    }

    void formatKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // -1: refused
        QTest::newRow("table") << "table" << int(FleetFormat::Kind::Table);
        QTest::newRow("CSV upper") << "CSV" << int(FleetFormat::Kind::Csv);
        QTest::newRow("json") << "json" << int(FleetFormat::Kind::Json);
        QTest::newRow("xml") << "xml" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void formatKind()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const auto parsed = FleetFormat::kindFromString(name);
        QCOMPARE(parsed ? int(*parsed) : -1, kind);
    }

    void csv()
    {
        FleetRow fresh = row(QStringLiteral("p,1"), 3600);
        fresh.lastConsistentBackupAt = now.addDays(-3);
        fresh.backups7d = 4;
        fresh.nextExpiry = now.addDays(2);
        const QByteArray text = FleetFormat::csv({row(QStringLiteral("p0"), -1), fresh});
        const QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, final newline
        QCOMPARE(lines[0],
                 QByteArray("project,environment,type,last_backup_at,"
                            "last_consistent_backup_at,backups_7d,next_expiry,stale"));
        QCOMPARE(lines[1], QByteArray("p0,main,production,,,0,,true"));
        QCOMPARE(lines[2],
                 QByteArray("\"p,1\",main,production,2026-11-28T11:00:00Z,"
                            "2026-11-25T12:00:00Z,4,2026-11-30T12:00:00Z,false"));
    }

    void json()
    {
        FleetRow fresh = row(QStringLiteral("p1"), 7200);
        fresh.backups7d = 2;
        const QJsonDocument doc
            = QJsonDocument::fromJson(FleetFormat::json({row(QStringLiteral("p0"), -1), fresh}));
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject never = rows[0].toObject();
        QCOMPARE(never.keys().size(), FleetFormat::columns().size());
        for (const QString &column : FleetFormat::columns()) {
            QVERIFY2(never.contains(column), qPrintable(column));
        }
        QVERIFY(never.value(QStringLiteral("last_backup_at")).isNull());
        QCOMPARE(never.value(QStringLiteral("stale")).toBool(), true);
        const QJsonObject one = rows[1].toObject();
        QCOMPARE(one.value(QStringLiteral("last_backup_at")).toString(),
                 QStringLiteral("2026-11-28T10:00:00Z"));
        QCOMPARE(one.value(QStringLiteral("backups_7d")).toInt(), 2);
        QCOMPARE(one.value(QStringLiteral("stale")).toBool(), false);
        // The keys come in the documented column order.
        const QByteArray text = FleetFormat::json({fresh});
        qsizetype previous = -1;
        for (const QString &column : FleetFormat::columns()) {
            const qsizetype at = text.indexOf(QByteArray("\"" + column.toUtf8() + "\":"));
            QVERIFY2(at > previous, qPrintable(column));
            previous = at;
        }
    }

    void table()
    {
        const QString text = QString::fromUtf8(
            FleetFormat::table({row(QStringLiteral("p0"), -1), row(QStringLiteral("p1"), 60)}));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QLatin1String("project")));
        QVERIFY(lines[1].startsWith(QLatin1String("p0")));
        QVERIFY(lines[1].endsWith(QLatin1String("STALE")));
        // Moments in the locale's short form, as in every table of the command line.
        const QString when = bc::TimeFormat::shortForm(now.addSecs(-60));
        QVERIFY2(lines[2].contains(when), qPrintable(lines[2] + u" / " + when));
        QVERIFY(lines[2].endsWith(QLatin1String("ok")));
        // Aligned: every column starts at the same offset on every line.
        const qsizetype typeColumn = lines[0].indexOf(QLatin1String("type"));
        QCOMPARE(lines[1].indexOf(QLatin1String("production")), typeColumn);
        QCOMPARE(lines[2].indexOf(QLatin1String("production")), typeColumn);
    }
};

QTEST_GUILESS_MAIN(TstHistoryFleet)
#include "tst_history_fleet.moc"
