#pragma once

#include "runcolumns.h"
#include "runstakingpart.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// Runs that have no BUTTER-E configuration (a CodeCarbon log, docs/data.md "Runs from several
// sources") cannot be ranked or split by dataset, shape, size and depth. What can be said of them
// is said per project or per hardware: how many runs, how much energy in all and per run, and,
// where the tool measured them, how the energy divides between CPU, GPU and RAM. The leaderboard,
// the overhead view, the report and `wattprint groups` all read these numbers.
enum class RunGroupBy : std::uint8_t {
    Project,  // the tool's project name
    Hardware, // the node type: the GPU model for a GPU run, else the CPU model
};

// "project" / "hardware", for saved state and the command line.
QString runGroupByKey(RunGroupBy by);
std::optional<RunGroupBy> runGroupByFromKey(const QString &key);

struct RunGroups
{
    struct Group
    {
        QString name; // empty: the runs name no project (or no hardware)
        std::size_t runs = 0;
        double totalEnergy = 0; // J
        // Medians per run (numpy.median); the energy median with its distribution-free interval
        // (stats::medianInterval: with one to five runs, the range and the coverage it has).
        double medianEnergy = 0, medianPower = 0, medianRunTime = 0;
        double energyLow = 0, energyHigh = 0, energyCoverage = 0;
        int rank = 0; // by median energy per run, 1 = lowest
        // The CPU/GPU/RAM split, over the runs that have all three parts.
        std::size_t runsWithParts = 0;
        double cpuEnergy = 0, gpuEnergy = 0, ramEnergy = 0; // J
        double partsRunsEnergy = 0;                         // the same runs' total energy, J
    };

    RunGroupBy by = RunGroupBy::Project;
    std::vector<Group> groups;      // by total energy, largest first
    std::size_t runs = 0;           // runs without a configuration that take part
    std::size_t configuredRuns = 0; // runs in the filter with a configuration: not in the groups
    std::size_t leftOutFailing = 0; // runs without a configuration left out for a quality rule
    std::size_t runsWithParts = 0;  // of `runs`
    double totalEnergy = 0;         // J, of `runs`
};

// Callable from any thread; throws AnalysisError on inconsistent columns. Runs failing a quality
// rule (a run that recorded no energy) are left out by default and counted.
RunGroups summarizeRunGroups(const RunColumns &runs, RunGroupBy by, FailingRuns failing = FailingRuns::Excluded,
                             const std::function<bool()> &cancelled = {});

} // namespace wattprint
