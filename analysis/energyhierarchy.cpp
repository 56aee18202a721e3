#include "energyhierarchy.h"

#include "analysiserror.h"
#include "samplechecks.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint {

QString hierarchyLevelName(HierarchyLevel level)
{
    switch (level) {
    case HierarchyLevel::Device: return u"device"_s;
    case HierarchyLevel::Shape: return u"shape"_s;
    case HierarchyLevel::Dataset: return u"dataset"_s;
    }
    return {};
}

QString hierarchyOrderName(const HierarchyOrder &order)
{
    return hierarchyLevelName(order[0]) + u'-' + hierarchyLevelName(order[1]) + u'-' + hierarchyLevelName(order[2]);
}

std::vector<HierarchyOrder> hierarchyOrders()
{
    using L = HierarchyLevel;
    return {{L::Device, L::Shape, L::Dataset}, {L::Device, L::Dataset, L::Shape}, {L::Shape, L::Device, L::Dataset},
            {L::Shape, L::Dataset, L::Device}, {L::Dataset, L::Device, L::Shape}, {L::Dataset, L::Shape, L::Device}};
}

std::optional<HierarchyOrder> hierarchyOrderFromName(QStringView name)
{
    for (const HierarchyOrder &o : hierarchyOrders()) {
        if (name == hierarchyOrderName(o))
            return o;
    }
    return std::nullopt;
}

QStringList EnergyHierarchy::path(int node) const
{
    QStringList p;
    for (int n = node; n > 0; n = nodes[std::size_t(n)].parent)
        p.prepend(nodes[std::size_t(n)].name);
    return p;
}

int EnergyHierarchy::find(const QStringList &path) const
{
    if (nodes.empty())
        return -1;
    int n = 0;
    for (const QString &name : path) {
        int next = -1;
        for (int c : nodes[std::size_t(n)].children) {
            if (nodes[std::size_t(c)].name == name) {
                next = c;
                break;
            }
        }
        if (next < 0)
            return -1;
        n = next;
    }
    return n;
}

int EnergyHierarchy::largestChild(int node, HierarchyMetric metric) const
{
    int best = -1;
    for (int c : nodes[std::size_t(node)].children) {
        const HierarchyNode &n = nodes[std::size_t(c)];
        if (best < 0)
            best = c;
        else {
            const HierarchyNode &b = nodes[std::size_t(best)];
            if (n.value(metric) > b.value(metric) || (n.value(metric) == b.value(metric) && n.name < b.name))
                best = c;
        }
    }
    return best;
}

