#pragma once

#include <cstddef>
#include <cstdint>

namespace wattprint {

struct RunColumns;

// The figures on a report's cover page, for the runs in force.
struct ReportTotals
{
    std::size_t runs = 0;
    std::size_t cpuRuns = 0;
    std::size_t gpuRuns = 0;
    std::size_t configurations = 0; // distinct dataset, shape, size, depth and device
    double joules = 0;              // sum of run energy (J), non-finite values skipped
    double overheadJoules = 0;      // sum of the energy overhead (J)
    std::int64_t firstStartNs = 0;  // earliest and latest run start (0 without runs)
    std::int64_t lastStartNs = 0;
};

// Throws AnalysisError if the columns are inconsistent or the energies' sum is beyond double precision.
ReportTotals reportTotals(const RunColumns &runs);

} // namespace wattprint
