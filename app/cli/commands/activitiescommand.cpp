#include "activitiescommand.h"

#include "../objectrows.h"
#include "client/apiclient.h"

namespace bc::cli {

namespace {
constexpr int PageMax = 100; // contract §6: count is at most 100
}

ActivitiesCommand::ActivitiesCommand(QObject *parent)
    : Command(parent)
    , m_type(QStringLiteral("type"),
             tr("Only activities of this type (repeatable), e.g. environment.backup."), tr("TYPE"))
    , m_state(QStringLiteral("state"),
              tr("Only activities in this state (repeatable): pending, in_progress, complete, "
                 "cancelled."),
              tr("STATE"))
    , m_result(QStringLiteral("result"),
               tr("Only activities with this result (repeatable): success, failure."), tr("RESULT"))
    , m_limit(QStringLiteral("limit"), tr("At most this many activities (default 10)."), tr("N"),
              QStringLiteral("10"))
{ }

void ActivitiesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_type, m_state, m_result, m_limit});
}

QString ActivitiesCommand::checkArguments(const Invocation &invocation) const
{
    if (!invocation.positional().isEmpty())
        return tr("activities takes no arguments.");
    bool ok = false;
    const int n = invocation.value(m_limit).toInt(&ok);
    if (!ok || n < 1)
        return tr("--limit needs a positive number.");
    return Command::checkArguments(invocation);
}

int ActivitiesCommand::limit() const
{
    return invocation().value(m_limit).toInt();
}

QStringList ActivitiesCommand::columns() const
{
    return rows::activityColumns();
}

QStringList ActivitiesCommand::defaultColumns() const
{
    return rows::activityDefaultColumns();
}

void ActivitiesCommand::run()
{
    ActivityQuery query;
    query.environment = invocation().environment();
    query.types = invocation().values(m_type);
    query.states = invocation().values(m_state);
    query.results = invocation().values(m_result);
    fetch(query);
}

void ActivitiesCommand::fetch(ActivityQuery query)
{
    const int wanted = limit() - int(m_activities.size());
    query.count = qMin(wanted, PageMax);
    client()->activities(invocation().project(), query, this,
                         [this, query](Result<QList<Activity>> page) mutable {
                             if (!page.ok())
                                 return fail(page.error());
                             m_activities += page.value();
                             // A full page may have a next one: page newest-first with starts_at
                             // (contract §6).
                             if (page->size() == query.count && m_activities.size() < limit()) {
                                 query.pageAfter(page->constLast());
                                 return fetch(query);
                             }
                             QList<QJsonObject> list;
                             for (const Activity &activity : std::as_const(m_activities))
                                 list.append(rows::activity(activity));
                             printRows(list);
                             succeed();
                         });
}

} // namespace bc::cli
