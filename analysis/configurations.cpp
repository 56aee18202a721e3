#include "configurations.h"

#include "analysiserror.h"
#include "descriptive.h"
#include "radixsort.h"
#include "runcolumns.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>
#include <tuple>
#include <utility>

namespace wattprint {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct MetricInfo
{
    RunMetric metric;
    const char *name;
    const char *unit;
};

constexpr std::array<MetricInfo, 5> kMetrics = {{
    {RunMetric::Energy, "energy", "J"},
    {RunMetric::RunTime, "run_time", "s"},
    {RunMetric::Power, "power", "W"},
    {RunMetric::EnergyPerDatum, "energy_per_datum", "J/datum"},
    {RunMetric::NonOverheadEnergy, "non_overhead_energy", "J"},
}};

const MetricInfo &info(RunMetric metric)
{
    for (const MetricInfo &m : kMetrics) {
        if (m.metric == metric)
            return m;
    }
    return kMetrics.front();
}

// Alphabetical rank of every dictionary code; code -1 (unknown) ranks first.
// rank[code + 1] is the rank.
std::vector<std::uint32_t> nameRanks(const QStringList &names)
{
    std::vector<std::int32_t> codes(std::size_t(names.size()));
    std::iota(codes.begin(), codes.end(), 0);
    std::sort(codes.begin(), codes.end(), [&](std::int32_t a, std::int32_t b) {
        const int c = QString::compare(names.at(a), names.at(b));
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<std::uint32_t> ranks(codes.size() + 1, 0);
    for (std::size_t r = 0; r < codes.size(); ++r)
        ranks[std::size_t(codes[r]) + 1] = std::uint32_t(r + 1);
    return ranks;
}

template<typename T>
std::vector<T> distinctSorted(const std::vector<T> &values)
{
    std::vector<T> d = values;
    std::sort(d.begin(), d.end());
    d.erase(std::unique(d.begin(), d.end()), d.end());
    return d;
}

template<typename T>
std::uint64_t rankIn(const std::vector<T> &distinct, T value)
{
    return std::uint64_t(std::lower_bound(distinct.begin(), distinct.end(), value) - distinct.begin());
}

int bitsFor(std::size_t count) // bits to hold 0 .. count - 1
{
    return count <= 1 ? 0 : int(std::bit_width(count - 1));
}

} // namespace

QString runMetricName(RunMetric metric)
{
    return QLatin1String(info(metric).name);
}

QString runMetricUnit(RunMetric metric)
{
    return QLatin1String(info(metric).unit);
}

std::optional<RunMetric> runMetricFromName(QStringView name)
{
    for (const MetricInfo &m : kMetrics) {
        if (name.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.metric;
    }
    return std::nullopt;
}

QStringList runMetricNames()
{
    QStringList names;
    for (const MetricInfo &m : kMetrics)
        names.append(QLatin1String(m.name));
    return names;
}

const std::vector<double> &runMetricColumn(const RunColumns &runs, RunMetric metric)
{
    switch (metric) {
    case RunMetric::Energy: return runs.energy;
    case RunMetric::RunTime: return runs.runTime;
    case RunMetric::Power: return runs.power;
    case RunMetric::EnergyPerDatum: return runs.energyPerDatum;
    case RunMetric::NonOverheadEnergy: return runs.nonOverheadEnergy;
    }
    return runs.energy;
}

std::size_t ConfigurationStats::valueCount(RunMetric metric) const
{
    return metric == RunMetric::EnergyPerDatum ? energyPerDatumCount : n;
}

double ConfigurationStats::median(RunMetric metric) const
{
    switch (metric) {
    case RunMetric::Energy: return medianEnergy;
    case RunMetric::RunTime: return medianRunTime;
    case RunMetric::Power: return medianPower;
    case RunMetric::EnergyPerDatum: return medianEnergyPerDatum;
    case RunMetric::NonOverheadEnergy: return medianNonOverheadEnergy;
    }
    return kNaN;
}

std::shared_ptr<const ConfigurationTable> sharedConfigurations(const RunColumns &runs)
{
    return std::static_pointer_cast<const ConfigurationTable>(runs.shared(RunColumns::Derived::ConfigurationTable, [&] {
        return std::shared_ptr<const void>(std::make_shared<const ConfigurationTable>(summarizeConfigurations(runs)));
    }));
}

ConfigurationTable summarizeConfigurations(const RunColumns &runs)
{
    runs.checkConsistent();
    const std::size_t n = runs.rowCount();
    if (n > std::numeric_limits<std::uint32_t>::max())
        throw AnalysisError("too many runs to group (more than 4 billion)");
    ConfigurationTable table;
    table.rowConfiguration.assign(n, -1);
    if (n == 0)
        return table;

    // Rank each key column so a row's configuration packs into one integer whose order is
    // the table's order (dataset name, shape name, size, depth, device).
    const std::vector<std::uint32_t> datasetRank = nameRanks(runs.datasetNames);
    const std::vector<std::uint32_t> shapeRank = nameRanks(runs.shapeNames);
    const std::vector<std::int64_t> sizes = distinctSorted(runs.size);
    const std::vector<std::int32_t> depths = distinctSorted(runs.depth);
    const int datasetBits = bitsFor(datasetRank.size());
    const int shapeBits = bitsFor(shapeRank.size());
    const int sizeBits = bitsFor(sizes.size());
    const int depthBits = bitsFor(depths.size());
    const int totalBits = datasetBits + shapeBits + sizeBits + depthBits + 1;

    auto codeRank = [](const std::vector<std::uint32_t> &ranks, std::int32_t code) -> std::uint64_t {
        const auto slot = std::size_t(std::int64_t(code) + 1);
        return slot < ranks.size() ? ranks[slot] : 0;
    };

    std::vector<std::uint32_t> order(n);
    std::vector<std::uint64_t> key;
    if (totalBits <= 64) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t k = codeRank(datasetRank, runs.dataset[i]);
            k = (k << shapeBits) | codeRank(shapeRank, runs.shape[i]);
            k = (k << sizeBits) | rankIn(sizes, runs.size[i]);
            k = (k << depthBits) | rankIn(depths, runs.depth[i]);
            k = (k << 1) | (runs.isGpu[i] ? 1u : 0u);
            keyed[i] = {k, std::uint32_t(i)};
        }
        radixSortByKey(keyed, totalBits);
        key.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            key[i] = keyed[i].first;
            order[i] = keyed[i].second;
        }
    } else {
        // Only reachable with absurd numbers of distinct values; compare field by field.
        auto tuple = [&](std::uint32_t i) {
            return std::make_tuple(codeRank(datasetRank, runs.dataset[i]), codeRank(shapeRank, runs.shape[i]),
                                   runs.size[i], runs.depth[i], runs.isGpu[i] ? 1 : 0, i);
        };
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return tuple(a) < tuple(b); });
    }
    auto sameConfiguration = [&](std::size_t a, std::size_t b) {
        if (!key.empty())
            return key[a] == key[b];
        const std::uint32_t i = order[a], j = order[b];
        return runs.dataset[i] == runs.dataset[j] && runs.shape[i] == runs.shape[j] && runs.size[i] == runs.size[j]
            && runs.depth[i] == runs.depth[j] && (runs.isGpu[i] != 0) == (runs.isGpu[j] != 0);
    };

    // The groups first, then each metric's medians a column at a time: the column is gathered
    // into the table's order in one pass, and each group's values are then adjacent. Gathering a
    // group's few values from five columns in turn waited on memory for every one of them.
    std::vector<std::pair<std::size_t, std::size_t>> spans; // per configuration: its range of `order`
    std::size_t begin = 0;
    while (begin < n) {
        std::size_t end = begin + 1;
        while (end < n && sameConfiguration(begin, end))
            ++end;
        const std::uint32_t first = order[begin];
        // Runs of another source (CodeCarbon) have no configuration: they stay outside the table
        // (rowConfiguration -1), as the rows of one group share all key columns.
        if (!runs.hasConfiguration(first)) {
            begin = end;
            continue;
        }
        ConfigurationStats c;
        c.dataset = runs.dataset[first];
        c.shape = runs.shape[first];
        c.size = runs.size[first];
        c.depth = runs.depth[first];
        c.gpu = runs.isGpu[first] != 0;
        c.datasetName = runs.datasetNames.value(c.dataset);
        c.shapeName = runs.shapeNames.value(c.shape);
        c.n = end - begin;
        c.energyIqrOverMedian = kNaN;
        const auto index = std::int32_t(table.configurations.size());
        for (std::size_t k = begin; k < end; ++k)
            table.rowConfiguration[order[k]] = index;
        table.configurations.push_back(std::move(c));
        spans.emplace_back(begin, end);
        begin = end;
    }

    std::vector<double> gathered(n);
    std::vector<double> work;
    static constexpr std::array<double, 2> quartiles = {0.25, 0.75};
    // For each configuration, `take` gets the median of the column's finite values and their
    // count, with the values themselves in `work` while it runs.
    const auto medians = [&](const std::vector<double> &column, auto &&take) {
        for (std::size_t k = 0; k < n; ++k)
            gathered[k] = column[order[k]];
        for (std::size_t c = 0; c < spans.size(); ++c) {
            work.clear();
            for (std::size_t k = spans[c].first; k < spans[c].second; ++k) {
                if (std::isfinite(gathered[k]))
                    work.push_back(gathered[k]);
            }
            const std::size_t count = work.size();
            take(table.configurations[c], work.empty() ? kNaN : stats::medianInPlace(work), count);
        }
    };
    medians(runs.energy, [&](ConfigurationStats &c, double median, std::size_t count) {
        c.medianEnergy = median;
        if (count >= 2 && median != 0) { // one run has no spread to speak of
            const std::vector<double> q = stats::quantilesInPlace(work, quartiles);
            c.energyIqrOverMedian = (q[1] - q[0]) / median;
        }
    });
    medians(runs.runTime, [](ConfigurationStats &c, double median, std::size_t) { c.medianRunTime = median; });
    medians(runs.power, [](ConfigurationStats &c, double median, std::size_t) { c.medianPower = median; });
    medians(runs.energyPerDatum, [](ConfigurationStats &c, double median, std::size_t count) {
        c.medianEnergyPerDatum = median;
        c.energyPerDatumCount = count;
    });
    medians(runs.nonOverheadEnergy,
            [](ConfigurationStats &c, double median, std::size_t) { c.medianNonOverheadEnergy = median; });
    return table;
}

