#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace bc {

// Why a call failed. A value, never an exception.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(bc::ApiError)

public:
    enum class Kind {
        Network, // no HTTP answer: refused, reset, DNS, TLS, dropped, truncated
        Timeout, // the transfer timeout elapsed
        Http, // an HTTP error status without an API error body (e.g. an HTML page)
        Api, // an HTTP error status with the server's own error message
        Decode, // a 2xx answer that is not what the contract says (field names it)
        Auth, // the API token was refused or is missing: ask the user for a new one
        Cancelled, // the call was cancelled (callbacks of cancelled calls are not invoked)
        NotAllowed, // an action link is absent: no request was sent; message says why
        Keychain, // the OS keychain failed or is not available
        TooLarge, // the answer passed the console's size cap; reading stopped there
        Storage, // a local file (settings, audit or drill log) could not be read or written;
                 // message names the file and why
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString message; // the server's own message (contract §8 order), or ours
    QUrl url; // the request URL (never carries a token)
    QString field; // Decode: the offending field, e.g. "[3].size_used"
    int retryAfterSeconds = -1; // 429: the Retry-After header, when present

    // One sentence for the user, translated.
    QString describe() const;
    // True for errors worth trying again later (network, timeout, 429, 5xx).
    bool isTransient() const;
    // True when the server's answer to an action never arrived whole (dropped, timed out,
    // unreadable, too large): the action may have been done all the same, so it was not refused.
    bool leavesOutcomeUnknown() const;

    static ApiError make(Kind kind, const QString &message, const QUrl &url = {}, int status = 0);
    static ApiError decode(const QString &field, const QString &message, const QUrl &url = {});
    // An answer cut off at limitBytes; the message names the limit.
    static ApiError tooLarge(qint64 limitBytes, const QUrl &url, int status);
    // The server's message from an error body, contract §8 order: message, error_description,
    // detail, title, error. Tolerates bodies that are not JSON (empty string then).
    static QString serverMessage(const QByteArray &body);
};

} // namespace bc

Q_DECLARE_METATYPE(bc::ApiError)
