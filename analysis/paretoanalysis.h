#pragma once

#include "configurations.h"
#include "runcolumns.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace wattprint {

// The Pareto view's numbers: the configurations of the runs in the filter, and for both point
// modes (one point per configuration median, one per run) the points sorted by run time, the
// frontier minimising run time and energy, and its staircase, over all setups and within each
// dataset. Points need a positive run time and energy (the view's axes are logarithmic).
struct ParetoResult
{
    struct Layer
    {
        std::vector<double> x;                    // run time, s (ascending)
        std::vector<double> y;                    // energy, J
        std::vector<std::uint32_t> configuration; // per point: index into configurations
        std::vector<std::int64_t> runId;          // per point, runs layer only (runs.id)
        std::vector<std::size_t> frontier;        // points on the frontier, by run time ascending
        std::vector<double> stairX, stairY;       // the step line through them
        // The same within each dataset (setups of different datasets do different work): per
        // dataset its frontier points and step line, and all of them by dataset, then run time.
        struct DatasetFrontier
        {
            QString dataset;
            std::vector<std::size_t> points;
            std::vector<double> stairX, stairY;
        };
        std::vector<DatasetFrontier> perDataset;
        std::vector<std::size_t> datasetFrontier;
        std::size_t dropped = 0; // configurations or runs without a positive run time and energy
        std::size_t size() const { return x.size(); }
    };

    std::vector<ConfigurationStats> configurations;
    ConfigurationRuns runs;
    Layer perConfiguration;
    Layer perRun;
    std::size_t totalRuns = 0;
    std::int64_t maxSize = 0; // the largest parameter count, for bubble areas
};

// Callable from any thread; throws AnalysisError on inconsistent columns.
ParetoResult computePareto(const RunColumns &runs, const std::function<bool()> &cancelled = {});

} // namespace wattprint
