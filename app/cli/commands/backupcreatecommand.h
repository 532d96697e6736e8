#pragma once

#include "../command.h"

#include <QCommandLineOption>

namespace bc {
struct Activity;
struct Environment;
} // namespace bc

namespace bc::cli {

// backup:create [-p -e] [--live] [-y] [-W]: a consistent (pauses the environment briefly, so it
// asks first) or live backup; waits and prints the new backup's ID unless --no-wait.
class BackupCreateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupCreateCommand)

public:
    explicit BackupCreateCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("backup:create"); }
    QString summary() const override { return tr("Create a backup of an environment"); }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Confirm | Need::Wait;
    }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void create(const Environment &environment, bool live);
    void accepted(const Activity &activity, const QString &environment);

    QCommandLineOption m_live;
};

} // namespace bc::cli
