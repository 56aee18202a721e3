#include "rungroups.h"

#include "analysiserror.h"
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace wattprint {

QString runGroupByKey(RunGroupBy by)
{
    return by == RunGroupBy::Hardware ? QStringLiteral("hardware") : QStringLiteral("project");
}

std::optional<RunGroupBy> runGroupByFromKey(const QString &key)
{
    if (key == QLatin1String("project"))
        return RunGroupBy::Project;
    if (key == QLatin1String("hardware"))
        return RunGroupBy::Hardware;
    return std::nullopt;
}

RunGroups summarizeRunGroups(const RunColumns &runs, RunGroupBy by, FailingRuns failing,
                             const std::function<bool()> &cancelled)
{
    runs.checkConsistent();
    RunGroups out;
    out.by = by;
    // Group index per name index; -1 (no name) is a group of its own.
    const QStringList &names = by == RunGroupBy::Project ? runs.projectNames : runs.nodeTypeNames;
    const bool projects = !runs.project.empty();
    std::map<std::int32_t, std::vector<std::size_t>> members;
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if ((i & 0xffff) == 0 && cancelled && cancelled())
            return RunGroups{};
        if (runs.hasConfiguration(i)) {
            ++out.configuredRuns;
            continue;
        }
        if (failing == FailingRuns::Excluded && runs.quality[i] != 0) {
            ++out.leftOutFailing;
            continue;
        }
        const std::int32_t key = by == RunGroupBy::Project ? (projects ? runs.project[i] : -1) : runs.nodeType[i];
        members[key].push_back(i);
    }
    std::vector<double> energy, power, runTime;
    for (const auto &[key, rows] : members) {
        RunGroups::Group g;
        g.name = key >= 0 && key < names.size() ? names.at(key) : QString();
        g.runs = rows.size();
        energy.clear();
        power.clear();
        runTime.clear();
        for (const std::size_t i : rows) {
            energy.push_back(runs.energy[i]);
            power.push_back(runs.power[i]);
            runTime.push_back(runs.runTime[i]);
            g.totalEnergy += runs.energy[i];
            if (runs.hasParts() && std::isfinite(runs.cpuEnergy[i]) && std::isfinite(runs.gpuEnergy[i])
                && std::isfinite(runs.ramEnergy[i])) {
                ++g.runsWithParts;
                g.cpuEnergy += runs.cpuEnergy[i];
                g.gpuEnergy += runs.gpuEnergy[i];
                g.ramEnergy += runs.ramEnergy[i];
                g.partsRunsEnergy += runs.energy[i];
            }
        }
        const stats::MedianInterval interval = stats::medianInterval(energy);
        g.energyLow = interval.low;
        g.energyHigh = interval.high;
        g.energyCoverage = interval.coverage;
        g.medianEnergy = stats::medianInPlace(energy);
        g.medianPower = stats::medianInPlace(power);
        g.medianRunTime = stats::medianInPlace(runTime);
        out.runs += g.runs;
        out.runsWithParts += g.runsWithParts;
        out.totalEnergy += g.totalEnergy;
        out.groups.push_back(std::move(g));
    }
    // Rank by median energy per run (ties share the lower rank), then list by total energy.
    std::vector<std::size_t> order(out.groups.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&out](std::size_t a, std::size_t b) {
        return out.groups[a].medianEnergy < out.groups[b].medianEnergy;
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
        const bool tie = k > 0 && out.groups[order[k]].medianEnergy == out.groups[order[k - 1]].medianEnergy;
        out.groups[order[k]].rank = tie ? out.groups[order[k - 1]].rank : int(k + 1);
    }
    std::stable_sort(out.groups.begin(), out.groups.end(), [](const RunGroups::Group &a, const RunGroups::Group &b) {
        if (a.totalEnergy != b.totalEnergy)
            return a.totalEnergy > b.totalEnergy;
        return a.name < b.name;
    });
    return out;
}

} // namespace wattprint
