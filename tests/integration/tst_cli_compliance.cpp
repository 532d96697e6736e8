// `backup-console compliance` against the sandbox's demo seed (issue 16): which environments
// fail which rule is what the sandbox's own data says, computed here from its raw JSON with the
// documented default rules; the exit code follows; the HTML report holds every environment and a
// timeline per production environment; the rules of Preferences are the ones applied.
#include "tst_cli_support.h"
#include "tst_history_support.h"
#include "tst_sandbox_support.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace bc::test;

namespace {

struct Expected
{
    QString type;
    QStringList failing; // rule names, sorted
    QStringList warning;
};

struct EnvironmentFacts
{
    QString type;
    QDateTime last;
    QDateTime consistent;
    int restorePoints = 0;
    QDateTime drill; // newest successful drill in the log written by the test
};

// The documented defaults (README): production 24 h, 7 d, 7 points, drill 31 d; staging 72 h,
// 31 d, 3 points, no drill. Failing beyond a limit, warning beyond 80 % of it or at the minimum.
Expected judge(const EnvironmentFacts &f, const QDateTime &now)
{
    const bool production = f.type == QLatin1String("production");
    Expected e{f.type, {}, {}};
    const auto age = [&](const char *rule, const QDateTime &when, qint64 limit) {
        const qint64 seconds = when.isValid() ? std::max<qint64>(0, when.secsTo(now)) : -1;
        if (seconds < 0 || seconds > limit)
            e.failing.append(QLatin1String(rule));
        else if (double(seconds) > 0.8 * double(limit))
            e.warning.append(QLatin1String(rule));
    };
    age("last_backup", f.last, (production ? 24 : 72) * 3600);
    age("consistent_backup", f.consistent, qint64(production ? 7 : 31) * 86400);
    const int minimum = production ? 7 : 3;
    if (f.restorePoints < minimum)
        e.failing.append(QStringLiteral("restore_points"));
    else if (f.restorePoints == minimum)
        e.warning.append(QStringLiteral("restore_points"));
    if (production)
        age("restore_drill", f.drill, qint64(31) * 86400);
    e.failing.sort();
    e.warning.sort();
    return e;
}

QJsonObject drillLine(const QString &project, const QDateTime &finished, const char *outcome)
{
    return {{QStringLiteral("id"), QString(project + finished.toString(Qt::ISODate))},
            {QStringLiteral("project"), project},
            {QStringLiteral("environment"), QStringLiteral("main")},
            {QStringLiteral("started_at"), finished.addSecs(-300).toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished_at"), finished.toString(Qt::ISODateWithMs)},
            {QStringLiteral("outcome"), QString::fromLatin1(outcome)}};
}

} // namespace

class TstCliCompliance final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<Cli> m_cli;
    QByteArray m_token;
    QTemporaryDir m_dir;
    QString m_drillLog;
    QHash<QString, QDateTime> m_drills; // project/main -> newest successful drill

    QString key(const QString &project, const QString &environment) const
    {
        return project + QLatin1Char('/') + environment;
    }

    // Every production and staging environment of /me, from the raw answers.
    void facts(QHash<QString, EnvironmentFacts> &out)
    {
        QJsonDocument me;
        fetchJson(*m_http, QStringLiteral("/me"), m_token, me);
        for (const QJsonValue &project : me.object().value(QStringLiteral("projects")).toArray()) {
            const QString projectId = project[QStringLiteral("id")].toString();
            QJsonDocument environments;
            fetchJson(*m_http, QStringLiteral("/projects/%1/environments").arg(projectId), m_token,
                      environments);
            for (const QJsonValue &environment : environments.array()) {
                const QString type = environment[QStringLiteral("type")].toString();
                if (type != QLatin1String("production") && type != QLatin1String("staging"))
                    continue;
                const QString name = environment[QStringLiteral("id")].toString();
                QJsonDocument backups;
                fetchJson(
                    *m_http,
                    QStringLiteral("/projects/%1/environments/%2/backups").arg(projectId, name),
                    m_token, backups);
                if (QTest::currentTestFailed())
                    return;
                EnvironmentFacts f{type, {}, {}, 0, m_drills.value(key(projectId, name))};
                for (const QJsonValue &b : backups.array()) {
                    const QString status = b[QStringLiteral("status")].toString();
                    if (status == QLatin1String("DELETING"))
                        continue;
                    const QDateTime created = rawTime(b[QStringLiteral("created_at")]);
                    if (!f.last.isValid() || created > f.last)
                        f.last = created;
                    if (b[QStringLiteral("safe")].toBool()
                        && (!f.consistent.isValid() || created > f.consistent))
                        f.consistent = created;
                    if (status == QLatin1String("CREATED")
                        && b[QStringLiteral("restorable")].toBool())
                        ++f.restorePoints;
                }
                out.insert(key(projectId, name), f);
            }
        }
    }

