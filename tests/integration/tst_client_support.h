#pragma once

// Shared by the tst_client_* integration tests: a sandbox, a client on it, and waiting for
// callbacks with QTRY (never a nested event loop).

#include "client/apiclient.h"
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace bc::test {

// Holds one call's result; cb() is the callback to pass. Each cb() starts a fresh slot that
// the callback co-owns, so a call still pending when a test function returns writes nowhere.
template<typename T>
struct Outcome
{
    std::shared_ptr<std::optional<Result<T>>> slot = std::make_shared<std::optional<Result<T>>>();
    Callback<T> cb()
    {
        slot = std::make_shared<std::optional<Result<T>>>();
        return [s = slot](Result<T> r) {
            s->emplace(std::move(r));
        };
    }
    bool done() const { return slot->has_value(); }
    bool ok() const { return done() && (*slot)->ok(); }
    const T &value() const { return (*slot)->value(); }
    const ApiError &error() const { return (*slot)->error(); }
    QString why() const { return ok() ? QString() : (*slot)->error().describe(); }
};

// Waits for an Outcome; fails the test (and returns) when it errs and should not have.
#define BC_AWAIT(o) QTRY_VERIFY_WITH_TIMEOUT((o).done(), 30000)
#define BC_AWAIT_OK(o)                             \
    do {                                           \
        BC_AWAIT(o);                               \
        QVERIFY2((o).ok(), qPrintable((o).why())); \
    } while (false)

// A sandbox plus one ApiClient per token asked for.
class ClientWorld final
{
public:
    explicit ClientWorld(const QStringList &sandboxArguments = {})
        : sandbox(sandboxArguments)
    { }

    bool start()
    {
        if (!sandbox.start())
            return false;
        http = std::make_unique<SandboxHttp>(sandbox.baseUrl());
        return true;
    }

    ApiClient *client(const char *apiToken)
    {
        const QUrl base = sandbox.baseUrl();
        auto client = std::make_unique<ApiClient>(Account::custom(base, base), &network);
        client->setApiToken(QString::fromLatin1(apiToken));
        client->setRetryDelays(std::chrono::milliseconds(20), std::chrono::milliseconds(100));
        clients.push_back(std::move(client));
        return clients.back().get();
    }

    // Regional self links, as the real service gives them: the client must rebase them.
    SandboxProcess sandbox{{QStringLiteral("--regional-links")}};
    QNetworkAccessManager network;
    std::unique_ptr<SandboxHttp> http;
    std::vector<std::unique_ptr<ApiClient>> clients;
};

// A request to the sandbox's own endpoints, waited for; *json gets the answer.
#define BC_SANDBOX(world, method, path, body, out)                                              \
    do {                                                                                        \
        std::unique_ptr<QNetworkReply> reply_((world).http->send(method, path, body));          \
        QTRY_VERIFY_WITH_TIMEOUT(reply_->isFinished(), 15000);                                  \
        QVERIFY2(bc::test::SandboxHttp::status(reply_.get()) / 100 == 2,                        \
                 qPrintable(QString::number(bc::test::SandboxHttp::status(reply_.get())) + u' ' \
                            + path));                                                           \
        *(out) = bc::test::SandboxHttp::json(reply_.get());                                     \
    } while (false)

} // namespace bc::test
