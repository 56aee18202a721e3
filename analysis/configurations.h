#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace wattprint {

struct RunColumns;

// The per-run metrics a configuration is summarised by (and a leaderboard ranks by).
enum class RunMetric {
    Energy,            // J
    RunTime,           // s
    Power,             // W
    EnergyPerDatum,    // J per training datum
    NonOverheadEnergy, // J
};

// Command-line names: energy, run_time, power, energy_per_datum, non_overhead_energy.
QString runMetricName(RunMetric metric);
QString runMetricUnit(RunMetric metric); // "J", "s", "W", "J/datum", "J"
std::optional<RunMetric> runMetricFromName(QStringView name);
QStringList runMetricNames();
// The column of `runs` that holds the metric.
const std::vector<double> &runMetricColumn(const RunColumns &runs, RunMetric metric);

// One configuration of the sweep: every run with the same dataset, shape, size, depth and device.
struct ConfigurationStats
{
    std::int32_t dataset = 0; // index into RunColumns::datasetNames
    std::int32_t shape = 0;   // index into RunColumns::shapeNames
    std::int64_t size = 0;
    std::int32_t depth = 0;
    bool gpu = false;
    QString datasetName;
    QString shapeName;

    std::size_t n = 0; // runs in the configuration
    // Medians (numpy.median) over the rows whose value is finite; NaN if there is none.
    double medianEnergy = 0;
    double medianRunTime = 0;
    double medianPower = 0;
    double medianEnergyPerDatum = 0;
    double medianNonOverheadEnergy = 0;
    std::size_t energyPerDatumCount = 0; // rows with a finite energy per datum
    // (Q3 - Q1) / median of energy (type-7 quartiles): how repeatable the runs are.
    // NaN when the median is 0 or fewer than two runs have a finite energy.
    double energyIqrOverMedian = 0;

    double median(RunMetric metric) const;
    // The runs a median of `metric` stands on: energyPerDatumCount for energy per datum, else n.
    std::size_t valueCount(RunMetric metric) const;
};

struct ConfigurationTable
{
    // Sorted by dataset name, shape name, size, depth, then CPU before GPU.
    std::vector<ConfigurationStats> configurations;
    // Per run (row of the RunColumns): index into configurations.
    std::vector<std::int32_t> rowConfiguration;
};

// Groups the runs by configuration. One sort of the rows by a packed 64-bit key, then one pass
// of in-place selections per group: O(n log n) overall, ~0.4 s for a million runs (2 cores).
// Throws AnalysisError if the columns are inconsistent.
ConfigurationTable summarizeConfigurations(const RunColumns &runs);
// The same table, made once and shared by every analysis of immutable columns (an analysis
// snapshot: RunColumns::markImmutable), else made afresh.
std::shared_ptr<const ConfigurationTable> sharedConfigurations(const RunColumns &runs);

// The rows (indices into the RunColumns) of every configuration of a ConfigurationTable, grouped
// by configuration in one array (offsets into it; rows ascending within a configuration): one
// allocation instead of a vector per configuration. `keep`, when given, chooses the rows.
struct ConfigurationRows
{
    std::vector<std::size_t> offsets; // configurations + 1 entries
    std::vector<std::size_t> rows;

    static ConfigurationRows build(const ConfigurationTable &table,
                                   const std::function<bool(std::size_t row)> &keep = {});
    std::span<const std::size_t> of(std::size_t configuration) const;
};

// The run ids (runs.id) of every configuration of a ConfigurationTable, grouped by configuration
// (offsets into one array), so a selection of configurations can fall back to exact run ids.
struct ConfigurationRuns
{
    std::vector<std::size_t> offsets; // configurations + 1 entries
    std::vector<std::int64_t> ids;

    static ConfigurationRuns build(const ConfigurationTable &table, const RunColumns &runs);
    std::span<const std::int64_t> of(std::size_t configuration) const;
};

// A configuration's place among the configurations of its dataset.
struct LeaderboardEntry
{
    std::size_t configuration = 0; // index into ConfigurationTable::configurations
    double value = 0;              // the configuration's median of the ranking metric
    // 1 = lowest median within the dataset. Ties share the lowest rank ("1224" ranking).
    int rank = 0;
    // Efficiency band 1..5: the quintile of the rank within the dataset,
    // band = 1 + floor(5 * (rank - 1) / m) with m the dataset's ranked configurations.
    // So band 1 holds the most efficient fifth, band 5 the least efficient fifth; tied
    // configurations share a rank and so a band. With m < 5 some bands stay empty.
    int band = 0;
    std::size_t rankedInDataset = 0; // m
};

// Ranks every configuration within its dataset by its median of `metric` (lower is better).
// Configurations whose median is NaN (no finite value) or that stand on fewer than `minRuns`
// runs are left out. Entries are ordered by dataset name, then rank, then the table's order.
std::vector<LeaderboardEntry> leaderboard(const ConfigurationTable &table, RunMetric metric = RunMetric::EnergyPerDatum,
                                          std::size_t minRuns = 1);

// 1 + floor(5 * (rank - 1) / count), the band rule above. Throws for rank outside 1..count.
int efficiencyBand(int rank, std::size_t count);

} // namespace wattprint
