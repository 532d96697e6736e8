// Error bodies (contract §8): ApiError::serverMessage on any bytes, and on objects built from
// the input, whose expected message is known: the first of message, error_description, detail,
// title, error with text, trimmed.
#include "client/apierror.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bc;

namespace {

const char *const keys[] = {"message", "error_description", "detail", "title", "error"};

void checkAnyBody(const QByteArray &body)
{
    const QString message = ApiError::serverMessage(body);
    FUZZ_CHECK(message == message.trimmed());
    if (!message.isEmpty())
        FUZZ_CHECK(QJsonDocument::fromJson(body).isObject());
    // An empty object or array is never shown as "{}" or "[]"; a server whose text is "{}"
    // gets its text shown (found by the long run: {"title":"{}"}).
    if (message == QLatin1String("{}") || message == QLatin1String("[]")) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        bool text = false;
        for (const char *key : keys) {
            const QJsonValue value = object.value(QLatin1String(key));
            text = text || (value.isString() && value.toString().trimmed() == message);
        }
        FUZZ_CHECK(text);
    }
    // Every kind of error says something, with or without the server's words.
    for (const ApiError::Kind kind :
         {ApiError::Kind::Network, ApiError::Kind::Timeout, ApiError::Kind::Http,
          ApiError::Kind::Api, ApiError::Kind::Decode, ApiError::Kind::Auth,
          ApiError::Kind::Cancelled, ApiError::Kind::NotAllowed, ApiError::Kind::Keychain,
          ApiError::Kind::TooLarge, ApiError::Kind::Storage}) {
        const ApiError error = ApiError::make(kind, message, {}, 500);
        FUZZ_CHECK(!error.describe().isEmpty());
        if (kind == ApiError::Kind::Api && !message.isEmpty())
            FUZZ_CHECK(error.describe() == message);
    }
}

void checkBuiltBody(FuzzedDataProvider &provider)
{
    QJsonObject object;
    QString expected;
    for (const char *key : keys) {
        const QString name = QLatin1String(key);
        switch (provider.ConsumeIntegralInRange(0, 4)) {
        case 0:
            break; // absent
        case 1: {
            const QString text = fuzzString(provider, 64);
            object.insert(name, text);
            if (expected.isEmpty())
                expected = text.trimmed();
            break;
        }
        case 2: {
            // A detail object is shown compactly unless it is empty.
            const QString text = fuzzString(provider, 32);
            const QJsonObject detail
                = text.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("field"), text}};
            object.insert(name, detail);
            if (expected.isEmpty() && !detail.isEmpty())
                expected = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
            break;
        }
        case 3:
            object.insert(name, provider.ConsumeFloatingPoint<double>());
            break; // numbers are not messages
        default:
            object.insert(name, QJsonValue::Null);
            break;
        }
    }
    const QByteArray body = QJsonDocument(object).toJson(
        provider.ConsumeBool() ? QJsonDocument::Compact : QJsonDocument::Indented);
    FUZZ_CHECK(ApiError::serverMessage(body) == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    checkAnyBody(fuzzBytes(data, size));
    FuzzedDataProvider provider(data, size);
    checkBuiltBody(provider);
    return 0;
}
