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
// MedianRatio (the default) keeps differences at their true size: each value as a multiple of the
// median series on a log scale. MinMax and Rank stretch every axis from centre to rim however
// close the values are (a 434-458 kJ spread looks like a factor of ten).
enum class RadarNormalisation { MedianRatio, MinMax, Rank };

// The narrowest median-ratio scale: its rim is this multiple of the median (its centre the
// inverse), so a spread of a few percent stays near the middle ring.
inline constexpr double RadarMinRingFactor = 1.25;
// Series this close on a metric (largest / smallest - 1) are "all within a few percent": the
// view says so, since min-max and rank scores would stretch the difference over the whole axis.
inline constexpr double RadarNearEqual = 0.05;
// "Pays for speed with energy" in median ratios: its energy ratio at least this multiple of its
// run-time ratio.
inline constexpr double RadarMinSpeedRatio = 1.1;

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
    // raw / the median over the series (RadarResult::median); NaN where either is undefined or
    // the median is not positive.
    std::array<double, RadarMetricCount> ratio{};
    // 0..1 per metric, after normaliseRadar(); NaN where raw is NaN (MedianRatio: where ratio is).
    std::array<double, RadarMetricCount> score{};
    double spread = std::numeric_limits<double>::quiet_NaN(); // population SD of the finite scores
};

struct RadarResult
{
    RadarGrouping grouping = RadarGrouping::Shape;
    RadarNormalisation normalisation = RadarNormalisation::MinMax;
    std::vector<RadarSeries> series;                   // shapes in the sweep's order, datasets by name
    std::array<double, RadarMetricCount> min{}, max{}; // of the raw values over the series
    // The median (numpy.median) of the series' finite raw values: the middle ring, "1x".
    std::array<double, RadarMetricCount> median{};
    // max / min - 1 over the series' values when there are two or more and all are positive, else
    // NaN: 0.03 = all within 3 %.
    std::array<double, RadarMetricCount> relativeSpread{};
    // MedianRatio: the rim's ratio to the median (the centre's is its inverse), radarRingFactor()
    // of the largest ratio present.
    double ringFactor = RadarMinRingFactor;
    std::size_t totalRuns = 0;
    int balanced = -1; // smallest spread (>= 2 series), -1 if none
    // MinMax, Rank: largest energy score - run-time score, if 0.15 or more; MedianRatio: largest
    // energy ratio / run-time ratio, if RadarMinSpeedRatio or more; -1 if none.
    int paysForSpeed = -1;

    // Metrics on which every series is within RadarNearEqual of the others, in axis order.
    std::vector<RadarMetric> nearEqualMetrics() const;
};

// Callable from any thread; the scores are MedianRatio (normaliseRadar). Throws AnalysisError on
// inconsistent columns.
RadarResult computeRadar(const RunColumns &columns, RadarGrouping grouping,
                         const std::function<bool()> &cancelled = {});

// Fills median, relativeSpread, ratio, ringFactor, score, spread, balanced and paysForSpeed for
// `normalisation`:
//  MedianRatio: 0.5 + 0.5 * ln(ratio) / ln(ringFactor), clamped to 0..1 (a ratio of 0 at the
//    centre): the median on the middle ring, ringFactor x the median on the rim;
//  MinMax: (v - min) / (max - min) over the series with a value; 0.5 when all are equal;
//  Rank: (average rank - 1) / (k - 1) among the k series with a value; 0.5 when k = 1.
void normaliseRadar(RadarResult &result, RadarNormalisation normalisation);

// The rim of the median-ratio scale for the largest ratio present (max over the finite positive
// ratios of max(r, 1 / r)): the first of 1.25, 1.5, 2, 4, 10, 100, 1000, ... that holds it.
double radarRingFactor(double largestRatio);
// The rings drawn for a rim factor, as ratios ascending: 1 / factor, 1 / m, 1, m, factor with m
// a round value near the geometric middle (1.1 for 1.25, 2 for 4, 10 for 100).
std::vector<double> radarRings(double factor);

} // namespace wattprint
