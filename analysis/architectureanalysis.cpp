#include "architectureanalysis.h"

#include "analysiserror.h"
#include "architecture.h"
#include "groupedquartiles.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wattprint {

namespace {

// The shape's place in the sweep's order (the colour the view gives it), or -1.
int sweepIndex(const QString &shape)
{
    static const QStringList names = shapeNames();
    return int(names.indexOf(shape));
}

} // namespace

ArchitectureResult computeArchitecture(const RunColumns &c, const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    const std::size_t n = c.rowCount();
    if (c.energyPerDatum.size() != n || c.shape.size() != n || c.depth.size() != n)
        throw AnalysisError("The run columns do not have the same length.");
    ArchitectureResult r;
    r.totalRuns = n;

    std::vector<int> shapeKey(static_cast<std::size_t>(c.shapeNames.size()));
    int keys = int(shapeNames().size());
    for (qsizetype s = 0; s < c.shapeNames.size(); ++s) {
        const int i = sweepIndex(c.shapeNames[s]);
        shapeKey[std::size_t(s)] = i >= 0 ? i : keys++;
    }
    int maxDepth = 0;
    std::vector<std::uint8_t> usable(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double v = c.energyPerDatum[i];
        const bool ok = std::isfinite(v) && v > 0 && c.depth[i] >= 1 && c.depth[i] <= 4096 && c.shape[i] >= 0
            && c.shape[i] < c.shapeNames.size();
        usable[i] = ok;
        if (ok)
            maxDepth = std::max(maxDepth, c.depth[i]);
        else
            ++r.droppedNonPositive;
    }
    r.plottedRuns = n - r.droppedNonPositive;
    if (r.plottedRuns == 0)
        return r;
    std::vector<int> depthIndex(std::size_t(maxDepth) + 1, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (usable[i])
            depthIndex[std::size_t(c.depth[i])] = 0;
    }
    for (int d = 0; d <= maxDepth; ++d) {
        if (depthIndex[std::size_t(d)] == 0) {
            depthIndex[std::size_t(d)] = int(r.depths.size());
            r.depths.push_back(d);
        }
    }
    const std::size_t depthCount = r.depths.size();
    std::vector<std::int32_t> cellKey(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (usable[i])
            cellKey[i] = std::int32_t(std::size_t(shapeKey[std::size_t(c.shape[i])]) * depthCount
                                      + std::size_t(depthIndex[std::size_t(c.depth[i])]));
    }
    if (stop())
        return r;
    const auto cells = stats::groupedQuartiles(cellKey, c.energyPerDatum, std::size_t(keys) * depthCount);
    if (stop())
        return r;

    std::vector<QString> names(static_cast<std::size_t>(keys));
    for (qsizetype s = 0; s < c.shapeNames.size(); ++s)
        names[std::size_t(shapeKey[std::size_t(s)])] = c.shapeNames[s];
    r.valueMin = std::numeric_limits<double>::infinity();
    r.valueMax = 0;
    for (int k = 0; k < keys; ++k) {
        ArchitectureSeries s;
        s.shape = names[std::size_t(k)];
        s.key = k;
        for (std::size_t di = 0; di < depthCount; ++di) {
            const auto &q = cells[std::size_t(k) * depthCount + di];
            if (q.n == 0)
                continue;
            s.points.push_back({r.depths[di], q.n, q.q1, q.median, q.q3});
            r.valueMin = std::min(r.valueMin, q.median);
            r.valueMax = std::max(r.valueMax, q.median);
        }
        if (!s.points.empty())
            r.series.push_back(std::move(s));
    }

    // Winners: the lowest median at each depth; a tie goes to the shape first in the sweep's order.
    for (std::size_t di = 0; di < depthCount; ++di) {
        ArchitectureWinner w;
        w.depth = r.depths[di];
        for (std::size_t si = 0; si < r.series.size(); ++si) {
            const auto &q = cells[std::size_t(r.series[si].key) * depthCount + di];
            if (q.n == 0)
                continue;
            ++w.contenders;
            if (w.series < 0 || q.median < w.median) {
                w.runnerUp = w.series;
                w.runnerUpMedian = w.median;
                w.series = int(si);
                w.median = q.median;
                w.n = q.n;
            } else if (w.runnerUp < 0 || q.median < w.runnerUpMedian) {
                w.runnerUp = int(si);
                w.runnerUpMedian = q.median;
            }
        }
        r.winners.push_back(w);
        const bool contested = w.contenders > 1;
        if (!r.runs.empty() && r.runs.back().series == w.series && r.runs.back().contested == contested) {
            r.runs.back().lastDepth = w.depth;
            ++r.runs.back().depths;
        } else {
            r.runs.push_back({w.series, w.depth, w.depth, 1, contested});
        }
    }
    return r;
}

} // namespace wattprint
