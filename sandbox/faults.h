#pragma once

#include "faultrule.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

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
    }

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
};

} // namespace bc::sandbox
