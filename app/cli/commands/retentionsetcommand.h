#pragma once

#include "../command.h"

#include <QCommandLineOption>

namespace bc {
struct Environment;
struct RetentionPolicy;
} // namespace bc

namespace bc::cli {

// retention:set -p P -e E [--manual N] [--schedule 1d:7,1w:4] [--max N|none]: changes the
// data_retention policy of the environment's type. The new policy is checked (RetentionRules)
// and simulated on the environment's backups before anything is sent; after the confirmation
// only that type is PATCHed, and the server's refusal is shown as it came.
class RetentionSetCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionSetCommand)

public:
    explicit RetentionSetCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("retention:set"); }
    QString summary() const override
    {
        return tr("Change the retention policy of an environment's type, simulated first");
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
    // The policy with the options applied; empty and *error when an option does not read.
    std::optional<RetentionPolicy> edited(const Invocation &inv, const RetentionPolicy &current,
                                          QString *error) const;
    void simulateAndSave(const Environment &environment, const RetentionPolicy &policy);

    QCommandLineOption m_manual;
    QCommandLineOption m_schedule;
    QCommandLineOption m_max;
};

} // namespace bc::cli