    QString settingsFile() const
    {
        return m_cli->environment({}).value(QStringLiteral("XDG_CONFIG_HOME"))
            + QStringLiteral("/BackupConsole/BackupConsole.conf");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("BC_CLI_BIN").isEmpty(), "BC_CLI_BIN is not set");
        m_sandbox = std::make_unique<SandboxProcess>();
        BC_START(*m_sandbox);
        m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
        m_cli = std::make_unique<Cli>(m_sandbox->baseUrl());
        BC_TOKEN(*m_http, demo::adminToken, m_token);
        // One production environment made compliant: a fresh consistent backup and a recent
        // successful drill; another with only an old drill and a newer failed one.
        takeFreshBackup(*m_http, m_token, QLatin1String(demo::eu3Project), QStringLiteral("main"),
                        true);
        if (QTest::currentTestFailed())
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_drillLog = m_dir.filePath(QStringLiteral("restore-drills.jsonl"));
        QFile log(m_drillLog);
        QVERIFY(log.open(QIODevice::WriteOnly));
        const QString eu3 = QLatin1String(demo::eu3Project);
        const QString us2 = QLatin1String(demo::us2Project);
        for (const QJsonObject &line : {drillLine(eu3, now.addDays(-2), "success"),
                                        drillLine(us2, now.addDays(-40), "success"),
                                        drillLine(us2, now.addDays(-1), "failure")})
            log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        log.close();
        m_drills.insert(key(eu3, QStringLiteral("main")), now.addDays(-2));
        m_drills.insert(key(us2, QStringLiteral("main")), now.addDays(-40));
    }

    void verdictsAreWhatTheDataSays()
    {
        QHash<QString, EnvironmentFacts> before;
        facts(before);
        if (QTest::currentTestFailed())
            return;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const CliRun r
            = m_cli->run({QStringLiteral("compliance"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--drill-log"), m_drillLog});
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), before.size());
        QVERIFY(rows.size() >= 8); // main and staging of the 4 demo projects
        int failing = 0;
        for (const QJsonValue &row : rows) {
            const QString k = key(row[QStringLiteral("project")].toString(),
                                  row[QStringLiteral("environment")].toString());
            QVERIFY2(before.contains(k), qPrintable(k));
            Expected got{row[QStringLiteral("type")].toString(), {}, {}};
            for (const QJsonValue &rule : row[QStringLiteral("rules")].toArray()) {
                QStringList &list
                    = rule[QStringLiteral("status")].toString() == QLatin1String("failing")
                    ? got.failing
                    : got.warning;
                list.append(rule[QStringLiteral("rule")].toString());
            }
            got.failing.sort();
            got.warning.sort();
            // The command judged at some moment between start and end: either must agree.
            const Expected atStart = judge(before[k], start);
            const Expected atEnd = judge(before[k], end);
            const bool same = (got.failing == atStart.failing && got.warning == atStart.warning)
                || (got.failing == atEnd.failing && got.warning == atEnd.warning);
            QVERIFY2(same,
                     qPrintable(k + QStringLiteral(": got failing ") + got.failing.join(u',')
                                + QStringLiteral(" warning ") + got.warning.join(u',')
                                + QStringLiteral("; expected failing ") + atStart.failing.join(u',')
                                + QStringLiteral(" warning ") + atStart.warning.join(u',')));
            QCOMPARE(got.type, atStart.type);
            const QString status = row[QStringLiteral("status")].toString();
            QCOMPARE(status,
                     !got.failing.isEmpty()       ? QStringLiteral("failing")
                         : !got.warning.isEmpty() ? QStringLiteral("warning")
                                                  : QStringLiteral("ok"));
            failing += got.failing.isEmpty() ? 0 : 1;
            // The newest successful drill of the log written above, to the second.
            const QDateTime drill = m_drills.value(k);
            QCOMPARE(row[QStringLiteral("last_drill_at")].toString(),
                     drill.isValid() ? drill.toString(Qt::ISODate) : QString());
        }
        // The data must split the board, or this proves little: the environment given a fresh
        // consistent backup and a drill passes, the seed's others do not.
        QVERIFY(failing > 0 && failing < rows.size());
        const QString eu3Main = key(QLatin1String(demo::eu3Project), QStringLiteral("main"));
        QVERIFY(judge(before[eu3Main], start).failing.isEmpty());
        QCOMPARE(r.code, 1); // some environment fails
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void htmlReport()
    {
        const QString file = m_dir.filePath(QStringLiteral("report.html"));
        const CliRun r = m_cli->run({QStringLiteral("compliance"), QStringLiteral("--format"),
                                     QStringLiteral("html"), QStringLiteral("--drill-log"),
                                     m_drillLog, QStringLiteral("--output"), file});
        QVERIFY2(r.code == 1, Cli::describe(r).constData());
        QVERIFY(r.out.isEmpty());
        QFile report(file);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(report.readAll());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QHash<QString, EnvironmentFacts> all;
        facts(all);
        int production = 0;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            QVERIFY2(html.contains(it.key().section(u'/', 0, 0)), qPrintable(it.key()));
            production += it->type == QLatin1String("production") ? 1 : 0;
        }
        QCOMPARE(html.count(QLatin1String("<svg ")), production);
        QCOMPARE(html.count(QLatin1String("<tr class=")), all.size());
        for (const char *external : {"http:", "https:", "src=", "<script", "<link"})
            QVERIFY2(!html.contains(QLatin1String(external)), external);
        // The drill of eu3's main in the log is on its timeline.
        QVERIFY(html.contains(QLatin1String("class=\"drill ok\"")));
    }

    // Rules from the settings the window writes: with every rule off, nothing fails: exit 0.
    void rulesFromPreferences()
    {
        QDir().mkpath(QFileInfo(settingsFile()).absolutePath());
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            for (const char *type : {"production", "staging"}) {
                for (const char *rule : {"maxBackupAgeHours", "maxConsistentAgeDays",
                                         "minRestorePoints", "maxDrillAgeDays"})
                    settings.setValue(QStringLiteral("compliance/%1/%2")
                                          .arg(QLatin1String(type), QLatin1String(rule)),
                                      0);
            }
        }
        const CliRun r = m_cli->run(
            {QStringLiteral("compliance"), QStringLiteral("--format"), QStringLiteral("csv")});
        QFile::remove(settingsFile());
        QVERIFY2(r.code == 0, Cli::describe(r).constData());
        const QStringList lines = r.outText().split(u'\n');
        QVERIFY(lines.size() >= 9);
        QCOMPARE(lines.first(), QStringLiteral("account,project,environment,type,status,rules"));
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.endsWith(QLatin1String(",ok,")), qPrintable(line));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("missing drill log")
            << QStringList{QStringLiteral("--drill-log"), QStringLiteral("/nonexistent/log")};
        QTest::newRow("an argument") << QStringList{QStringLiteral("main")};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const CliRun r = m_cli->run(QStringList{QStringLiteral("compliance")} + arguments);
        QVERIFY2(r.code == 2, Cli::describe(r).constData());
    }

    void help()
    {
        const CliRun r = m_cli->run({QStringLiteral("compliance"), QStringLiteral("--help")});
        QVERIFY2(r.code == 0, Cli::describe(r).constData());
        for (const char *text : {"--drill-log", "--output", "html", "Exit code: 0", "1 when any"})
            QVERIFY2(r.out.contains(text), text);
    }
};

QTEST_GUILESS_MAIN(TstCliCompliance)
#include "tst_cli_compliance.moc"
