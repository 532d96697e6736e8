#pragma once

#include "links.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace bc::detail {

// Thrown inside the decoders only (decode.cpp catches it): the field path and why.
struct DecodeFailure
{
    std::string field;
    QString reason;
};

// Reads the members of one JSON object. Absent and null members give the fallback; a member of
// the wrong type throws DecodeFailure naming it. Unknown members are ignored.
class Fields final
{
public:
    explicit Fields(const nlohmann::json &object);

    const nlohmann::json *find(const char *key) const; // nullptr when absent or null
    QString string(const char *key) const;
    QString requiredString(const char *key) const;
    bool boolean(const char *key, bool fallback = false) const;
    std::optional<qint64> integer(const char *key) const;
    // A count (of backups): 0 to INT_MAX, refused outside rather than cut to fit an int.
    std::optional<int> count(const char *key) const;
    QDateTime time(const char *key) const;
    QStringList strings(const char *key) const;
    QJsonObject object(const char *key) const;
    Links links() const;

    [[noreturn]] static void fail(const std::string &field, const QString &reason);

private:
    const nlohmann::json &m_object;
};

QString toQString(const nlohmann::json &value, const std::string &field);

// text as QDateTime::fromString(text, Qt::ISODateWithMs) reads it, computed without it for the
// form the API sends ("2026-11-20T05:00:12.123456+00:00", "…Z", up to 9 fraction digits);
// nullopt for any other form (then only Qt's reader can say).
std::optional<QDateTime> parseIsoTimeFast(std::string_view text);
// parseIsoTimeFast, else Qt's reader.
QDateTime parseIsoTime(std::string_view text);
QJsonObject toQJsonObject(const nlohmann::json &value);

// Runs fn, prefixing the field of any DecodeFailure with prefix (".key" or "[i]").
template<typename Fn>
auto nested(const std::string &prefix, Fn &&fn)
{
    try {
        return fn();
    } catch (DecodeFailure &failure) {
        failure.field = prefix
            + (failure.field.empty() || failure.field.front() == '[' ? failure.field
                                                                     : '.' + failure.field);
        throw;
    }
}

} // namespace bc::detail
