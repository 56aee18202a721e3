#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

struct RunColumns;

// What the runs are grouped by when their energy is split into fixed overhead and the rest.
enum class OverheadGrouping { Device, Dataset, Shape, NodeType, Batch };

// The order of OverheadSummary::groups.
enum class OverheadOrder {
    ShareDescending, // largest overhead share first; groups without a share last; ties by name
    Name,            // by name (batches: energy_1, energy_2_cpu, ...)
};

// One group's energy split, summed over its runs. Energies are NREL's standardised ones:
// overhead + core = std_energy (the energy a run would have used on the reference node type).
struct OverheadGroup
{
    QString name;      // "CPU"/"GPU", a dataset, shape, node type or batch; "unknown" for an unknown node type
    bool known = true; // false for the runs of unknown node type (no filter can select them)
    std::size_t runs = 0;
    double overhead = 0;              // J, sum of energy_overhead
    double core = 0;                  // J, sum of non_overhead_energy
    std::size_t negativeCoreRuns = 0; // runs whose non-overhead energy is below zero

    double total() const { return overhead + core; }
    // overhead / total; empty when the total is not positive (nothing to divide by).
    std::optional<double> share() const;
};

struct OverheadSummary
{
    OverheadGrouping grouping = OverheadGrouping::Device;
    std::vector<OverheadGroup> groups; // only groups with runs, in the order asked for
    OverheadGroup cpu;                 // every run of the device, whatever the grouping
    OverheadGroup gpu;
    OverheadGroup all;
    std::size_t totalRuns = 0;   // rows handed in
    std::size_t skippedRuns = 0; // rows with a missing or infinite overhead or non-overhead energy (left out)

    // Index into groups of the group named `name`, or -1.
    int indexOf(const QString &name) const;
};

// Sums energy_overhead and non_overhead_energy per group in one pass (O(n) plus sorting the
// groups). `cancelled` is polled every few thousand rows; when it returns true the result is
// incomplete and must be dropped. Throws AnalysisError if the columns are inconsistent or a group's
// sum is beyond double precision (~1.8e308).
OverheadSummary summarizeOverhead(const RunColumns &runs, OverheadGrouping grouping,
                                  OverheadOrder order = OverheadOrder::ShareDescending,
                                  const std::function<bool()> &cancelled = {});

// Stable names for state fragments: device, dataset, shape, node_type, batch.
QString overheadGroupingName(OverheadGrouping grouping);
std::optional<OverheadGrouping> overheadGroupingFromName(QStringView name);

} // namespace wattprint
