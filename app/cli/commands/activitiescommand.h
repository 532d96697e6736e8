#pragma once

#include "../command.h"
#include "client/types.h"

#include <QCommandLineOption>

namespace bc::cli {

// activities (activity:list) -p [-e] [--type T]... [--state S] [--result R] [--limit N]:
// the activity feed, newest first, paged until the limit.
class ActivitiesCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesCommand)

public:
    explicit ActivitiesCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("activities"); }
    QStringList aliases() const override { return {QStringLiteral("activity:list")}; }
    QString summary() const override { return tr("List the activities of a project"); }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Listing;
    }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;
    QStringList columns() const override;
    QStringList defaultColumns() const override;

protected:
    void run() override;

private:
    void fetch(ActivityQuery query);
    int limit() const;

    QCommandLineOption m_type;
    QCommandLineOption m_state;
    QCommandLineOption m_result;
    QCommandLineOption m_limit;
    QList<Activity> m_activities;
};

} // namespace bc::cli
