#pragma once

#include "anomalydetection.h"
#include "runcolumns.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace wattprint {

// The energy anomaly timeline's numbers: every scored run at its start time, its anomaly score by
// the chosen method within its group on the residual log10(measured / expected energy) (see
// detectRunAnomalies), its measured over expected energy and its energy over the median of its
// configuration.

// One entry per plotted run in ascending start time.
struct AnomalyTimelineResult
{
    AnomalyMethod method = AnomalyMethod::RobustZScore;
    AnomalyGroupChoice grouping = AnomalyGroupChoice::Device;
    QStringList datasetNames, shapeNames;

    std::vector<double> time;     // start, s since the Unix epoch (UTC)
    std::vector<std::int64_t> id; // runs.id
    // J, as the column has it: a run is scored on its standardised energy, so its energy may be
    // zero, negative or NaN (also for an infinite one).
    std::vector<double> energy;
    // energy / median of the finite positive energies of the run's configuration in the filter; NaN
    // where either is missing or not positive.
    std::vector<double> ratio;
    std::vector<std::int32_t> configRuns; // runs of that configuration in the filter
    // measured / expected energy (both standardised; analysis/expectedenergy.h); NaN without one.
    std::vector<double> expectedRatio;
    std::vector<double> score;           // detectAnomalies' score; 0 when not evaluated
    std::vector<std::uint8_t> evaluated; // 0: the run's group had fewer than minGroupSize runs
    std::vector<std::uint8_t> isGpu;
    std::vector<std::uint8_t> failing; // 1: the run fails a quality check (runquality.h)
    std::vector<std::int32_t> dataset, shape, depth;
    std::vector<std::int64_t> size;

    std::size_t totalRuns = 0;          // runs in the filter
    std::size_t droppedNonPositive = 0; // runs without a positive energy (and, for the forest, run time)
    std::size_t noExpectation = 0;      // runs the energy model has no expectation for (not scored)
    // Scored runs that fail a quality rule, and how many of them were kept out of the baselines
    // (scored against the others, never part of a centre or scale; all unless they are included).
    std::size_t failingRuns = 0;
    std::size_t outsideBaseline = 0;
    std::size_t groupCount = 0;
    std::size_t smallGroupCount = 0;
    std::size_t smallGroupRows = 0; // runs in groups too small to score
    std::size_t evaluatedCount = 0;
    std::size_t minGroupSize = 0;
    std::size_t globalFallbackRows = 0; // Isolation Forest: runs of small groups scored by the all-runs forest

    std::size_t rowCount() const { return id.size(); }
};

// The AnomalyOptions the timeline and the anomaly-score view score with (Tukey's k 1.5, groups of at
// least 5 runs, seed 0).
AnomalyOptions anomalyTimelineOptions(AnomalyMethod method);
// detectAnomalies' threshold for a threshold in the method's own units (|z|, |robust z|, Tukey's
// k, forest score): Tukey's k becomes the distance beyond the k = 1.5 fences, in IQR units.
double anomalyDetectorThreshold(AnomalyMethod method, double value);

// Callable from any thread; `cancelled` is polled between steps. Throws AnalysisError on
// inconsistent columns.
AnomalyTimelineResult computeAnomalyTimeline(const RunColumns &columns, AnomalyMethod method,
                                             AnomalyGroupChoice grouping, FailingRuns failing = FailingRuns::Excluded,
                                             const std::function<bool()> &cancelled = {});
// Per row of the result: 1 when scored and beyond `threshold` (in the method's own units).
std::vector<std::uint8_t> anomalyTimelineFlags(const AnomalyTimelineResult &result, double threshold);

} // namespace wattprint
