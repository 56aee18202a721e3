#pragma once

#include "runcolumns.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// The sunburst's numbers: runs grouped by three levels (device, shape and
// dataset in a chosen order), with energy and run count per branch, and the angles of the rings.

enum class HierarchyLevel { Device, Shape, Dataset };
using HierarchyOrder = std::array<HierarchyLevel, 3>;
enum class HierarchyMetric { Energy, Runs };

QString hierarchyLevelName(HierarchyLevel level);        // "device", "shape", "dataset"
QString hierarchyOrderName(const HierarchyOrder &order); // "device-shape-dataset"
// Each level once; nullopt for anything else.
std::optional<HierarchyOrder> hierarchyOrderFromName(QStringView name);
// The six orders, the default (device, shape, dataset) first.
std::vector<HierarchyOrder> hierarchyOrders();

struct HierarchyNode
{
    QString name; // empty for the root; "(none)" for the runs without a shape or dataset
    // A run of another tool (CodeCarbon) has no shape or dataset: such runs make one "(none)"
    // node at that level, which no filter can select.
    bool missing = false;
    int depth = 0; // 0 root, 1..3 the levels of the order
    int parent = -1;
    std::vector<int> children; // largest energy first (ties by name)
    double joules = 0;
    std::size_t runs = 0;

    double value(HierarchyMetric metric) const { return metric == HierarchyMetric::Energy ? joules : double(runs); }
};

struct EnergyHierarchy
{
    HierarchyOrder order{HierarchyLevel::Device, HierarchyLevel::Shape, HierarchyLevel::Dataset};
    std::vector<HierarchyNode> nodes; // nodes[0] is the root (all runs)
    std::size_t skippedRuns = 0;      // runs without a finite, non-negative energy (left out)

    // The level a node of depth 1..3 belongs to.
    HierarchyLevel levelOf(int node) const { return order[std::size_t(nodes[std::size_t(node)].depth - 1)]; }
    // Names from the first level down: {"GPU", "rectangle"}; empty for the root.
    QStringList path(int node) const;
    // The node at `path`, or -1.
    int find(const QStringList &path) const;
    // The child of `node` with the largest value (ties: the first in name order), or -1.
    int largestChild(int node, HierarchyMetric metric) const;
};

// Throws AnalysisError on inconsistent columns or energies whose sum is beyond double precision.
EnergyHierarchy buildEnergyHierarchy(const RunColumns &columns, const HierarchyOrder &order,
                                     const std::function<bool()> &cancelled = {});

// One ring segment: ring 0 holds the children of the centre node.
struct ArcSegment
{
    int node = -1;
    int ring = 0;
    double startDeg = 0; // clockwise from 12 o'clock
    double spanDeg = 0;
};

// The descendants of `root` as ring segments: the children of a node share its angle in
// proportion to their value (largest first, clockwise), the centre's children the full circle.
// A node whose children's values sum to zero gives them zero spans.
std::vector<ArcSegment> sunburstLayout(const EnergyHierarchy &hierarchy, int root, HierarchyMetric metric);

} // namespace wattprint
