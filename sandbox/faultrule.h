#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace bc::sandbox {

// A path glob: '*' matches any run of characters (slashes too), '?' one character (a code
// point). Matched without backtracking into the past: O(glob × path) at worst, whatever the
// glob (a regex of ".*a.*a.*a..." backtracked until PCRE gave up and never matched).
class PathGlob
{
public:
    PathGlob() = default;
    explicit PathGlob(const QString &glob);

    bool matches(const QString &path) const;

private:
    std::u32string m_glob; // runs of '*' kept as one
};

// One fault-injection rule: GLOB=ACTION[,after=N][,times=M][,method=M][,retry-after=S]
//   GLOB    path pattern; '*' matches any run of characters (slashes too), '?' one character;
//           matched against the path as sent, e.g. /api/projects/*/environments/*/backups
//   ACTION  delay:MS | status:CODE | drop | truncate | html[:CODE] | garbage:BYTES | hang
//           | json | types | contenttype | redirect:URL
//           garbage: a 200 whose body is BYTES of junk, for clients' reply size caps
//           hang: the request is read and never answered; the connection stays open until
//                 the client gives up (its timeout)
//           json: a 200 application/json whose body is malformed JSON
//           types: the real answer with each string of its JSON made a number (its length) and
//                  each number a string, at every depth; names, booleans and nulls kept
//           contenttype: the real answer, its body unchanged, sent as text/html
//           redirect: a 302 to URL, an absolute http(s) URL (another host, typically); it cannot
//                     hold ',' or '=' (percent-encode them)
//           garbage, hang, json and redirect do not serve the request: nothing is done
//   after=N let the first N matching requests through, then fail
//   times=M fail at most M times (default: every time)
//   method  only requests with this method (GET, POST, ...)
//   retry-after=S  with status: add a Retry-After header
struct FaultRule
{
    enum class Action {
        Delay,
        Status,
        Drop,
        Truncate,
        Html,
        Garbage,
        Hang,
        Json,
        Types,
        ContentType,
        Redirect
    };
    // A garbage body is built in memory: bounded so a typo cannot exhaust the sandbox.
    static constexpr int maxGarbage = 256 * 1024 * 1024;

    QString text;
    PathGlob pattern;
    Action action = Action::Status;
    int value = 0; // delay in ms, HTTP status or garbage size in bytes
    QByteArray location; // redirect: the URL, encoded
    int retryAfter = -1;
    int after = 0;
    int times = -1;
    QByteArray method;
    int seen = 0;
    int applied = 0;

    // nullopt and *error when the rule does not parse.
    static std::optional<FaultRule> parse(const QString &text, QString *error);
    // The answer's JSON with strings made numbers and numbers strings (Action::Types); a body
    // that is not JSON comes back as it is.
    static QByteArray wrongTypes(const QByteArray &json);
    // Counts the request and tells whether the fault applies to it.
    bool fire(const QByteArray &requestMethod, const QString &path);
};

} // namespace bc::sandbox
