#pragma once

#include "anomalydetection.h"
#include "runcolumns.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace wattprint {

// The anomaly-score timeline's numbers: each run's robust z-score within its group, on the same
// residual log10(measured / expected energy) and with the same options as the energy anomaly
// timeline's default (so both views flag the same runs), split into what its run time and its
// average power contribute.

// Which factor of energy = power x run time moved a run's energy most.
enum class AnomalyDriver : std::uint8_t { RunTime, Power };

// Per scored run (ascending start time): its robust z, z = (r - c) / s, where r is the residual
// log10(E / expected E), c its group's median and s its group's robust scale (1.4826 MAD), split
// into the parts its run time and its average power contribute. With E = P T (standardised energy
// and power), r - c = (log T - log T*) + (log P - m), where m is the group's median log power and
// T* = expected E x 10^c / 10^m is the run time the run "should" have taken at its group's typical
// power; divided by s the two parts add up to z exactly.
struct AnomalyScoreResult
{
    AnomalyGroupChoice grouping = AnomalyGroupChoice::Device;
    QStringList datasetNames, shapeNames;

    std::vector<double> time;         // start, s since the Unix epoch (UTC)
    std::vector<std::int64_t> id;     // runs.id
    std::vector<double> z;            // robust z of the residual in its group
    std::vector<double> runTimePart;  // (log T - log T*) / s
    std::vector<double> powerPart;    // (log P - m) / s, P = standardised E / T
    std::vector<double> runTimeRatio; // T / T*
    std::vector<double> powerRatio;   // P / the group's median power
    std::vector<double> energy;       // J as the column has it; NaN for an infinite one
    std::vector<std::uint8_t> isGpu;
    std::vector<std::int32_t> dataset, shape, depth;
    std::vector<std::int64_t> size;

    std::size_t totalRuns = 0;          // runs in the filter
    std::size_t droppedNonPositive = 0; // runs without a positive energy and run time
    std::size_t noExpectation = 0;      // runs the energy model has no expectation for (not scored)
    // Scored runs that fail a quality rule, and how many of them were kept out of the baselines
    // (scored against the others, never part of a centre or scale; all unless they are included).
    std::size_t failingRuns = 0;
    std::size_t outsideBaseline = 0;
    std::size_t groupCount = 0;
    std::size_t smallGroupCount = 0;
    std::size_t smallGroupRows = 0; // runs in groups too small to score (not plotted)
    std::size_t minGroupSize = 0;
    std::size_t largestGroup = 0; // runs in the largest scored group

    std::size_t rowCount() const { return id.size(); }
    // Run time drives when its part pushes the energy further in the direction of z than power's.
    AnomalyDriver driver(std::size_t i) const;
};

// Runs without a finite, positive energy and run time or without an expected energy are left out
// (counted); groups of fewer than 5 runs are not scored. `cancelled` is polled between steps. Throws AnalysisError on
// inconsistent columns.
AnomalyScoreResult computeAnomalyScores(const RunColumns &columns, AnomalyGroupChoice grouping,
                                        FailingRuns failing = FailingRuns::Excluded,
                                        const std::function<bool()> &cancelled = {});

} // namespace wattprint
