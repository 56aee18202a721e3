#pragma once

#include "configurations.h"
#include "runcolumns.h"
#include "runstakingpart.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// The fewest runs a configuration needs to be ranked, unless the user chooses otherwise.
constexpr int DefaultMinRunsToRank = 2;

// The leaderboard's numbers: every configuration of the runs in the filter with its medians, its
// rank by the median of a metric (the view: energy per training datum) within its dataset and its
// efficiency band (configurations.h leaderboard()). Most BUTTER-E configurations have one to three
// runs, and a median of one run ranks its luck as much as its design: by default only
// configurations with at least two runs are ranked, and each row carries the distribution-free
// interval of its median (stats::medianInterval), whose coverage says how little two runs tell.
struct LeaderboardResult
{
    struct Row
    {
        std::size_t configuration = 0; // index into configurations
        int rank = 0;                  // 1 = lowest median in its dataset; 0 = not ranked
        int band = 0;                  // 1..5 (1 = most efficient fifth); 0 = not ranked
        std::size_t rankedInDataset = 0;
        // Of the ranking metric's median: the 95 % order-statistic interval, or the runs' range
        // with the coverage it has (n = 2: 50 %). NaN without a finite value.
        double intervalLow = 0;
        double intervalHigh = 0;
        double intervalCoverage = 0;
    };

    std::vector<ConfigurationStats> configurations;
    ConfigurationRuns runs;
    // One per configuration in leaderboard order: dataset name, then rank; configurations without
    // a finite median of the metric close their dataset's block, unranked.
    std::vector<Row> rows;
    std::size_t totalRuns = 0;
    std::size_t unranked = 0;
    std::size_t minRuns = 1;
    // Configurations with a finite median left unranked because they have fewer than minRuns runs.
    std::size_t tooFewRuns = 0;
    // Runs in the filter that fail a quality rule, and how many of them were left out of the
    // medians and ranks (all of them unless failing runs are included).
    std::size_t failingRuns = 0;
    std::size_t leftOutFailing = 0;
    // The row with the lowest median over all datasets (for energy per datum: the most training
    // per joule).
    std::optional<std::size_t> best;
};

// Callable from any thread; throws AnalysisError on inconsistent columns.
// `minRuns` below 1 counts as 1. By default runs failing a quality rule are left out.
LeaderboardResult computeLeaderboard(const RunColumns &runs, RunMetric metric = RunMetric::EnergyPerDatum,
                                     int minRuns = DefaultMinRunsToRank, FailingRuns failing = FailingRuns::Excluded,
                                     const std::function<bool()> &cancelled = {});

} // namespace wattprint
