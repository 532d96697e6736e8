// The sandbox's fault rules (FaultRule::parse): any text is a rule or a reason; a rule keeps its
// bounds (a status in 400..599, no negative count or delay), its glob matches the paths it
// spells, and it fires exactly for the requests after= and times= say; a redirect's location is
// an absolute http(s) URL.
#include "faultrule.h"
#include "fuzzcheck.h"

#include <QUrl>

using namespace bc::sandbox;

namespace {

// A path the glob spells out: '*' as nothing or as "x/y", '?' as one character.
QString instance(const QString &glob, bool longer)
{
    QString path = glob;
    path.replace(QLatin1Char('*'), longer ? QStringLiteral("x/y") : QString());
    path.replace(QLatin1Char('?'), QStringLiteral("q"));
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    QString error;
    std::optional<FaultRule> rule = FaultRule::parse(text, &error);
    if (!rule) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(error.contains(text));
        return 0;
    }
    FUZZ_CHECK(rule->text == text);
    FUZZ_CHECK(rule->after >= 0 && rule->times >= -1 && rule->retryAfter >= -1);
    if (rule->action == FaultRule::Action::Status || rule->action == FaultRule::Action::Html)
        FUZZ_CHECK(rule->value >= 400 && rule->value <= 599);
    if (rule->action == FaultRule::Action::Delay)
        FUZZ_CHECK(rule->value >= 0);
    if (rule->action == FaultRule::Action::Garbage)
        FUZZ_CHECK(rule->value >= 0 && rule->value <= FaultRule::maxGarbage);
    if (rule->action == FaultRule::Action::Redirect) {
        const QUrl location = QUrl::fromEncoded(rule->location, QUrl::StrictMode);
        FUZZ_CHECK(location.isValid() && !location.host().isEmpty());
        FUZZ_CHECK(location.scheme() == QLatin1String("http")
                   || location.scheme() == QLatin1String("https"));
    }

    // The glob is what comes before the action's '=' (the last one before the first comma).
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString glob = text.left(text.lastIndexOf(QLatin1Char('='), comma < 0 ? -1 : comma));
    const QString path = instance(glob, size % 2 == 1);
    FUZZ_CHECK(rule->pattern.matches(path));

    const QByteArray method = rule->method.isEmpty() ? QByteArray("GET") : rule->method;
    if (!rule->method.isEmpty()) {
        FUZZ_CHECK(!rule->fire(method + "X", path));
        FUZZ_CHECK(rule->seen == 0);
    }
    const int tries = std::min(rule->after, 1000) + 5;
    int fired = 0;
    for (int i = 1; i <= tries; ++i) {
        const bool fires = rule->fire(method, path);
        const bool expected
            = i > rule->after && (rule->times < 0 || i - rule->after <= rule->times);
        FUZZ_CHECK(fires == expected);
        fired += fires ? 1 : 0;
    }
    FUZZ_CHECK(rule->applied == fired);
    return 0;
}
