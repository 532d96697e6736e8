#include "timelinedata.h"

namespace bc {

bool TimelineData::isFailedBackup(const Activity &activity)
{
    return activity.type == QLatin1String("environment.backup") && activity.isFinished()
        && activity.result == QLatin1String("failure");
}

bool TimelineData::isRestore(const Activity &activity)
{
    return activity.type == QLatin1String("environment.restore") && activity.isFinished();
}

QString TimelineData::environmentOf(const Activity &activity)
{
    if (!activity.environments.isEmpty()) {
        return activity.environments.constFirst();
    }
    return activity.targetEnvironment();
}

} // namespace bc
