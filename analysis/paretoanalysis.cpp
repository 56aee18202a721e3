#include "paretoanalysis.h"

#include "pareto.h"
#include "radixsort.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

namespace wattprint {

QString paretoAxesName(ParetoAxes axes)
{
    switch (axes) {
    case ParetoAxes::CapacityEnergyPerDatum: return QStringLiteral("capacity-energy-per-datum");
    case ParetoAxes::CapacityEnergy: return QStringLiteral("capacity-energy");
    case ParetoAxes::TimeEnergy: return QStringLiteral("time-energy");
    }
    return {};
}

std::optional<ParetoAxes> paretoAxesFromName(QStringView name)
{
    for (ParetoAxes axes : {ParetoAxes::CapacityEnergyPerDatum, ParetoAxes::CapacityEnergy, ParetoAxes::TimeEnergy}) {
        if (name == paretoAxesName(axes))
            return axes;
    }
    return std::nullopt;
}

QStringList paretoAxesNames()
{
    return {paretoAxesName(ParetoAxes::CapacityEnergyPerDatum), paretoAxesName(ParetoAxes::CapacityEnergy),
            paretoAxesName(ParetoAxes::TimeEnergy)};
}

bool paretoMaximisesX(ParetoAxes axes)
{
    return axes != ParetoAxes::TimeEnergy;
}

bool paretoPerDevice(ParetoAxes axes)
{
    return axes != ParetoAxes::TimeEnergy;
}

namespace {

// The frontier of the layer's points `points` (ascending point order).
ParetoResult::Frontier frontierOf(const ParetoResult::Layer &layer, const std::vector<std::size_t> &points,
                                  bool maximiseX)
{
    // The layer is sorted by x, and so are `points`. Walking them from the better x, a point whose y
    // is above the least y of every point with a strictly better x is dominated by that point
    // (which is itself kept: it was the first to reach that y), and so is anything it would have
    // dominated: the frontier of the points kept is the frontier of all. Only those few are
    // sorted, instead of every point of the group.
    std::vector<std::size_t> kept; // positions in `points`, ascending
    {
        const std::size_t n = points.size();
        double best = std::numeric_limits<double>::infinity(); // least y of strictly better x
        double runBest = best;                                 // least y within the current x
        double runX = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t step = 0; step < n; ++step) {
            const std::size_t k = maximiseX ? n - 1 - step : step;
            const double x = layer.x[points[k]], y = layer.y[points[k]];
            if (x != runX) {
                best = std::min(best, runBest);
                runBest = std::numeric_limits<double>::infinity();
                runX = x;
            }
            runBest = std::min(runBest, y);
            if (y <= best)
                kept.push_back(k);
        }
        if (maximiseX)
            std::reverse(kept.begin(), kept.end());
    }
    std::vector<double> gx(kept.size()), gy(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        gx[i] = layer.x[points[kept[i]]];
        gy[i] = layer.y[points[kept[i]]];
    }
    const ParetoFrontier f = paretoFrontier2d(gx, gy, !maximiseX, true);
    const ParetoStaircase s = paretoStaircase(gx, gy, f.indices, !maximiseX);
    ParetoResult::Frontier out;
    out.candidates = points.size();
    out.points.reserve(f.indices.size());
    for (const std::size_t i : f.indices)
        out.points.push_back(points[kept[i]]);
    out.stairX = s.x;
    out.stairY = s.y;
    return out;
}

void fillLayer(ParetoResult::Layer &layer, ParetoAxes axes, std::vector<double> x, std::vector<double> y,
               std::vector<std::uint32_t> configuration, std::vector<std::int64_t> runId,
               const std::vector<ConfigurationStats> &configurations)
{
    // Sorted by x, ties in the given order: the view's hit tests search the keys. Every x is
    // positive and finite (plottable), so its bits order as the number does and a radix sort of
    // (bits, position) pairs gives the comparison sort's order in a few linear passes.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        order[i] = {std::bit_cast<std::uint64_t>(x[i]), std::uint32_t(i)};
    radixSortByKey(order, 63);
    const bool withIds = !runId.empty();
    layer.x.resize(order.size());
    layer.y.resize(order.size());
    layer.configuration.resize(order.size());
    if (withIds)
        layer.runId.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::uint32_t from = order[k].second;
        layer.x[k] = x[from];
        layer.y[k] = y[from];
        layer.configuration[k] = configuration[from];
        if (withIds)
            layer.runId[k] = runId[from];
    }

