#include "account.h"

#include <QHostAddress>

namespace bc {

bool Account::isValid() const
{
    return !id.isNull() && apiUrl.isValid() && !apiUrl.host().isEmpty() && authUrl.isValid()
        && !authUrl.host().isEmpty();
}

bool Account::isCleartext(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

bool Account::sendsTokensInClear() const
{
    return isCleartext(apiUrl) || isCleartext(authUrl);
}

Account Account::fromPreset(Preset preset, const QString &label)
{
    Account account;
    account.id = QUuid::createUuid();
    account.preset = preset;
    account.label = label.isEmpty() ? presetName(preset) : label;
    switch (preset) {
    case Preset::PlatformSh:
        account.apiUrl = QUrl(QStringLiteral("https://api.platform.sh"));
        account.authUrl = QUrl(QStringLiteral("https://auth.api.platform.sh"));
        break;
    case Preset::Upsun:
        account.apiUrl = QUrl(QStringLiteral("https://api.upsun.com"));
        account.authUrl = QUrl(QStringLiteral("https://auth.upsun.com"));
        break;
    case Preset::Custom:
        break;
    }
    return account;
}

Account Account::custom(const QUrl &apiUrl, const QUrl &authUrl, const QString &label)
{
    Account account = fromPreset(Preset::Custom, label);
    account.apiUrl = apiUrl;
    account.authUrl = authUrl.isEmpty() ? apiUrl : authUrl;
    return account;
}

QString Account::presetName(Preset preset)
{
    switch (preset) {
    case Preset::PlatformSh:
        return tr("Platform.sh");
    case Preset::Upsun:
        return tr("Upsun");
    case Preset::Custom:
        break;
    }
    return tr("Custom");
}

QString Account::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::PlatformSh:
        return QStringLiteral("platformsh");
    case Preset::Upsun:
        return QStringLiteral("upsun");
    case Preset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

Account::Preset Account::presetFromKey(const QString &key)
{
    if (key == QLatin1String("platformsh"))
        return Preset::PlatformSh;
    if (key == QLatin1String("upsun"))
        return Preset::Upsun;
    return Preset::Custom;
}

} // namespace bc
