#pragma once

#include "samplechecks.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace wattprint::stats {

enum class BinRule {
    FreedmanDiaconis, // width 2 * IQR / n^(1/3)                      (numpy 'fd')
    Scott,            // width (24 sqrt(pi) / n)^(1/3) * sd, ~3.49 sd / n^(1/3) (numpy 'scott')
    Fixed,            // HistogramOptions::bins equal-width bins
};

struct HistogramOptions
{
    BinRule rule = BinRule::FreedmanDiaconis;
    int bins = 30;     // used by BinRule::Fixed; 1 .. 2^20
    int maxBins = 512; // cap for the rules: a tiny IQR must not ask for millions of bins
    AxisScale scale = AxisScale::Linear;
    NonPositivePolicy nonPositive = NonPositivePolicy::Reject; // for AxisScale::Log10
    // Outer edges in data units; values outside are left out (and counted in outOfRange).
    // Default: the data's min and max. A widths rule then looks at the values inside only.
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
};

// Equal-width bins on the chosen axis: on Log10 the bins are equal in log10(x) and the edges
// are given back in data units (10^edge). Edges, rule widths and counts follow
// numpy.histogram / numpy.histogram_bin_edges: every bin is [a, b) except the last, [a, b];
// a zero-width rule or constant data give one bin (constant data: value +- 0.5 on the axis).
struct Histogram
{
    std::vector<double> edges;        // bins + 1 edges, data units, ascending
    std::vector<std::int64_t> counts; // one per bin
    // counts / (inside * bin width on the binned axis): on Log10 this is per decade, so the
    // bars' areas sum to 1 on the axis as drawn.
    std::vector<double> densities;
    std::size_t inside = 0;             // values counted in some bin
    std::size_t outOfRange = 0;         // left out by rangeMin/rangeMax
    std::size_t droppedNonPositive = 0; // left out of a Log10 histogram (NonPositivePolicy::Drop)
    bool capped = false;                // the rule asked for more than maxBins bins
    AxisScale scale = AxisScale::Linear;

    std::size_t binCount() const { return counts.size(); }
};

// Throws AnalysisError for empty input, NaN/inf, non-positive values on Log10 with
// NonPositivePolicy::Reject, bins < 1, an invalid range, or a range too wide (from -1e308 to
// 1e308) or too narrow (a few denormals) for equal bins in double precision. O(n) apart from the quantiles of
// the Freedman-Diaconis rule (nth_element on one copy).
Histogram histogram(std::span<const double> values, const HistogramOptions &options = {});

} // namespace wattprint::stats
