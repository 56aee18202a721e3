#pragma once

#include "runcolumns.h"

#include <QString>

#include <array>
#include <cstddef>
#include <functional>
#include <limits>
#include <vector>

namespace wattprint {

// The radar view's numbers: per network shape (or dataset) six cost metrics over its runs, and
// their scores scaled over the series.

enum class RadarGrouping { Shape, Dataset };
enum class RadarNormalisation { MinMax, Rank };

// The six axes, in drawing order (clockwise from the top).
enum class RadarMetric { Energy, RunTime, Power, EnergyPerDatum, Variability, OverheadShare };
inline constexpr int RadarMetricCount = 6;

struct RadarSeries
{
    QString name;
    int colourKey = 0; // shape: its place in the sweep; dataset: its index in the result
    std::size_t runs = 0;
    std::size_t repeatedConfigurations = 0; // configurations with >= 2 runs (the variability's base)
    // Raw values (NaN when undefined):
    //  Energy, RunTime, Power, EnergyPerDatum: medians over the series' runs (J, s, W, J/datum);
    //  Variability: the median over its configurations with >= 2 runs of (Q3 - Q1) / median of
    //    their runs' energy (type-7 quartiles), a fraction;
    //  OverheadShare: total energy overhead / total energy of its runs, a fraction.
    std::array<double, RadarMetricCount> raw{};
    // 0..1 per metric, after normaliseRadar(); NaN where raw is NaN.
    std::array<double, RadarMetricCount> score{};
    double spread = std::numeric_limits<double>::quiet_NaN(); // population SD of the finite scores
};

struct RadarResult
{
    RadarGrouping grouping = RadarGrouping::Shape;
    RadarNormalisation normalisation = RadarNormalisation::MinMax;
    std::vector<RadarSeries> series;                   // shapes in the sweep's order, datasets by name
    std::array<double, RadarMetricCount> min{}, max{}; // of the raw values over the series
    std::size_t totalRuns = 0;
    int balanced = -1;     // smallest spread (>= 2 series), -1 if none
    int paysForSpeed = -1; // largest energy score - run-time score, if 0.15 or more; -1 if none
};

// Callable from any thread; the scores are min-max (normaliseRadar). Throws AnalysisError on
// inconsistent columns.
RadarResult computeRadar(const RunColumns &columns, RadarGrouping grouping,
                         const std::function<bool()> &cancelled = {});

// Fills score, spread, balanced and paysForSpeed for `normalisation`:
//  MinMax: (v - min) / (max - min) over the series with a value; 0.5 when all are equal;
//  Rank: (average rank - 1) / (k - 1) among the k series with a value; 0.5 when k = 1.
void normaliseRadar(RadarResult &result, RadarNormalisation normalisation);

} // namespace wattprint
