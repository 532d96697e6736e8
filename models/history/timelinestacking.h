#pragma once

#include <QList>

namespace bc {

// Overlapping marks: marks closer than `minGap` pixels go to separate rows of their lane.
class TimelineStacking final
{
public:
    // xs in ascending order. Each mark takes the first row whose previous mark is at least minGap
    // to its left; when all maxRows rows are taken, the row whose last mark is furthest left (the
    // least overlap). Rows count from 0.
    static QList<int> assignRows(const QList<double> &xs, double minGap, int maxRows);
};

} // namespace bc
