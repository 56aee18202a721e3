#include "distributionanalysis.h"

#include "analysiserror.h"
#include "descriptive.h"
#include "gaussiankde.h"
#include "histogram.h"

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

const std::vector<double> &metricColumn(const RunColumns &c, DistributionMetric metric)
{
    switch (metric) {
    case DistributionMetric::Energy: return c.energy;
    case DistributionMetric::NonOverheadEnergy: return c.nonOverheadEnergy;
    case DistributionMetric::EnergyPerDatum: return c.energyPerDatum;
    case DistributionMetric::RunTime: return c.runTime;
    case DistributionMetric::Power: return c.power;
    }
    return c.energy;
}

} // namespace

DistributionResult computeDistribution(const RunColumns &columns, DistributionMetric metric,
                                       const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    DistributionResult r;
    r.metric = metric;
    r.cpu.name = QStringLiteral("CPU");
    r.gpu.name = QStringLiteral("GPU");
    const std::vector<double> &column = metricColumn(columns, metric);
    const std::size_t n = columns.rowCount();
    if (column.size() != n || columns.isGpu.size() != n)
        throw AnalysisError("The run columns do not have the same length.");
    r.totalRuns = n;

    std::vector<double> values[2];
    for (std::size_t i = 0; i < n; ++i) {
        const int device = columns.isGpu[i] ? 1 : 0;
        (device ? r.gpu : r.cpu).runs += 1;
        const double v = column[i];
        if (std::isfinite(v) && v > 0)
            values[device].push_back(v);
        else
            ++r.droppedNonPositive;
    }
    if (stop() || (values[0].empty() && values[1].empty()))
        return r;

    std::vector<double> all;
    all.reserve(values[0].size() + values[1].size());
    all.insert(all.end(), values[0].begin(), values[0].end());
    all.insert(all.end(), values[1].begin(), values[1].end());
    const auto [lo, hi] = std::minmax_element(all.begin(), all.end());
    r.minValue = *lo;
    r.maxValue = *hi;

    // Bins from both devices together (Freedman-Diaconis on log10), so the bars line up.
    stats::HistogramOptions shared;
    shared.rule = stats::BinRule::FreedmanDiaconis;
    shared.scale = AxisScale::Log10;
    shared.maxBins = 120;
    shared.rangeMin = r.minValue;
    shared.rangeMax = r.maxValue;
    const int bins = std::clamp(int(stats::histogram(all, shared).binCount()), 8, 120);
    all = {};
    if (stop())
        return r;

    // The KDE grid spans the axis as drawn: the bins plus a little room.
    const double logLo = std::log10(r.minValue);
    const double logHi = std::log10(r.maxValue);
    const double pad = std::max(0.05 * (logHi - logLo), 0.05);

    DistributionResult::Device *devices[2] = {&r.cpu, &r.gpu};
    for (int d = 0; d < 2; ++d) {
        std::vector<double> &v = values[d];
        DistributionResult::Device &dev = *devices[d];
        dev.count = v.size();
        if (v.empty())
            continue;
        stats::HistogramOptions fixed;
        fixed.rule = stats::BinRule::Fixed;
        fixed.bins = bins;
        fixed.scale = AxisScale::Log10;
        fixed.rangeMin = r.minValue;
        fixed.rangeMax = r.maxValue;
        stats::Histogram h = stats::histogram(v, fixed);
        if (r.edges.empty())
            r.edges = h.edges;
        dev.counts = std::move(h.counts);
        dev.densities = std::move(h.densities);
        if (stop())
            return r;

        std::vector<double> logs(v.size());
        std::transform(v.begin(), v.end(), logs.begin(), [](double x) { return std::log10(x); });
        try {
            stats::KdeCurveOptions k;
            k.scale = AxisScale::Log10;
            k.gridSize = 300;
            k.gridMin = std::pow(10.0, logLo - pad);
            k.gridMax = std::pow(10.0, logHi + pad);
            stats::KdeCurve curve = stats::kdeCurve(v, k);
            dev.kdeX = std::move(curve.x);
            dev.kdeDensity = std::move(curve.density);
        } catch (const AnalysisError &) {
            // One run, or all equal: no spread to smooth; the bars still show it.
        }
        if (stop())
            return r;

        static constexpr double qs[] = {0.25, 0.5, 0.75, 0.99};
        const std::vector<double> q = stats::quantilesInPlace(v, qs);
        dev.q1 = q[0];
        dev.median = q[1];
        dev.q3 = q[2];
        dev.p99 = q[3];
        dev.iqr = dev.q3 - dev.q1;
        dev.tailRatio = dev.median > 0 ? dev.p99 / dev.median : 0.0;
        try {
            dev.skewLog10 = stats::skewness(logs);
        } catch (const AnalysisError &) {
            dev.skewLog10.reset();
        }
        if (stop())
            return r;
    }
    return r;
}

} // namespace wattprint
