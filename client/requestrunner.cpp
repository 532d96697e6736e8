#include "requestrunner.h"

#include "authsession.h"
#include "hrefs.h"
#include "logging.h"
#include "onceonlybody.h"
#include "redact.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace bc {

using namespace std::chrono_literals;

struct RequestRunner::Job
{
    Request request;
    detail::CallStatePtr state;
    Done done;
    std::function<void(const QByteArray &)> onData; // set: streaming
    int tries = 0;
    int redirects = 0;
    bool authRetried = false;
    bool tooLarge = false; // this attempt's answer passed MaxReplyBytes and was aborted
    // This attempt's answer so far, moved out of the reply a slice per turn of the event loop
    // into one buffer the size of its Content-Length: Qt signals readyRead once for everything
    // that came in while the window was busy, and one readAll of a 28 MB answer held it 110 ms.
    QByteArray received;
    int attempt = 0; // issue() counts; a slice still queued for an earlier reply is dropped
    bool draining = false; // a slice is queued
};

namespace {

// The call's own callback finishes the call state; the runner only hands over its answer.
void finish(const std::shared_ptr<RequestRunner::Job> &job, Result<Response> result)
{
    if (job->state->isLive())
        job->done(std::move(result));
}

constexpr qint64 DrainSliceBytes = 1024 * 1024;

// Moves at most one slice of what the reply holds into the job's buffer; true when more is left.
bool drainSlice(RequestRunner::Job &job, QNetworkReply *reply)
{
    if (job.received.isEmpty()) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && announced <= RequestRunner::MaxReplyBytes)
            job.received.reserve(announced);
    }
    const qint64 wanted = std::min(reply->bytesAvailable(), DrainSliceBytes);
    if (wanted <= 0)
        return false;
    const qsizetype at = job.received.size();
    job.received.resize(at + wanted);
    const qint64 got = reply->read(job.received.data() + at, wanted);
    job.received.resize(at + std::max<qint64>(got, 0));
    return got > 0 && reply->bytesAvailable() > 0;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Retry-After is seconds or an HTTP date; capped so a hostile value cannot park a call forever.
int retryAfterSeconds(QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    int seconds = value.toInt(&ok);
    if (!ok) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        seconds
            = when.isValid() ? static_cast<int>(QDateTime::currentDateTimeUtc().secsTo(when)) : -1;
    }
    return seconds < 0 ? -1 : std::min(seconds, 120);
}

// apiHost: the answer came from the API host. A 401 from elsewhere (a redirect's target) says
// nothing of the API token, which never went there.
ApiError httpError(int status, const QByteArray &body, QNetworkReply *reply, const QUrl &url,
                   bool apiHost)
{
    const QString message = ApiError::serverMessage(body);
    ApiError error = ApiError::make(message.isEmpty() ? ApiError::Kind::Http : ApiError::Kind::Api,
                                    message, url, status);
    if (message.isEmpty())
        error.message
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    if (status == 401)
        error.kind = apiHost ? ApiError::Kind::Auth : ApiError::Kind::Http;
    error.retryAfterSeconds = retryAfterSeconds(reply);
    return error;
}

} // namespace

RequestRunner::RequestRunner(QNetworkAccessManager *network, AuthSession *auth, const QUrl &apiBase,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_lanes{{network, 0}}
    , m_auth(auth)
    , m_apiBase(apiBase)
{ }

RequestRunner::~RequestRunner() = default;

void RequestRunner::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, cap);
}

void RequestRunner::setReadNetworks(const QList<QNetworkAccessManager *> &networks)
{
    m_lanes.resize(1);
    for (QNetworkAccessManager *network : networks) {
        if (network && network != m_network)
            m_lanes.append({network, 0});
    }
}

int RequestRunner::connectionsPerHost() const
{
    const auto live = std::count_if(m_lanes.cbegin(), m_lanes.cend(),
                                    [](const Lane &lane) { return !lane.network.isNull(); });
    return ConnectionsPerNetwork * int(std::max<qsizetype>(1, live));
}

// The lane with the fewest GETs in flight; on a tie the first, so that with few calls everything
// stays on the main network.
QNetworkAccessManager *RequestRunner::readNetwork()
{
    Lane *best = &m_lanes.first();
    for (Lane &lane : m_lanes) {
        if (lane.network && lane.inFlight < best->inFlight)
            best = &lane;
    }
    return best->network ? best->network.data() : m_network;
}

