#pragma once

// Shared by the tst_sandbox_* tests: token exchange and one-line requests that wait with QTRY.

#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

// Declares `name` as the finished reply of `expr`.
#define BC_CALL(name, expr)                    \
    std::unique_ptr<QNetworkReply> name(expr); \
    BC_FINISH(name)

// Exchanges an API token for an access token into `out` (a QByteArray).
#define BC_TOKEN(http, apiToken, out)                                    \
    do {                                                                 \
        BC_CALL(tokenReply_, (http).exchange(apiToken));                 \
        QCOMPARE(bc::test::SandboxHttp::status(tokenReply_.get()), 200); \
        out = bc::test::SandboxHttp::json(tokenReply_.get())             \
                  .object()                                              \
                  .value(QStringLiteral("access_token"))                 \
                  .toString()                                            \
                  .toLatin1();                                           \
        QVERIFY(!out.isEmpty());                                         \
    } while (false)

#define BC_START(sandbox) QVERIFY2((sandbox).start(), qPrintable((sandbox).errorString()))
