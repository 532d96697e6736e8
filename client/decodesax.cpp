#include "decodesax.h"

#include "decodefields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bc::detail {

namespace {

using json = nlohmann::json;

// Deeper than this anywhere, the document path decides (Qt's JSON reader, which the document path
// uses for the free-form objects, has its own limit further down).
constexpr int MaxDepth = 200;
// Integers the document path hands to Qt's JSON reader as text come back exact below 2^53.
constexpr qint64 ExactInDouble = qint64(1) << 53;

// How a member of a record is read (the rules of Fields in decodefields.cpp).
enum class Kind : quint8 {
    Ignore, // not read: any value
    String, // a string or null
    Bool, // true, false or null
    Integer, // a number that fits qint64, or null
    Time, // an ISO date-time string ("" = none), or null
    Strings, // an array of strings, or null
    Object, // an object (kept as QJsonObject), or null
    Timings, // an object whose numeric members are kept, or null
    Links, // HAL _links; anything else than an object means none
};

struct Member
{
    std::string_view key;
    Kind kind;
};

// The members of each record, in one table each; a member's index is its bit in Record::seen.
constexpr Member BackupMembers[] = {
    {"id", Kind::String},         {"environment", Kind::String},
    {"status", Kind::String},     {"safe", Kind::Bool},
    {"automated", Kind::Bool},    {"index", Kind::Integer},
    {"restorable", Kind::Bool},   {"commit_id", Kind::String},
    {"deployment", Kind::String}, {"size_of_volumes", Kind::Integer},
    {"size_used", Kind::Integer}, {"created_at", Kind::Time},
    {"updated_at", Kind::Time},   {"expires_at", Kind::Time},
    {"_links", Kind::Links},
};
enum BackupMember {
    BId,
    BEnvironment,
    BStatus,
    BSafe,
    BAutomated,
    BIndex,
    BRestorable,
    BCommitId,
    BDeployment,
    BSizeOfVolumes,
    BSizeUsed,
    BCreatedAt,
    BUpdatedAt,
    BExpiresAt,
    BLinks,
};

constexpr Member ActivityMembers[] = {
    {"id", Kind::String},
    {"type", Kind::String},
    {"project", Kind::String},
    {"environments", Kind::Strings},
    {"state", Kind::String},
    {"result", Kind::String},
    {"failure_reason", Kind::String},
    {"timings", Kind::Timings},
    {"completion_percent", Kind::Integer},
    {"created_at", Kind::Time},
    {"updated_at", Kind::Time},
    {"started_at", Kind::Time},
    {"completed_at", Kind::Time},
    {"cancelled_at", Kind::Time},
    {"description", Kind::String},
    {"text", Kind::String},
    {"parameters", Kind::Object},
    {"payload", Kind::Object},
    {"_links", Kind::Links},
};
enum ActivityMember {
    AId,
    AType,
    AProject,
    AEnvironments,
    AState,
    AResult,
    AFailureReason,
    ATimings,
    ACompletionPercent,
    ACreatedAt,
    AUpdatedAt,
    AStartedAt,
    ACompletedAt,
    ACancelledAt,
    ADescription,
    AText,
    AParameters,
    APayload,
    ALinks,
};

template<std::size_t N>
int indexOf(const Member (&members)[N], std::string_view key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (members[i].key == key)
            return int(i);
    }
    return -1;
}

// What the document path does with a time member: "" is none, anything else must parse.
bool parseTime(const std::string &text, QDateTime &out)
{
    if (text.empty())
        return true;
    out = parseIsoTime(text);
    return out.isValid();
}

// The writers of one record type: the member at index gets the value, or false (the document
// path decides).
struct BackupTraits
{
    static constexpr const Member *members = BackupMembers;
    static int find(std::string_view key) { return indexOf(BackupMembers, key); }

