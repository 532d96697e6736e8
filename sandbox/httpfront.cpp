#include "httpfront.h"

#include "faults.h"
#include "router.h"
#include "sandboxlog.h"
#include "store.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace bc::sandbox {

namespace {

constexpr qsizetype maxBody = 1024 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

ApiReply htmlPage(int status)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = "<!DOCTYPE html>\n<html><head><title>" + QByteArray::number(status) + ' '
        + ApiReply::reasonPhrase(status) + "</title></head><body><h1>"
        + ApiReply::reasonPhrase(status)
        + "</h1><p>The upstream server is not answering. Please try again "
          "later.</p></body></html>\n";
    return reply;
}

ApiReply garbage(int bytes)
{
    ApiReply reply;
    reply.contentType = "application/json";
    reply.body = QByteArray(bytes, 'x');
    return reply;
}

// Starts like an answer, then is not one: a list cut by a doubled comma, and no end.
ApiReply malformedJson()
{
    ApiReply reply;
    reply.body = R"({"id": "malformed", "items": [1, 2,, 3], "_links": {"self": )";
    return reply;
}

// location is encoded (no quote or angle bracket in it).
ApiReply redirectTo(const QByteArray &location)
{
    ApiReply reply;
    reply.status = 302;
    reply.contentType = "text/html; charset=utf-8";
    reply.body
        = "<!DOCTYPE html>\n<html><body><a href=\"" + location + "\">Moved</a></body></html>\n";
    reply.headers.append({"Location", location});
    return reply;
}

void writeHead(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
}

} // namespace

HttpFront::HttpFront(Router &api, Router &sandbox, Faults &faults, Store &store, bool regionalLinks,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_sandbox(sandbox)
    , m_faults(faults)
    , m_store(store)
    , m_regionalLinks(regionalLinks)
{ }

HttpFront::~HttpFront() = default;

void HttpFront::setLatency(int ms, int jitterMs)
{
    m_latencyMs = std::max(0, ms);
    m_jitterMs = std::clamp(jitterMs, 0, m_latencyMs);
}

int HttpFront::nextDelay()
{
    if (m_jitterMs == 0) {
        return m_latencyMs;
    }
    return m_latencyMs - m_jitterMs + int(QRandomGenerator::global()->bounded(2 * m_jitterMs + 1));
}

void HttpFront::answer(QHttpServerResponder &&responder, QTcpSocket *socket, const ApiReply &reply,
                       int extraMs)
{
    const int delay = nextDelay() + extraMs;
    if (delay <= 0) {
        send(responder, reply);
        return;
    }
    // The socket as context: a connection closed meanwhile takes its pending answer with it.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delay, Qt::PreciseTimer, socket,
                       [held, reply, counted = m_faults.holdAnswer()] { send(*held, reply); });
}

ApiRequest HttpFront::parse(const QHttpServerRequest &request) const
{
    ApiRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyDecoded);
    for (const QString &segment :
         url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        result.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    }
    result.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    result.body = request.body();
    for (const auto &[name, value] : request.headers()) {
        result.headers.insert(name.toLower(), value);
    }
    // HTTP/1.1 requests always name the host; without one, self links stay regional.
    const QByteArray host = result.header("host");
    if (!m_regionalLinks && !host.isEmpty()) {
        result.origin = QStringLiteral("http://") + QString::fromLatin1(host);
    }
    return result;
}

void HttpFront::send(QHttpServerResponder &responder, const ApiReply &reply)
{
    writeHead(responder, reply);
    responder.writeBody(reply.body);
}

void HttpFront::sendTruncated(QHttpServerResponder &responder, QTcpSocket *socket,
                              const ApiReply &reply)
{
    writeHead(responder, reply);
    responder.writeBody(reply.body.left(reply.body.size() / 2));
    socket->flush();
    socket->disconnectFromHost();
}

bool HttpFront::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    // An answer goes out as headers, then body: with Nagle's algorithm the body waited for the
    // client's delayed ACK, 40 ms on every answer of some sizes (a feed page of 50 activities).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ApiRequest request = parse(httpRequest);
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    if (request.body.size() > maxBody) {
        send(responder,
             ApiReply::error(413, QStringLiteral("The request body is larger than 1 MiB")));
        return true;
    }
    if (!request.segments.isEmpty() && request.segments.first() == QLatin1String("__sandbox")) {
        if (request.segments.size() == 4 && request.segments[1] == QLatin1String("site")) {
            handleSite(request, std::move(responder), socket);
        } else {
            send(responder, m_sandbox.dispatch(request));
        }
        return true;
    }
    handleApi(request, std::move(responder), socket);
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    send(responder, ApiReply::error(404, QStringLiteral("Not found")));
}

