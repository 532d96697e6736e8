#pragma once

// Helpers of tst_restore_gui: an ApiClient per demo token, the data a restore dialog needs, and
// the sandbox's state endpoint. Every wait is a QTRY_* in the test, never a nested event loop.

#include "client/apiclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

namespace bc::test {

// One call's answer, filled by the callback; the test waits on `done` with QTRY_VERIFY.
template<typename T>
struct Answer
{
    bool done = false;
    std::optional<Result<T>> result;
    Callback<T> callback()
    {
        return [this](Result<T> r) {
            result.emplace(std::move(r));
            done = true;
        };
    }
};

class RestoreFlowHelper final
{
public:
    RestoreFlowHelper(const QUrl &base, QNetworkAccessManager *network);

    ApiClient *client(const QString &token);
    QNetworkAccessManager *network() const { return m_network; }
    // GET/PUT /__sandbox/state/{project}/{env}; the reply, to wait on with QTRY_VERIFY.
    QNetworkReply *getState(const QString &project, const QString &env);
    QNetworkReply *putValues(const QString &project, const QString &env, const QJsonObject &values);
    static QJsonObject valuesOf(QNetworkReply *reply);

private:
    QUrl m_base;
    QNetworkAccessManager *m_network;
    QNetworkAccessManager m_stateNetwork; // the sandbox's own endpoints, apart from the client
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
};

} // namespace bc::test