EnergyHierarchy buildEnergyHierarchy(const RunColumns &columns, const HierarchyOrder &order,
                                     const std::function<bool()> &cancelled)
{
    columns.checkConsistent();
    {
        auto sorted = order;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            throw AnalysisError("each level (device, shape, dataset) must appear once in the order");
    }
    EnergyHierarchy h;
    h.order = order;
    h.nodes.emplace_back();
    // Codes per level: device 0/1, shape and dataset their indices (out-of-range codes: one "unknown").
    auto codeCount = [&](HierarchyLevel l) -> std::int64_t {
        return l == HierarchyLevel::Device
            ? 2
            : (l == HierarchyLevel::Shape ? columns.shapeNames.size() : columns.datasetNames.size()) + 1;
    };
    auto code = [&](HierarchyLevel l, std::size_t i) -> std::int64_t {
        if (l == HierarchyLevel::Device)
            return columns.isGpu[i] ? 1 : 0;
        const std::int32_t c = l == HierarchyLevel::Shape ? columns.shape[i] : columns.dataset[i];
        const std::int64_t n = codeCount(l) - 1;
        return c >= 0 && c < n ? c : n;
    };
    auto name = [&](HierarchyLevel l, std::int64_t c) -> QString {
        if (l == HierarchyLevel::Device)
            return c ? u"GPU"_s : u"CPU"_s;
        const QStringList &names = l == HierarchyLevel::Shape ? columns.shapeNames : columns.datasetNames;
        return c < names.size() ? names[qsizetype(c)] : u"(none)"_s;
    };
    // Leaves keyed by their three codes.
    struct Leaf
    {
        double joules = 0;
        std::size_t runs = 0;
    };
    const std::int64_t n1 = codeCount(order[1]), n2 = codeCount(order[2]);
    QHash<std::int64_t, Leaf> leaves;
    const std::size_t n = columns.rowCount();
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && cancelled && cancelled())
            return h;
        const double e = columns.energy[i];
        if (!std::isfinite(e) || e < 0) {
            ++h.skippedRuns;
            continue;
        }
        const std::int64_t key = (code(order[0], i) * n1 + code(order[1], i)) * n2 + code(order[2], i);
        Leaf &leaf = leaves[key];
        leaf.joules += e;
        ++leaf.runs;
    }
    // Sorted keys make the tree (and its sums) independent of hashing order.
    QList<std::int64_t> keys = leaves.keys();
    std::sort(keys.begin(), keys.end());
    QHash<std::int64_t, int> level1, level2; // code prefix -> node
    for (std::int64_t key : keys) {
        const Leaf &leaf = leaves[key];
        const std::int64_t c0 = key / (n1 * n2), c1 = (key / n2) % n1, c2 = key % n2;
        auto child = [&](QHash<std::int64_t, int> *index, std::int64_t prefix, int parent, int depth,
                         QString nodeName) {
            if (index) {
                const auto it = index->constFind(prefix);
                if (it != index->constEnd())
                    return *it;
            }
            HierarchyNode node;
            node.missing = nodeName == u"(none)"_s && depth > 0;
            node.name = std::move(nodeName);
            node.depth = depth;
            node.parent = parent;
            h.nodes.push_back(node);
            const int id = int(h.nodes.size() - 1);
            h.nodes[std::size_t(parent)].children.push_back(id);
            if (index)
                index->insert(prefix, id);
            return id;
        };
        const int a = child(&level1, c0, 0, 1, name(order[0], c0));
        const int b = child(&level2, c0 * n1 + c1, a, 2, name(order[1], c1));
        const int c = child(nullptr, 0, b, 3, name(order[2], c2));
        for (int id : {0, a, b, c}) {
            h.nodes[std::size_t(id)].joules += leaf.joules;
            h.nodes[std::size_t(id)].runs += leaf.runs;
        }
    }
    // The root holds the sum of every (non-negative) energy: if it fits, every node does.
    requireFiniteSum(h.nodes.front().joules, "The runs' energy");
    for (HierarchyNode &node : h.nodes) {
        std::sort(node.children.begin(), node.children.end(), [&h](int x, int y) {
            const HierarchyNode &a = h.nodes[std::size_t(x)], &b = h.nodes[std::size_t(y)];
            return a.joules != b.joules ? a.joules > b.joules : a.name < b.name;
        });
    }
    return h;
}

std::vector<ArcSegment> sunburstLayout(const EnergyHierarchy &hierarchy, int root, HierarchyMetric metric)
{
    std::vector<ArcSegment> segments;
    if (root < 0 || std::size_t(root) >= hierarchy.nodes.size())
        return segments;
    // Breadth first, so segments come ring by ring.
    struct Item
    {
        int node;
        int ring;
        double start, span;
    };
    std::vector<Item> queue{{root, -1, 0.0, 360.0}};
    for (std::size_t q = 0; q < queue.size(); ++q) {
        const Item it = queue[q];
        const HierarchyNode &parent = hierarchy.nodes[std::size_t(it.node)];
        std::vector<int> children = parent.children;
        // Largest first in the metric shown (ties by name).
        std::stable_sort(children.begin(), children.end(), [&](int x, int y) {
            const HierarchyNode &a = hierarchy.nodes[std::size_t(x)], &b = hierarchy.nodes[std::size_t(y)];
            return a.value(metric) != b.value(metric) ? a.value(metric) > b.value(metric) : a.name < b.name;
        });
        double sum = 0;
        for (int c : children)
            sum += hierarchy.nodes[std::size_t(c)].value(metric);
        double start = it.start;
        for (std::size_t k = 0; k < children.size(); ++k) {
            const double v = hierarchy.nodes[std::size_t(children[k])].value(metric);
            double span = sum > 0 ? it.span * (v / sum) : 0.0;
            // The last child ends where its parent ends, so rounding never opens a gap.
            if (sum > 0 && k + 1 == children.size())
                span = it.start + it.span - start;
            segments.push_back({children[k], it.ring + 1, start, span});
            queue.push_back({children[k], it.ring + 1, start, span});
            start += span;
        }
    }
    return segments;
}

} // namespace wattprint
