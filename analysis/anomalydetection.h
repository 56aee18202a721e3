#pragma once

#include "isolationforest.h"
#include "runstakingpart.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace wattprint {

struct RunColumns;

enum class AnomalyMethod {
    ZScore,          // (x - mean) / sd, population sd (ddof 0, as scipy.stats.zscore)
    RobustZScore,    // (x - median) / (1.4826 MAD)
    Iqr,             // Tukey fences Q1 - k IQR, Q3 + k IQR (numpy's linear percentiles)
    IsolationForest, // Liu, Ting and Zhou 2008; score s in (0, 1)
};

// Which configuration columns make a group. Detection runs within each group, so a large
// network is not flagged just for being large. Combine with |.
enum class AnomalyGrouping : unsigned {
    None = 0,
    Dataset = 1u << 0,
    Shape = 1u << 1,
    Size = 1u << 2,
    Depth = 1u << 3,
    Device = 1u << 4, // CPU or GPU
    Configuration = Dataset | Shape | Size | Depth | Device,
};
constexpr AnomalyGrouping operator|(AnomalyGrouping a, AnomalyGrouping b)
{
    return static_cast<AnomalyGrouping>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr bool testFlag(AnomalyGrouping set, AnomalyGrouping flag)
{
    return (static_cast<unsigned>(set) & static_cast<unsigned>(flag)) != 0;
}

// The groupings the anomaly views offer. Scores are computed within each group, so a run is
// compared with runs like it; the finer the grouping, the fairer the comparison, but the demo
// and the real sweep have only one or two runs in most configurations, too few to score.
enum class AnomalyGroupChoice {
    Configuration,     // dataset, shape, size, depth and device
    DatasetSizeDevice, // NREL's grouping for its run-time filter (filter_3)
    DatasetDevice,
    Device,
    None,
};

constexpr AnomalyGroupChoice AllAnomalyGroupChoices[] = {
    AnomalyGroupChoice::Configuration, AnomalyGroupChoice::DatasetSizeDevice, AnomalyGroupChoice::DatasetDevice,
    AnomalyGroupChoice::Device, AnomalyGroupChoice::None};

AnomalyGrouping anomalyGrouping(AnomalyGroupChoice choice);
// Stable key for saved state: "configuration", "dataset-size-device", "dataset-device", "device", "none".
QString anomalyGroupKey(AnomalyGroupChoice choice);
std::optional<AnomalyGroupChoice> anomalyGroupFromKey(const QString &key);

struct AnomalyOptions
{
    AnomalyMethod method = AnomalyMethod::RobustZScore;
    // A row is flagged when |score| > threshold. Unset = defaultThreshold(method).
    std::optional<double> threshold;
    double iqrK = 1.5; // Tukey's k for the fences
    // Groups with fewer rows are not scored (score 0, never flagged, evaluated = 0).
    std::size_t minGroupSize = 5;
    // Isolation Forest: a group with at least this many rows gets its own forest, seeded from
    // seed and the group key. Smaller groups (of at least max(minGroupSize, 2) rows) are scored
    // by one forest fitted on all rows in input order, seeded with seed: they are then compared
    // with everything, not with their own configuration (counted in globalFallbackRows).
    // Without grouping one forest is fitted on all rows whatever the size.
    std::size_t forestMinGroupSize = 64;
    IsolationForestOptions forest;
    std::uint64_t seed = 0;
    // Per row (empty: none): 1 for a row that is scored against its group but is not part of the
    // group's baseline, i.e. of its centre and scale, its fences or its forest. Group sizes count
    // baseline rows only. The runs that fail a quality rule are kept out this way.
    std::vector<std::uint8_t> outsideBaseline;
};

// 3 (z), 3.5 (robust z; Iglewicz and Hoaglin), 0 (IQR: anything beyond a fence),
// 0.6 (Isolation Forest: clearly above the 0.5 of an ordinary point).
double defaultThreshold(AnomalyMethod method);

struct AnomalyResult
{
    AnomalyMethod method = AnomalyMethod::RobustZScore;
    double threshold = 0.0;
    // Per row. z methods: the signed z; IQR: signed distance beyond the nearer fence in IQR
    // units (0 inside, negative below the lower fence); Isolation Forest: s in (0, 1).
    // With several features, z and IQR keep the feature with the largest |score|.
    std::vector<double> score;
    std::vector<std::uint8_t> flagged;   // |score| > threshold
    std::vector<std::uint8_t> evaluated; // 0: the row's group was smaller than minGroupSize
    std::vector<std::int32_t> feature;   // z and IQR: feature that gave the score; else -1
    // z and robust z: the centre and unit of the row's group (score = (x - centre) / unit) for the
    // feature that gave the score; NaN for IQR and the forest, and for rows not evaluated.
    std::vector<double> centre, unit;

    std::size_t flaggedCount = 0;
    std::size_t evaluatedCount = 0;
    std::size_t groupCount = 0;         // distinct groups (1 without grouping)
    std::size_t smallGroupCount = 0;    // groups below minGroupSize
    std::size_t smallGroupRows = 0;     // rows in them (not scored)
    std::size_t forestGroupCount = 0;   // Isolation Forest: groups with their own forest
    std::size_t globalFallbackRows = 0; // Isolation Forest: rows scored by the all-rows forest
};

// Scores every row. features: one span per feature (e.g. log energy), all of the same length.
// groups: a key per row, or empty for no grouping. Zero rows give an empty result.
// Throws AnalysisError on no features, mismatched lengths, NaN or inf, or bad options.
AnomalyResult detectAnomalies(std::span<const std::span<const double>> features, std::span<const std::int64_t> groups,
                              const AnomalyOptions &options);
AnomalyResult detectAnomalies(std::span<const double> feature, std::span<const std::int64_t> groups,
                              const AnomalyOptions &options);

// Ungrouped single-feature scores, the building blocks of detectAnomalies.
// Zero spread (sd 0, or MAD and mean absolute deviation both 0) gives 0 for every row.
std::vector<double> zScores(std::span<const double> x);
// Robust z. When MAD is 0 (more than half the values equal) the scale falls back to
// 1.253314 x the mean absolute deviation from the median (IBM's modified z-score rule),
// so rows away from the median still score without a division by zero.
std::vector<double> robustZScores(std::span<const double> x);
// Tukey: score = (x - (Q3 + k IQR)) / IQR above, (x - (Q1 - k IQR)) / IQR below, 0 between.
// When IQR is 0 the fences sit on the quartiles and the unit falls back to the mean absolute
// deviation from the median (1 if that is 0 too, when no row lies outside anyway).
std::vector<double> iqrScores(std::span<const double> x, double k = 1.5);

// Dense group keys (0 .. groups-1, in order of the sorted column values) for the chosen
// configuration columns; empty for AnomalyGrouping::None.
std::vector<std::int64_t> anomalyGroupKeys(const RunColumns &runs, AnomalyGrouping grouping);

// `positions` (indices into `rows`, each naming a row of `runs`) in order of the runs' start
// time, ties by id: the order of the anomaly views' time axes.
std::vector<std::size_t> sortByStart(const RunColumns &runs, std::span<const std::size_t> rows,
                                     std::vector<std::size_t> positions);

// detectAnomalies on runs. The feature is each run's residual log10(measured / expected energy)
// (analysis/expectedenergy.h), so a large network is not flagged for being large and every run with
// an expectation can be scored even when its configuration has one run. Within configurations the
// expectation is a constant, so there the runs' own log10 standardised energy gives the same
// scores and is used for runs without an expectation too. The Isolation Forest adds log10 of the
// standardised power (energy over run time), which the residual does not determine. Runs without a
// finite positive standardised energy (for the forest also run time) are left out.
struct RunAnomalies
{
    std::vector<std::size_t> rows;    // the runs scored: rows of the columns, ascending
    std::vector<std::int64_t> groups; // per scored run its group key; empty without grouping
    std::vector<double> residual;     // per scored run: its feature (log10 measured / expected)
    AnomalyResult detected;           // per scored run
    std::size_t nonPositive = 0;      // runs left out for a missing or non-positive energy (run time)
    std::size_t noExpectation = 0;    // runs left out because the model has no expectation for them
    // Scored runs that fail a quality rule, and how many of them were kept out of the baselines
    // (all of them unless failing runs are included).
    std::size_t failingRuns = 0;
    std::size_t outsideBaseline = 0;
};
// residual: per run of `runs`, log10(measured / expected) or NaN (energyResiduals()).
// requireRunTime leaves out runs without a positive run time whatever the method. Runs failing a
// quality rule are scored, but by default are not part of their group's baseline
// (AnomalyOptions::outsideBaseline, which this function sets; the caller's is ignored).
// Throws AnalysisError as detectAnomalies and anomalyGroupKeys do.
RunAnomalies detectRunAnomalies(const RunColumns &runs, std::span<const double> residual, AnomalyGrouping grouping,
                                const AnomalyOptions &options, bool requireRunTime = false,
                                FailingRuns failing = FailingRuns::Excluded);

} // namespace wattprint
