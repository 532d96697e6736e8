#include "decodefields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace bc::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bc::Decode)
};

const char *typeName(const nlohmann::json &value)
{
    return value.type_name();
}

} // namespace

void Fields::fail(const std::string &field, const QString &reason)
{
    throw DecodeFailure{field, reason};
}

Fields::Fields(const nlohmann::json &object)
    : m_object(object)
{
    if (!object.is_object())
        fail({}, Tr::tr("expected an object, got %1").arg(QLatin1String(typeName(object))));
}

const nlohmann::json *Fields::find(const char *key) const
{
    const auto it = m_object.find(key);
    if (it == m_object.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString toQString(const nlohmann::json &value, const std::string &field)
{
    if (!value.is_string())
        Fields::fail(field,
                     Tr::tr("expected a string, got %1").arg(QLatin1String(typeName(value))));
    return QString::fromStdString(value.get_ref<const std::string &>());
}

QString Fields::string(const char *key) const
{
    const nlohmann::json *value = find(key);
    return value ? toQString(*value, key) : QString();
}

QString Fields::requiredString(const char *key) const
{
    const QString value = string(key);
    if (value.isEmpty())
        fail(key, Tr::tr("missing"));
    return value;
}

bool Fields::boolean(const char *key, bool fallback) const
{
    const nlohmann::json *value = find(key);
    if (!value)
        return fallback;
    if (!value->is_boolean())
        fail(key, Tr::tr("expected true or false, got %1").arg(QLatin1String(typeName(*value))));
    return value->get<bool>();
}

std::optional<qint64> Fields::integer(const char *key) const
{
    const nlohmann::json *value = find(key);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer() && !value->is_number_unsigned())
        return value->get<qint64>();
    if (value->is_number_unsigned()) {
        const auto u = value->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            fail(key, Tr::tr("number out of range"));
        return static_cast<qint64>(u);
    }
    if (value->is_number_float()) {
        const double d = value->get<double>();
        // 2^63 is exactly representable; anything at or beyond it does not fit.
        if (!std::isfinite(d) || std::fabs(d) >= 9223372036854775808.0)
            fail(key, Tr::tr("number out of range"));
        return static_cast<qint64>(std::llround(d));
    }
    fail(key, Tr::tr("expected a number, got %1").arg(QLatin1String(typeName(*value))));
}

std::optional<int> Fields::count(const char *key) const
{
    const std::optional<qint64> value = integer(key);
    if (!value)
        return std::nullopt;
    if (*value < 0 || *value > std::numeric_limits<int>::max())
        fail(key, Tr::tr("number out of range"));
    return static_cast<int>(*value);
}

namespace {

// The digits text[from, from + count) as a number; -1 when one is not a digit.
int digits(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseIsoTimeFast(std::string_view text)
{
    // yyyy-MM-ddTHH:mm:ss
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':'
        || text[16] != ':')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 1000 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59)
        return std::nullopt;
    std::size_t at = 19;
    int msec = 0;
    if (text[at] == '.') {
        std::size_t end = at + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        const std::size_t count = end - at - 1;
        if (count == 0 || count > 9)
            return std::nullopt;
        const int first = digits(text, at + 1, std::min<std::size_t>(count, 3));
        msec = first;
        for (std::size_t i = count; i < 3; ++i)
            msec *= 10;
        if (count > 3) {
            // Rounded to the nearest millisecond; a tie (…5000) or a carry into the second is
            // left to Qt's own arithmetic.
            const std::string_view rest = text.substr(at + 4, count - 3);
            if (rest.front() == '5' && rest.find_first_not_of('0', 1) == std::string_view::npos)
                return std::nullopt;
            if (rest.front() >= '5')
                ++msec;
            if (msec == 1000)
                return std::nullopt;
        }
        at = end;
    }
    Qt::TimeSpec spec = Qt::UTC;
    int offset = 0;
    if (text.size() == at + 1 && text[at] == 'Z') {
        spec = Qt::UTC;
    } else if (text.size() == at + 6 && (text[at] == '+' || text[at] == '-')
               && text[at + 3] == ':') {
        const int offsetHours = digits(text, at + 1, 2);
        const int offsetMinutes = digits(text, at + 4, 2);
        if (offsetHours < 0 || offsetHours > 14 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        spec = Qt::OffsetFromUTC;
        offset = (offsetHours * 60 + offsetMinutes) * 60 * (text[at] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, msec), spec, offset);
}

QDateTime parseIsoTime(std::string_view text)
{
    if (std::optional<QDateTime> fast = parseIsoTimeFast(text))
        return *std::move(fast);
    return QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                 Qt::ISODateWithMs);
}

QDateTime Fields::time(const char *key) const
{
    const nlohmann::json *value = find(key);
    if (!value)
        return {};
    const QString text = toQString(*value, key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseIsoTime(value->get_ref<const std::string &>());
    if (!parsed.isValid())
        fail(key, Tr::tr("not a date and time: %1").arg(text.left(40)));
    return parsed;
}

QStringList Fields::strings(const char *key) const
{
    const nlohmann::json *value = find(key);
    if (!value)
        return {};
    if (!value->is_array())
        fail(key, Tr::tr("expected an array, got %1").arg(QLatin1String(typeName(*value))));
    QStringList list;
    list.reserve(static_cast<qsizetype>(value->size()));
    for (std::size_t i = 0; i < value->size(); ++i)
        list.append(toQString((*value)[i], std::string(key) + '[' + std::to_string(i) + ']'));
    return list;
}

QJsonObject toQJsonObject(const nlohmann::json &value)
{
    const std::string text = value.dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

QJsonObject Fields::object(const char *key) const
{
    const nlohmann::json *value = find(key);
    if (!value)
        return {};
    if (!value->is_object())
        fail(key, Tr::tr("expected an object, got %1").arg(QLatin1String(typeName(*value))));
    return toQJsonObject(*value);
}

Links Fields::links() const
{
    Links links;
    const nlohmann::json *all = find("_links");
    if (!all || !all->is_object())
        return links; // a malformed link set only means no action is offered
    for (auto it = all->begin(); it != all->end(); ++it) {
        // HAL allows one link or an array of them; the first one is the one to follow.
        const nlohmann::json &entry = it->is_array() && !it->empty() ? it->front() : *it;
        if (!entry.is_object())
            continue;
        const auto href = entry.find("href");
        if (href != entry.end() && href->is_string())
            links.insert(QString::fromStdString(it.key()),
                         QString::fromStdString(href->get_ref<const std::string &>()));
    }
    return links;
}

} // namespace bc::detail
