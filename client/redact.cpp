#include "redact.h"

#include <QRegularExpression>

namespace bc {

namespace {

const QRegularExpression &patterns()
{
    // One alternation so the text is walked once; each branch keeps its prefix in group 1.
    static const QRegularExpression re(
        QString::fromLatin1(
            R"re((authorization"?\s*[:=]\s*"?\s*(?:bearer\s+|basic\s+)?)[^\s",;]+)re"
            R"re(|((?:api_token|access_token|refresh_token)"?\s*[:=]\s*"?)[^\s"&,;}]+)re"
            R"re(|()eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString redact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = patterns().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        for (int group = 1; group <= 3; ++group) {
            if (m.capturedStart(group) >= 0) {
                out += m.captured(group);
                break;
            }
        }
        out += QLatin1String("[redacted]");
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString redact(const QUrl &url)
{
    return redact(url.toString(QUrl::RemoveUserInfo));
}

} // namespace bc
