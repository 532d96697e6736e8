// Projects: GET /projects/{id}, ref/projects (id → project or null) and the deprecated /me.
#include "decodecheck.h"

using namespace bc;
using namespace fuzzdecode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const json doc = object(body);

    const Result<Project> project = decode<Project>(body);
    if (project.ok()) {
        const Project &p = project.value();
        FUZZ_CHECK(!p.id.isEmpty());
        FUZZ_CHECK(QString::fromStdString(doc["id"].get<std::string>()) == p.id);
        checkTime(doc, "created_at", p.createdAt);
        checkTime(doc, "updated_at", p.updatedAt);
        checkLinks(doc, p.links);
        FUZZ_CHECK(p.statusMessage.isEmpty() || doc["status"].is_object());
        (void)p.isLegacyRegion();
    }

    const Result<RefProjects> refs = decode<RefProjects>(body);
    if (refs.ok()) {
        // Every non-null entry is kept under its own key, each with an id.
        qsizetype nonNull = 0;
        for (auto it = doc.begin(); it != doc.end(); ++it)
            nonNull += it->is_null() ? 0 : 1;
        FUZZ_CHECK(refs.value().byId.size() == nonNull);
        for (const ProjectRef &ref : refs.value().byId)
            FUZZ_CHECK(!ref.id.isEmpty());
    }

    const Result<MeProjects> me = decode<MeProjects>(body);
    if (me.ok()) {
        const auto projects = doc.find("projects");
        FUZZ_CHECK(
            me.value().projects.size()
            == (projects == doc.end() || projects->is_null() ? 0 : qsizetype(projects->size())));
    }
    return 0;
}
