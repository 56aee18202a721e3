#include "gaussiankde.h"

#include "analysiserror.h"
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <string>

namespace wattprint::stats {

namespace {

constexpr std::string_view kSample = "The sample";
// Kernel contributions beyond this many bandwidths are exp(-800) or less: zero in double.
constexpr double kCutoff = 40.0;
// Largest binning grid (8 MB). Wider data relative to the bandwidth get coarser spacing.
constexpr std::size_t kMaxGridNodes = std::size_t(1) << 20;

void requireFinitePoints(std::span<const double> points)
{
    for (double p : points) {
        if (!std::isfinite(p))
            throw AnalysisError("The density cannot be evaluated at a NaN or infinite point.");
    }
}

} // namespace

GaussianKde::GaussianKde(std::span<const double> samples, const KdeOptions &options)
    : m_samples(samples.begin(), samples.end())
    , m_binsPerBandwidth(options.binsPerBandwidth)
{
    requireFiniteSample(samples, kSample, 2);
    if (options.binsPerBandwidth < 1)
        throw AnalysisError("The density's binning needs at least one grid node per bandwidth.");
    const auto n = double(samples.size());
    if (options.factor) {
        if (!(*options.factor > 0.0) || !std::isfinite(*options.factor))
            throw AnalysisError("The density's bandwidth factor must be a positive number.");
        m_factor = *options.factor;
    } else if (options.bandwidth == KdeBandwidth::Scott) {
        m_factor = std::pow(n, -1.0 / 5.0);
    } else {
        m_factor = std::pow(n * 3.0 / 4.0, -1.0 / 5.0);
    }
    // scipy's sqrt(variance x factor^2) where that fits in a double; beyond (values near 1e160, or
    // spread by less than 1e-154) the variance has no double but the standard deviation does.
    double var = 0.0;
    bool varianceFits = true;
    try {
        var = variance(samples, 1);
    } catch (const AnalysisError &) {
        varianceFits = false;
    }
    m_bandwidth = varianceFits && std::isnormal(var * m_factor * m_factor) ? std::sqrt(var * m_factor * m_factor)
                                                                           : standardDeviation(samples, 1) * m_factor;
    // scipy fails on a singular covariance; "all equal" is the user-facing cause.
    if (!(m_bandwidth > 0.0) || !std::isfinite(m_bandwidth))
        throw AnalysisError("A density cannot be estimated: all values are equal.");
    // A kernel's height 1 / (n h sqrt(2 pi)) must be a double: beyond (values near 1e308 on a
    // linear axis, or spread by a few denormals) every density would read 0 or inf.
    const double peak = 1.0 / (m_bandwidth * std::sqrt(2.0 * std::numbers::pi));
    if (!std::isfinite(peak) || !std::isnormal(peak / n)) {
        char text[96];
        std::snprintf(text, sizeof text, "(bandwidth %.3g)", m_bandwidth);
        throw AnalysisError(std::string("A density of these values is beyond double precision ") + text
                            + ": its heights would round to 0 or infinity. Show them on a log scale.");
    }

    m_method = options.method;
    if (m_method == KdeMethod::Auto)
        m_method = samples.size() > options.binnedAbove ? KdeMethod::Binned : KdeMethod::Exact;
    if (m_method == KdeMethod::Exact) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    } else {
        m_grid = buildGrid();
    }
}

std::vector<double> GaussianKde::evaluate(std::span<const double> points) const
{
    return m_method == KdeMethod::Binned ? evaluateBinned(points) : evaluateExact(points);
}

std::vector<double> GaussianKde::evaluateExact(std::span<const double> points) const
{
    requireFinitePoints(points);
    const double h = m_bandwidth;
    const double invH = 1.0 / h;
    const double norm = 1.0 / (double(m_samples.size()) * h * std::sqrt(2.0 * std::numbers::pi));
    std::vector<double> out(points.size());
    for (std::size_t k = 0; k < points.size(); ++k) {
        const double x = points[k];
        auto from = m_samples.begin();
        auto to = m_samples.end();
        if (m_sorted) { // only samples within the cutoff can contribute
            from = std::lower_bound(m_samples.begin(), m_samples.end(), x - kCutoff * h);
            to = std::upper_bound(from, m_samples.end(), x + kCutoff * h);
        }
        double sum = 0.0;
        for (auto it = from; it != to; ++it) {
            const double z = (x - *it) * invH;
            sum += std::exp(-0.5 * z * z);
        }
        out[k] = sum * norm;
    }
    return out;
}

std::vector<double> GaussianKde::evaluateBinned(std::span<const double> points) const
{
    requireFinitePoints(points);
    if (m_grid)
        return evaluateOnGrid(*m_grid, points);
    return evaluateOnGrid(buildGrid(), points);
}

