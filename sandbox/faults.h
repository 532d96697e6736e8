#pragma once

#include "faultrule.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

#include <memory>

namespace bc::sandbox {

// The active fault rules and a count of the API requests received per method and path, so a
// test can prove, say, that a POST answered 500 reached the server exactly once. The last
// request bodies are kept too (secrets redacted), for tests that check what a client sent.
class Faults final
{
public:
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    QJsonArray rules() const;
    // Records the request; returns the first rule that fires for it.
    std::optional<FaultRule> onRequest(const QByteArray &method, const QString &path,
                                       const QByteArray &body = {});

    int requestCount(const QString &pathGlob, const QByteArray &method) const;
    QJsonArray requests(const QString &pathGlob, const QByteArray &method) const;
    // The recorded bodies, oldest first: {method, path, body} with body as JSON when it parses.
    QJsonArray bodies(const QString &pathGlob, const QByteArray &method) const;
    void clearRequests()
    {
        m_requests.clear();
        m_bodies.clear();
        m_held->peak = m_held->now;
    }

    // API answers held back by --latency, now and at most at once since the requests were last
    // cleared: with HTTP/1.1, how many connections a client kept busy at the same time. The
    // returned token counts one answer as held until it is destroyed (sent, or its connection
    // gone).
    std::shared_ptr<void> holdAnswer();
    int peakHeld() const { return m_held->peak; }

    static QJsonValue redacted(const QByteArray &body);

private:
    struct Body
    {
        QByteArray method;
        QString path;
        QJsonValue body;
    };

    QList<FaultRule> m_rules;
    QHash<QPair<QByteArray, QString>, int> m_requests;
    QList<Body> m_bodies;
    struct Held
    {
        int now = 0;
        int peak = 0;
    };
    // Shared with the tokens, which may outlive this object at shutdown.
    std::shared_ptr<Held> m_held = std::make_shared<Held>();
};

} // namespace bc::sandbox
