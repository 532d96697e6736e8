// Activities: GET .../activities/{id} and the list, with the typed views of the payload.
#include "decodecheck.h"

using namespace bc;
using namespace fuzzdecode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const json doc = object(body);
    const Result<Activity> activity = decode<Activity>(body);
    if (activity.ok()) {
        const Activity &a = activity.value();
        FUZZ_CHECK(!a.id.isEmpty());
        FUZZ_CHECK(a.completionPercent >= 0 && a.completionPercent <= 100);
        checkTime(doc, "created_at", a.createdAt);
        checkTime(doc, "completed_at", a.completedAt);
        checkTime(doc, "cancelled_at", a.cancelledAt);
        // The paging cursor is the server's text, untouched.
        FUZZ_CHECK(a.createdAtText.isEmpty() == !a.createdAt.isValid());
        checkLinks(doc, a.links);
        // The typed views of the payload read anything without failing.
        (void)a.backupName();
        (void)a.sourceEnvironment();
        (void)a.targetEnvironment();
        (void)a.branchFrom();
        (void)a.userId();
        (void)a.userDisplayName();
        (void)a.onBehalfOf();
        (void)a.ticket();
        (void)a.safe();
        FUZZ_CHECK(!a.isSuccess() || a.isFinished());
    }
    checkAsList(body, activity);
    return 0;
}
