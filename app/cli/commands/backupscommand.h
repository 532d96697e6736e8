#pragma once

#include "../command.h"

namespace bc::cli {

// backups (backup:list) -p PROJECT -e ENVIRONMENT: the backups of an environment, newest first.
class BackupsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsCommand)

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("backups"); }
    QStringList aliases() const override { return {QStringLiteral("backup:list")}; }
    QString summary() const override { return tr("List the backups of an environment"); }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Listing;
    }
    QStringList columns() const override;
    QStringList defaultColumns() const override;

protected:
    void run() override;
};

} // namespace bc::cli
