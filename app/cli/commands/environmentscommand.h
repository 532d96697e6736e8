#pragma once

#include "../command.h"

namespace bc::cli {

// environments (environment:list) -p PROJECT: the environments of a project.
class EnvironmentsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsCommand)

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("environments"); }
    QStringList aliases() const override { return {QStringLiteral("environment:list")}; }
    QString summary() const override { return tr("List the environments of a project"); }
    Needs needs() const override { return Need::Api | Need::Project | Need::Listing; }
    QStringList columns() const override;
    QStringList defaultColumns() const override;

protected:
    void run() override;
};

} // namespace bc::cli