    const bool maximiseX = paretoMaximisesX(axes);
    const bool perDevice = paretoPerDevice(axes);
    // Groups: device (or -1 for both) over all datasets; (dataset, device) within datasets. The
    // configurations are sorted by dataset name, so the dataset index orders like its name.
    // Each configuration's groups are found once; the points then go to them by index.
    using DatasetKey = std::tuple<QString, std::int32_t, int>;
    std::map<int, std::size_t> deviceGroup;
    std::map<DatasetKey, std::size_t> datasetGroup;
    // (dataset, device) -> its group: integers to look up per configuration, the name only once.
    std::map<std::pair<std::int32_t, int>, std::size_t> pairGroup;
    std::vector<std::uint32_t> deviceOf(configurations.size(), 0), datasetOf(configurations.size(), 0);
    std::vector<char> used(configurations.size(), 0);
    for (const std::uint32_t c : layer.configuration)
        used[c] = 1;
    for (std::size_t c = 0; c < configurations.size(); ++c) {
        if (!used[c])
            continue;
        const ConfigurationStats &s = configurations[c];
        const int device = perDevice ? (s.gpu ? 1 : 0) : -1;
        deviceOf[c] = std::uint32_t(deviceGroup.try_emplace(device, deviceGroup.size()).first->second);
        const auto [pair, added] = pairGroup.try_emplace({s.dataset, device}, pairGroup.size());
        if (added)
            datasetGroup.emplace(DatasetKey{s.datasetName, s.dataset, device}, pair->second);
        datasetOf[c] = std::uint32_t(pair->second);
    }
    std::vector<std::vector<std::size_t>> byDevice(deviceGroup.size()), byDataset(datasetGroup.size());
    for (std::size_t k = 0; k < layer.x.size(); ++k) {
        const std::uint32_t c = layer.configuration[k];
        byDevice[deviceOf[c]].push_back(k);
        byDataset[datasetOf[c]].push_back(k);
    }
    for (const auto &[device, group] : deviceGroup) {
        ParetoResult::Frontier f = frontierOf(layer, byDevice[group], maximiseX);
        f.device = device;
        layer.frontier.insert(layer.frontier.end(), f.points.begin(), f.points.end());
        layer.frontiers.push_back(std::move(f));
    }
    for (const auto &[key, group] : datasetGroup) {
        ParetoResult::Frontier f = frontierOf(layer, byDataset[group], maximiseX);
        f.dataset = std::get<0>(key);
        f.device = std::get<2>(key);
        layer.datasetFrontier.insert(layer.datasetFrontier.end(), f.points.begin(), f.points.end());
        layer.perDataset.push_back(std::move(f));
    }
}

bool plottable(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y) && x > 0 && y > 0;
}

} // namespace

ParetoResult computePareto(const RunColumns &allRuns, ParetoAxes axes, FailingRuns failing,
                           const std::function<bool()> &cancelled)
{
    const RunsTakingPart part(allRuns, failing);
    const RunColumns &runs = part.runs();
    ParetoResult r;
    r.axes = axes;
    r.totalRuns = allRuns.rowCount();
    r.failingRuns = part.failing();
    r.leftOutFailing = part.leftOut();
    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(runs);
    const ConfigurationTable &table = *sharedTable;
    if (cancelled && cancelled())
        return r;
    r.runs = ConfigurationRuns::build(table, runs);
    for (const ConfigurationStats &c : table.configurations)
        r.maxSize = std::max<std::int64_t>(r.maxSize, c.size);

    const bool capacity = axes != ParetoAxes::TimeEnergy;
    const bool perDatum = axes == ParetoAxes::CapacityEnergyPerDatum;
    {
        std::vector<double> x, y;
        std::vector<std::uint32_t> conf;
        for (std::size_t i = 0; i < table.configurations.size(); ++i) {
            const ConfigurationStats &c = table.configurations[i];
            const double vx = capacity ? double(c.size) : c.medianRunTime;
            const double vy = perDatum ? c.medianEnergyPerDatum : c.medianEnergy;
            if (!plottable(vx, vy)) {
                ++r.perConfiguration.dropped;
                continue;
            }
            x.push_back(vx);
            y.push_back(vy);
            conf.push_back(std::uint32_t(i));
        }
        fillLayer(r.perConfiguration, axes, std::move(x), std::move(y), std::move(conf), {}, table.configurations);
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
            const double vx = capacity ? double(runs.size[i]) : runs.runTime[i];
            const double vy = perDatum ? runs.energyPerDatum[i] : runs.energy[i];
            if (!plottable(vx, vy) || table.rowConfiguration[i] < 0) {
                ++r.perRun.dropped;
                continue;
            }
            x.push_back(vx);
            y.push_back(vy);
            conf.push_back(std::uint32_t(table.rowConfiguration[i]));
            ids.push_back(runs.id[i]);
        }
        fillLayer(r.perRun, axes, std::move(x), std::move(y), std::move(conf), std::move(ids), table.configurations);
    }
    r.configurations = table.configurations;
    return r;
}

} // namespace wattprint
