#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <span>
#include <vector>

namespace wattprint::stats {

struct ConfidenceInterval
{
    double lower = 0.0;
    double upper = 0.0;
    double level = 0.95;

    bool contains(double v) const { return v >= lower && v <= upper; }
};

struct BootstrapOptions
{
    int resamples = 2000;
    std::uint64_t seed = 20240311; // same seed, same interval (std::mt19937_64)
    double level = 0.95;
};

// Percentile bootstrap: the (1-level)/2 and (1+level)/2 type-7 quantiles of the replicates
// (numpy.percentile; scipy.stats.bootstrap(method='percentile')).
ConfidenceInterval percentileInterval(std::span<const double> replicates, double level);

// Generic percentile bootstrap of `statistic` by resampling the values with replacement.
// Cost O(resamples * (n + cost of statistic)). Throws AnalysisError for empty input, NaN/inf,
// resamples < 1 or a level outside (0, 1).
ConfidenceInterval bootstrapCi(std::span<const double> values,
                               const std::function<double(std::span<const double>)> &statistic,
                               const BootstrapOptions &options = {});

// Bootstrap replicates of the median of `sorted` (ascending, finite, non-empty), drawn from
// the exact bootstrap distribution without resampling n values: the k-th smallest of a
// resample is sorted[ceil(n U) - 1] with U the k-th smallest of n uniforms, ~ Beta(k, n-k+1),
// and the next one is U + (1 - U) * Beta(1, n-k). O(1) per replicate, so 2000 replicates of
// a million values cost what one sort does. Appends `resamples` values to `out`.
void appendMedianReplicates(std::span<const double> sorted, int resamples, std::mt19937_64 &rng,
                            std::vector<double> &out);
// One median replicate (the same draw as appendMedianReplicates).
double drawMedianReplicate(std::span<const double> sorted, std::mt19937_64 &rng);

// Percentile bootstrap interval of the median (copies and sorts the values once).
ConfidenceInterval bootstrapMedianCi(std::span<const double> values, const BootstrapOptions &options = {});

// Validates resamples and level; shared by the functions that take BootstrapOptions.
void requireValidBootstrap(const BootstrapOptions &options);

} // namespace wattprint::stats
