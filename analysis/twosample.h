#pragma once

#include "bootstrap.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

// Comparing two samples A (baseline) and B. Tests follow scipy 1.10 so that p-values can be
// checked against scipy (tests/fixtures/make_stats_fixtures.py). All functions reject empty
// samples and NaN/inf values with wattprint::AnalysisError, naming the sample (A or B).
namespace wattprint::stats {

// scipy.stats.ttest_ind(a, b, equal_var=False): t = (mean A - mean B) / sqrt(vA/nA + vB/nB),
// Welch-Satterthwaite df, two-sided p from Student's t (Boost.Math).
struct WelchResult
{
    double t = 0.0;
    double df = 0.0;
    double p = 1.0;
    double meanA = 0.0; // of the values tested (log10 values for welchTTestLog)
    double meanB = 0.0;
};
// Needs 2+ values per sample and some spread in at least one sample.
WelchResult welchTTest(std::span<const double> a, std::span<const double> b);
// The same on log10 of the values (t, df and p do not depend on the log's base).
// Rejects zero and negative values, saying how many there are.
WelchResult welchTTestLog(std::span<const double> a, std::span<const double> b);

enum class MannWhitneyMethod {
    Auto,       // scipy's 'auto': Exact when either sample has <= 8 values and there are no
                // ties, otherwise Asymptotic
    Exact,      // exact null distribution of U; no ties allowed, and sizes whose table would
                // exceed 2^23 entries (~ nA * nB / 2) are refused with an AnalysisError
    Asymptotic, // normal approximation with tie correction and continuity correction
};

struct MannWhitneyResult
{
    double u = 0.0; // U of sample A (scipy's statistic): pairs (a, b) with a > b, ties count 1/2
    double p = 1.0; // two-sided
    MannWhitneyMethod method = MannWhitneyMethod::Asymptotic; // the one used
};
// scipy.stats.mannwhitneyu(a, b) with its defaults (two-sided, use_continuity=True).
// Copies and sorts both samples; ranks come from merging them, O(n log n).
MannWhitneyResult mannWhitneyU(std::span<const double> a, std::span<const double> b,
                               MannWhitneyMethod method = MannWhitneyMethod::Auto);
// Same on samples already sorted ascending (and checked finite): O(nA + nB).
MannWhitneyResult mannWhitneyUSorted(std::span<const double> sortedA, std::span<const double> sortedB,
                                     MannWhitneyMethod method = MannWhitneyMethod::Auto);

// Hedges' g of B against A: g = J(df) * (mean B - mean A) / s_pooled with
// s_pooled^2 = ((nA-1) sA^2 + (nB-1) sB^2) / df, df = nA + nB - 2 and Hedges' (1981) exact
// small-sample correction J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)) (~1 - 3/(4 df - 1)).
// Positive when B is larger. Needs 2+ values per sample and a non-zero pooled spread.
double hedgesG(std::span<const double> a, std::span<const double> b);

// 100 * (median(B) / median(A) - 1) with a percentile-bootstrap interval: each replicate
// resamples A and B independently (see appendMedianReplicates). Needs median(A) > 0;
// replicates whose median of A is <= 0 are left out and counted.
struct PercentChange
{
    double percent = 0.0;
    ConfidenceInterval ci;
    double medianA = 0.0;
    double medianB = 0.0;
    int resamples = 0;        // requested
    int invalidResamples = 0; // left out: median of A <= 0 in the resample
};
PercentChange percentChangeOfMedians(std::span<const double> a, std::span<const double> b,
                                     const BootstrapOptions &options = {});

// Holm's step-down adjusted p-values, in the input order: with p sorted ascending,
// adj_(i) = max_{j <= i} min(1, (m - j + 1) p_(j)). Empty input gives an empty result;
// p-values must lie in [0, 1].
std::vector<double> holmAdjust(std::span<const double> pValues);

struct TwoSampleOptions
{
    MannWhitneyMethod mannWhitney = MannWhitneyMethod::Auto;
    BootstrapOptions bootstrap;
};

// Everything a comparison view shows, computing shared work (sorting, moments) once.
// Needs 2+ values per sample.
struct TwoSampleComparison
{
    std::size_t countA = 0;
    std::size_t countB = 0;
    double medianA = 0.0;
    double medianB = 0.0;
    WelchResult welch;
    std::optional<WelchResult> welchLog; // empty when a value is <= 0
    MannWhitneyResult mannWhitney;
    double hedgesG = 0.0;
    // Hedges' g of the log10 values: the scale the verdict's tests use. Empty when a value is
    // <= 0 or the log values do not vary.
    std::optional<double> hedgesGLog;
    std::optional<PercentChange> percentChange; // empty when median(A) <= 0
};
TwoSampleComparison compareSamples(std::span<const double> a, std::span<const double> b,
                                   const TwoSampleOptions &options = {});

} // namespace wattprint::stats
