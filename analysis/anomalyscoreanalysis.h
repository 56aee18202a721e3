#pragma once

#include "anomalydetection.h"
#include "runcolumns.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace wattprint {

// The anomaly-score timeline's numbers: each run's z-score of log energy within its group, split
// into what its run time and its average power contribute.

// Which factor of energy = power x run time moved a run's energy most.
enum class AnomalyDriver : std::uint8_t { RunTime, Power };

// Per scored run (ascending start time): its z-score of log energy within its group, split into
// the parts its run time and its average power contribute. With E = P T, log E = log T + log P,
// so within a group (log E - mean) = (log T - mean) + (log P - mean); divided by the group's
// standard deviation of log E the two parts add up to the energy z exactly.
struct AnomalyScoreResult
{
    AnomalyGroupChoice grouping = AnomalyGroupChoice::DatasetSizeDevice;
    QStringList datasetNames, shapeNames;

    std::vector<double> time;         // start, s since the Unix epoch (UTC)
    std::vector<std::int64_t> id;     // runs.id
    std::vector<double> z;            // z of log energy in its group (population sd, as scipy.stats.zscore)
    std::vector<double> runTimePart;  // (log T - group mean) / group sd of log E
    std::vector<double> powerPart;    // (log P - group mean) / group sd of log E, P = E / T
    std::vector<double> runTimeRatio; // T / the group's geometric mean run time
    std::vector<double> powerRatio;   // P / the group's geometric mean power
    std::vector<double> energy;       // J
    std::vector<std::uint8_t> isGpu;
    std::vector<std::int32_t> dataset, shape, depth;
    std::vector<std::int64_t> size;

    std::size_t totalRuns = 0;          // runs in the filter
    std::size_t droppedNonPositive = 0; // runs without a positive energy and run time
    std::size_t groupCount = 0;
    std::size_t smallGroupCount = 0;
    std::size_t smallGroupRows = 0; // runs in groups too small to score (not plotted)
    std::size_t minGroupSize = 0;
    std::size_t largestGroup = 0; // runs in the largest scored group

    std::size_t rowCount() const { return id.size(); }
    // Run time drives when its part pushes the energy further in the direction of z than power's.
    AnomalyDriver driver(std::size_t i) const;
};

// Runs without a finite, positive energy and run time are left out (counted); groups of fewer
// than 5 runs are not scored. `cancelled` is polled between steps. Throws AnalysisError on
// inconsistent columns.
AnomalyScoreResult computeAnomalyScores(const RunColumns &columns, AnomalyGroupChoice grouping,
                                        const std::function<bool()> &cancelled = {});

} // namespace wattprint