    static QString *string(Backup &b, int i)
    {
        switch (i) {
        case BId:
            return &b.id;
        case BEnvironment:
            return &b.environment;
        case BStatus:
            return &b.status;
        case BCommitId:
            return &b.commitId;
        case BDeployment:
            return &b.deployment;
        default:
            return nullptr;
        }
    }
    static void boolean(Backup &b, int i, bool value)
    {
        (i == BSafe ? b.safe : i == BAutomated ? b.automated : b.restorable) = value;
    }
    static void integer(Backup &b, int i, qint64 value)
    {
        if (i == BIndex)
            b.index = value;
        else
            (i == BSizeOfVolumes ? b.sizeOfVolumes : b.sizeUsed) = value;
    }
    static bool time(Backup &b, int i, std::string &text)
    {
        QDateTime parsed;
        if (!parseTime(text, parsed))
            return false;
        if (i == BExpiresAt) {
            if (parsed.isValid())
                b.expiresAt = parsed;
        } else {
            (i == BCreatedAt ? b.createdAt : b.updatedAt) = parsed;
        }
        return true;
    }
    static QStringList *strings(Backup &, int) { return nullptr; }
    static QJsonObject *object(Backup &, int) { return nullptr; }
    static QHash<QString, double> *timings(Backup &, int) { return nullptr; }
    static Links &links(Backup &b) { return b.links; }
    static bool finish(Backup &b) { return !b.id.isEmpty(); }
};

struct ActivityTraits
{
    static int find(std::string_view key) { return indexOf(ActivityMembers, key); }
    static constexpr const Member *members = ActivityMembers;

    static QString *string(Activity &a, int i)
    {
        switch (i) {
        case AId:
            return &a.id;
        case AType:
            return &a.type;
        case AProject:
            return &a.project;
        case AState:
            return &a.state;
        case AResult:
            return &a.result;
        case AFailureReason:
            return &a.failureReason;
        case ADescription:
            return &a.description;
        case AText:
            return &a.text;
        default:
            return nullptr;
        }
    }
    static void boolean(Activity &, int, bool) { }
    static void integer(Activity &a, int, qint64 value)
    {
        a.completionPercent = static_cast<int>(std::clamp<qint64>(value, 0, 100));
    }
    static bool time(Activity &a, int i, std::string &text)
    {
        QDateTime parsed;
        if (!parseTime(text, parsed))
            return false;
        switch (i) {
        case ACreatedAt:
            a.createdAt = parsed;
            a.createdAtText = QString::fromStdString(text);
            break;
        case AUpdatedAt:
            a.updatedAt = parsed;
            break;
        case AStartedAt:
            a.startedAt = parsed;
            break;
        case ACompletedAt:
            a.completedAt = parsed;
            break;
        default:
            a.cancelledAt = parsed;
            break;
        }
        return true;
    }
    static QStringList *strings(Activity &a, int) { return &a.environments; }
    static QJsonObject *object(Activity &a, int i)
    {
        return i == AParameters ? &a.parameters : &a.payload;
    }
    static QHash<QString, double> *timings(Activity &a, int) { return &a.timings; }
    static Links &links(Activity &a) { return a.links; }
    static bool finish(Activity &a) { return !a.id.isEmpty(); }
};

template<typename T>
struct TraitsOf;
template<>
struct TraitsOf<Backup>
{
    using type = BackupTraits;
};
template<>
struct TraitsOf<Activity>
{
    using type = ActivityTraits;
};

// nlohmann's SAX interface. Every callback returns false to give up (the document path decides).
template<typename T>
class Reader
{
    using Traits = typename TraitsOf<T>::type;

public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    Reader(T *single, QList<T> *list)
        : m_single(single)
        , m_list(list)
    { }

    bool null() { return scalar(Scalar::Null); }
    bool boolean(bool value)
    {
        m_bool = value;
        return scalar(Scalar::Bool);
    }
    bool number_integer(number_integer_t value)
    {
        m_integer = value;
        return scalar(Scalar::Integer);
    }
    bool number_unsigned(number_unsigned_t value)
    {
        if (value > number_unsigned_t(std::numeric_limits<qint64>::max()))
            return scalar(Scalar::Unsigned);
        m_integer = qint64(value);
        return scalar(Scalar::Integer);
    }
    bool number_float(number_float_t value, const string_t &)
    {
        m_float = value;
        return scalar(Scalar::Float);
    }
    bool string(string_t &value)
    {
        m_string = &value;
        return scalar(Scalar::String);
    }
    bool binary(binary_t &) { return false; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }

