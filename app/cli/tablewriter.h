#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace bc::cli {

// Rows of a listing in the platform CLI's formats. A row is a JSON object keyed by column name,
// so the json format keeps types (booleans, numbers, null) and the text formats print them.
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::TableWriter)

public:
    enum class Format { Table, Csv, Tsv, Json };

    static std::optional<Format> formatFromName(const QString &name);
    // Column names from --columns values ("a,b" or repeated); an error message names the first
    // unknown one.
    static std::optional<QStringList> parseColumns(const QStringList &values,
                                                   const QStringList &available, QString *error);

    TableWriter(Format format, QStringList columns, bool header = true);

    QByteArray write(const QList<QJsonObject> &rows) const;
    // One value as text: booleans true/false, null empty, arrays joined with ", ".
    static QString text(const QJsonValue &value);

private:
    // A value of the table format: times and sizes in the locale's form (TimeFormat).
    static QString forPeople(const QString &column, const QJsonValue &value);
    QByteArray table(const QList<QStringList> &cells) const;
    QByteArray separated(const QList<QStringList> &cells, QChar separator) const;
    QByteArray json(const QList<QJsonObject> &rows) const;

    Format m_format;
    QStringList m_columns;
    bool m_header;
};

} // namespace bc::cli
