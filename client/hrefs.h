#pragma once

#include <QString>
#include <QUrl>

namespace bc::hrefs {

// Keeps only the path and query of href (absolute on any host, or relative) and resolves them on
// base, whose own path prefix is kept: "https://eu-3.platform.sh/api/projects/x" on
// "http://127.0.0.1:9/" gives "http://127.0.0.1:9/api/projects/x"; on "https://h/prefix" it gives
// "https://h/prefix/api/projects/x".
QUrl rebase(const QString &href, const QUrl &base);
// base + path (path starts with '/'), keeping base's path prefix.
QUrl join(const QUrl &base, const QString &path, const QString &query = {});
// Same scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace bc::hrefs
