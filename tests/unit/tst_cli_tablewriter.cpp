#include "app/cli/tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using bc::cli::TableWriter;

// The listing formats of the command line, without a server.
class TestCliTableWriter final : public QObject
{
    Q_OBJECT

private:
    const QList<QJsonObject> m_rows{
        {{QStringLiteral("id"), QStringLiteral("a1")},
         {QStringLiteral("live"), true},
         {QStringLiteral("size"), 1073741824.0},
         {QStringLiteral("note"), QStringLiteral("says \"hi\", twice\tand\nmore")}},
        {{QStringLiteral("id"), QStringLiteral("b2")},
         {QStringLiteral("live"), false},
         {QStringLiteral("size"), 0.0},
         {QStringLiteral("note"), QJsonValue()}}};
    const QStringList m_columns{QStringLiteral("id"), QStringLiteral("live"),
                                QStringLiteral("size"), QStringLiteral("note")};

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("header");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("csv") << "csv" << true
                             << QByteArray(
                                    "id,live,size,note\n"
                                    "a1,true,1073741824,\"says \"\"hi\"\", twice\tand\nmore\"\n"
                                    "b2,false,0,\n");
        QTest::newRow("tsv, no header")
            << "TSV" << false
            << QByteArray("a1\ttrue\t1073741824\tsays \"hi\", twice and more\n"
                          "b2\tfalse\t0\t\n");
    }

    void formats()
    {
        QFETCH(QString, name);
        QFETCH(bool, header);
        QFETCH(QByteArray, expected);
        const auto format = TableWriter::formatFromName(name);
        QVERIFY(format);
        QCOMPARE(TableWriter(*format, m_columns, header).write(m_rows), expected);
    }

    // The table is for people: times and sizes in the locale's form, as in the window; the
    // machine formats keep ISO 8601 and bytes.
    void tableSpeaksTheLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const QDateTime when(QDate(2026, 10, 3), QTime(14, 31), QTimeZone::utc());
        const QList<QJsonObject> rows{{{QStringLiteral("created_at"), when.toString(Qt::ISODate)},
                                       {QStringLiteral("size_used"), 1234567890.0}}};
        const QStringList columns{QStringLiteral("created_at"), QStringLiteral("size_used")};
        const QString table
            = QString::fromUtf8(TableWriter(TableWriter::Format::Table, columns).write(rows));
        const QString csv
            = QString::fromUtf8(TableWriter(TableWriter::Format::Csv, columns).write(rows));
        QLocale::setDefault(previous);
        QVERIFY2(table.contains(QLocale(QStringLiteral("de_DE"))
                                    .toString(when.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("1,1 GiB")), qPrintable(table));
        QVERIFY2(!table.contains(QStringLiteral("2026-10-03T")), qPrintable(table));
        QVERIFY2(csv.contains(QStringLiteral("2026-10-03T14:31:00+00:00,1234567890")),
                 qPrintable(csv));
    }

    void table()
    {
        const QByteArray out = TableWriter(TableWriter::Format::Table,
                                           {QStringLiteral("id"), QStringLiteral("live")})
                                   .write(m_rows);
        QCOMPARE(out,
                 QByteArray("+----+-------+\n"
                            "| id | live  |\n"
                            "+----+-------+\n"
                            "| a1 | true  |\n"
                            "| b2 | false |\n"
                            "+----+-------+\n"));
    }

    void jsonKeepsTypesAndSelects()
    {
        const QJsonArray array
            = QJsonDocument::fromJson(TableWriter(TableWriter::Format::Json,
                                                  {QStringLiteral("live"), QStringLiteral("note")})
                                          .write(m_rows))
                  .array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().keys(),
                 (QStringList{QStringLiteral("live"), QStringLiteral("note")}));
        QVERIFY(array.at(0).toObject().value(QStringLiteral("live")).isBool());
        QVERIFY(array.at(1).toObject().value(QStringLiteral("note")).isNull());
    }

    void columns()
    {
        QString error;
        const auto parsed = TableWriter::parseColumns(
            {QStringLiteral("id, LIVE"), QStringLiteral("size")}, m_columns, &error);
        QVERIFY(parsed);
        QCOMPARE(
            *parsed,
            (QStringList{QStringLiteral("id"), QStringLiteral("live"), QStringLiteral("size")}));
        QVERIFY(!TableWriter::parseColumns({QStringLiteral("id,colour")}, m_columns, &error));
        QVERIFY(error.contains(QLatin1String("colour")));
        QVERIFY(!TableWriter::formatFromName(QStringLiteral("xml")));
    }
};

QTEST_GUILESS_MAIN(TestCliTableWriter)
#include "tst_cli_tablewriter.moc"
