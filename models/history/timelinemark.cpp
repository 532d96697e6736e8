#include "timelinemark.h"

namespace bc {

TimelineMark::Style TimelineMark::style() const
{
    if (kind == Kind::FailedBackup) {
        return Style::Failed;
    }
    if (kind == Kind::Drill) {
        return safe ? Style::DrillPassed : Style::DrillFailed;
    }
    if (safe) {
        return automated ? Style::ConsistentAutomated : Style::ConsistentManual;
    }
    return automated ? Style::LiveAutomated : Style::LiveManual;
}

} // namespace bc
