// The support audit log reader (AuditLog::read, JSON Lines): any file gives entries, the last
// line of each id winning; each entry written back and read again is the same entry, and the
// log written back from the entries reads as the same log.
#include "client/auditlog.h"
#include "fuzzcheck.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSet>

using namespace bc;

namespace {

bool same(const AuditEntry &a, const AuditEntry &b)
{
    return a.id == b.id && a.time == b.time && a.staffUser == b.staffUser
        && a.staffUserId == b.staffUserId && a.ticket == b.ticket && a.project == b.project
        && a.region == b.region && a.backup == b.backup && a.backupCreatedAt == b.backupCreatedAt
        && a.source == b.source && a.target == b.target && a.branchFrom == b.branchFrom
        && a.options == b.options && a.activityIds == b.activityIds && a.outcome == b.outcome
        && a.updated == b.updated;
}

QList<AuditEntry> read(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    FUZZ_CHECK(buffer.open(QIODevice::ReadOnly));
    return AuditLog::read(buffer);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<AuditEntry> entries = read(fuzzBytes(data, size));
    QSet<QString> ids;
    QByteArray written;
    for (const AuditEntry &entry : entries) {
        if (!entry.id.isEmpty()) {
            FUZZ_CHECK(!ids.contains(entry.id));
            ids.insert(entry.id);
        }
        const QJsonObject json = entry.toJson();
        FUZZ_CHECK(same(AuditEntry::fromJson(json), entry));
        written += QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    }
    const QList<AuditEntry> again = read(written);
    FUZZ_CHECK(again.size() == entries.size());
    for (qsizetype i = 0; i < again.size(); ++i)
        FUZZ_CHECK(same(again.at(i), entries.at(i)));
    return 0;
}
