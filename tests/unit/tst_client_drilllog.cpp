#include "client/drilllog.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using bc::DrillLog;
using bc::DrillRecord;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

DrillRecord drill(const QString &id, const QString &env, const QString &outcome,
                  const char *finished)
{
    DrillRecord r;
    r.id = id;
    r.project = QStringLiteral("p1");
    r.environment = env;
    r.backup = QStringLiteral("b-") + id;
    r.backupCreatedAt = at("2026-12-01T02:00:00.000Z");
    r.scratchEnvironment = QStringLiteral("drill-20261202-1000");
    r.startedAt = at("2026-12-02T10:00:00.000Z");
    r.finishedAt = finished ? at(finished) : QDateTime();
    r.outcome = outcome;
    return r;
}

} // namespace

class TestDrillLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void lastLineOfAnIdWins();
    void cutLinesAreSkipped();
    void lastSuccess();
    void unwritableFolderIsReported();
};

void TestDrillLog::roundTrip()
{
    QTemporaryDir dir;
    DrillLog log(dir.filePath(QStringLiteral("sub/restore-drills.jsonl")));
    DrillRecord r = drill(QStringLiteral("d1"), QStringLiteral("main"), QStringLiteral("success"),
                          "2026-12-02T10:04:10.250Z");
    r.failure = QStringLiteral("none");
    r.rtoSeconds = 250;
    r.rpoSeconds = 28800;
    r.cleanup = QStringLiteral("deleted");
    r.activityIds = {QStringLiteral("a1"), QStringLiteral("a2")};
    r.user = QStringLiteral("Ada Admin");
    QVERIFY2(log.append(r), qPrintable(log.errorString()));

    const QList<DrillRecord> back = log.records();
    QCOMPARE(back.size(), 1);
    const DrillRecord &b = back.first();
    QCOMPARE(b.toJson(), r.toJson());
    QCOMPARE(b.finishedAt, r.finishedAt);
    QCOMPARE(b.rtoSeconds, 250);
    QCOMPARE(b.rpoSeconds, 28800);
    QCOMPARE(b.activityIds, r.activityIds);
    QVERIFY(b.succeeded());

    // Unknown figures stay unknown, not zero.
    DrillRecord running = drill(QStringLiteral("d2"), QStringLiteral("main"), QString(), nullptr);
    QVERIFY(log.append(running));
    const DrillRecord again = log.records().last();
    QCOMPARE(again.rtoSeconds, -1);
    QCOMPARE(again.rpoSeconds, -1);
    QVERIFY(!again.finishedAt.isValid());
    QVERIFY(!again.succeeded());
}

void TestDrillLog::lastLineOfAnIdWins()
{
    QTemporaryDir dir;
    DrillLog log(dir.filePath(QStringLiteral("drills.jsonl")));
    QVERIFY(log.append(drill(QStringLiteral("d1"), QStringLiteral("main"), QString(), nullptr)));
    QVERIFY(log.append(drill(QStringLiteral("d2"), QStringLiteral("staging"), QString(), nullptr)));
    QVERIFY(log.append(drill(QStringLiteral("d1"), QStringLiteral("main"),
                             QStringLiteral("failure"), "2026-12-02T10:09:00.000Z")));
    const QList<DrillRecord> records = log.records();
    QCOMPARE(records.size(), 2);
    // Order of first appearance; state of the last line.
    QCOMPARE(records.at(0).id, QStringLiteral("d1"));
    QCOMPARE(records.at(0).outcome, QStringLiteral("failure"));
    QCOMPARE(records.at(1).id, QStringLiteral("d2"));
    QCOMPARE(records.at(1).outcome, QString());
}

void TestDrillLog::cutLinesAreSkipped()
{
    const DrillRecord good = drill(QStringLiteral("d1"), QStringLiteral("main"),
                                   QStringLiteral("success"), "2026-12-02T10:04:00.000Z");
    QByteArray bytes = QJsonDocument(good.toJson()).toJson(QJsonDocument::Compact) + '\n';
    bytes += "[1,2]\n{\"project\":\"p1\"}\n\n"; // not an object; no id; empty
    const QByteArray later
        = QJsonDocument(drill(QStringLiteral("d1"), QStringLiteral("main"),
                              QStringLiteral("failure"), "2026-12-02T11:00:00.000Z")
                            .toJson())
              .toJson(QJsonDocument::Compact);
    bytes += later.left(later.size() / 2); // a crash mid-write: the older state stands
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const QList<DrillRecord> records = DrillLog::read(buffer);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, QStringLiteral("success"));
}

void TestDrillLog::lastSuccess()
{
    const QList<DrillRecord> records{
        drill(QStringLiteral("d1"), QStringLiteral("main"), QStringLiteral("success"),
              "2026-11-01T10:00:00.000Z"),
        drill(QStringLiteral("d2"), QStringLiteral("main"), QStringLiteral("success"),
              "2026-11-20T10:00:00.000Z"),
        drill(QStringLiteral("d3"), QStringLiteral("main"), QStringLiteral("failure"),
              "2026-11-30T10:00:00.000Z"),
        drill(QStringLiteral("d4"), QStringLiteral("staging"), QStringLiteral("success"),
              "2026-12-01T10:00:00.000Z"),
        drill(QStringLiteral("d5"), QStringLiteral("main"), QStringLiteral("success"),
              "2026-11-10T10:00:00.000Z"),
    };
    const auto best = DrillLog::lastSuccess(records, QStringLiteral("p1"), QStringLiteral("main"));
    QVERIFY(best.has_value());
    QCOMPARE(best->id, QStringLiteral("d2"));
    QVERIFY(!DrillLog::lastSuccess(records, QStringLiteral("p2"), QStringLiteral("main")));
    QVERIFY(!DrillLog::lastSuccess(records, QStringLiteral("p1"), QStringLiteral("develop")));
}

void TestDrillLog::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    // A file where the log's folder should be: nothing can be written, and the caller is told.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DrillLog log(dir.filePath(QStringLiteral("blocked/drills.jsonl")));
    QVERIFY(!log.append(drill(QStringLiteral("d1"), QStringLiteral("main"), QString(), nullptr)));
    QVERIFY2(log.errorString().contains(QStringLiteral("blocked/drills.jsonl")),
             qPrintable(log.errorString()));
    QVERIFY(log.records().isEmpty());
}

QTEST_GUILESS_MAIN(TestDrillLog)
#include "tst_client_drilllog.moc"
