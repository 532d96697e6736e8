#pragma once

#include <QJsonObject>

namespace bc::sandbox {

class Ids;

// How an activity runs, in model time (microseconds at --time-scale 1.0): how long it stays
// pending, how long it runs, when a consistent backup pauses the environment, and the log lines
// it writes on the way. Stored in the activity record so a restart knows it.
class ActivityPlan final
{
public:
    static QJsonObject forActivity(const QJsonObject &activity, Ids &ids);
};

} // namespace bc::sandbox
