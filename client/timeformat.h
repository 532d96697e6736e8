#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace bc {

// The one form of moments and sizes shown to a person, in the window and in the command line's
// tables: the default locale's short date and time in local time ("03.10.26 14:31",
// "03/10/2026 14:31"), and a long form with the project's time zone and UTC for tooltips.
// Machine formats (CSV, JSON, the audit log) stay ISO 8601 in UTC.
struct TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(bc::TimeFormat)

public:
    static QString shortForm(const QDateTime &when);
    // Lines for a tooltip: the long local form, then the project's zone when it is another
    // one, then UTC.
    static QString detailed(const QDateTime &when, const QTimeZone &projectZone = QTimeZone());
    // How long something takes or took. Exact: "40 s", "3 min 20 s", "1 h 5 min" (a drill's
    // measured time to restore); Rounded: "40 s", "3 min", "1 h 5 min" (an estimate from
    // history, where seconds would claim a precision it does not have).
    enum class Precision { Exact, Rounded };
    static QString duration(qint64 seconds, Precision precision);
    // "1.2 GiB" / "1,2 Gio": QLocale::formattedDataSize with one decimal.
    static QString size(qint64 bytes);
};

} // namespace bc
