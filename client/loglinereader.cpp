#include "loglinereader.h"

#include "decode.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bc {

QList<LogLine> LogLineReader::feed(const QByteArray &chunk)
{
    QList<LogLine> out;
    if (m_sealed)
        return out;
    m_pending += chunk;
    qsizetype newline;
    while (!m_sealed && (newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline).trimmed();
        m_pending.remove(0, newline + 1);
        if (!line.isEmpty())
            read(line, out);
    }
    if (m_sealed)
        m_pending.clear();
    return out;
}

QList<LogLine> LogLineReader::close()
{
    QList<LogLine> out;
    const QByteArray rest = m_pending.trimmed();
    m_pending.clear();
    if (!m_sealed && !rest.isEmpty() && !QJsonDocument::fromJson(rest).isNull())
        read(rest, out);
    return out;
}

void LogLineReader::read(const QByteArray &line, QList<LogLine> &out)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.value(QLatin1String("seal")).toBool()) {
        m_sealed = true;
        return;
    }
    // start_at counts the lines the server sent, kept or not: a line dropped here (an _id read
    // before, a line that does not decode) is still one line further into the log.
    ++m_position;
    const Result<LogLine> decoded = decodeBody<LogLine>(line);
    if (!decoded.ok()) {
        qCDebug(lcClient) << "log line skipped:" << decoded.error().describe();
        return;
    }
    const LogLine &logLine = decoded.value();
    if (!logLine.id.isEmpty()) {
        if (m_seen.contains(logLine.id))
            return;
        m_seen.insert(logLine.id);
    }
    out.append(logLine);
}

} // namespace bc
