#pragma once

#include "configurations.h"
#include "runcolumns.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// The leaderboard's numbers: every configuration of the runs in the filter with its medians, its
// rank by the median of a metric (the view: energy per training datum) within its dataset and its
// efficiency band (configurations.h leaderboard()).
struct LeaderboardResult
{
    struct Row
    {
        std::size_t configuration = 0; // index into configurations
        int rank = 0;                  // 1 = lowest median in its dataset; 0 = not ranked
        int band = 0;                  // 1..5 (1 = most efficient fifth); 0 = not ranked
        std::size_t rankedInDataset = 0;
    };

    std::vector<ConfigurationStats> configurations;
    ConfigurationRuns runs;
    // One per configuration in leaderboard order: dataset name, then rank; configurations without
    // a finite median of the metric close their dataset's block, unranked.
    std::vector<Row> rows;
    std::size_t totalRuns = 0;
    std::size_t unranked = 0;
    // The row with the lowest median over all datasets (for energy per datum: the most training
    // per joule).
    std::optional<std::size_t> best;
};

// Callable from any thread; throws AnalysisError on inconsistent columns.
LeaderboardResult computeLeaderboard(const RunColumns &runs, RunMetric metric = RunMetric::EnergyPerDatum,
                                     const std::function<bool()> &cancelled = {});

} // namespace wattprint
