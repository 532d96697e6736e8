#include "faultrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <limits>

namespace bc::sandbox {

PathGlob::PathGlob(const QString &glob)
{
    for (const char32_t c : glob.toUcs4()) {
        if (c != U'*' || m_glob.empty() || m_glob.back() != U'*')
            m_glob.push_back(c);
    }
}

bool PathGlob::matches(const QString &path) const
{
    // The classic wildcard walk: on a mismatch, go back only to the last star and let it take
    // one more character. Literals are compared as code points, so nothing is special in them.
    const QList<uint> text = path.toUcs4();
    const std::size_t n = std::size_t(text.size());
    std::size_t g = 0, t = 0;
    std::size_t star = std::u32string::npos, starText = 0;
    while (t < n) {
        if (g < m_glob.size() && m_glob[g] == U'*') {
            star = g++;
            starText = t;
        } else if (g < m_glob.size() && (m_glob[g] == U'?' || m_glob[g] == text[qsizetype(t)])) {
            ++g;
            ++t;
        } else if (star != std::u32string::npos) {
            g = star + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (g < m_glob.size() && m_glob[g] == U'*')
        ++g;
    return g == m_glob.size();
}

namespace {

const QString actionsList = QStringLiteral(
    "delay:MS, status:CODE, drop, truncate, html[:CODE], garbage:BYTES, hang, json, types, "
    "contenttype or redirect:URL");

// A whole number >= 0 (and <= max), or nullopt.
std::optional<int> count(const QString &text, int max = std::numeric_limits<int>::max())
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 && value <= max ? std::optional<int>(value) : std::nullopt;
}

// The reason an action does not parse, empty when it does (filling rule).
QString readAction(const QString &spec, FaultRule &rule)
{
    using Action = FaultRule::Action;
    const QString name = spec.section(QLatin1Char(':'), 0, 0);
    const bool hasArgument = spec.contains(QLatin1Char(':'));
    const QString argument = spec.section(QLatin1Char(':'), 1);
    const auto noArgument = [&](Action action) {
        rule.action = action;
        return hasArgument ? QStringLiteral("%1 takes no argument").arg(name) : QString();
    };
    const auto httpStatus = [&](Action action, const QString &text) {
        rule.action = action;
        const auto code = count(text, 599);
        rule.value = code.value_or(0);
        return code && *code >= 400
            ? QString()
            : QStringLiteral("%1 needs an HTTP status 400 to 599").arg(name);
    };
    if (name == QLatin1String("delay")) {
        rule.action = Action::Delay;
        const auto ms = count(argument);
        rule.value = ms.value_or(0);
        return hasArgument && ms ? QString() : QStringLiteral("delay needs milliseconds >= 0");
    }
    if (name == QLatin1String("status"))
        return httpStatus(Action::Status, hasArgument ? argument : QString());
    if (name == QLatin1String("html"))
        return httpStatus(Action::Html, hasArgument ? argument : QStringLiteral("502"));
    if (name == QLatin1String("garbage")) {
        rule.action = Action::Garbage;
        const auto bytes = count(argument, FaultRule::maxGarbage);
        rule.value = bytes.value_or(0);
        return hasArgument && bytes
            ? QString()
            : QStringLiteral("garbage needs a size in bytes, 0 to %1").arg(FaultRule::maxGarbage);
    }
    if (name == QLatin1String("redirect")) {
        rule.action = Action::Redirect;
        const QUrl url(argument, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return QStringLiteral("redirect needs an absolute http or https URL");
        rule.location = url.toEncoded();
        return {};
    }
    if (name == QLatin1String("drop"))
        return noArgument(Action::Drop);
    if (name == QLatin1String("truncate"))
        return noArgument(Action::Truncate);
    if (name == QLatin1String("hang"))
        return noArgument(Action::Hang);
    if (name == QLatin1String("json"))
        return noArgument(Action::Json);
    if (name == QLatin1String("types"))
        return noArgument(Action::Types);
    if (name == QLatin1String("contenttype"))
        return noArgument(Action::ContentType);
    return QStringLiteral("unknown action \"%1\" (expected %2)").arg(name, actionsList);
}

QJsonValue flipped(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return double(value.toString().size());
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(flipped(item));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = flipped(it.value());
        return object;
    }
    default:
        return value;
    }
}

} // namespace

QByteArray FaultRule::wrongTypes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return json;
    const QJsonValue turned
        = flipped(document.isObject() ? QJsonValue(document.object()) : document.array());
    return turned.isObject() ? QJsonDocument(turned.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(turned.toArray()).toJson(QJsonDocument::Compact);
}

std::optional<FaultRule> FaultRule::parse(const QString &text, QString *error)
{
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='), comma < 0 ? -1 : comma);
    if (equals <= 0) {
        *error = QStringLiteral("cannot read fault rule: %1: expected GLOB=ACTION").arg(text);
        return std::nullopt;
    }
    FaultRule rule;
    rule.text = text;
    rule.pattern = PathGlob(text.left(equals));
    const QStringList parts = text.mid(equals + 1).split(QLatin1Char(','));
    QString reason = readAction(parts.first(), rule);
    for (const QString &option : parts.mid(1)) {
        if (!reason.isEmpty())
            break;
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        // A count or a delay below zero means nothing: refused rather than guessed at.
        const auto number = count(value);
        if (key == QLatin1String("after") && number) {
            rule.after = *number;
        } else if (key == QLatin1String("times") && number) {
            rule.times = *number;
        } else if (key == QLatin1String("retry-after") && number) {
            rule.retryAfter = *number;
        } else if (key == QLatin1String("method") && !value.isEmpty()) {
            rule.method = value.toUpper().toLatin1();
        } else if (key == QLatin1String("after") || key == QLatin1String("times")
                   || key == QLatin1String("retry-after")) {
            reason = QStringLiteral("%1 needs a whole number >= 0").arg(key);
        } else if (key == QLatin1String("method")) {
            reason = QStringLiteral("method needs a name (GET, POST, ...)");
        } else {
            reason = QStringLiteral("unknown option \"%1\" (expected after=N, times=M, method=M "
                                    "or retry-after=S)%2")
                         .arg(key,
                              rule.action == FaultRule::Action::Redirect
                                  ? QStringLiteral("; a redirect URL cannot hold ',' or '=': "
                                                   "percent-encode them")
                                  : QString());
        }
    }
    if (!reason.isEmpty()) {
        *error = QStringLiteral("cannot read fault rule: %1: %2").arg(text, reason);
        return std::nullopt;
    }
    return rule;
}

bool FaultRule::fire(const QByteArray &requestMethod, const QString &path)
{
    if ((!method.isEmpty() && method != requestMethod) || !pattern.matches(path)) {
        return false;
    }
    ++seen;
    if (seen <= after || (times >= 0 && applied >= times)) {
        return false;
    }
    ++applied;
    return true;
}

} // namespace bc::sandbox
