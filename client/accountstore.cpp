#include "accountstore.h"

#include "settingsfile.h"

#include <QSettings>

#include <memory>

namespace bc {

namespace {

const QString Group = QStringLiteral("accounts");

std::unique_ptr<QSettings> open(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
{ }

AccountStore::AccountStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_file(settingsFile)
{ }

AccountStore::~AccountStore() = default;

QList<Account> AccountStore::accounts() const
{
    auto settings = open(m_file);
    const QStringList order = settings->value(Group + QLatin1String("/order")).toStringList();
    QList<Account> list;
    for (const QString &key : order) {
        settings->beginGroup(Group + u'/' + key);
        Account account;
        account.id = QUuid::fromString(key);
        account.label = settings->value(QStringLiteral("label")).toString();
        account.apiUrl = settings->value(QStringLiteral("apiUrl")).toUrl();
        account.authUrl = settings->value(QStringLiteral("authUrl")).toUrl();
        account.user = settings->value(QStringLiteral("user")).toString();
        account.preset
            = Account::presetFromKey(settings->value(QStringLiteral("preset")).toString());
        settings->endGroup();
        if (!account.id.isNull())
            list.append(account);
    }
    return list;
}

std::optional<Account> AccountStore::find(const QUuid &id) const
{
    for (const Account &account : accounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

Result<Done> AccountStore::save(const Account &account)
{
    auto settings = open(m_file);
    QStringList order = settings->value(Group + QLatin1String("/order")).toStringList();
    if (!order.contains(account.key()))
        order.append(account.key());
    settings->setValue(Group + QLatin1String("/order"), order);
    settings->beginGroup(Group + u'/' + account.key());
    settings->setValue(QStringLiteral("label"), account.label);
    settings->setValue(QStringLiteral("apiUrl"), account.apiUrl);
    settings->setValue(QStringLiteral("authUrl"), account.authUrl);
    settings->setValue(QStringLiteral("user"), account.user);
    settings->setValue(QStringLiteral("preset"), Account::presetKey(account.preset));
    settings->endGroup();
    settings->sync();
    Result<Done> written = SettingsFile::written(*settings);
    if (written.ok())
        Q_EMIT accountsChanged();
    return written;
}

Result<Done> AccountStore::remove(const QUuid &id)
{
    auto settings = open(m_file);
    const QString key = id.toString(QUuid::WithoutBraces);
    QStringList order = settings->value(Group + QLatin1String("/order")).toStringList();
    order.removeAll(key);
    settings->setValue(Group + QLatin1String("/order"), order);
    settings->remove(Group + u'/' + key);
    settings->sync();
    Result<Done> written = SettingsFile::written(*settings);
    if (written.ok())
        Q_EMIT accountsChanged();
    return written;
}

} // namespace bc
