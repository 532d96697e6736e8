#include "tablewriter.h"

#include "client/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bc::cli {

std::optional<TableWriter::Format> TableWriter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("table"))
        return Format::Table;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("tsv"))
        return Format::Tsv;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

std::optional<QStringList> TableWriter::parseColumns(const QStringList &values,
                                                     const QStringList &available, QString *error)
{
    QStringList columns;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString column = part.trimmed().toLower();
            if (!available.contains(column)) {
                *error = tr("Unknown column: %1 (available: %2)")
                             .arg(column, available.join(QLatin1String(", ")));
                return std::nullopt;
            }
            columns.append(column);
        }
    }
    return columns;
}

TableWriter::TableWriter(Format format, QStringList columns, bool header)
    : m_format(format)
    , m_columns(std::move(columns))
    , m_header(header)
{ }

QString TableWriter::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(text(v));
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString TableWriter::forPeople(const QString &column, const QJsonValue &value)
{
    // Columns named like the API's: "*_at" hold ISO 8601 times, "size_*" byte counts.
    if (column.endsWith(QLatin1String("_at")) && value.isString()) {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (when.isValid())
            return TimeFormat::shortForm(when);
    }
    if (column.startsWith(QLatin1String("size_")) && value.isDouble())
        return TimeFormat::size(qint64(value.toDouble()));
    return text(value);
}

QByteArray TableWriter::write(const QList<QJsonObject> &rows) const
{
    if (m_format == Format::Json)
        return json(rows);
    QList<QStringList> cells;
    if (m_header)
        cells.append(m_columns);
    for (const QJsonObject &row : rows) {
        QStringList line;
        for (const QString &column : m_columns)
            line.append(m_format == Format::Table ? forPeople(column, row.value(column))
                                                  : text(row.value(column)));
        cells.append(line);
    }
    switch (m_format) {
    case Format::Csv:
        return separated(cells, QLatin1Char(','));
    case Format::Tsv:
        return separated(cells, QLatin1Char('\t'));
    default:
        return table(cells);
    }
}

QByteArray TableWriter::table(const QList<QStringList> &cells) const
{
    QList<qsizetype> widths(m_columns.size(), 0);
    for (const QStringList &line : cells)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths[i], line.at(i).size());
    QString rule = QStringLiteral("+");
    for (qsizetype w : widths)
        rule += QString(w + 2, QLatin1Char('-')) + QLatin1Char('+');
    rule += QLatin1Char('\n');

    QString out = rule;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        QString line = QStringLiteral("|");
        for (qsizetype i = 0; i < cells.at(r).size(); ++i)
            line += QLatin1Char(' ') + cells.at(r).at(i).leftJustified(widths.at(i))
                + QLatin1String(" |");
        out += line + QLatin1Char('\n');
        if (r == 0 && m_header)
            out += rule;
    }
    out += rule;
    return out.toUtf8();
}

QByteArray TableWriter::separated(const QList<QStringList> &cells, QChar separator) const
{
    QString out;
    for (const QStringList &line : cells) {
        QStringList fields;
        for (QString field : line) {
            if (separator == QLatin1Char('\t')) {
                // TSV has no quoting: tabs and line breaks inside a value become spaces.
                field.replace(QLatin1Char('\t'), QLatin1Char(' '))
                    .replace(QLatin1Char('\n'), QLatin1Char(' '))
                    .replace(QLatin1Char('\r'), QLatin1Char(' '));
            } else if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                       || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
                field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\""))
                    + QLatin1Char('"');
            }
            fields.append(field);
        }
        out += fields.join(separator) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray TableWriter::json(const QList<QJsonObject> &rows) const
{
    QJsonArray array;
    for (const QJsonObject &row : rows) {
        QJsonObject selected;
        for (const QString &column : m_columns)
            selected.insert(column, row.contains(column) ? row.value(column) : QJsonValue());
        array.append(selected);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace bc::cli
