#include "runquality.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wattprint::runquality {

const std::vector<Rule> &allRules()
{
    static const std::vector<Rule> rules = {Rule::RunTimeLimit,
                                            Rule::ZeroEnergy,
                                            Rule::RunTimeOutlier,
                                            Rule::BelowOverhead,
                                            Rule::NonPositiveEnergyPerDatum,
                                            Rule::ImplausiblePower};
    return rules;
}

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::RunTimeLimit: return QStringLiteral("run_time_limit");
    case Rule::ZeroEnergy: return QStringLiteral("zero_energy");
    case Rule::RunTimeOutlier: return QStringLiteral("run_time_outlier");
    case Rule::BelowOverhead: return QStringLiteral("below_overhead");
    case Rule::NonPositiveEnergyPerDatum: return QStringLiteral("non_positive_energy_per_datum");
    case Rule::ImplausiblePower: return QStringLiteral("implausible_power");
    }
    return {};
}

std::optional<Rule> ruleFromName(QStringView name)
{
    for (Rule rule : allRules()) {
        if (name.trimmed().compare(ruleName(rule), Qt::CaseInsensitive) == 0)
            return rule;
    }
    return std::nullopt;
}

QString ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::RunTimeLimit: return QCoreApplication::translate("RunQuality", "Run time over 75,000 s");
    case Rule::ZeroEnergy: return QCoreApplication::translate("RunQuality", "No energy recorded");
    case Rule::RunTimeOutlier: return QCoreApplication::translate("RunQuality", "Run time far from similar runs");
    case Rule::BelowOverhead: return QCoreApplication::translate("RunQuality", "Energy at or below the fixed overhead");
    case Rule::NonPositiveEnergyPerDatum:
        return QCoreApplication::translate("RunQuality", "Energy per datum zero or negative");
    case Rule::ImplausiblePower: return QCoreApplication::translate("RunQuality", "Implausible average power");
    }
    return {};
}

QString ruleSentence(Rule rule)
{
    switch (rule) {
    case Rule::RunTimeLimit:
        return QCoreApplication::translate("RunQuality",
                                           "The run took longer than 75,000 s (about 21 hours), the limit the "
                                           "BUTTER-E authors set (their filter_1): it was held up, not training "
                                           "normally.");
    case Rule::ZeroEnergy:
        return QCoreApplication::translate("RunQuality",
                                           "The watt-meter recorded no energy for the run (filter_2), so its energy "
                                           "figures tell nothing.");
    case Rule::RunTimeOutlier:
        return QCoreApplication::translate("RunQuality",
                                           "Its run time is more than 4 standard deviations (on a log scale) from "
                                           "the runs of the same device, dataset and size (filter_3).");
    case Rule::BelowOverhead:
        return QCoreApplication::translate("RunQuality",
                                           "Its energy is not more than the fixed start-up and shut-down energy of "
                                           "a run on its device (14.0 kJ on CPU nodes, 271.6 kJ on GPU nodes), so "
                                           "nothing is left for the training itself.");
    case Rule::NonPositiveEnergyPerDatum:
        return QCoreApplication::translate("RunQuality",
                                           "Its energy per training datum is zero or negative, which no real "
                                           "training has: per-datum comparisons cannot use it.");
    case Rule::ImplausiblePower:
        return QCoreApplication::translate("RunQuality",
                                           "Its average power is below half the idle power of its node, or above "
                                           "what its node can draw at full load (idle power plus 600 W on CPU "
                                           "nodes, plus 1,200 W on GPU nodes): the meter reading is doubtful.");
    }
    return {};
}

QString summaryText(Mask mask)
{
    if (mask == 0)
        return QCoreApplication::translate("RunQuality", "OK");
    QStringList titles;
    for (Rule rule : allRules()) {
        if (fails(mask, rule))
            titles.append(ruleTitle(rule));
    }
    return titles.join(QStringLiteral("; "));
}

QStringList sentences(Mask mask)
{
    QStringList list;
    for (Rule rule : allRules()) {
        if (fails(mask, rule))
            list.append(ruleSentence(rule));
    }
    return list;
}

PowerRange plausiblePower(bool gpu, std::optional<double> typeIdlePower)
{
    const double headroom = gpu ? GpuNodeLoadHeadroomW : CpuNodeLoadHeadroomW;
    if (typeIdlePower && std::isfinite(*typeIdlePower) && *typeIdlePower > 0)
        return {LowPowerFraction * *typeIdlePower, *typeIdlePower + headroom};
    return {LowPowerFraction * (gpu ? GpuIdleLowestW : CpuIdleLowestW),
            (gpu ? GpuIdleHighestW : CpuIdleHighestW) + headroom};
}

Mask evaluate(const Input &run)
{
    Mask mask = 0;
    if (run.filter1.value_or(run.runTime > RunTimeLimitSeconds))
        mask |= bit(Rule::RunTimeLimit);
    if (run.filter2.value_or(run.energy == 0.0))
        mask |= bit(Rule::ZeroEnergy);
    if (run.filter3.value_or(false))
        mask |= bit(Rule::RunTimeOutlier);
    if (run.nonOverheadEnergy <= 0.0)
        mask |= bit(Rule::BelowOverhead);
    if (run.energyPerDatum && *run.energyPerDatum <= 0.0)
        mask |= bit(Rule::NonPositiveEnergyPerDatum);
    const PowerRange range = plausiblePower(run.gpu, run.typeIdlePower);
    if (!(run.power >= range.low && run.power <= range.high))
        mask |= bit(Rule::ImplausiblePower);
    return mask;
}

void markRunTimeOutliers(std::span<const std::int64_t> group, std::span<const double> runTime, std::span<Mask> quality)
{
    const std::size_t n = std::min({group.size(), runTime.size(), quality.size()});
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&group](std::size_t a, std::size_t b) { return group[a] < group[b]; });
    std::vector<double> logs;
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first;
        while (last < n && group[order[last]] == group[order[first]])
            ++last;
        const std::size_t count = last - first;
        if (count > 1) {
            logs.resize(count);
            double sum = 0;
            for (std::size_t k = 0; k < count; ++k) {
                logs[k] = std::log(runTime[order[first + k]]);
                sum += logs[k];
            }
            const double mean = sum / double(count);
            double squares = 0;
            for (double x : logs)
                squares += (x - mean) * (x - mean);
            const double sd = std::sqrt(squares / double(count - 1));
            for (std::size_t k = 0; k < count; ++k) {
                const double z = std::abs(logs[k] - mean) / sd;
                if (std::isfinite(z) && z > OutlierStdevs)
                    quality[order[first + k]] |= bit(Rule::RunTimeOutlier);
            }
        }
        first = last;
    }
}

} // namespace wattprint::runquality
