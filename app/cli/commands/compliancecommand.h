#pragma once

#include "../command.h"

#include <QCommandLineOption>

namespace bc {
class ApiClient;
class FleetLoader;
} // namespace bc

namespace bc::cli {

// compliance [--format table|csv|json|html] [--drill-log FILE] [--output FILE] [--all-accounts]:
// every production and staging environment judged against the compliance rules of
// Preferences; exit code 1 when any fails.
class ComplianceCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceCommand)

public:
    explicit ComplianceCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("compliance"); }
    QString summary() const override
    {
        return tr("Check every production and staging environment against the compliance rules");
    }
    QString description() const override;
    Needs needs() const override { return Need::Api; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void load(const QList<ApiClient *> &clients);
    void report(const FleetLoader &loader, const QStringList &accounts);

    QCommandLineOption m_format;
    QCommandLineOption m_drillLog;
    QCommandLineOption m_output;
    QCommandLineOption m_allAccounts;
};

} // namespace bc::cli
