#pragma once

#include "apimessage.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerResponder;

namespace bc::sandbox {

class Faults;
class Router;
class Store;
struct FaultRule;

// The HTTP side: turns requests into ApiRequests, serves every API path bare and under /api,
// applies fault rules, and holds an environment's site requests while it is paused. Having the
// socket lets it answer later, drop a connection or cut a body short.
class HttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFront)

public:
    HttpFront(Router &api, Router &sandbox, Faults &faults, Store &store, bool regionalLinks,
              QObject *parent = nullptr);
    ~HttpFront() override;

    // Answers the site requests held while the environment was paused.
    void release(const QString &project, const QString &environment);
    // Every API answer (not /__sandbox/*) leaves `ms` ± `jitterMs` (uniform) after its request
    // arrived, as across a WAN. Timers hold the answers, so requests on other connections go on.
    void setLatency(int ms, int jitterMs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Held
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
    };

    ApiRequest parse(const QHttpServerRequest &request) const;
    void handleApi(ApiRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket);
    void handleSite(const ApiRequest &request, QHttpServerResponder &&responder,
                    QTcpSocket *socket);
    ApiReply site(const QString &project, const QString &environment);
    void applyFault(const FaultRule &rule, ApiRequest &request, QHttpServerResponder &&responder,
                    QTcpSocket *socket);
    // Sends now, or after the latency (plus `extraMs`) when one is set.
    void answer(QHttpServerResponder &&responder, QTcpSocket *socket, const ApiReply &reply,
                int extraMs = 0);
    int nextDelay();
    static void send(QHttpServerResponder &responder, const ApiReply &reply);
    static void sendTruncated(QHttpServerResponder &responder, QTcpSocket *socket,
                              const ApiReply &reply);

    Router &m_api;
    Router &m_sandbox;
    Faults &m_faults;
    Store &m_store;
    bool m_regionalLinks = false;
    QHash<QString, QList<Held>> m_held; // "project/environment" → requests
    int m_latencyMs = 0;
    int m_jitterMs = 0;
};

} // namespace bc::sandbox
