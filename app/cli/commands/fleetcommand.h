#pragma once

#include "../command.h"

#include <QCommandLineOption>

namespace bc {
class ApiClient;
}

namespace bc::cli {

// fleet [--format table|csv|json] [--stale-after HOURS] [--include-staging] [--all-accounts]:
// the last backups of every production environment, most stale first.
class FleetCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetCommand)

public:
    explicit FleetCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("fleet"); }
    QString summary() const override
    {
        return tr("Show the last backups of every production environment");
    }
    Needs needs() const override { return Need::Api; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void load(const QList<ApiClient *> &clients);

    QCommandLineOption m_format;
    QCommandLineOption m_staleAfter;
    QCommandLineOption m_includeStaging;
    QCommandLineOption m_allAccounts;
};

} // namespace bc::cli
