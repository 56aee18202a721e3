#include "paretoanalysis.h"

#include "pareto.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace wattprint {

namespace {

void fillLayer(ParetoResult::Layer &layer, std::vector<double> x, std::vector<double> y,
               std::vector<std::uint32_t> configuration, std::vector<std::int64_t> runId,
               const std::vector<ConfigurationStats> &configurations)
{
    // Sorted by run time: the view's hit tests search the keys.
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] != x[b] ? x[a] < x[b] : a < b; });
    const bool withIds = !runId.empty();
    layer.x.resize(order.size());
    layer.y.resize(order.size());
    layer.configuration.resize(order.size());
    if (withIds)
        layer.runId.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        layer.x[k] = x[order[k]];
        layer.y[k] = y[order[k]];
        layer.configuration[k] = configuration[order[k]];
        if (withIds)
            layer.runId[k] = runId[order[k]];
    }
    const ParetoFrontier f = paretoFrontier2d(layer.x, layer.y, true, true);
    layer.frontier = f.indices;
    const ParetoStaircase s = paretoStaircase(layer.x, layer.y, f.indices, true);
    layer.stairX = s.x;
    layer.stairY = s.y;

    // Per dataset: the table is sorted by dataset name, so configuration order groups datasets.
    std::map<std::pair<QString, std::int32_t>, std::vector<std::size_t>> groups;
    for (std::size_t k = 0; k < layer.x.size(); ++k) {
        const ConfigurationStats &c = configurations[layer.configuration[k]];
        groups[{c.datasetName, c.dataset}].push_back(k); // ascending run time within each group
    }
    for (const auto &[key, points] : groups) {
        std::vector<double> gx(points.size()), gy(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            gx[i] = layer.x[points[i]];
            gy[i] = layer.y[points[i]];
        }
        const ParetoFrontier gf = paretoFrontier2d(gx, gy, true, true);
        const ParetoStaircase gs = paretoStaircase(gx, gy, gf.indices, true);
        ParetoResult::Layer::DatasetFrontier d;
        d.dataset = key.first;
        for (const std::size_t i : gf.indices)
            d.points.push_back(points[i]);
        d.stairX = gs.x;
        d.stairY = gs.y;
        layer.datasetFrontier.insert(layer.datasetFrontier.end(), d.points.begin(), d.points.end());
        layer.perDataset.push_back(std::move(d));
    }
}

bool plottable(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y) && x > 0 && y > 0;
}

} // namespace

ParetoResult computePareto(const RunColumns &runs, const std::function<bool()> &cancelled)
{
    ParetoResult r;
    r.totalRuns = runs.rowCount();
    ConfigurationTable table = summarizeConfigurations(runs);
    if (cancelled && cancelled())
        return r;
    r.runs = ConfigurationRuns::build(table, runs);
    for (const ConfigurationStats &c : table.configurations)
        r.maxSize = std::max<std::int64_t>(r.maxSize, c.size);

    {
        std::vector<double> x, y;
        std::vector<std::uint32_t> conf;
        for (std::size_t i = 0; i < table.configurations.size(); ++i) {
            const ConfigurationStats &c = table.configurations[i];
            if (!plottable(c.medianRunTime, c.medianEnergy)) {
                ++r.perConfiguration.dropped;
                continue;
            }
            x.push_back(c.medianRunTime);
            y.push_back(c.medianEnergy);
            conf.push_back(std::uint32_t(i));
        }
        fillLayer(r.perConfiguration, std::move(x), std::move(y), std::move(conf), {}, table.configurations);
    }
    if (cancelled && cancelled())
        return r;
    {
        const std::size_t n = runs.rowCount();
        std::vector<double> x, y;
        std::vector<std::uint32_t> conf;
        std::vector<std::int64_t> ids;
        x.reserve(n);
        y.reserve(n);
        conf.reserve(n);
        ids.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (!plottable(runs.runTime[i], runs.energy[i]) || table.rowConfiguration[i] < 0) {
                ++r.perRun.dropped;
                continue;
            }
            x.push_back(runs.runTime[i]);
            y.push_back(runs.energy[i]);
            conf.push_back(std::uint32_t(table.rowConfiguration[i]));
            ids.push_back(runs.id[i]);
        }
        fillLayer(r.perRun, std::move(x), std::move(y), std::move(conf), std::move(ids), table.configurations);
    }
    r.configurations = std::move(table.configurations);
    return r;
}

} // namespace wattprint
