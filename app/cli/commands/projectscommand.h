#pragma once

#include "../command.h"

namespace bc::cli {

// projects (project:list): the projects the credentials can see.
class ProjectsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsCommand)

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("projects"); }
    QStringList aliases() const override { return {QStringLiteral("project:list")}; }
    QString summary() const override { return tr("List the projects"); }
    Needs needs() const override { return Need::Api | Need::Listing; }
    QStringList columns() const override;
    QStringList defaultColumns() const override;

protected:
    void run() override;
};

} // namespace bc::cli
