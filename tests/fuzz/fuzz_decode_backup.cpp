// Backups: GET .../backups/{id} and the list.
#include "decodecheck.h"

using namespace bc;
using namespace fuzzdecode;

namespace {

// An integer member decoded to the same number (no silent wrap or cut); absent or null gives 0.
void checkCount(const json &doc, const char *key, qint64 value)
{
    const auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) {
        FUZZ_CHECK(value == 0);
        return;
    }
    if (it->is_number_integer())
        FUZZ_CHECK(it->is_number_unsigned() ? std::uint64_t(value) == it->get<std::uint64_t>()
                                            : value == it->get<std::int64_t>());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const json doc = object(body);
    const Result<Backup> backup = decode<Backup>(body);
    if (backup.ok()) {
        const Backup &b = backup.value();
        FUZZ_CHECK(!b.id.isEmpty());
        checkCount(doc, "size_used", b.sizeUsed);
        checkCount(doc, "size_of_volumes", b.sizeOfVolumes);
        FUZZ_CHECK(b.index.has_value() == (doc.contains("index") && !doc["index"].is_null()));
        checkTime(doc, "created_at", b.createdAt);
        checkTime(doc, "updated_at", b.updatedAt);
        // expires_at: absent or null = kept until deleted; else a valid time.
        FUZZ_CHECK(!b.expiresAt || b.expiresAt->isValid());
        checkTime(doc, "expires_at", b.expiresAt.value_or(QDateTime()));
        checkLinks(doc, b.links);
        FUZZ_CHECK(b.canRestore() == b.links.has(QStringLiteral("#restore")));
    }
    checkAsList(body, backup);
    return 0;
}
