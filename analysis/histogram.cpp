#include "histogram.h"

#include "analysiserror.h"
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

namespace wattprint::stats {

namespace {

constexpr std::string_view kSample = "The sample";
constexpr int kMaxFixedBins = 1 << 20;

// "1e+160", "-2.5": std::to_string would print 160 digits or 0.000000.
std::string shortNumber(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

double ruleWidth(BinRule rule, std::vector<double> &kept)
{
    const auto n = double(kept.size());
    if (rule == BinRule::Scott) {
        const double sd = standardDeviation(kept, 0);
        return std::cbrt(24.0 * std::sqrt(std::numbers::pi) / n) * sd;
    }
    const double qs[] = {0.25, 0.75};
    const std::vector<double> q = quantilesInPlace(kept, qs);
    return 2.0 * (q[1] - q[0]) * std::pow(n, -1.0 / 3.0);
}

} // namespace

Histogram histogram(std::span<const double> values, const HistogramOptions &options)
{
    requireFiniteSample(values, kSample);
    if (options.rule == BinRule::Fixed && (options.bins < 1 || options.bins > kMaxFixedBins))
        throw AnalysisError("A histogram needs between 1 and " + std::to_string(kMaxFixedBins) + " bins (got "
                            + std::to_string(options.bins) + ").");
    if (options.maxBins < 1)
        throw AnalysisError("The histogram's bin cap must be at least 1.");

    Histogram h;
    h.scale = options.scale;
    const bool logAxis = options.scale == AxisScale::Log10;

    // On a log axis we bin log10(x); that vector is ours, so it can be reordered in place.
    std::vector<double> logs;
    std::span<const double> axis = values;
    if (logAxis) {
        logs = log10Values(values, options.nonPositive, kSample, &h.droppedNonPositive);
        if (logs.empty())
            throw AnalysisError("The sample has no positive values to show on a log10 scale.");
        axis = logs;
    }

    auto toAxis = [&](double v, const char *which) {
        if (!std::isfinite(v))
            throw AnalysisError(std::string("The histogram's range ") + which + " is not finite.");
        if (!logAxis)
            return v;
        if (v <= 0.0)
            throw AnalysisError(std::string("The histogram's range ") + which + " must be positive on a log10 scale.");
        return std::log10(v);
    };
    const auto [minIt, maxIt] = std::minmax_element(axis.begin(), axis.end());
    double first = options.rangeMin ? toAxis(*options.rangeMin, "minimum") : *minIt;
    double last = options.rangeMax ? toAxis(*options.rangeMax, "maximum") : *maxIt;
    if (first > last)
        throw AnalysisError("The histogram's range minimum is above its maximum.");
    if (first == last) { // numpy widens an empty range so the one bin has a width
        first -= 0.5;
        last += 0.5;
        // Beyond 2^53 half a unit is lost in rounding (numpy fails there): widen relative to the value.
        if (first == last) {
            const double half = std::abs(first) * 1e-9;
            first -= half;
            last += half;
        }
    }
    // In data units, as the user knows the values.
    const auto rangeText = [&] {
        return "(from " + shortNumber(logAxis ? std::pow(10.0, first) : first) + " to "
            + shortNumber(logAxis ? std::pow(10.0, last) : last) + ")";
    };
    if (!std::isfinite(last - first))
        throw AnalysisError("The sample's range " + rangeText()
                            + " is wider than double precision can hold; a histogram needs a narrower range.");

    const bool filtered = options.rangeMin || options.rangeMax;
    for (double v : axis)
        h.inside += (v >= first && v <= last) ? 1 : 0;
    h.outOfRange = axis.size() - h.inside;

    double wanted = 1.0;
    if (options.rule == BinRule::Fixed) {
        wanted = options.bins;
    } else if (h.inside > 0) {
        std::vector<double> kept;
        if (filtered || !logAxis) {
            kept.reserve(h.inside);
            for (double v : axis) {
                if (v >= first && v <= last)
                    kept.push_back(v);
            }
        }
        std::vector<double> &work = kept.empty() ? logs : kept;
        const double width = ruleWidth(options.rule, work);
        // At least one bin: a width that rounds the range to 0 bins (or an infinite one) must not
        // leave the counts empty.
        if (width > 0.0)
            wanted = std::max(1.0, std::ceil((last - first) / width));
    }
    const int maxBins = options.rule == BinRule::Fixed ? options.bins : options.maxBins;
    h.capped = options.rule != BinRule::Fixed && wanted > maxBins;
    const int nBins = h.capped ? maxBins : int(wanted);

    // Same arithmetic as numpy.linspace, so edges and bin membership agree with numpy.
    std::vector<double> axisEdges(std::size_t(nBins) + 1);
    const double step = (last - first) / nBins;
    // A range of a few denormals has no room for equal bins: the bin index would be NaN.
    if (!(step > 0.0) || !std::isfinite(nBins / (last - first)))
        throw AnalysisError("The sample's range " + rangeText() + " is too narrow to split into "
                            + std::to_string(nBins) + " bins in double precision.");
    for (int i = 0; i < nBins; ++i)
        axisEdges[std::size_t(i)] = double(i) * step + first;
    axisEdges.back() = last;

    h.counts.assign(std::size_t(nBins), 0);
    const double norm = nBins / (last - first);
    for (double v : axis) {
        if (!(v >= first && v <= last))
            continue;
        auto idx = static_cast<std::ptrdiff_t>((v - first) * norm);
        if (idx == nBins)
            --idx;
        // The index can be one off within an ulp of an edge; fix it as numpy does.
        if (v < axisEdges[std::size_t(idx)])
            --idx;
        else if (idx != nBins - 1 && v >= axisEdges[std::size_t(idx) + 1])
            ++idx;
        ++h.counts[std::size_t(idx)];
    }

    h.densities.resize(std::size_t(nBins));
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        const double width = axisEdges[i + 1] - axisEdges[i];
        h.densities[i] = h.inside == 0 ? 0.0 : double(h.counts[i]) / width / double(h.inside);
    }
    if (logAxis) {
        h.edges.resize(axisEdges.size());
        std::transform(axisEdges.begin(), axisEdges.end(), h.edges.begin(), [](double e) { return std::pow(10.0, e); });
    } else {
        h.edges = std::move(axisEdges);
    }
    return h;
}

} // namespace wattprint::stats
