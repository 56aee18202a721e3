#pragma once

#include "cachespill.h"
#include "runcolumns.h"
#include "runstakingpart.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace wattprint {

// The cache-spill view's numbers: each run's energy per training datum against the working-set
// bytes of its configuration, binned per device, the jumps of the binned slope near cache
// boundaries, and the energy model's predicted/measured ratio per run.
struct CacheSpillResult
{
    static constexpr double BinWidthLog2 = 1.0;
    static constexpr std::size_t MinBinCount = 5;

    // One (dataset, shape, depth, size, device) of the runs in force that the energy model knows.
    struct Configuration
    {
        std::int32_t dataset = 0; // index into datasetNames
        std::int32_t shape = 0;   // index into shapeNames
        std::int32_t depth = 0;
        std::int64_t size = 0;
        bool gpu = false;
        double bytes = 0;                                            // the chosen working set, one copy
        double predicted = std::numeric_limits<double>::quiet_NaN(); // fitted energy per datum (J)
    };

    struct DeviceSeries
    {
        std::size_t runs = 0;           // runs of the device in the filter
        std::size_t plotted = 0;        // of those, with a working set and a positive energy per datum
        Log2Binning binning;            // energy per datum binned on log2(bytes), bins of >= MinBinCount runs
        std::vector<SpillPoint> spills; // largest first
        std::vector<CacheBoundary> boundaries;
        bool fitted = false;
        std::size_t fitRows = 0; // configurations the energy model was fitted on
        double fitR2 = std::numeric_limits<double>::quiet_NaN();
        double ratioMedian = std::numeric_limits<double>::quiet_NaN(); // of predicted / measured per run

        bool present() const { return plotted > 0; }
    };

    WorkingSetKind kind = WorkingSetKind::Forward;
    QStringList datasetNames, shapeNames;
    std::vector<Configuration> configurations;
    // Per run of a known configuration, ascending in x (the configuration's working-set bytes).
    std::vector<double> x;
    std::vector<double> y;                   // energy per training datum (J); may be NaN or <= 0 (not drawn)
    std::vector<double> ratio;               // predicted / measured energy per datum; NaN when there is none
    std::vector<std::int32_t> configuration; // index into configurations
    std::vector<std::int64_t> id;            // runs.id
    DeviceSeries cpu, gpu;
    std::size_t totalRuns = 0;
    std::size_t unknownRuns = 0; // dataset or shape the model does not know, or no derivation
    std::size_t nonPositive = 0; // known runs whose energy per datum is missing, zero or negative
    // Runs in the filter that fail a quality rule, and how many of them were left out (neither
    // drawn nor fitted; all of them unless failing runs are included). totalRuns counts the rest.
    std::size_t failingRuns = 0;
    std::size_t leftOutFailing = 0;
    QString fitProblem; // why the model could not be fitted (translated), empty if it was

    std::size_t rowCount() const { return x.size(); }
    const DeviceSeries &device(bool gpu) const { return gpu ? this->gpu : cpu; }
};

// Callable from any thread (each configuration's derivation is cached for the process, across
// calls); `cancelled` is polled between steps. Throws AnalysisError on inconsistent columns.
CacheSpillResult computeCacheSpill(const RunColumns &columns, WorkingSetKind kind,
                                   FailingRuns failing = FailingRuns::Excluded,
                                   const std::function<bool()> &cancelled = {});

} // namespace wattprint
