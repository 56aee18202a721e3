#include "depthanalysis.h"

#include "analysiserror.h"
#include "architecture.h"
#include "groupedquartiles.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wattprint {

namespace {

const std::vector<double> &metricColumn(const RunColumns &c, DepthMetric metric)
{
    return metric == DepthMetric::EnergyPerDatum ? c.energyPerDatum : c.energy;
}

// The shape's place in the sweep's order (the colour the view gives it), or -1.
int sweepIndex(const QString &shape)
{
    static const QStringList names = shapeNames();
    return int(names.indexOf(shape));
}

} // namespace

int depthSizeBand(std::int64_t size)
{
    if (size <= 0)
        return 0;
    const int log2 = int(std::floor(std::log2(double(size)) + 1e-9));
    return std::clamp((log2 - 5) / 5, 0, DepthSizeBands - 1);
}

QString depthSizeBandLabel(int band)
{
    static const char *const labels[DepthSizeBands] = {"32-512", "1K-16K", "32K-512K", "1M-16M"};
    // The depth view's label, in its translation context.
    return QCoreApplication::translate("wattprint::DepthView", "%1 params")
        .arg(QLatin1String(labels[std::clamp(band, 0, DepthSizeBands - 1)]));
}

std::pair<qint64, qint64> depthSizeBandRange(int band)
{
    band = std::clamp(band, 0, DepthSizeBands - 1);
    return {qint64(1) << (5 + 5 * band), (qint64(1) << (10 + 5 * band)) - 1};
}

void assessDepthDeparture(DepthPanel &panel, double tolerance)
{
    panel.fit.reset();
    panel.departureDepth = 0;
    panel.departureRatio = 0;
    panel.lastLinearDepth = panel.overall.empty() ? 0 : panel.overall.back().depth;
    // The medians in units of a power of two near the largest: exact, so the fit is the same bit
    // for bit, and sums of medians near 1e308 (products with the depth) cannot overflow to NaN.
    double largest = 0;
    for (const DepthPoint &p : panel.overall)
        largest = std::max(largest, std::abs(p.median));
    int exponent = 0;
    std::frexp(largest, &exponent);
    const double unit = std::ldexp(1.0, -exponent);
    // Least squares through the shallow medians, closed form.
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int m = 0;
    int deepestShallow = 0;
    for (const DepthPoint &p : panel.overall) {
        if (p.depth < DepthFitMin || p.depth > DepthFitMax || p.n == 0)
            continue;
        sx += p.depth;
        sy += p.median * unit;
        sxx += double(p.depth) * p.depth;
        sxy += double(p.depth) * (p.median * unit);
        deepestShallow = std::max(deepestShallow, p.depth);
        ++m;
    }
    if (m < 2) {
        panel.verdict = DepthPanel::Verdict::TooFewShallowDepths;
        return;
    }
    DepthFit scaled;
    const double denom = m * sxx - sx * sx;
    scaled.slope = (m * sxy - sx * sy) / denom;
    scaled.intercept = (sy - scaled.slope * sx) / m;
    DepthFit fit;
    fit.slope = scaled.slope / unit;
    fit.intercept = scaled.intercept / unit;
    fit.points = m;
    panel.fit = fit;
    panel.verdict = DepthPanel::Verdict::NoDeeperDepths;
    int previous = deepestShallow;
    for (const DepthPoint &p : panel.overall) {
        if (p.depth <= DepthFitMax || p.n == 0)
            continue;
        const double predicted = scaled.predict(p.depth);
        const double ratio = predicted > 0 ? p.median * unit / predicted : std::numeric_limits<double>::quiet_NaN();
        if (!(predicted > 0) || std::abs(ratio - 1.0) > tolerance) {
            panel.verdict = DepthPanel::Verdict::Departs;
            panel.departureDepth = p.depth;
            panel.departureRatio = ratio;
            panel.lastLinearDepth = previous;
            return;
        }
        panel.verdict = DepthPanel::Verdict::StaysLinear;
        previous = p.depth;
    }
    panel.lastLinearDepth = previous;
}

