#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

// Descriptive statistics of one sample, defined as numpy/scipy define them so the results can be
// checked against those (tests/fixtures/make_stats_fixtures.py).
// Every function rejects empty input and NaN/inf values with wattprint::AnalysisError.
// Functions that need order statistics copy the input once and use std::nth_element
// (O(n)); the *Sorted variants take an already ascending span and do not copy.
namespace wattprint::stats {

double mean(std::span<const double> values);
// Sum of squared deviations / (n - ddof); needs n > ddof. Throws when the variance itself has no
// double (beyond ~1.8e308, or below ~2.2e-308 but not 0: values beyond about 1e154 or spread by
// less than about 1e-154); the standard deviation is finite for any finite values.
double variance(std::span<const double> values, int ddof = 1);
double standardDeviation(std::span<const double> values, int ddof = 1);

// Quantile q in [0, 1] with linear interpolation between order statistics
// (numpy.quantile's default method 'linear', Hyndman-Fan type 7).
double quantile(std::span<const double> values, double q);
// Several quantiles with one copy of the data; result in the order of `qs`.
std::vector<double> quantiles(std::span<const double> values, std::span<const double> qs);
// Same as quantile() on data already sorted ascending (checked only for emptiness).
double quantileSorted(std::span<const double> sorted, double q);
// quantiles() without the copy: partially reorders `work` (values are not checked for NaN).
std::vector<double> quantilesInPlace(std::span<double> work, std::span<const double> qs);

// numpy.median: the middle value, or the mean of the two middle values.
double median(std::span<const double> values);
double medianSorted(std::span<const double> sorted);
// median() without the copy: partially reorders `work` (values are not checked for NaN).
double medianInPlace(std::span<double> work);

// A distribution-free confidence interval for the median: the order statistics x(k) and
// x(n+1-k) with the largest k whose coverage, 1 - 2 P(Binomial(n, 1/2) <= k - 1), is at least
// `level`. With too few values for that level (n < 6 at 95 %) it is the range of the values,
// min and max, with the coverage it really has (n = 2: 50 %, n = 3: 75 %); for n = 1 the value
// itself with coverage 0. Honest for one to three runs per configuration, where a bootstrap is not.
struct MedianInterval
{
    double low = 0.0;
    double high = 0.0;
    double coverage = 0.0; // in [0, 1]
};
MedianInterval medianInterval(std::span<const double> values, double level = 0.95);

// Q3 - Q1 with type-7 quantiles (scipy.stats.iqr default).
double interquartileRange(std::span<const double> values);

enum class MadScale {
    Raw,    // median(|x - median(x)|)
    Normal, // Raw / Phi^-1(0.75) = Raw * 1.4826..., consistent with sigma for normal data
            // (scipy.stats.median_abs_deviation(scale='normal'))
};
double medianAbsoluteDeviation(std::span<const double> values, MadScale scale = MadScale::Raw);

enum class SkewnessBias {
    Biased,   // g1 = m3 / m2^1.5 (scipy.stats.skew default, bias=True)
    Unbiased, // G1 = g1 * sqrt(n (n - 1)) / (n - 2) (bias=False); needs n >= 3
};
// Throws when the values do not vary (scipy returns NaN there).
double skewness(std::span<const double> values, SkewnessBias bias = SkewnessBias::Biased);

// One pass summary for tables and tooltips. Never throws for constant data or n = 1:
// the fields that are undefined there are empty instead.
struct Summary
{
    std::size_t count = 0;
    double mean = 0.0;
    std::optional<double> standardDeviation; // ddof = 1; empty when count < 2
    double min = 0.0;
    double q1 = 0.0;
    double median = 0.0;
    double q3 = 0.0;
    double max = 0.0;
    double iqr = 0.0;
    double mad = 0.0;               // raw
    std::optional<double> skewness; // biased; empty when the values do not vary
};
Summary describe(std::span<const double> values);

} // namespace wattprint::stats
