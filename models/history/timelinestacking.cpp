#include "timelinestacking.h"

#include <algorithm>
#include <limits>

namespace bc {

QList<int> TimelineStacking::assignRows(const QList<double> &xs, double minGap, int maxRows)
{
    const int rowCount = std::max(1, maxRows);
    QList<double> lastX(rowCount, -std::numeric_limits<double>::infinity());
    QList<int> rows;
    rows.reserve(xs.size());
    for (const double x : xs) {
        int chosen = -1;
        for (int r = 0; r < rowCount; ++r) {
            if (x - lastX[r] >= minGap) {
                chosen = r;
                break;
            }
        }
        if (chosen < 0) {
            chosen = int(std::min_element(lastX.cbegin(), lastX.cend()) - lastX.cbegin());
        }
        lastX[chosen] = x;
        rows.append(chosen);
    }
    return rows;
}

} // namespace bc
