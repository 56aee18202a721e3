#pragma once

#include "configurations.h"
#include "twosample.h"

#include <QString>

// The plain-language verdict of a two-sample comparison, shared by the compare view and
// `wattprint compare` so both say the same thing with the same rule.
namespace wattprint {

inline constexpr double DefaultAlpha = 0.05;

// The fewest runs a side needs before a comparison gives a verdict. Below it the percentile
// bootstrap of a median has only a handful of distinct values (n = 2: three) and the exact
// Mann-Whitney p cannot fall below 0.1 (three against three), so the honest answer is "too few
// runs to tell"; the medians and their ratio are still shown.
inline constexpr std::size_t MinRunsForVerdict = 5;

// The significance rule: Welch's t-test on log10 values has p < alpha AND the bootstrap
// interval of the percent change of medians excludes 0. False when either is missing (a value
// <= 0 leaves no log test; a median of A <= 0 leaves no percent change). Throws AnalysisError
// for an alpha outside (0, 1).
// Also false below MinRunsForVerdict runs on a side.
bool comparisonSignificant(const stats::TwoSampleComparison &comparison, double alpha = DefaultAlpha);

// "B uses 57.6% less energy (95% CI 51-63%), significant at alpha = 0.05". The interval reads
// as magnitudes, smaller first, when it lies on one side of 0, and "95% CI from 3.2% less to
// 8.1% more" when it straddles 0. Without a percent change: "No percent change: the median of
// A is 0, not above 0". Percentages have one decimal, interval bounds one decimal below 10%
// and none above; numbers are written in the C locale, as the command line writes them.
// Below MinRunsForVerdict runs on a side: "Too few runs to tell: ...". Bootstrap replicates left
// out (a resampled median of A <= 0) are counted at the end.
QString comparisonVerdict(const stats::TwoSampleComparison &comparison, RunMetric metric, double alpha = DefaultAlpha);

// When a side has a single value no test exists: "One run against one run: B's median is 1.23×
// A's; no test is possible with one run on a side." `countA`, `countB` >= 1.
QString untestedVerdict(std::size_t countA, std::size_t countB, double medianA, double medianB);

} // namespace wattprint
