#include "hrefs.h"

namespace bc::hrefs {

QUrl join(const QUrl &base, const QString &path, const QString &query)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    QString tail = path;
    if (!tail.startsWith(u'/'))
        tail.prepend(u'/');
    // A base with a path ("https://host/api") and an href that already carries it.
    const bool carriesPrefix
        = !prefix.isEmpty() && (tail == prefix || tail.startsWith(prefix + u'/'));
    url.setPath(carriesPrefix ? tail : prefix + tail, QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::TolerantMode);
    url.setFragment({});
    url.setUserInfo({});
    return url;
}

QUrl rebase(const QString &href, const QUrl &base)
{
    const QUrl parsed(href.trimmed(), QUrl::TolerantMode);
    return join(base, parsed.path(QUrl::FullyEncoded), parsed.query(QUrl::FullyEncoded));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace bc::hrefs
