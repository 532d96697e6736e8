// Link rebasing (hrefs::rebase): whatever href the server sends, the request goes to the
// configured API (same scheme, host and port: the token never leaves for another host), under
// its path prefix, without user info or fragment; on a root base rebasing twice changes nothing.
#include "client/hrefs.h"
#include "fuzzcheck.h"

using namespace bc;

namespace {

const QList<QUrl> &bases()
{
    static const QList<QUrl> list{QUrl(QStringLiteral("http://127.0.0.1:9/")),
                                  QUrl(QStringLiteral("https://api.platform.sh")),
                                  QUrl(QStringLiteral("https://eu-3.platform.sh/api")),
                                  QUrl(QStringLiteral("https://h.example:8443/prefix/")),
                                  QUrl(QStringLiteral("http://[::1]:8765/a%20b"))};
    return list;
}

void check(const QString &href, const QUrl &base)
{
    const QUrl url = hrefs::rebase(href, base);
    FUZZ_CHECK(url.isValid());
    FUZZ_CHECK(hrefs::sameOrigin(url, base));
    FUZZ_CHECK(url.scheme() == base.scheme() && url.host() == base.host()
               && url.port() == base.port());
    FUZZ_CHECK(url.userInfo().isEmpty());
    FUZZ_CHECK(!url.hasFragment());
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // The base's own root ("/api" on ".../api") is under it too.
    const QString path = url.path(QUrl::FullyEncoded);
    FUZZ_CHECK((!prefix.isEmpty() && path == prefix) || path.startsWith(prefix + QLatin1Char('/')));
    // What goes on the wire, read back, is the same request.
    const QUrl wire(QString::fromLatin1(url.toEncoded()), QUrl::StrictMode);
    FUZZ_CHECK(wire.isValid());
    FUZZ_CHECK(hrefs::sameOrigin(wire, base));
    if (prefix.isEmpty())
        FUZZ_CHECK(hrefs::rebase(url.toString(QUrl::FullyEncoded), base) == url);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString href = QString::fromUtf8(fuzzBytes(data, size));
    for (const QUrl &base : bases())
        check(href, base);
    return 0;
}
