// The HTML compliance report (issue 16): self-contained, every server string escaped (a hostile
// project and environment title), one timeline per production environment, with what it draws.
#include "client/compliancereport.h"
#include "client/compliancetimeline.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace bc;

namespace {

const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
const QString hostileProject = QStringLiteral("<script>alert(1)</script>");
const QString hostileEnvironment = QStringLiteral("\"><img src=x onerror=alert(2)>'");

FleetRow row(const QString &project, const QString &type, const QList<int> &backupDays)
{
    FleetRow r;
    r.accountLabel = QStringLiteral("A&B <ops>");
    r.projectId = project;
    r.projectTitle = hostileProject;
    r.environment = QStringLiteral("main");
    r.environmentTitle = hostileEnvironment;
    r.type = type;
    for (int days : backupDays) {
        const QDateTime at = now.addDays(-days);
        r.backups.append({at, days % 10 == 0, days != 50});
        if (!r.lastBackupAt.isValid() || at > r.lastBackupAt)
            r.lastBackupAt = at;
    }
    r.restorePoints = int(backupDays.size());
    return r;
}

QList<ComplianceEntry> entries()
{
    // Backups 1..120 days old: 90 of them fall in the 90 days drawn.
    QList<int> days;
    for (int d = 1; d <= 120; ++d)
        days.append(d);
    QList<ComplianceEntry> list;
    for (const FleetRow &r : {row(QStringLiteral("p1"), QStringLiteral("production"), days),
                              row(QStringLiteral("p2"), QStringLiteral("production"), {}),
                              row(QStringLiteral("p3"), QStringLiteral("staging"), {2, 3})})
        list.append({r, Compliance::evaluate(r, ComplianceRuleSet(), {}, now), QDateTime()});
    return list;
}

ComplianceReportInfo info()
{
    ComplianceReportInfo i;
    i.generatedAt = now;
    i.generatedBy = QStringLiteral("auditor<x>@host");
    i.accounts = {QStringLiteral("A&B <ops>")};
    DrillRecord ok;
    ok.id = QStringLiteral("d1");
    ok.project = QStringLiteral("p1");
    ok.environment = QStringLiteral("main");
    ok.finishedAt = now.addDays(-10);
    ok.outcome = QStringLiteral("success");
    DrillRecord failed = ok;
    failed.id = QStringLiteral("d2");
    failed.finishedAt = now.addDays(-20);
    failed.outcome = QStringLiteral("failure");
    DrillRecord tooOld = ok;
    tooOld.id = QStringLiteral("d3");
    tooOld.finishedAt = now.addDays(-100);
    i.drills = {ok, failed, tooOld};
    return i;
}

qsizetype count(const QString &text, const QString &what)
{
    return text.count(what);
}

} // namespace

class TstComplianceReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void escapesEveryServerString()
    {
        const QString html = QString::fromUtf8(ComplianceReport::html(entries(), info()));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<ops>")));
        QVERIFY(!html.contains(QLatin1String("auditor<x>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;")));
        QVERIFY(html.contains(QLatin1String("A&amp;B &lt;ops&gt;")));
        // Every tag in the file is one the writer makes.
        static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9!]+)"));
        const QStringList allowed{
            QStringLiteral("!DOCTYPE"), QStringLiteral("html"),  QStringLiteral("head"),
            QStringLiteral("meta"),     QStringLiteral("title"), QStringLiteral("style"),
            QStringLiteral("body"),     QStringLiteral("h1"),    QStringLiteral("h2"),
            QStringLiteral("h3"),       QStringLiteral("p"),     QStringLiteral("br"),
            QStringLiteral("ul"),       QStringLiteral("li"),    QStringLiteral("table"),
            QStringLiteral("thead"),    QStringLiteral("tbody"), QStringLiteral("tr"),
            QStringLiteral("th"),       QStringLiteral("td"),    QStringLiteral("section"),
            QStringLiteral("svg"),      QStringLiteral("line"),  QStringLiteral("path"),
            QStringLiteral("text")};
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(2);
            QVERIFY2(allowed.contains(name), qPrintable(name));
        }
    }

    // Every table has as many cells in each row as headers (a header added twice once pushed
    // the rules out from under theirs).
    void tablesLineUp()
    {
        const QString html = QString::fromUtf8(ComplianceReport::html(entries(), info()));
        static const QRegularExpression table(QStringLiteral("<table[^>]*>(.*?)</table>"),
                                              QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression row(QStringLiteral("<tr[^>]*>(.*?)</tr>"),
                                            QRegularExpression::DotMatchesEverythingOption);
        int tables = 0;
        for (auto t = table.globalMatch(html); t.hasNext();) {
            const QString body = t.next().captured(1);
            ++tables;
            int headers = -1;
            for (auto r = row.globalMatch(body); r.hasNext();) {
                const QString cells = r.next().captured(1);
                const int th = int(cells.count(QLatin1String("<th")));
                const int td = int(cells.count(QLatin1String("<td")));
                if (th > 0)
                    headers = th;
                else
                    QCOMPARE(td, headers);
            }
            QVERIFY(headers > 0);
        }
        QVERIFY(tables >= 2);
    }

    void selfContainedAndPrintable()
    {
        QString html = QString::fromUtf8(ComplianceReport::html(entries(), info()));
        // The hostile title says src= as escaped text; the writer itself never does.
        html.remove(ComplianceTimeline::escape(hostileEnvironment));
        for (const char *external :
             {"http:", "https:", "src=", "href=", "url(", "@import", "<link", "<script"})
            QVERIFY2(!html.contains(QLatin1String(external), Qt::CaseInsensitive), external);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("@media print")));
        QVERIFY(html.contains(QLatin1String("@page")));
        QVERIFY(html.contains(
            QLatin1String("Generated 2026-11-28 12:00 UTC by auditor&lt;x&gt;@host")));
        QVERIFY(html.contains(QLatin1String("Rules used")));
        QVERIFY(html.contains(QLatin1String("Restore points: at least 7")));
        QVERIFY(html.contains(QLatin1String("Environments: 3")));
        // One row per environment, one timeline per production environment.
        QCOMPARE(count(html, QStringLiteral("<tr class=")), 3);
        QCOMPARE(count(html, QStringLiteral("<svg ")), 2);
    }

    void timelineDrawsTheLast90Days()
    {
        const QList<ComplianceEntry> list = entries();
        const ComplianceReportInfo i = info();
        const QString svg = ComplianceTimeline::svg(list.at(0).row, i.drills, now);
        // Backups 1..90 days old are drawn (90 is the left edge), 91..120 are not.
        QCOMPARE(count(svg, QStringLiteral("class=\"backup ")), 90);
        // Days 10, 20, ... 90 consistent; day 50 consistent but not restorable.
        QCOMPARE(count(svg, QStringLiteral("class=\"backup consistent\"")), 8);
        QCOMPARE(count(svg, QStringLiteral("class=\"backup unrestorable\"")), 1);
        QCOMPARE(count(svg, QStringLiteral("class=\"drill ok\"")), 1);
        QCOMPARE(count(svg, QStringLiteral("class=\"drill failed\"")), 1);
        QVERIFY(!svg.contains(QLatin1String("No backup in this period")));
        // Drawn by its own attributes too, not only by the report's style sheet.
        QCOMPARE(count(svg, QStringLiteral("<line ")), count(svg, QStringLiteral(" stroke=\"")));
        static const QRegularExpression filledPath(QStringLiteral("<path [^>]*fill=\"#"));
        QCOMPARE(count(svg, QStringLiteral("<path ")), svg.count(filledPath));
        QVERIFY(svg.contains(QLatin1String("<title>Backups of &lt;script&gt;")));
        const QString empty = ComplianceTimeline::svg(list.at(1).row, i.drills, now);
        QVERIFY(empty.contains(QLatin1String("No backup in this period")));
        QCOMPARE(count(empty, QStringLiteral("class=\"drill")), 0); // p2 has no drills

        QCOMPARE(ComplianceTimeline::x(now, now, 90), ComplianceTimeline::Width - 10.0);
        QCOMPARE(ComplianceTimeline::x(now.addDays(-90), now, 90), 10.0);
        QCOMPARE(ComplianceTimeline::x(now.addDays(-45), now, 90), ComplianceTimeline::Width / 2.0);
    }
};

QTEST_GUILESS_MAIN(TstComplianceReport)
#include "tst_compliance_report.moc"
