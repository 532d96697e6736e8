// The answer to an action (contract §6): {"_embedded": {"activities": [...]}}.
#include "decodecheck.h"

using namespace bc;
using namespace fuzzdecode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<Accepted> accepted = decode<Accepted>(body);
    if (!accepted.ok())
        return 0;
    const QList<Activity> &activities = accepted.value().activities;
    for (const Activity &activity : activities)
        FUZZ_CHECK(!activity.id.isEmpty());
    // The main activity is the first that is not an integration's, or none when all are.
    const std::optional<Activity> main = accepted.value().mainActivity();
    qsizetype firstMain = -1;
    for (qsizetype i = 0; i < activities.size() && firstMain < 0; ++i) {
        if (!activities.at(i).type.startsWith(QLatin1String("integration.")))
            firstMain = i;
    }
    FUZZ_CHECK(main.has_value() == (firstMain >= 0));
    if (main)
        FUZZ_CHECK(main->id == activities.at(firstMain).id);
    return 0;
}
