#include "faults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace bc::sandbox {

namespace {
constexpr qsizetype maxBodies = 500;
const QStringList secretFields{QStringLiteral("api_token"), QStringLiteral("access_token"),
                               QStringLiteral("refresh_token"), QStringLiteral("password"),
                               QStringLiteral("client_secret")};
const QString redactedText = QStringLiteral("<redacted>");
} // namespace

QJsonValue Faults::redacted(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        QJsonObject object = document.object();
        for (const QString &field : secretFields) {
            if (object.contains(field)) {
                object.insert(field, redactedText);
            }
        }
        return object;
    }
    if (error.error == QJsonParseError::NoError) {
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue();
    }
    QUrlQuery form(QString::fromUtf8(body));
    bool secret = false;
    for (const QString &field : secretFields) {
        if (form.hasQueryItem(field)) {
            form.removeAllQueryItems(field);
            form.addQueryItem(field, redactedText);
            secret = true;
        }
    }
    return secret ? form.toString(QUrl::FullyDecoded) : QString::fromUtf8(body);
}

QJsonArray Faults::bodies(const QString &pathGlob, const QByteArray &method) const
{
    QJsonArray result;
    const PathGlob pattern(pathGlob.isEmpty() ? QStringLiteral("*") : pathGlob);
    for (const Body &body : m_bodies) {
        if ((method.isEmpty() || body.method == method) && pattern.matches(body.path)) {
            result.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(body.method)},
                                      {QStringLiteral("path"), body.path},
                                      {QStringLiteral("body"), body.body}});
        }
    }
    return result;
}

QJsonArray Faults::rules() const
{
    QJsonArray result;
    for (const FaultRule &rule : m_rules) {
        result.append(QJsonObject{{QStringLiteral("rule"), rule.text},
                                  {QStringLiteral("seen"), rule.seen},
                                  {QStringLiteral("applied"), rule.applied}});
    }
    return result;
}

std::optional<FaultRule> Faults::onRequest(const QByteArray &method, const QString &path,
                                           const QByteArray &body)
{
    ++m_requests[{method, path}];
    if (!body.trimmed().isEmpty()) {
        if (m_bodies.size() >= maxBodies) {
            m_bodies.removeFirst();
        }
        m_bodies.append({method, path, redacted(body)});
    }
    for (FaultRule &rule : m_rules) {
        if (rule.fire(method, path)) {
            return rule;
        }
    }
    return std::nullopt;
}

int Faults::requestCount(const QString &pathGlob, const QByteArray &method) const
{
    int total = 0;
    const PathGlob pattern(pathGlob.isEmpty() ? QStringLiteral("*") : pathGlob);
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        if ((method.isEmpty() || it.key().first == method) && pattern.matches(it.key().second)) {
            total += it.value();
        }
    }
    return total;
}

QJsonArray Faults::requests(const QString &pathGlob, const QByteArray &method) const
{
    QJsonArray result;
    const PathGlob pattern(pathGlob.isEmpty() ? QStringLiteral("*") : pathGlob);
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        if ((method.isEmpty() || it.key().first == method) && pattern.matches(it.key().second)) {
            result.append(
                QJsonObject{{QStringLiteral("method"), QString::fromLatin1(it.key().first)},
                            {QStringLiteral("path"), it.key().second},
                            {QStringLiteral("count"), it.value()}});
        }
    }
    return result;
}

std::shared_ptr<void> Faults::holdAnswer()
{
    std::shared_ptr<Held> held = m_held;
    held->peak = std::max(held->peak, ++held->now);
    return {nullptr, [held](void *) {
                --held->now;
            }};
}

} // namespace bc::sandbox
