#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace bc {

// One account: where to talk to, and as whom. Never holds a secret (the API token lives in the
// keychain, see TokenStore).
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(bc::Account)

public:
    enum class Preset { PlatformSh, Upsun, Custom };

    QUuid id;
    QString label;
    QUrl apiUrl;
    QUrl authUrl;
    QString user; // display name of the user, filled after the first successful call
    Preset preset = Preset::Custom;

    bool isValid() const;
    // The API token (and the access tokens it buys) would cross the network unencrypted: the
    // API or auth URL is plain http to a host other than this machine (loopback is fine: the
    // sandbox). The console asks before signing in; the command line warns.
    bool sendsTokensInClear() const;
    static bool isCleartext(const QUrl &url);
    // Keychain key and settings group: the id without braces.
    QString key() const { return id.toString(QUuid::WithoutBraces); }

    // A new account (fresh id) with the preset's URLs (contract §1). Custom: both URLs empty.
    static Account fromPreset(Preset preset, const QString &label = {});
    // A Custom account whose auth server is the API host (as the sandbox does).
    static Account custom(const QUrl &apiUrl, const QUrl &authUrl, const QString &label = {});
    static QString presetName(Preset preset); // translated
    static QString presetKey(Preset preset); // "platformsh" | "upsun" | "custom"
    static Preset presetFromKey(const QString &key);
};

} // namespace bc