GaussianKde::Grid GaussianKde::buildGrid() const
{
    const auto [minIt, maxIt] = std::minmax_element(m_samples.begin(), m_samples.end());
    const double lo = *minIt;
    const double span = *maxIt - lo;
    Grid grid;
    grid.origin = lo;
    grid.spacing = m_bandwidth / m_binsPerBandwidth;
    if (span / grid.spacing > double(kMaxGridNodes - 2))
        grid.spacing = span / double(kMaxGridNodes - 2);
    const auto nodes = std::size_t(std::floor(span / grid.spacing)) + 2;
    grid.weights.assign(nodes, 0.0);
    const double inv = 1.0 / grid.spacing;
    for (double v : m_samples) {
        const double pos = (v - lo) * inv;
        auto j = std::size_t(pos);
        if (j >= nodes - 1) // v == max after rounding
            j = nodes - 2;
        const double frac = pos - double(j);
        grid.weights[j] += 1.0 - frac;
        grid.weights[j + 1] += frac;
    }
    return grid;
}

std::vector<double> GaussianKde::evaluateOnGrid(const Grid &grid, std::span<const double> points) const
{
    const double h = m_bandwidth;
    const double invH = 1.0 / h;
    const double norm = 1.0 / (double(m_samples.size()) * h * std::sqrt(2.0 * std::numbers::pi));
    const auto last = std::ptrdiff_t(grid.weights.size()) - 1;
    std::vector<double> out(points.size());
    for (std::size_t k = 0; k < points.size(); ++k) {
        const double x = points[k];
        const double rel = (x - grid.origin) / grid.spacing;
        const double reach = kCutoff * h / grid.spacing;
        const double firstD = std::ceil(rel - reach);
        const double lastD = std::floor(rel + reach);
        if (lastD < 0.0 || firstD > double(last)) {
            out[k] = 0.0;
            continue;
        }
        const auto first = std::max<std::ptrdiff_t>(0, std::ptrdiff_t(firstD));
        const auto stop = std::min<std::ptrdiff_t>(last, std::ptrdiff_t(lastD));
        double sum = 0.0;
        for (std::ptrdiff_t j = first; j <= stop; ++j) {
            const double w = grid.weights[std::size_t(j)];
            if (w == 0.0)
                continue;
            const double z = (x - (grid.origin + double(j) * grid.spacing)) * invH;
            sum += w * std::exp(-0.5 * z * z);
        }
        out[k] = sum * norm;
    }
    return out;
}

KdeCurve kdeCurve(std::span<const double> samples, const KdeCurveOptions &options)
{
    requireFiniteSample(samples, kSample, 2);
    if (options.gridSize < 2)
        throw AnalysisError("A density curve needs at least 2 grid points.");
    if (!(options.cut >= 0.0) || !std::isfinite(options.cut))
        throw AnalysisError("The density curve's cut must be a non-negative number.");

    KdeCurve curve;
    curve.scale = options.scale;
    const bool logAxis = options.scale == AxisScale::Log10;
    std::vector<double> logs;
    std::span<const double> axis = samples;
    if (logAxis) {
        logs = log10Values(samples, options.nonPositive, kSample, &curve.droppedNonPositive);
        if (logs.size() < 2)
            throw AnalysisError("A density on a log10 scale needs at least 2 positive values.");
        axis = logs;
    }
    const GaussianKde kde(axis, options.kde);
    curve.factor = kde.factor();
    curve.bandwidth = kde.bandwidth();
    curve.method = kde.method();

    auto toAxis = [&](double v, const char *which) {
        if (!std::isfinite(v) || (logAxis && v <= 0.0))
            throw AnalysisError(std::string("The density curve's ") + which + " must be "
                                + (logAxis ? "positive and finite." : "finite."));
        return logAxis ? std::log10(v) : v;
    };
    const auto [minIt, maxIt] = std::minmax_element(axis.begin(), axis.end());
    // The default grid reaches `cut` bandwidths beyond the data, but not beyond what a double
    // holds in data units (10^309 would be inf, 10^-325 would be 0 on a log axis).
    const double axisMin = logAxis ? std::log10(std::numeric_limits<double>::denorm_min())
                                   : std::numeric_limits<double>::lowest();
    const double axisMax = logAxis ? std::log10(std::numeric_limits<double>::max())
                                   : std::numeric_limits<double>::max();
    const double lo = options.gridMin ? toAxis(*options.gridMin, "grid minimum")
                                      : std::max(*minIt - options.cut * kde.bandwidth(), axisMin);
    const double hi = options.gridMax ? toAxis(*options.gridMax, "grid maximum")
                                      : std::min(*maxIt + options.cut * kde.bandwidth(), axisMax);
    if (!(lo < hi))
        throw AnalysisError("The density curve's grid minimum must be below its maximum.");

    const int n = options.gridSize;
    std::vector<double> grid(static_cast<std::size_t>(n));
    const double step = (hi - lo) / (n - 1);
    for (int i = 0; i < n; ++i)
        grid[std::size_t(i)] = lo + double(i) * step;
    grid.back() = hi;
    curve.density = kde.evaluate(grid);
    if (logAxis) {
        // At the clamped ends pow may round just past the double range.
        for (double &g : grid)
            g = std::clamp(std::pow(10.0, g), std::numeric_limits<double>::denorm_min(),
                           std::numeric_limits<double>::max());
    }
    curve.x = std::move(grid);
    return curve;
}

} // namespace wattprint::stats
