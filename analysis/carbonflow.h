#pragma once

#include "carbon.h"
#include "runcolumns.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// The carbon Sankey's numbers: energy per device and per group of runs, then
// that energy's carbon and cost under a set of CarbonFactors.

// The second level of the flow, after the device.
// Project and Hardware group the runs of other tools (CodeCarbon) too: by the tool's project
// name, and by node type (the GPU model of a GPU run, else the CPU model; BUTTER-E's node types).
enum class FlowGrouping { Dataset, Shape, Batch, Project, Hardware };
QString flowGroupingName(FlowGrouping grouping); // "dataset", "shape", "batch", "project", "hardware"
std::optional<FlowGrouping> flowGroupingFromName(QStringView name);

struct FlowGroup
{
    QString name;        // the dataset/shape/batch; empty for the "other" group
    QStringList members; // the names it stands for (one, or all those folded into "other")
    bool other = false;
    // The runs that have no value for the grouping (a CodeCarbon run has no dataset, a BUTTER-E
    // run no project): name "(none)", which no filter can select.
    bool missing = false;
    double joules = 0;
    double cpuJoules = 0;
    double gpuJoules = 0;
    std::size_t runs = 0;
};

struct FlowTotals
{
    FlowGrouping grouping = FlowGrouping::Dataset;
    std::size_t runs = 0;        // runs counted (finite, non-negative energy)
    std::size_t skippedRuns = 0; // runs without a usable energy
    std::size_t cpuRuns = 0;
    std::size_t gpuRuns = 0;
    double cpuJoules = 0;
    double gpuJoules = 0;
    // Largest energy first (ties by name); when more than maxGroups + 1 groups have runs, those
    // beyond `maxGroups` are folded into one "other" group at the end. Groups without runs are
    // left out.
    std::vector<FlowGroup> groups;

    double joules() const { return cpuJoules + gpuJoules; }
};

// Sums the energy per device and per group. At most maxGroups + 1 groups come back: all of them
// when there are that few, else the `maxGroups` largest and one "other". Throws AnalysisError on
// inconsistent columns, maxGroups < 1, or energies whose sum is beyond double precision (~1.8e308).
FlowTotals summarizeFlow(const RunColumns &columns, FlowGrouping grouping, int maxGroups = 12,
                         const std::function<bool()> &cancelled = {});

// One node of the flow, in columns left to right: devices (0), groups (1), energy at the meter and
// the data centre's overhead (2), carbon (3), cost (4, only with a price).
struct CarbonFlowNode
{
    enum class Kind { Device, Group, Energy, Overhead, Carbon, Cost };
    Kind kind = Kind::Energy;
    int column = 0;
    QString name;        // device "CPU"/"GPU", group name (empty for "other")
    QStringList members; // a group's members
    bool other = false;
    bool missing = false; // FlowGroup::missing
    std::size_t runs = 0;
    double joules = 0;          // energy at the meter it stands for (the overhead node: the PUE's extra)
    double drawnJoules = 0;     // its height in the chart: joules, or facility energy for carbon and cost
    double kwh = 0;             // joules / 3.6e6
    double facilityKwh = 0;     // kwh x PUE (the overhead node: its own kWh)
    double co2eGrams = 0;       // facilityKwh x intensity
    std::optional<double> cost; // facilityKwh x price
};

struct CarbonFlowLink
{
    int source = 0;
    int target = 0;
    int device = -1;   // 0 CPU, 1 GPU, -1 both (after the energy node)
    double joules = 0; // drawn width, in joules (facility energy after the energy column)
    double co2eGrams = 0;
    std::optional<double> cost;
};

struct CarbonFlow
{
    FlowTotals totals;
    CarbonResult total; // carbonFor(total energy): factors, equivalents
    std::vector<CarbonFlowNode> nodes;
    std::vector<CarbonFlowLink> links;
    int columns = 0; // 4, or 5 with a price

    // The first node of a kind; the named (not "other") node of a kind; the "other" group. -1 if none.
    int indexOf(CarbonFlowNode::Kind kind) const;
    int indexOf(CarbonFlowNode::Kind kind, const QString &name) const;
    int otherIndex() const;
};

// The nodes and links for `totals` under `factors` (validated; throws AnalysisError).
CarbonFlow carbonFlow(const FlowTotals &totals, const CarbonFactors &factors);

} // namespace wattprint
