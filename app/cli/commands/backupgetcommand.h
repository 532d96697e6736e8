#pragma once

#include "../command.h"

namespace bc {
struct Backup;
}

namespace bc::cli {

// backup:get [ID]: one backup's properties (no ID: the newest backup of the environment).
class BackupGetCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupGetCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("backup:get"); }
    QString summary() const override { return tr("Show the properties of a backup"); }
    QString synopsis() const override { return QStringLiteral("[ID]"); }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Listing;
    }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;
    QStringList columns() const override;

protected:
    void run() override;

private:
    void print(const Backup &backup);
};

} // namespace bc::cli
