#include "faults.h"

#include <QJsonObject>

namespace bc::sandbox {

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

std::optional<FaultRule> Faults::onRequest(const QByteArray &method, const QString &path)
{
    ++m_requests[{method, path}];
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
    const QRegularExpression pattern
        = FaultRule::glob(pathGlob.isEmpty() ? QStringLiteral("*") : pathGlob);
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        if ((method.isEmpty() || it.key().first == method)
            && pattern.match(it.key().second).hasMatch()) {
            total += it.value();
        }
    }
    return total;
}

QJsonArray Faults::requests(const QString &pathGlob, const QByteArray &method) const
{
    QJsonArray result;
    const QRegularExpression pattern
        = FaultRule::glob(pathGlob.isEmpty() ? QStringLiteral("*") : pathGlob);
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        if ((method.isEmpty() || it.key().first == method)
            && pattern.match(it.key().second).hasMatch()) {
            result.append(
                QJsonObject{{QStringLiteral("method"), QString::fromLatin1(it.key().first)},
                            {QStringLiteral("path"), it.key().second},
                            {QStringLiteral("count"), it.value()}});
        }
    }
    return result;
}

} // namespace bc::sandbox
