#pragma once

#include "../command.h"

#include <QCommandLineOption>

namespace bc::cli {

// audit: the support audit log (the same file as Tools → Support audit log…), each restore in
// its latest state, oldest first. Lines that cannot be read (a write cut short) are named on
// stderr; the others are listed.
class AuditCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCommand)

public:
    explicit AuditCommand(QObject *parent = nullptr);
    ~AuditCommand() override;
    QString name() const override { return QStringLiteral("audit"); }
    QStringList aliases() const override { return {QStringLiteral("audit:list")}; }
    QString summary() const override { return tr("List the support restores of the audit log"); }
    Needs needs() const override { return Need::Listing; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;
    QStringList columns() const override;
    QStringList defaultColumns() const override;

protected:
    void run() override;

private:
    QCommandLineOption m_log;
};

} // namespace bc::cli
