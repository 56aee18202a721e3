#include "filterruns.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace wattprint {

namespace {

// Marks, per dictionary entry, whether a filter's list names it. An empty list keeps all.
std::vector<std::uint8_t> allowedNames(const QStringList &names, const QStringList &wanted)
{
    std::vector<std::uint8_t> allowed(std::size_t(names.size()), wanted.isEmpty() ? 1 : 0);
    if (!wanted.isEmpty()) {
        for (qsizetype i = 0; i < names.size(); ++i)
            allowed[std::size_t(i)] = wanted.contains(names.at(i)) ? 1 : 0;
    }
    return allowed;
}

// Clears keep[i] where the coded column names a value the filter does not list (NULL, -1, is
// never IN a list, as in SQL).
void keepListed(std::vector<std::uint8_t> *keep, const std::vector<std::int32_t> &codes, const QStringList &names,
                const QStringList &wanted)
{
    if (wanted.isEmpty())
        return;
    const std::vector<std::uint8_t> allowed = allowedNames(names, wanted);
    const std::size_t n = keep->size();
    std::uint8_t *k = keep->data();
    if (codes.empty()) { // a column the columns lack is NULL everywhere
        std::fill(k, k + n, 0);
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t c = codes[i];
        k[i] &= c >= 0 ? allowed[std::size_t(c)] : 0;
    }
}

template<typename T>
void keepBetween(std::vector<std::uint8_t> *keep, const std::vector<T> &values, double lo, double hi)
{
    const std::size_t n = keep->size();
    std::uint8_t *k = keep->data();
    for (std::size_t i = 0; i < n; ++i) {
        const double v = double(values[i]);
        k[i] &= (v >= lo && v <= hi) ? 1 : 0; // NaN (NULL) is never between
    }
}

// The kept rows of `from`, its codes re-numbered to first appearance among them.
void gatherCoded(const std::vector<std::int32_t> &from, const QStringList &names,
                 const std::vector<std::uint32_t> &rows, std::vector<std::int32_t> *to, QStringList *toNames)
{
    to->resize(rows.size());
    std::vector<std::int32_t> renumber(std::size_t(names.size()), -1);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const std::int32_t c = from[rows[j]];
        if (c < 0) {
            (*to)[j] = -1;
            continue;
        }
        std::int32_t &r = renumber[std::size_t(c)];
        if (r < 0) {
            r = std::int32_t(toNames->size());
            toNames->append(names.at(c));
        }
        (*to)[j] = r;
    }
}

template<typename T>
void gather(const std::vector<T> &from, const std::vector<std::uint32_t> &rows, std::vector<T> *to)
{
    to->resize(rows.size());
    T *out = to->data();
    for (std::size_t j = 0; j < rows.size(); ++j)
        out[j] = from[rows[j]];
}

bool allNaN(const std::vector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return std::isnan(x); });
}

} // namespace

