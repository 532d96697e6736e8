#pragma once

#include "../command.h"

#include <QCommandLineOption>

#include <memory>

namespace bc {
class DrillLog;
struct DrillRecord;
} // namespace bc

namespace bc::cli {

// drill -p P -e ENV [--backup ID] [--keep] [--ticket T] [--log FILE]: prove that a backup
// restores (client/drillrun.h). Exit code 0 when it did, 1 when it failed or was refused; the
// drill's record (the drill log's line) on stdout.
class DrillCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillCommand)

public:
    explicit DrillCommand(QObject *parent = nullptr);
    ~DrillCommand() override;

    QString name() const override { return QStringLiteral("drill"); }
    QString summary() const override
    {
        return tr("Prove that a backup restores: restore it into a scratch environment");
    }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Confirm;
    }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void report(const DrillRecord &record);

    QCommandLineOption m_backup;
    QCommandLineOption m_keep;
    QCommandLineOption m_ticket;
    QCommandLineOption m_log;
    std::unique_ptr<DrillLog> m_drillLog;
};

} // namespace bc::cli
