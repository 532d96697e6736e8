// Environments: GET .../environments/{id} and the list.
#include "decodecheck.h"

using namespace bc;
using namespace fuzzdecode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const json doc = object(body);
    const Result<Environment> environment = decode<Environment>(body);
    if (environment.ok()) {
        const Environment &e = environment.value();
        FUZZ_CHECK(!e.id.isEmpty());
        // The name falls back to the id: the tree never shows a nameless environment.
        FUZZ_CHECK(!e.name.isEmpty());
        const auto name = doc.find("name");
        if (name == doc.end() || name->is_null() || name->get_ref<const std::string &>().empty())
            FUZZ_CHECK(e.name == e.id);
        checkTime(doc, "created_at", e.createdAt);
        checkTime(doc, "updated_at", e.updatedAt);
        checkTime(doc, "last_backup_at", e.lastBackupAt);
        checkLinks(doc, e.links);
        FUZZ_CHECK(e.canBackup() == e.links.has(QStringLiteral("#backup")));
    }
    checkAsList(body, environment);
    return 0;
}