    bool start_object(std::size_t) { return start(true); }
    bool start_array(std::size_t) { return start(false); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }

    bool key(string_t &key)
    {
        if (m_skip > 0)
            return true;
        switch (m_state.back()) {
        case State::Record: {
            m_member = Traits::find(key);
            if (m_member < 0)
                return true;
            const quint32 bit = quint32(1) << m_member;
            if (m_seen & bit)
                return false; // the document keeps the last one; rare enough to leave to it
            m_seen |= bit;
            return true;
        }
        case State::Timings:
            if (std::find(m_timingKeys.begin(), m_timingKeys.end(), key) != m_timingKeys.end())
                return false;
            m_timingKeys.push_back(key);
            return true;
        case State::Links:
            for (const auto &[rel, href] : m_links) {
                if (rel == key)
                    return false;
            }
            m_links.emplace_back(std::move(key), std::nullopt);
            return true;
        case State::LinkEntry:
            m_hrefNext = key == "href";
            if (m_hrefNext) {
                if (m_hrefSeen)
                    return false;
                m_hrefSeen = true;
            }
            return true;
        case State::JsonObject:
            m_jsonKeys.back() = std::move(key);
            return true;
        default:
            return false;
        }
    }

    bool done() const { return m_finished; }

private:
    enum class State : quint8 {
        Root,
        List,
        Record,
        Strings,
        Timings,
        Links,
        LinkArray,
        LinkEntry,
        JsonObject,
        JsonArray,
    };
    enum class Scalar : quint8 { Null, Bool, Integer, Unsigned, Float, String };

    T &record() { return m_list ? m_list->last() : *m_single; }

    // Short strings come again and again in a list ("complete", "main", "self"): one QString
    // each, shared by all the records (the same value as QString::fromStdString).
    QString shared(const std::string &text)
    {
        if (text.size() > MaxShared)
            return QString::fromStdString(text);
        const auto it = m_shared.find(text);
        if (it != m_shared.end())
            return it->second;
        QString value = QString::fromStdString(text);
        if (m_shared.size() < MaxSharedCount)
            m_shared.emplace(text, value);
        return value;
    }
    Kind memberKind() const { return m_member < 0 ? Kind::Ignore : Traits::members[m_member].kind; }

    // A number as Fields::integer reads it.
    bool integerValue(Scalar type, qint64 &out) const
    {
        if (type == Scalar::Integer) {
            out = m_integer;
            return true;
        }
        if (type == Scalar::Float && std::isfinite(m_float)
            && std::fabs(m_float) < 9223372036854775808.0) {
            out = static_cast<qint64>(std::llround(m_float));
            return true;
        }
        return false;
    }

    // A number as it comes back from Qt's JSON reader: exact below 2^53 (else left to it).
    bool jsonValue(Scalar type, QJsonValue &out)
    {
        switch (type) {
        case Scalar::Null:
            out = QJsonValue(QJsonValue::Null);
            return true;
        case Scalar::Bool:
            out = QJsonValue(m_bool);
            return true;
        case Scalar::Integer:
            if (m_integer <= -ExactInDouble || m_integer >= ExactInDouble)
                return false;
            out = QJsonValue(m_integer);
            return true;
        case Scalar::Unsigned:
            return false;
        case Scalar::Float:
            if (std::fpclassify(m_float) == FP_SUBNORMAL)
                return false;
            out = QJsonValue(m_float);
            return true;
        case Scalar::String:
            out = QJsonValue(shared(*m_string));
            return true;
        }
        return false;
    }