DepthResult computeDepth(const RunColumns &c, DepthMetric metric, DepthGrouping grouping, double tolerance,
                         const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    if (!std::isfinite(tolerance) || tolerance <= 0)
        throw AnalysisError("The tolerance for departing from the linear fit must be a positive number.");
    const std::vector<double> &column = metricColumn(c, metric);
    const std::size_t n = c.rowCount();
    if (column.size() != n || c.dataset.size() != n || c.shape.size() != n || c.size.size() != n || c.depth.size() != n)
        throw AnalysisError("The run columns do not have the same length.");

    DepthResult r;
    r.metric = metric;
    r.grouping = grouping;
    r.tolerance = tolerance;
    r.totalRuns = n;

    // Group keys: a shape's place in the sweep's order (unknown shapes after the sweep's), or the
    // size band.
    const qsizetype sweepShapes = shapeNames().size();
    std::vector<int> shapeKey(std::size_t(c.shapeNames.size()));
    int extra = int(sweepShapes);
    for (qsizetype s = 0; s < c.shapeNames.size(); ++s) {
        const int i = sweepIndex(c.shapeNames[s]);
        shapeKey[std::size_t(s)] = i >= 0 ? i : extra++;
    }
    const int groupCount = grouping == DepthGrouping::SizeBand ? DepthSizeBands : extra;
    const int datasetCount = int(c.datasetNames.size());

    // Depths present, as dense indices.
    int maxDepth = 0;
    std::vector<std::uint8_t> usable(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double v = column[i];
        const bool ok = std::isfinite(v) && v > 0 && c.depth[i] >= 1 && c.depth[i] <= 4096 && c.dataset[i] >= 0
            && c.dataset[i] < datasetCount
            && (grouping == DepthGrouping::SizeBand || (c.shape[i] >= 0 && c.shape[i] < c.shapeNames.size()));
        usable[i] = ok;
        if (ok)
            maxDepth = std::max(maxDepth, c.depth[i]);
        else
            ++r.droppedNonPositive;
    }
    std::vector<int> depthIndex(std::size_t(maxDepth) + 1, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (usable[i])
            depthIndex[std::size_t(c.depth[i])] = 0;
    }
    std::vector<int> depths;
    for (int d = 0; d <= maxDepth; ++d) {
        if (depthIndex[std::size_t(d)] == 0) {
            depthIndex[std::size_t(d)] = int(depths.size());
            depths.push_back(d);
        }
    }
    if (stop())
        return r;
    const std::size_t depthCount = depths.size();
    std::vector<std::int32_t> cellKey(n, -1);
    std::vector<std::int32_t> overallKey(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (!usable[i])
            continue;
        const int g = grouping == DepthGrouping::SizeBand ? depthSizeBand(c.size[i])
                                                          : shapeKey[std::size_t(c.shape[i])];
        const auto di = std::size_t(depthIndex[std::size_t(c.depth[i])]);
        cellKey[i] = std::int32_t((std::size_t(c.dataset[i]) * std::size_t(groupCount) + std::size_t(g)) * depthCount
                                  + di);
        overallKey[i] = std::int32_t(std::size_t(c.dataset[i]) * depthCount + di);
    }
    r.plottedRuns = n - r.droppedNonPositive;
    if (r.plottedRuns == 0)
        return r;
    const auto cells = stats::groupedQuartiles(cellKey, column, std::size_t(datasetCount) * groupCount * depthCount);
    if (stop())
        return r;
    const auto overall = stats::groupedQuartiles(overallKey, column, std::size_t(datasetCount) * depthCount);
    if (stop())
        return r;

    // Names of the groups by key.
    std::vector<QString> groupNames(static_cast<std::size_t>(groupCount));
    if (grouping == DepthGrouping::SizeBand) {
        for (int b = 0; b < DepthSizeBands; ++b)
            groupNames[std::size_t(b)] = depthSizeBandLabel(b);
    } else {
        for (qsizetype s = 0; s < c.shapeNames.size(); ++s)
            groupNames[std::size_t(shapeKey[std::size_t(s)])] = c.shapeNames[s];
    }

    std::vector<bool> groupPresent(static_cast<std::size_t>(groupCount), false);
    std::vector<int> datasetOrder(static_cast<std::size_t>(datasetCount));
    for (int d = 0; d < datasetCount; ++d)
        datasetOrder[std::size_t(d)] = d;
    std::sort(datasetOrder.begin(), datasetOrder.end(),
              [&c](int a, int b) { return c.datasetNames[a] < c.datasetNames[b]; });
    r.valueMin = std::numeric_limits<double>::infinity();
    r.valueMax = 0;
    r.depthMin = depths.front();
    r.depthMax = depths.back();
    for (int ds : datasetOrder) {
        DepthPanel panel;
        panel.dataset = c.datasetNames[ds];
        for (std::size_t di = 0; di < depthCount; ++di) {
            const auto &q = overall[std::size_t(ds) * depthCount + di];
            if (q.n == 0)
                continue;
            panel.overall.push_back({depths[di], q.n, q.q1, q.median, q.q3});
            panel.runs += q.n;
            r.valueMin = std::min(r.valueMin, q.median);
            r.valueMax = std::max(r.valueMax, q.median);
        }
        if (panel.runs == 0)
            continue;
        for (int g = 0; g < groupCount; ++g) {
            DepthSeries series;
            series.name = groupNames[std::size_t(g)];
            series.key = g;
            for (std::size_t di = 0; di < depthCount; ++di) {
                const auto &q = cells[(std::size_t(ds) * std::size_t(groupCount) + std::size_t(g)) * depthCount + di];
                if (q.n == 0)
                    continue;
                series.points.push_back({depths[di], q.n, q.q1, q.median, q.q3});
                r.valueMin = std::min(r.valueMin, q.q1);
                r.valueMax = std::max(r.valueMax, q.q3);
            }
            if (!series.points.empty()) {
                groupPresent[std::size_t(g)] = true;
                panel.series.push_back(std::move(series));
            }
        }
        assessDepthDeparture(panel, tolerance);
        r.panels.push_back(std::move(panel));
    }
    for (int g = 0; g < groupCount; ++g) {
        if (groupPresent[std::size_t(g)])
            r.groups.push_back({groupNames[std::size_t(g)], g});
    }
    return r;
}

} // namespace wattprint
