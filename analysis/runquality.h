#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

// The quality status of a run: one bit per rule the run fails, 0 when it passes them all.
// The rules and their bounds are written down in docs/data.md ("Quality of a run"). The status
// only describes a run; it never keeps a run out of the store.
namespace wattprint::runquality {

using Mask = std::uint16_t;

// Bit values are stored in runs.quality: never renumber one, append new rules.
enum class Rule : Mask {
    RunTimeLimit = 1 << 0,              // filter_1: run_time > 75,000 s
    ZeroEnergy = 1 << 1,                // filter_2: energy == 0
    RunTimeOutlier = 1 << 2,            // filter_3: |z of log run_time| > 4 within (is_gpu, dataset, size)
    BelowOverhead = 1 << 3,             // non_overhead_energy <= 0
    NonPositiveEnergyPerDatum = 1 << 4, // energy_per_datum <= 0
    ImplausiblePower = 1 << 5,          // average power outside the node's plausible range
};

// Every rule, in bit order.
const std::vector<Rule> &allRules();
constexpr Mask bit(Rule rule)
{
    return Mask(rule);
}
constexpr bool fails(Mask mask, Rule rule)
{
    return (mask & bit(rule)) != 0;
}

// Stable names for JSON and the command line: run_time_limit, zero_energy, run_time_outlier,
// below_overhead, non_positive_energy_per_datum, implausible_power.
QString ruleName(Rule rule);
std::optional<Rule> ruleFromName(QStringView name);
// A few plain words ("Energy at or below the fixed overhead"), translated.
QString ruleTitle(Rule rule);
// One sentence on what failed and why it matters, translated.
QString ruleSentence(Rule rule);
// "OK", or the titles of the failed rules joined by "; ".
QString summaryText(Mask mask);
// One sentence per failed rule; empty when the run passes every rule.
QStringList sentences(Mask mask);

// The filter_3 threshold and the run-time limit of filter_1 (NREL's definitions).
constexpr double RunTimeLimitSeconds = 75000.0;
constexpr double OutlierStdevs = 4.0;

// The plausible range of a run's average power (energy / run_time, the node's own meter).
// Below: half the idle power of the node's type. Above: that idle power plus what the node's
// processors (and GPUs) can add at full load. Without a known type, the device's most lenient
// type bounds it. Reasoning and figures in docs/data.md.
constexpr double LowPowerFraction = 0.5;
constexpr double CpuNodeLoadHeadroomW = 600.0;  // 2 x 200 W (Xeon Gold 6154 TDP) + 200 W memory, disks, fans
constexpr double GpuNodeLoadHeadroomW = 1200.0; // the CPU node's 600 W + 2 x 300 W (V100 board power)
constexpr double CpuIdleLowestW = 220.0;        // cpu1, the lowest CPU type idle power
constexpr double CpuIdleHighestW = 388.0;       // cpu4
constexpr double GpuIdleLowestW = 374.0;        // gpu1
constexpr double GpuIdleHighestW = 403.0;       // gpu2
struct PowerRange
{
    double low = 0;
    double high = 0;
};
PowerRange plausiblePower(bool gpu, std::optional<double> typeIdlePower);

// What the per-row rules look at. Flags are the file's; a missing one is computed from its
// definition (filter_1, filter_2) or left to markRunTimeOutliers (filter_3).
struct Input
{
    bool gpu = false;
    double energy = 0;                    // J, the node's meter
    double runTime = 0;                   // s
    double power = 0;                     // W, energy / run_time as stored
    double nonOverheadEnergy = 0;         // J
    std::optional<double> energyPerDatum; // J; unknown for a dataset outside the sweep
    std::optional<bool> filter1, filter2, filter3;
    std::optional<double> typeIdlePower; // W, the idle power of the run's node type when known
};

// The bits of every rule a single row decides (all but a missing filter_3).
Mask evaluate(const Input &run);

// filter_3 from its definition for runs that lack the file's flag: |ln(run_time) - mean| / sd > 4
// within each group (the caller's key: device, dataset, size and whatever else must not mix),
// sd with ddof 1 as pandas computes it. A group of one run has no sd and flags nothing.
// Sets RunTimeOutlier in `quality` for the flagged rows; the spans are parallel.
void markRunTimeOutliers(std::span<const std::int64_t> group, std::span<const double> runTime, std::span<Mask> quality);

} // namespace wattprint::runquality