    bool scalar(Scalar type)
    {
        if (m_skip > 0)
            return true;
        switch (m_state.back()) {
        case State::Root:
        case State::List:
            return false; // not an object where a record must be
        case State::Record:
            return member(type);
        case State::Strings:
            if (type != Scalar::String)
                return false;
            if (QStringList *strings = Traits::strings(record(), m_member))
                strings->append(shared(*m_string));
            return true;
        case State::Timings: {
            QJsonValue value;
            if (type == Scalar::Integer || type == Scalar::Unsigned || type == Scalar::Float) {
                if (!jsonValue(type, value))
                    return false;
                if (QHash<QString, double> *timings = Traits::timings(record(), m_member))
                    timings->insert(QString::fromStdString(m_timingKeys.back()), value.toDouble());
            }
            return true;
        }
        case State::Links:
            return true; // a rel that is no link
        case State::LinkArray:
            ++m_linkIndex;
            return true;
        case State::LinkEntry:
            if (m_hrefNext) {
                m_href
                    = type == Scalar::String ? std::optional(std::move(*m_string)) : std::nullopt;
            }
            return true;
        case State::JsonObject:
        case State::JsonArray: {
            QJsonValue value;
            if (!jsonValue(type, value))
                return false;
            addJson(value);
            return true;
        }
        }
        return false;
    }

    bool member(Scalar type)
    {
        const Kind kind = memberKind();
        if (kind == Kind::Ignore || type == Scalar::Null)
            return true; // absent and null read alike
        if (kind == Kind::Links)
            return true; // links that are not an object: none
        T &r = record();
        switch (kind) {
        case Kind::String:
            if (type != Scalar::String)
                return false;
            if (QString *string = Traits::string(r, m_member))
                *string = m_member == 0 // the id: never the same twice
                    ? QString::fromStdString(*m_string)
                    : shared(*m_string);
            return true;
        case Kind::Bool:
            if (type != Scalar::Bool)
                return false;
            Traits::boolean(r, m_member, m_bool);
            return true;
        case Kind::Integer: {
            qint64 value = 0;
            if (!integerValue(type, value))
                return false;
            Traits::integer(r, m_member, value);
            return true;
        }
        case Kind::Time:
            return type == Scalar::String && Traits::time(r, m_member, *m_string);
        default:
            return false; // a scalar where an array or object must be
        }
    }

    void addJson(const QJsonValue &value)
    {
        if (m_state.back() == State::JsonObject) {
            // Qt keeps ASCII keys as they are: no QString on the way for those.
            const std::string &key = m_jsonKeys.back();
            if (std::all_of(key.begin(), key.end(), [](char c) { return uchar(c) < 0x80; }))
                m_objects.back().insert(QLatin1String(key.data(), qsizetype(key.size())), value);
            else
                m_objects.back().insert(QString::fromStdString(key), value);
        } else
            m_arrays.back().append(value);
    }

    bool start(bool object)
    {
        if (++m_depth > MaxDepth)
            return false;
        if (m_skip > 0) {
            ++m_skip;
            return true;
        }
        switch (m_state.back()) {
        case State::Root:
            if (object != (m_list == nullptr))
                return false;
            if (object)
                return beginRecord();
            m_state.push_back(State::List);
            return true;
        case State::List:
            if (!object)
                return false;
            m_list->emplaceBack();
            return beginRecord();
        case State::Record:
            return memberContainer(object);
        case State::Strings:
            return false;
        case State::Timings:
            m_skip = 1; // not a number: not a timing
            return true;
        case State::Links:
            if (object) {
                beginLinkEntry();
            } else {
                m_state.push_back(State::LinkArray);
                m_linkIndex = 0;
            }
            return true;
        case State::LinkArray:
            if (m_linkIndex++ == 0 && object)
                beginLinkEntry();
            else
                m_skip = 1;
            return true;
        case State::LinkEntry:
            if (m_hrefNext)
                m_href.reset();
            m_skip = 1;
            return true;
        case State::JsonObject:
        case State::JsonArray:
            beginJson(object);
            return true;
        }
        return false;
    }

    bool beginRecord()
    {
        m_state.push_back(State::Record);
        m_seen = 0;
        m_member = -1;
        return true;
    }

    void beginLinkEntry()
    {
        m_state.push_back(State::LinkEntry);
        m_href.reset();
        m_hrefSeen = false;
        m_hrefNext = false;
    }

    void beginJson(bool object)
    {
        m_state.push_back(object ? State::JsonObject : State::JsonArray);
        if (object) {
            m_objects.emplace_back();
            m_jsonKeys.emplace_back();
        } else {
            m_arrays.emplace_back();
        }
    }

