#pragma once

#include "../command.h"

namespace bc::cli {

// backup:delete ID [-y] [-W]: deletes a backup after confirmation; waits unless --no-wait.
class BackupDeleteCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDeleteCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("backup:delete"); }
    QString summary() const override { return tr("Delete a backup"); }
    QString synopsis() const override { return QStringLiteral("ID"); }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Confirm | Need::Wait;
    }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void remove(const Backup &backup);
};

} // namespace bc::cli
