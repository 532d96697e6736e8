#pragma once

#include "client/decode.h"
#include "fuzzcheck.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string_view>

// Invariants every decoder keeps, whatever the bytes: a value or a Decode error (never an
// exception, never another kind), with a message, the request's URL, and a field that names a
// place in the document.
namespace fuzzdecode {

using json = nlohmann::json;

inline const QUrl &fuzzUrl()
{
    static const QUrl url(QStringLiteral("http://127.0.0.1:9/api/fuzz"));
    return url;
}

// Whether path ("[3].size_used", "production.default_config.schedule[0].count") leads from j to
// a member or element, the last step possibly an absent or null member (a required one).
inline bool namesPlace(const json &j, std::string_view path, bool first = true)
{
    if (path.empty())
        return true;
    // An index into an array; a key may begin with '[' too ("[tatus", found by the long run).
    if (path.front() == '[' && j.is_array()) {
        const std::size_t close = path.find(']');
        if (close == std::string_view::npos || close == 1)
            return false;
        std::size_t index = 0;
        for (const char c : path.substr(1, close - 1)) {
            if (c < '0' || c > '9')
                return false;
            index = index * 10 + std::size_t(c - '0');
        }
        return index < j.size() && namesPlace(j[index], path.substr(close + 1), false);
    }
    if (!j.is_object())
        return false;
    std::string_view rest = path;
    if (!first) {
        if (rest.front() != '.')
            return false;
        rest.remove_prefix(1);
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string &key = it.key();
        if (rest.substr(0, key.size()) == key && namesPlace(*it, rest.substr(key.size()), false))
            return true;
    }
    return !j.contains(std::string(rest)); // an absent member
}

template<typename T>
bc::Result<T> decode(const QByteArray &body)
{
    bc::Result<T> result = bc::decodeBody<T>(body, fuzzUrl());
    if (result.ok())
        return result;
    const bc::ApiError &error = result.error();
    FUZZ_CHECK(error.kind == bc::ApiError::Kind::Decode);
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.url == fuzzUrl());
    FUZZ_CHECK(error.httpStatus == 0);
    FUZZ_CHECK(!error.isTransient());
    FUZZ_CHECK(!error.describe().isEmpty());
    const json document = json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (document.is_discarded()) {
        FUZZ_CHECK(error.field.isEmpty());
        return result;
    }
    const bool placed = namesPlace(document, error.field.toStdString());
    if (!placed)
        std::fprintf(stderr, "error field \"%s\": %s\n", qPrintable(error.field),
                     qPrintable(error.message));
    FUZZ_CHECK(placed);
    return result;
}

// A list of one element decodes exactly when the element does, its error one level deeper.
template<typename T>
void checkAsList(const QByteArray &body, const bc::Result<T> &single)
{
    if (!json::accept(body.cbegin(), body.cend()))
        return;
    // A UTF-8 byte order mark may open a document (the parser skips it), not an element.
    const QByteArray element = body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
    const bc::Result<QList<T>> list = decode<QList<T>>('[' + element + ']');
    if (list.ok() != single.ok())
        std::fprintf(stderr, "alone: %s\nin a list: %s\n",
                     single.ok() ? "ok" : qPrintable(single.error().describe()),
                     list.ok() ? "ok" : qPrintable(list.error().describe()));
    FUZZ_CHECK(list.ok() == single.ok());
    if (list.ok()) {
        FUZZ_CHECK(list.value().size() == 1);
        return;
    }
    const QString field = single.error().field;
    if (field.isEmpty())
        FUZZ_CHECK(list.error().field.isEmpty() || list.error().field == QLatin1String("[0]"));
    else
        FUZZ_CHECK(list.error().field
                   == QLatin1String("[0]")
                       + (field.startsWith(QLatin1Char('[')) ? field : QLatin1Char('.') + field));
}

// The document, when it is one, as an object (else null).
inline json object(const QByteArray &body)
{
    json document = json::parse(body.cbegin(), body.cend(), nullptr, false);
    return document.is_object() ? document : json();
}

// A time member that is a non-empty string decoded to a valid time; any other to an invalid one.
inline void checkTime(const json &doc, const char *key, const QDateTime &value)
{
    const auto it = doc.find(key);
    const bool text
        = it != doc.end() && it->is_string() && !it->get_ref<const std::string &>().empty();
    FUZZ_CHECK(value.isValid() == text);
}

// Links come only from string hrefs of objects in _links.
inline void checkLinks(const json &doc, const bc::Links &links)
{
    const auto all = doc.find("_links");
    if (all == doc.end() || !all->is_object()) {
        FUZZ_CHECK(links.isEmpty());
        return;
    }
    for (const QString &rel : links.rels()) {
        FUZZ_CHECK(all->contains(rel.toStdString()));
        FUZZ_CHECK(!links.href(rel).isNull());
    }
}

} // namespace fuzzdecode