void RequestRunner::send(const Request &request, const detail::CallStatePtr &state, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->state = state;
    job->done = std::move(done);
    attempt(job);
}

void RequestRunner::stream(const QUrl &url, const detail::CallStatePtr &state,
                           std::function<void(const QByteArray &)> onData, Done done)
{
    auto job = std::make_shared<Job>();
    job->request.url = url;
    job->state = state;
    job->done = std::move(done);
    job->onData = std::move(onData);
    attempt(job);
}

void RequestRunner::attempt(const std::shared_ptr<Job> &job)
{
    if (!job->state->isLive())
        return;
    ++job->tries;
    // The token goes to the configured API host only, whatever URL a link or redirect named.
    if (!hrefs::sameOrigin(job->request.url, m_apiBase)) {
        issue(job, {});
        return;
    }
    QPointer<RequestRunner> self(this);
    m_auth->withToken([self, job](const Result<QString> &token) {
        if (!self || !job->state->isLive())
            return;
        if (!token.ok()) {
            finish(job, Result<Response>(token.error()));
            return;
        }
        self->issue(job, token.value());
    });
}

void RequestRunner::issue(const std::shared_ptr<Job> &job, const QString &token)
{
    QNetworkRequest request(job->request.url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // Redirects are followed by hand, so that the token never follows one to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 where the server offers it (ALPN on https; Qt 6's default, said here): then every
    // call to the host shares one connection. The sandbox, plain http, speaks HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setRawHeader(QByteArrayLiteral("Accept"),
                         job->onData ? QByteArrayLiteral("application/x-ndjson, application/json")
                                     : QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("BackupConsole/" BC_VERSION));
    if (!job->request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, job->request.contentType);
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + token.toUtf8());

    const QByteArray &verb = job->request.verb;
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        QNetworkAccessManager *network = readNetwork();
        reply = network->get(request);
        const auto lane = std::find_if(m_lanes.begin(), m_lanes.end(),
                                       [network](const Lane &l) { return l.network == network; });
        if (lane != m_lanes.end()) {
            ++lane->inFlight;
            connect(reply, &QNetworkReply::finished, this, [this, guard = QPointer(network)] {
                for (Lane &l : m_lanes) {
                    if (l.network == guard && l.inFlight > 0) {
                        --l.inFlight;
                        break;
                    }
                }
            });
        }
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, job->request.body.size());
        auto *body = new OnceOnlyBody(job->request.body, nullptr);
        reply = m_network->sendCustomRequest(request, verb, body);
        body->setParent(reply);
    }
    qCDebug(lcClient) << verb.constData() << redact(job->request.url) << "try" << job->tries;

    QPointer<QNetworkReply> guard(reply);
    job->state->setAbort([guard] {
        if (guard)
            guard->abort();
    });
    job->tooLarge = false;
    job->received.clear();
    job->draining = false;
    const int attempt = ++job->attempt;
    if (!job->onData) {
        connect(reply, &QNetworkReply::readyRead, this, [this, job, reply, attempt] {
            if (!job->tooLarge && !job->draining && drainSlice(*job, reply))
                drainLater(job, reply, attempt);
        });
        // bytesTotal is the announced Content-Length: such an answer is refused before its body.
        connect(reply, &QNetworkReply::downloadProgress, this,
                [job, reply](qint64 received, qint64 total) {
                    if (job->tooLarge || (received <= MaxReplyBytes && total <= MaxReplyBytes))
                        return;
                    job->tooLarge = true;
                    reply->abort();
                });
    } else {
        connect(reply, &QNetworkReply::readyRead, this, [job, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300 && job->state->isLive())
                job->onData(reply->readAll());
        });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply, token] { onFinished(job, reply, token); });
}

void RequestRunner::drainLater(const std::shared_ptr<Job> &job, QNetworkReply *reply, int attempt)
{
    job->draining = true;
    QMetaObject::invokeMethod(
        reply,
        [this, job, reply, attempt] {
            if (job->attempt != attempt)
                return;
            job->draining = false;
            if (!job->tooLarge && job->state->isLive() && drainSlice(*job, reply))
                drainLater(job, reply, attempt);
        },
        Qt::QueuedConnection);
}

