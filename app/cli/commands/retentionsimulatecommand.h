#pragma once

#include "../command.h"

namespace bc {
struct Environment;
struct RetentionPolicy;
} // namespace bc

namespace bc::cli {

// retention:simulate -p PROJECT -e ENVIRONMENT: which of the environment's backups the project's
// data_retention policy for its type keeps or evicts, and the next 90 days under it.
class RetentionSimulateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionSimulateCommand)

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("retention:simulate"); }
    QString summary() const override
    {
        return tr("Show which backups the retention policy keeps, and the next 90 days");
    }
    Needs needs() const override { return Need::Api | Need::Project | Need::Environment; }

protected:
    void run() override;

private:
    void simulate(const Environment &environment, const RetentionPolicy &policy);
};

} // namespace bc::cli
