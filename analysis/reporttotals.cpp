#include "reporttotals.h"

#include "configurations.h"
#include "runcolumns.h"
#include "samplechecks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wattprint {

ReportTotals reportTotals(const RunColumns &runs)
{
    runs.checkConsistent();
    ReportTotals t;
    t.runs = runs.rowCount();
    if (t.runs == 0)
        return t;
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < t.runs; ++i) {
        (runs.isGpu[i] ? t.gpuRuns : t.cpuRuns) += 1;
        if (std::isfinite(runs.energy[i]))
            t.joules += runs.energy[i];
        if (std::isfinite(runs.energyOverhead[i]))
            t.overheadJoules += runs.energyOverhead[i];
        first = std::min(first, runs.startNs[i]);
        last = std::max(last, runs.startNs[i]);
    }
    requireFiniteSum(t.joules, "The runs' energy");
    requireFiniteSum(t.overheadJoules, "The runs' energy overhead");
    t.firstStartNs = first;
    t.lastStartNs = last;
    // The same grouping as every per-configuration view, so the counts agree.
    t.configurations = sharedConfigurations(runs)->configurations.size();
    return t;
}

} // namespace wattprint
