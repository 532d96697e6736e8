#pragma once

#include "types.h"

#include <QByteArray>
#include <QList>

namespace bc::detail {

// The fast way for the bodies that come by the thousand (backups, activities): nlohmann's SAX
// parser straight into the domain objects, without building a JSON document first. It accepts
// only plain bodies, where every member it reads has the expected type, no member it reads comes
// twice and nothing is nested deeper than a few hundred levels; for anything else it returns
// false and decodeBody decides through the document (from_json), so values and errors are those
// of the document path, to the byte.
bool decodeFast(const QByteArray &body, Backup &out);
bool decodeFast(const QByteArray &body, QList<Backup> &out);
bool decodeFast(const QByteArray &body, Activity &out);
bool decodeFast(const QByteArray &body, QList<Activity> &out);

} // namespace bc::detail