void RequestRunner::onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply,
                               const QString &token)
{
    // More than a slice still in the reply: the rest first, one slice a turn, then this again.
    if (job->state->isLive() && !job->onData && !job->tooLarge && reply->isOpen()
        && reply->bytesAvailable() > DrainSliceBytes) {
        drainSlice(*job, reply);
        QMetaObject::invokeMethod(
            reply, [this, job, reply, token] { onFinished(job, reply, token); },
            Qt::QueuedConnection);
        return;
    }
    reply->deleteLater();
    if (!job->state->isLive())
        return;
    const QUrl url = job->request.url;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool isGet = job->request.verb == "GET";
    if (job->tooLarge) {
        // Not retried: the same request would bring the same answer.
        qCWarning(lcClient) << "answer larger than" << MaxReplyBytes << "bytes from" << redact(url);
        finish(job, Result<Response>(ApiError::tooLarge(MaxReplyBytes, url, status)));
        return;
    }
    QByteArray body = std::exchange(job->received, {});
    if (reply->isOpen())
        body.append(reply->readAll());

    if (status == 0 || (status >= 200 && status < 300 && netError != QNetworkReply::NoError)) {
        // No answer, or an answer cut short: the transfer timeout aborts the reply (6.4 reports
        // OperationCanceledError, we cancelled nothing since the state is live).
        const bool timedOut = netError == QNetworkReply::OperationCanceledError
            || netError == QNetworkReply::TimeoutError;
        ApiError error
            = ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                             reply->errorString(), url, status);
        // ContentReSendError: the connection closed before any answer to an action, which Qt
        // could not send again (OnceOnlyBody); its own text is "Unknown error".
        if (!timedOut && (status != 0 || netError == QNetworkReply::ContentReSendError))
            error.message = tr("The connection closed before the answer was complete.");
        // Qt's own text for the transfer timeout is "Operation canceled": nobody cancelled.
        if (timedOut)
            error.message
                = tr("nothing arrived for %1 s")
                      .arg(QLocale().toString(double(m_timeout.count()) / 1000.0, 'g', 3));
        qCInfo(lcClient) << "no answer from" << redact(url) << reply->errorString();
        if (!timedOut && isGet && !job->onData && retryLater(job, error, -1))
            return;
        finish(job, Result<Response>(error));
        return;
    }
    if (status == 401 && !token.isEmpty() && !job->authRetried) {
        // Expired or revoked access token: exchange once more, then try this request once more.
        qCInfo(lcClient) << "401 from" << redact(url) << "- exchanging the API token again";
        job->authRetried = true;
        --job->tries;
        m_auth->invalidate(token);
        attempt(job);
        return;
    }
    if (isRedirect(status) && isGet && job->redirects < MaxRedirects) {
        const QUrl target
            = url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (target.isValid() && !target.isEmpty()
            && (target.scheme() == QLatin1String("https") || target.scheme() == url.scheme())) {
            ++job->redirects;
            --job->tries;
            job->request.url = target;
            attempt(job);
            return;
        }
    }
    if (status < 200 || status > 299) {
        const ApiError error
            = httpError(status, body, reply, url, hrefs::sameOrigin(url, m_apiBase));
        qCInfo(lcClient) << status << "from" << redact(url) << redact(error.message);
        if (isGet && !job->onData && (status == 429 || status >= 500)
            && retryLater(job, error, error.retryAfterSeconds))
            return;
        if (error.kind == ApiError::Kind::Auth)
            Q_EMIT m_auth->authenticationFailed(error);
        finish(job, Result<Response>(error));
        return;
    }
    Response response;
    response.status = status;
    response.body = body;
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.url = url;
    finish(job, Result<Response>(std::move(response)));
}

std::chrono::milliseconds RequestRunner::backoff(int tries) const
{
    const auto exponential = m_firstDelay * (1LL << std::min(tries - 1, 16));
    const auto capped = std::min<std::chrono::milliseconds>(exponential, m_maxDelay);
    // Equal jitter: half fixed, half random, so clients that failed together spread out.
    const qint64 half = capped.count() / 2;
    return std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

bool RequestRunner::retryLater(const std::shared_ptr<Job> &job, const ApiError &error,
                               int retryAfter)
{
    if (job->tries >= MaxTries)
        return false;
    const std::chrono::milliseconds delay
        = retryAfter >= 0 ? std::chrono::milliseconds(retryAfter * 1000) : backoff(job->tries);
    qCInfo(lcClient) << "retrying" << redact(error.url) << "in" << delay.count() << "ms";
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, timer] {
        timer->deleteLater();
        attempt(job);
    });
    QPointer<QTimer> guard(timer);
    job->state->setAbort([guard] {
        if (guard)
            guard->deleteLater();
    });
    timer->start(delay);
    return true;
}

} // namespace bc
