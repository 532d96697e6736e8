#pragma once

#include "account.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace bc {

// The accounts, kept with QSettings (group "accounts/<id>"). Never stores a secret.
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    // Default QSettings of the application.
    explicit AccountStore(QObject *parent = nullptr);
    // An explicit INI file (tests, command line --config).
    explicit AccountStore(const QString &settingsFile, QObject *parent = nullptr);
    ~AccountStore() override;

    QList<Account> accounts() const; // in insertion order
    std::optional<Account> find(const QUuid &id) const;
    // Adds or replaces (by id). Kind::Storage when the settings file could not be written.
    Result<Done> save(const Account &account);
    Result<Done> remove(const QUuid &id);

Q_SIGNALS:
    void accountsChanged();

private:
    QString m_file;
};

} // namespace bc
