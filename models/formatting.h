#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bc {

// Human forms of ages and of the API's words shared by the models (translated). Dates and
// sizes: client/timeformat.h, the one form of both.
struct Formatting
{
    Q_DECLARE_TR_FUNCTIONS(bc::Formatting)

public:
    // "3 minutes ago", "in 6 days", "just now"; `now` is injectable for tests.
    static QString relative(const QDateTime &when,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "2 h 5 min", "45 s": an age or elapsed time.
    static QString duration(qint64 seconds);

    // The API's words in the user's language; an unknown word is shown as it came.
    // "active", "inactive", "paused", "dirty", "deleting"
    static QString environmentStatus(const QString &status);
    // "production", "staging", "development"
    static QString environmentType(const QString &type);
    // "Production environment": the type as a noun phrase (no assembled "production-Umgebung").
    static QString environmentKind(const QString &type);
    // "Organization 3f2a81c0" for an organization the API gives no name for.
    static QString organization(const QString &id);
};

} // namespace bc