int efficiencyBand(int rank, std::size_t count)
{
    if (count == 0 || rank < 1 || std::size_t(rank) > count)
        throw AnalysisError("a rank must lie between 1 and the number of ranked configurations");
    return 1 + int((5 * std::size_t(rank - 1)) / count);
}

ConfigurationRows ConfigurationRows::build(const ConfigurationTable &table,
                                           const std::function<bool(std::size_t)> &keep)
{
    ConfigurationRows out;
    const std::size_t m = table.configurations.size();
    const std::size_t n = table.rowConfiguration.size();
    auto counts = [&](std::size_t r) {
        const std::int32_t c = table.rowConfiguration[r];
        return c >= 0 && std::size_t(c) < m && (!keep || keep(r));
    };
    std::vector<std::uint8_t> kept(n);
    out.offsets.assign(m + 1, 0);
    for (std::size_t r = 0; r < n; ++r) {
        kept[r] = counts(r) ? 1 : 0;
        if (kept[r])
            ++out.offsets[std::size_t(table.rowConfiguration[r]) + 1];
    }
    for (std::size_t c = 0; c < m; ++c)
        out.offsets[c + 1] += out.offsets[c];
    out.rows.resize(out.offsets[m]);
    std::vector<std::size_t> next(out.offsets.begin(), out.offsets.end() - 1);
    for (std::size_t r = 0; r < n; ++r) {
        if (kept[r])
            out.rows[next[std::size_t(table.rowConfiguration[r])]++] = r;
    }
    return out;
}

