#include "logstream.h"

#include "apiclient.h"
#include "requestrunner.h"

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
    if (m_reader.position() > 0) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("start_at"));
        query.addQueryItem(QStringLiteral("start_at"), QString::number(m_reader.position()));
        url.setQuery(query);
    }
    m_reader.reopen();
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
    deliver(m_reader.feed(chunk));
}

void LogStream::deliver(const QList<LogLine> &lines)
{
    m_newThisOpen += int(lines.size());
    for (const LogLine &line : lines)
        Q_EMIT lineReceived(line);
    if (m_reader.isSealed() && !m_sealed) {
        m_sealed = true;
        stop();
        Q_EMIT sealed();
    }
}

void LogStream::onClosed(const Result<Done> &result)
{
    if (m_sealed || !m_running)
        return;
    deliver(m_reader.close());
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
