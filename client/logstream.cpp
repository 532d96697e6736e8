#include "logstream.h"

#include "apiclient.h"
#include "decode.h"
#include "logging.h"
#include "requestrunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace bc {

namespace {

// A stream that closed after new lines is reopened at once; an idle one with a growing pause.
constexpr int QuickReopenMs = 50;
constexpr int FirstIdleReopenMs = 1000;
constexpr int MaxIdleReopenMs = 5000;

} // namespace

LogStream::LogStream(ApiClient *client, const Activity &activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_href(activity.links.href(QLatin1String(Rel::Log)))
{
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &LogStream::open);
}

LogStream::~LogStream()
{
    m_call.cancel();
}

void LogStream::start()
{
    if (m_running || m_sealed)
        return;
    if (m_href.isEmpty() || !m_client) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(
                    ApiError::make(ApiError::Kind::NotAllowed, tr("This activity offers no log.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_running = true;
    open();
}

void LogStream::stop()
{
    m_running = false;
    m_reopen.stop();
    m_call.cancel();
}

void LogStream::open()
{
    if (!m_running || !m_client)
        return;
    QUrl url = m_client->resolveHref(m_href);
    if (m_linesRead > 0) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("start_at"));
        query.addQueryItem(QStringLiteral("start_at"), QString::number(m_linesRead));
        url.setQuery(query);
    }
    m_pending.clear();
    m_newThisOpen = 0;
    auto state = std::make_shared<detail::CallState>(this);
    m_call = CallHandle(state);
    m_client->runner()->stream(
        url, state, [this](const QByteArray &chunk) { onData(chunk); },
        [this](const Result<Response> &result) {
            onClosed(result.ok() ? Result<Done>(Done{}) : Result<Done>(result.error()));
        });
}

void LogStream::onData(const QByteArray &chunk)
{
    m_pending += chunk;
    qsizetype newline;
    while (!m_sealed && (newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline).trimmed();
        m_pending.remove(0, newline + 1);
        if (!line.isEmpty())
            handleLine(line);
    }
}

void LogStream::handleLine(const QByteArray &line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.value(QLatin1String("seal")).toBool()) {
        m_sealed = true;
        stop();
        Q_EMIT sealed();
        return;
    }
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
    ++m_linesRead;
    ++m_newThisOpen;
    Q_EMIT lineReceived(logLine);
}

void LogStream::onClosed(const Result<Done> &result)
{
    if (m_sealed || !m_running)
        return;
    // A last line without its newline is complete if it parses; a cut one is read again later.
    const QByteArray rest = m_pending.trimmed();
    m_pending.clear();
    if (!rest.isEmpty() && !QJsonDocument::fromJson(rest).isNull())
        handleLine(rest);
    if (m_sealed)
        return;
    if (!result.ok() && !result.error().isTransient()) {
        m_running = false;
        Q_EMIT failed(result.error());
        return;
    }
    if (m_newThisOpen > 0) {
        m_idleMs = FirstIdleReopenMs;
        m_reopen.start(QuickReopenMs);
        return;
    }
    m_reopen.start(m_idleMs);
    m_idleMs = std::min(m_idleMs * 2, MaxIdleReopenMs);
}

} // namespace bc
