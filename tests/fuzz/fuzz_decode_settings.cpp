// Project settings: data_retention, decoded, encoded back (encodeRetention, the PATCH body) and
// decoded again to the same policies.
#include "client/encode.h"
#include "decodecheck.h"

#include <limits>

using namespace bc;
using namespace fuzzdecode;

namespace {

// A count decoded to the number that was sent, or refused: never a silently different one.
void checkCount(const json &value, int decoded)
{
    if (value.is_null())
        return;
    if (value.is_number_integer() && !value.is_number_unsigned())
        FUZZ_CHECK(value.get<std::int64_t>() == decoded);
    if (value.is_number_unsigned())
        FUZZ_CHECK(value.get<std::uint64_t>() == std::uint64_t(std::int64_t(decoded)));
}

void checkPolicy(const json &policy, const RetentionPolicy &decoded)
{
    if (policy.contains("max_backups") && !policy["max_backups"].is_null())
        checkCount(policy["max_backups"], decoded.maxBackups.value_or(0));
    const auto config = policy.find("default_config");
    if (config == policy.end() || config->is_null())
        return;
    if (config->contains("manual_count"))
        checkCount((*config)["manual_count"], decoded.manualCount);
    const auto schedule = config->find("schedule");
    if (schedule == config->end() || schedule->is_null())
        return;
    FUZZ_CHECK(qsizetype(schedule->size()) == decoded.schedule.size());
    for (std::size_t i = 0; i < schedule->size(); ++i) {
        if ((*schedule)[i].contains("count"))
            checkCount((*schedule)[i]["count"], decoded.schedule.at(qsizetype(i)).count);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const json doc = object(body);
    const Result<ProjectSettings> settings = decode<ProjectSettings>(body);
    if (settings.ok()) {
        const DataRetention &retention = settings.value().retention;
        const auto all = doc.find("data_retention");
        if (all != doc.end() && all->is_object()) {
            for (auto it = retention.byType.cbegin(); it != retention.byType.cend(); ++it)
                checkPolicy((*all)[it.key().toStdString()], it.value());
        } else {
            FUZZ_CHECK(retention.byType.isEmpty());
        }
        // What the console sends back is read back as the same policies.
        const Result<ProjectSettings> again = decode<ProjectSettings>(encodeRetention(retention));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.value().retention == retention);
    }
    // data_retention alone, as the settings dialog reads it.
    (void)decode<DataRetention>(body);
    return 0;
}