bool filterRuns(const RunColumns &all, const Filter &filter, RunColumns *out, const std::atomic_bool *cancel)
{
    *out = RunColumns();
    const std::size_t n = all.rowCount();
    std::vector<std::uint8_t> keep(n, 1);
    keepListed(&keep, all.dataset, all.datasetNames, filter.datasets);
    keepListed(&keep, all.shape, all.shapeNames, filter.shapes);
    keepListed(&keep, all.nodeType, all.nodeTypeNames, filter.nodeTypes);
    keepListed(&keep, all.batch, all.batchNames, filter.batches);
    keepListed(&keep, all.source, all.sourceNames, filter.sources);
    keepListed(&keep, all.project, all.projectNames, filter.projects);
    if (!filter.devices.isEmpty()) {
        const std::uint8_t cpu = filter.devices.contains(QStringLiteral("CPU")) ? 1 : 0;
        const std::uint8_t gpu = filter.devices.contains(QStringLiteral("GPU")) ? 1 : 0;
        for (std::size_t i = 0; i < n; ++i)
            keep[i] &= all.isGpu[i] ? gpu : cpu;
    }
    const double inf = std::numeric_limits<double>::infinity();
    if (filter.sizeMin || filter.sizeMax) {
        // Compared as whole numbers, as SQL compares an integer column with an integer bound.
        const qint64 lo = filter.sizeMin.value_or(std::numeric_limits<qint64>::min());
        const qint64 hi = filter.sizeMax.value_or(std::numeric_limits<qint64>::max());
        for (std::size_t i = 0; i < n; ++i)
            keep[i] &= (all.size[i] >= lo && all.size[i] <= hi) ? 1 : 0;
    }
    if (filter.depthMin || filter.depthMax)
        keepBetween(&keep, all.depth, filter.depthMin ? double(*filter.depthMin) : -inf,
                    filter.depthMax ? double(*filter.depthMax) : inf);
    for (auto it = filter.ranges.cbegin(); it != filter.ranges.cend(); ++it) {
        const double lo = it.value().first, hi = it.value().second;
        const QString &c = it.key();
        if (c == QLatin1String("energy"))
            keepBetween(&keep, all.energy, lo, hi);
        else if (c == QLatin1String("run_time"))
            keepBetween(&keep, all.runTime, lo, hi);
        else if (c == QLatin1String("power"))
            keepBetween(&keep, all.power, lo, hi);
        else if (c == QLatin1String("energy_per_datum"))
            keepBetween(&keep, all.energyPerDatum, lo, hi);
        else if (c == QLatin1String("non_overhead_energy"))
            keepBetween(&keep, all.nonOverheadEnergy, lo, hi);
        else if (c == QLatin1String("energy_per_epoch"))
            keepBetween(&keep, all.energyPerEpoch, lo, hi);
        else if (c == QLatin1String("size"))
            keepBetween(&keep, all.size, lo, hi);
        else if (c == QLatin1String("depth"))
            keepBetween(&keep, all.depth, lo, hi);
        // Filter::where() skips a column it does not know; so does this.
    }
    if (!filter.runIds.isEmpty()) {
        std::vector<std::int64_t> ids(filter.runIds.cbegin(), filter.runIds.cend());
        std::sort(ids.begin(), ids.end());
        const std::uint8_t listed = filter.excludeRunIds ? 0 : 1;
        for (std::size_t i = 0; i < n; ++i)
            keep[i] &= std::binary_search(ids.begin(), ids.end(), all.id[i]) ? listed : std::uint8_t(1 - listed);
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;

    std::vector<std::uint32_t> rows;
    rows.reserve(std::size_t(std::count(keep.begin(), keep.end(), std::uint8_t(1))));
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i])
            rows.push_back(std::uint32_t(i));
    }
    gather(all.id, rows, &out->id);
    gatherCoded(all.dataset, all.datasetNames, rows, &out->dataset, &out->datasetNames);
    gatherCoded(all.shape, all.shapeNames, rows, &out->shape, &out->shapeNames);
    gatherCoded(all.nodeType, all.nodeTypeNames, rows, &out->nodeType, &out->nodeTypeNames);
    gatherCoded(all.batch, all.batchNames, rows, &out->batch, &out->batchNames);
    if (!all.source.empty())
        gatherCoded(all.source, all.sourceNames, rows, &out->source, &out->sourceNames);
    if (!all.project.empty())
        gatherCoded(all.project, all.projectNames, rows, &out->project, &out->projectNames);
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;
    gather(all.size, rows, &out->size);
    gather(all.depth, rows, &out->depth);
    gather(all.isGpu, rows, &out->isGpu);
    gather(all.slurmJobId, rows, &out->slurmJobId);
    gather(all.startNs, rows, &out->startNs);
    gather(all.energy, rows, &out->energy);
    gather(all.runTime, rows, &out->runTime);
    gather(all.power, rows, &out->power);
    gather(all.nonOverheadEnergy, rows, &out->nonOverheadEnergy);
    gather(all.energyOverhead, rows, &out->energyOverhead);
    gather(all.energyPerEpoch, rows, &out->energyPerEpoch);
    gather(all.energyPerDatum, rows, &out->energyPerDatum);
    gather(all.quality, rows, &out->quality);
    if (!all.expectedEnergy.empty()) {
        gather(all.expectedEnergy, rows, &out->expectedEnergy);
        if (allNaN(out->expectedEnergy))
            out->expectedEnergy.clear();
    }
    if (all.hasParts()) {
        gather(all.cpuEnergy, rows, &out->cpuEnergy);
        gather(all.gpuEnergy, rows, &out->gpuEnergy);
        gather(all.ramEnergy, rows, &out->ramEnergy);
        if (allNaN(out->cpuEnergy) && allNaN(out->gpuEnergy) && allNaN(out->ramEnergy)) {
            out->cpuEnergy.clear();
            out->gpuEnergy.clear();
            out->ramEnergy.clear();
        }
    }
    return !(cancel && cancel->load(std::memory_order_relaxed));
}

} // namespace wattprint
