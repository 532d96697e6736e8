#pragma once

#include "../command.h"

namespace bc::cli {

// activity:cancel ID -p: cancels a pending or running activity.
class ActivityCancelCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityCancelCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("activity:cancel"); }
    QString summary() const override { return tr("Cancel an activity"); }
    QString synopsis() const override { return QStringLiteral("ID"); }
    Needs needs() const override { return Need::Api | Need::Project; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;
};

} // namespace bc::cli