    bool memberContainer(bool object)
    {
        switch (memberKind()) {
        case Kind::Ignore:
            m_skip = 1;
            return true;
        case Kind::Strings:
            if (object)
                return false;
            m_state.push_back(State::Strings);
            return true;
        case Kind::Object:
            if (!object)
                return false;
            beginJson(true);
            return true;
        case Kind::Timings:
            if (!object)
                return false;
            m_timingKeys.clear();
            m_state.push_back(State::Timings);
            return true;
        case Kind::Links:
            if (!object) {
                m_skip = 1; // not an object: no links
                return true;
            }
            m_links.clear();
            m_state.push_back(State::Links);
            return true;
        default:
            return false; // an array or object where a scalar must be
        }
    }

    bool end()
    {
        --m_depth;
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        const State state = m_state.back();
        m_state.pop_back();
        switch (state) {
        case State::Root:
            return false;
        case State::List:
            m_finished = true;
            return true;
        case State::Record:
            if (!Traits::finish(record()))
                return false;
            if (m_state.back() == State::Root)
                m_finished = true;
            return true;
        case State::Strings:
        case State::Timings:
            return true;
        case State::Links: {
            // In the order of the document path (its objects are sorted by key).
            std::sort(m_links.begin(), m_links.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
            Links &links = Traits::links(record());
            for (const auto &[rel, href] : m_links) {
                if (href)
                    links.insert(shared(rel), QString::fromStdString(*href));
            }
            return true;
        }
        case State::LinkArray:
            return true;
        case State::LinkEntry:
            m_links.back().second = std::move(m_href);
            return true;
        case State::JsonObject:
        case State::JsonArray: {
            QJsonValue value;
            if (state == State::JsonObject) {
                value = m_objects.back();
                m_objects.pop_back();
                m_jsonKeys.pop_back();
            } else {
                value = m_arrays.back();
                m_arrays.pop_back();
            }
            if (m_state.back() != State::Record)
                addJson(value);
            else if (QJsonObject *object = Traits::object(record(), m_member))
                *object = value.toObject();
            return true;
        }
        }
        return false;
    }

    T *m_single;
    QList<T> *m_list;
    std::vector<State> m_state{State::Root};
    int m_depth = 0;
    int m_skip = 0; // > 0: inside a value nobody reads
    bool m_finished = false;

    // The record being read: the member whose value comes next (-1: none read) and those seen.
    int m_member = -1;
    quint32 m_seen = 0;

    // The last scalar.
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_float = 0;
    string_t *m_string = nullptr;

    std::vector<std::string> m_timingKeys;

    // _links: rel → href (none: the rel is no usable link), then the entry being read.
    std::vector<std::pair<std::string, std::optional<std::string>>> m_links;
    int m_linkIndex = 0;
    std::optional<std::string> m_href;
    bool m_hrefSeen = false;
    bool m_hrefNext = false;

    static constexpr std::size_t MaxShared = 24;
    static constexpr std::size_t MaxSharedCount = 2048;
    std::unordered_map<std::string, QString> m_shared;

    // Free-form objects being built, innermost last.
    std::vector<QJsonObject> m_objects;
    std::vector<std::string> m_jsonKeys;
    std::vector<QJsonArray> m_arrays;
};

template<typename T>
bool read(const QByteArray &body, T *single, QList<T> *list)
{
    Reader<T> reader(single, list);
    const bool parsed = json::sax_parse(body.cbegin(), body.cend(), &reader);
    return parsed && reader.done();
}

} // namespace

bool decodeFast(const QByteArray &body, Backup &out)
{
    return read<Backup>(body, &out, nullptr);
}

bool decodeFast(const QByteArray &body, QList<Backup> &out)
{
    out.reserve(body.size() / 700);
    return read<Backup>(body, nullptr, &out);
}

bool decodeFast(const QByteArray &body, Activity &out)
{
    return read<Activity>(body, &out, nullptr);
}

bool decodeFast(const QByteArray &body, QList<Activity> &out)
{
    out.reserve(body.size() / 800);
    return read<Activity>(body, nullptr, &out);
}

} // namespace bc::detail
