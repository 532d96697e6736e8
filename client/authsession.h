#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bc {

// Holds the API token and the access token exchanged for it (contract §2), in memory only. One
// exchange at a time: requests arriving during an exchange wait for that exchange.
class AuthSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthSession)

public:
    // A token answer is a few hundred bytes; anything far past that is not one.
    static constexpr qint64 MaxReplyBytes = 64 * 1024;

    AuthSession(QNetworkAccessManager *network, const QUrl &authBase, QObject *parent = nullptr);
    ~AuthSession() override;

    void setApiToken(const QString &apiToken);
    bool hasApiToken() const { return !m_apiToken.isEmpty(); }
    void setTransferTimeout(int milliseconds) { m_timeout = milliseconds; }
    QUrl tokenUrl() const { return m_tokenUrl; }

    // Calls back with an access token that is not about to expire, exchanging first if needed.
    void withToken(std::function<void(Result<QString>)> done);
    // A request was answered 401 with this token: forget it (unless already replaced).
    void invalidate(const QString &accessToken);
    // The JWT's `sub` of the current access token; empty before the first exchange.
    QString subject() const { return m_subject; }

Q_SIGNALS:
    void authenticationFailed(const bc::ApiError &error);
    void authenticated();

private:
    void exchange();
    void onExchanged(QNetworkReply *reply, quint64 generation);
    void finish(const Result<QString> &result);

    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    QString m_apiToken;
    QString m_accessToken;
    QString m_subject;
    QDateTime m_refreshAt;
    QList<std::function<void(Result<QString>)>> m_waiters;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
    bool m_replyTooLarge = false; // the current exchange's answer passed MaxReplyBytes
    int m_timeout = 30000;
};

} // namespace bc
