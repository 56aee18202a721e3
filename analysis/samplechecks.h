#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace wattprint {

// Input checks shared by the statistics functions. Each throws AnalysisError with a
// message that names the sample (`what`, e.g. "Sample A") so the user knows which
// input to fix.

// Throws if `values` is empty or holds NaN or infinite entries (and says how many).
void requireFiniteSample(std::span<const double> values, std::string_view what, std::size_t minimumCount = 1);

// Throws when a sum of finite values left the double range (beyond about 1.8e308), naming what
// was summed ("The runs' energy"), so that no total reads as inf or NaN.
void requireFiniteSum(double sum, std::string_view what);

// How values that cannot go on a log axis (x <= 0) are treated.
enum class NonPositivePolicy {
    Reject, // throw AnalysisError naming how many values are <= 0
    Drop,   // leave them out; the caller reports how many were dropped
};

// Axis the values are binned or smoothed on.
enum class AxisScale {
    Linear,
    Log10, // work on log10(x); x must be > 0
};

// log10 of every value. Non-positive values are rejected or dropped per `policy`;
// `dropped` receives how many were dropped. Values must already be finite.
std::vector<double> log10Values(std::span<const double> values, NonPositivePolicy policy, std::string_view what,
                                std::size_t *dropped = nullptr);

} // namespace wattprint
