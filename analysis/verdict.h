#pragma once

#include "configurations.h"
#include "twosample.h"

#include <QString>

// The plain-language verdict of a two-sample comparison, shared by the compare view and
// `wattprint compare` so both say the same thing with the same rule.
namespace wattprint {

inline constexpr double DefaultAlpha = 0.05;

// The significance rule: Welch's t-test on log10 values has p < alpha AND the bootstrap
// interval of the percent change of medians excludes 0. False when either is missing (a value
// <= 0 leaves no log test; a median of A <= 0 leaves no percent change). Throws AnalysisError
// for an alpha outside (0, 1).
bool comparisonSignificant(const stats::TwoSampleComparison &comparison, double alpha = DefaultAlpha);

// "B uses 57.6% less energy (95% CI 51-63%), significant at alpha = 0.05". The interval reads
// as magnitudes, smaller first, when it lies on one side of 0, and "95% CI from 3.2% less to
// 8.1% more" when it straddles 0. Without a percent change: "No percent change: the median of
// A is 0, not above 0". Percentages have one decimal, interval bounds one decimal below 10%
// and none above; numbers are written in the C locale, as the command line writes them.
QString comparisonVerdict(const stats::TwoSampleComparison &comparison, RunMetric metric, double alpha = DefaultAlpha);

} // namespace wattprint
