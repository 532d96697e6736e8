#pragma once

#include "apimessage.h"

namespace bc::sandbox {

// The body of POST .../backups/{id}/restore (contract section 5): known fields only, each of its
// type, resources.init one of four words. Apart from RestoreApi so the fuzz target needs no store.
class RestoreBody final
{
public:
    static bool valid(const QJsonObject &body, ApiReply &error);
};

} // namespace bc::sandbox