void HttpFront::handleApi(ApiRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
{
    const QString sentPath = request.path;
    const auto fault = m_faults.onRequest(request.method, sentPath, request.body);
    if (!request.segments.isEmpty() && request.segments.first() == QLatin1String("api")) {
        request.segments.removeFirst();
        request.path = QLatin1Char('/') + request.segments.join(QLatin1Char('/'));
    }
    if (fault) {
        qCInfo(lcSandbox) << "fault" << fault->text << "on" << request.method << sentPath;
        applyFault(*fault, request, std::move(responder), socket);
        return;
    }
    answer(std::move(responder), socket, m_api.dispatch(request));
}

void HttpFront::applyFault(const FaultRule &rule, ApiRequest &request,
                           QHttpServerResponder &&responder, QTcpSocket *socket)
{
    switch (rule.action) {
    case FaultRule::Action::Drop:
        // After handleRequest returns: the server may still touch the socket until then.
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return;
    case FaultRule::Action::Status: {
        ApiReply reply
            = ApiReply::error(rule.value, QStringLiteral("Injected fault: ") + rule.text);
        if (rule.retryAfter >= 0) {
            reply.headers.append({"Retry-After", QByteArray::number(rule.retryAfter)});
        }
        answer(std::move(responder), socket, reply);
        return;
    }
    case FaultRule::Action::Html:
        answer(std::move(responder), socket, htmlPage(rule.value));
        return;
    case FaultRule::Action::Garbage:
        answer(std::move(responder), socket, garbage(rule.value));
        return;
    case FaultRule::Action::Truncate:
        sendTruncated(responder, socket, m_api.dispatch(request));
        return;
    case FaultRule::Action::Delay:
        answer(std::move(responder), socket, m_api.dispatch(request), rule.value);
        return;
    case FaultRule::Action::Hang: {
        // Read and never answered: the responder lives as long as the connection, which the
        // client closes when it gives up (the socket is deleted then, and the lambda with it).
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        connect(socket, &QTcpSocket::disconnected, socket, [held] {});
        return;
    }
    case FaultRule::Action::Json:
        answer(std::move(responder), socket, malformedJson());
        return;
    case FaultRule::Action::Types: {
        ApiReply reply = m_api.dispatch(request);
        reply.body = FaultRule::wrongTypes(reply.body);
        answer(std::move(responder), socket, reply);
        return;
    }
    case FaultRule::Action::ContentType: {
        ApiReply reply = m_api.dispatch(request);
        reply.contentType = "text/html; charset=utf-8";
        answer(std::move(responder), socket, reply);
        return;
    }
    case FaultRule::Action::Redirect:
        answer(std::move(responder), socket, redirectTo(rule.location));
        return;
    }
}

ApiReply HttpFront::site(const QString &project, const QString &environment)
{
    const auto env = m_store.environment(project, environment);
    if (!env) {
        return ApiReply::error(404, QStringLiteral("Environment not found: ") + environment);
    }
    ApiReply reply;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = "<!DOCTYPE html>\n<html><head><title>" + environment.toHtmlEscaped().toUtf8()
        + "</title></head><body><h1>"
        + env->value(QStringLiteral("title")).toString().toHtmlEscaped().toUtf8()
        + "</h1><p>commit " + env->value(QStringLiteral("head_commit")).toString().toUtf8()
        + "</p></body></html>\n";
    return reply;
}

void HttpFront::handleSite(const ApiRequest &request, QHttpServerResponder &&responder,
                           QTcpSocket *socket)
{
    const QString project = request.segments[2];
    const QString environment = request.segments[3];
    const auto env = m_store.environment(project, environment);
    if (env && env->value(QStringLiteral("site_held")).toBool()) {
        qCDebug(lcSandbox) << "holding a site request for" << project << environment;
        m_held[project + QLatin1Char('/') + environment].append(
            {std::make_shared<QHttpServerResponder>(std::move(responder)), socket});
        return;
    }
    send(responder, site(project, environment));
}

void HttpFront::release(const QString &project, const QString &environment)
{
    const QList<Held> held = m_held.take(project + QLatin1Char('/') + environment);
    if (held.isEmpty()) {
        return;
    }
    const ApiReply reply = site(project, environment);
    for (const Held &request : held) {
        if (request.socket) {
            send(*request.responder, reply);
        }
    }
}

} // namespace bc::sandbox