std::span<const std::size_t> ConfigurationRows::of(std::size_t configuration) const
{
    if (configuration + 1 >= offsets.size())
        return {};
    return std::span<const std::size_t>(rows.data() + offsets[configuration],
                                        offsets[configuration + 1] - offsets[configuration]);
}

ConfigurationRuns ConfigurationRuns::build(const ConfigurationTable &table, const RunColumns &runs)
{
    ConfigurationRows grouped = ConfigurationRows::build(table, [&runs](std::size_t r) { return r < runs.id.size(); });
    ConfigurationRuns out;
    out.offsets = std::move(grouped.offsets);
    out.ids.resize(grouped.rows.size());
    for (std::size_t k = 0; k < grouped.rows.size(); ++k)
        out.ids[k] = runs.id[grouped.rows[k]];
    return out;
}

std::span<const std::int64_t> ConfigurationRuns::of(std::size_t configuration) const
{
    if (configuration + 1 >= offsets.size())
        return {};
    return std::span<const std::int64_t>(ids.data() + offsets[configuration],
                                         offsets[configuration + 1] - offsets[configuration]);
}

std::vector<LeaderboardEntry> leaderboard(const ConfigurationTable &table, RunMetric metric, std::size_t minRuns)
{
    std::vector<LeaderboardEntry> out;
    const auto &configs = table.configurations;
    // The table is sorted by dataset name, so each dataset is one contiguous block.
    std::size_t begin = 0;
    while (begin < configs.size()) {
        std::size_t end = begin + 1;
        while (end < configs.size() && configs[end].datasetName == configs[begin].datasetName
               && configs[end].dataset == configs[begin].dataset)
            ++end;
        std::vector<LeaderboardEntry> block;
        for (std::size_t i = begin; i < end; ++i) {
            const double v = configs[i].median(metric);
            if (std::isfinite(v) && configs[i].valueCount(metric) >= minRuns)
                block.push_back({i, v, 0, 0, 0});
        }
        std::stable_sort(block.begin(), block.end(),
                         [](const LeaderboardEntry &a, const LeaderboardEntry &b) { return a.value < b.value; });
        for (std::size_t k = 0; k < block.size(); ++k) {
            block[k].rank = (k > 0 && block[k].value == block[k - 1].value) ? block[k - 1].rank : int(k + 1);
            block[k].rankedInDataset = block.size();
            block[k].band = efficiencyBand(block[k].rank, block.size());
        }
        out.insert(out.end(), block.begin(), block.end());
        begin = end;
    }
    return out;
}

} // namespace wattprint
