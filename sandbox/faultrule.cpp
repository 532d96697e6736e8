#include "faultrule.h"

namespace bc::sandbox {

QRegularExpression FaultRule::glob(const QString &pattern)
{
    // Literals as \x{...} code points: escaping one QChar at a time split characters outside the
    // BMP into lone surrogates, and Qt writes NUL as "\0", which a following digit turns into
    // another (octal) character.
    // A run of '*' is one ".*": thirty of them in a row made PCRE give up (backtracking limit)
    // and the rule silently never matched.
    QString regex;
    for (const char32_t c : pattern.toUcs4()) {
        if (c == U'*') {
            if (!regex.endsWith(QLatin1String(".*")))
                regex += QStringLiteral(".*");
        } else if (c == U'?') {
            regex += QLatin1Char('.');
        } else if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')
                   || c == U'/' || c == U'_' || c == U'-') {
            regex += QChar(c);
        } else {
            regex += QStringLiteral("\\x{%1}").arg(uint(c), 0, 16);
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::DotMatchesEverythingOption);
}

std::optional<FaultRule> FaultRule::parse(const QString &text, QString *error)
{
    const qsizetype equals = text.lastIndexOf(
        QLatin1Char('='), text.indexOf(QLatin1Char(',')) < 0 ? -1 : text.indexOf(QLatin1Char(',')));
    if (equals <= 0) {
        *error = QStringLiteral("expected GLOB=ACTION: ") + text;
        return std::nullopt;
    }
    FaultRule rule;
    rule.text = text;
    rule.pattern = glob(text.left(equals));
    const QStringList parts = text.mid(equals + 1).split(QLatin1Char(','));
    const QStringList action = parts.first().split(QLatin1Char(':'));
    const QString name = action.first();
    bool ok = true;
    if (name == QLatin1String("delay") && action.size() == 2) {
        rule.action = Action::Delay;
        rule.value = action[1].toInt(&ok);
        ok = ok && rule.value >= 0;
    } else if (name == QLatin1String("status") && action.size() == 2) {
        rule.action = Action::Status;
        rule.value = action[1].toInt(&ok);
        ok = ok && rule.value >= 400 && rule.value <= 599;
    } else if (name == QLatin1String("html") && action.size() <= 2) {
        rule.action = Action::Html;
        rule.value = action.size() == 2 ? action[1].toInt(&ok) : 502;
        ok = ok && rule.value >= 400 && rule.value <= 599;
    } else if (name == QLatin1String("garbage") && action.size() == 2) {
        rule.action = Action::Garbage;
        rule.value = action[1].toInt(&ok);
        ok = ok && rule.value >= 0 && rule.value <= maxGarbage;
    } else if (name == QLatin1String("drop") && action.size() == 1) {
        rule.action = Action::Drop;
    } else if (name == QLatin1String("truncate") && action.size() == 1) {
        rule.action = Action::Truncate;
    } else {
        ok = false;
    }
    for (const QString &option : parts.mid(1)) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        bool valueOk = true;
        if (key == QLatin1String("after")) {
            rule.after = value.toInt(&valueOk);
        } else if (key == QLatin1String("times")) {
            rule.times = value.toInt(&valueOk);
        } else if (key == QLatin1String("retry-after")) {
            rule.retryAfter = value.toInt(&valueOk);
        } else if (key == QLatin1String("method") && !value.isEmpty()) {
            rule.method = value.toUpper().toLatin1();
        } else {
            valueOk = false;
        }
        // A count or a delay below zero means nothing: refused rather than guessed at.
        ok = ok && valueOk && (key == QLatin1String("method") || value.toInt() >= 0);
    }
    if (!ok) {
        *error = QStringLiteral("cannot read fault rule: ") + text;
        return std::nullopt;
    }
    return rule;
}

bool FaultRule::fire(const QByteArray &requestMethod, const QString &path)
{
    if ((!method.isEmpty() && method != requestMethod) || !pattern.match(path).hasMatch()) {
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
