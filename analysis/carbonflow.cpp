#include "carbonflow.h"

#include "analysiserror.h"
#include "samplechecks.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint {

QString flowGroupingName(FlowGrouping grouping)
{
    switch (grouping) {
    case FlowGrouping::Dataset: return u"dataset"_s;
    case FlowGrouping::Shape: return u"shape"_s;
    case FlowGrouping::Batch: return u"batch"_s;
    case FlowGrouping::Project: return u"project"_s;
    case FlowGrouping::Hardware: return u"hardware"_s;
    }
    return {};
}

std::optional<FlowGrouping> flowGroupingFromName(QStringView name)
{
    for (FlowGrouping g : {FlowGrouping::Dataset, FlowGrouping::Shape, FlowGrouping::Batch, FlowGrouping::Project,
                           FlowGrouping::Hardware}) {
        if (name == flowGroupingName(g))
            return g;
    }
    return std::nullopt;
}

FlowTotals summarizeFlow(const RunColumns &columns, FlowGrouping grouping, int maxGroups,
                         const std::function<bool()> &cancelled)
{
    columns.checkConsistent();
    if (maxGroups < 1)
        throw AnalysisError("at least one group must be kept in the flow");
    // Stores without a project column (hand-made columns) give every run "none".
    const std::vector<std::int32_t> noProject(
        grouping == FlowGrouping::Project && columns.project.empty() ? columns.rowCount() : 0, -1);
    const std::vector<std::int32_t> *codeColumn = nullptr;
    const QStringList *nameList = nullptr;
    switch (grouping) {
    case FlowGrouping::Dataset: codeColumn = &columns.dataset, nameList = &columns.datasetNames; break;
    case FlowGrouping::Shape: codeColumn = &columns.shape, nameList = &columns.shapeNames; break;
    case FlowGrouping::Batch: codeColumn = &columns.batch, nameList = &columns.batchNames; break;
    case FlowGrouping::Project:
        codeColumn = columns.project.empty() ? &noProject : &columns.project, nameList = &columns.projectNames;
        break;
    case FlowGrouping::Hardware: codeColumn = &columns.nodeType, nameList = &columns.nodeTypeNames; break;
    }
    const std::vector<std::int32_t> &codes = *codeColumn;
    const QStringList &names = *nameList;
    FlowTotals t;
    t.grouping = grouping;
    // One slot per name, plus one for codes outside the name list.
    const std::size_t unknown = std::size_t(names.size());
    std::vector<FlowGroup> buckets(unknown + 1);
    const std::size_t n = columns.rowCount();
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && cancelled && cancelled())
            return t;
        const double e = columns.energy[i];
        if (!std::isfinite(e) || e < 0) {
            ++t.skippedRuns;
            continue;
        }
        const std::int32_t code = codes[i];
        FlowGroup &g = buckets[code >= 0 && std::size_t(code) < unknown ? std::size_t(code) : unknown];
        const bool gpu = columns.isGpu[i] != 0;
        ++g.runs;
        g.joules += e;
        (gpu ? g.gpuJoules : g.cpuJoules) += e;
        (gpu ? t.gpuJoules : t.cpuJoules) += e;
        ++(gpu ? t.gpuRuns : t.cpuRuns);
        ++t.runs;
    }
    // Energies near the double limit add up to inf, which would reach the chart as inf or NaN.
    requireFiniteSum(t.joules(), "The runs' energy");
    std::vector<FlowGroup> groups;
    for (std::size_t s = 0; s < buckets.size(); ++s) {
        FlowGroup &g = buckets[s];
        if (g.runs == 0)
            continue;
        g.missing = s == unknown;
        g.name = s < unknown ? names[qsizetype(s)] : u"(none)"_s;
        g.members = {g.name};
        groups.push_back(std::move(g));
    }
    std::sort(groups.begin(), groups.end(), [](const FlowGroup &a, const FlowGroup &b) {
        return a.joules != b.joules ? a.joules > b.joules : a.name < b.name;
    });
    if (groups.size() > std::size_t(maxGroups) + 1) { // an "other" of one group would only hide its name
        FlowGroup other;
        other.other = true;
        for (std::size_t i = std::size_t(maxGroups); i < groups.size(); ++i) {
            const FlowGroup &g = groups[i];
            other.members << g.name;
            other.joules += g.joules;
            other.cpuJoules += g.cpuJoules;
            other.gpuJoules += g.gpuJoules;
            other.runs += g.runs;
        }
        groups.resize(std::size_t(maxGroups));
        groups.push_back(std::move(other));
    }
    t.groups = std::move(groups);
    return t;
}

int CarbonFlow::indexOf(CarbonFlowNode::Kind kind) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == kind)
            return int(i);
    }
    return -1;
}

int CarbonFlow::indexOf(CarbonFlowNode::Kind kind, const QString &name) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == kind && nodes[i].name == name && !nodes[i].other)
            return int(i);
    }
    return -1;
}

int CarbonFlow::otherIndex() const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].other)
            return int(i);
    }
    return -1;
}

CarbonFlow carbonFlow(const FlowTotals &totals, const CarbonFactors &factors)
{
    factors.validate();
    CarbonFlow flow;
    flow.totals = totals;
    flow.total = carbonFor(totals.joules(), factors);
    const bool priced = factors.pricePerKwh.has_value();
    flow.columns = priced ? 5 : 4;

    // A node for `joules` at the meter: its kWh, facility kWh, carbon and cost.
    auto node = [&](CarbonFlowNode::Kind kind, int column, const QString &name, double joules) {
        const CarbonResult r = carbonFor(joules, factors);
        CarbonFlowNode n;
        n.kind = kind;
        n.column = column;
        n.name = name;
        n.joules = joules;
        n.drawnJoules = joules;
        n.kwh = r.kwh;
        n.facilityKwh = r.facilityKwh;
        n.co2eGrams = r.co2eGrams;
        n.cost = r.cost;
        return n;
    };
    auto link = [&](int source, int target, int device, double joules, double facilityFactor) {
        CarbonFlowLink l;
        l.source = source;
        l.target = target;
        l.device = device;
        l.joules = joules;
        const double facilityKwh = joules / kJoulesPerKwh * facilityFactor;
        l.co2eGrams = facilityKwh * factors.gramsPerKwh;
        if (priced)
            l.cost = facilityKwh * *factors.pricePerKwh;
        flow.links.push_back(l);
    };

    int device[2] = {-1, -1};
    const double deviceJoules[2] = {totals.cpuJoules, totals.gpuJoules};
    const std::size_t deviceRuns[2] = {totals.cpuRuns, totals.gpuRuns};
    const QString deviceNames[2] = {u"CPU"_s, u"GPU"_s};
    for (int d = 0; d < 2; ++d) {
        if (deviceRuns[d] == 0)
            continue;
        device[d] = int(flow.nodes.size());
        CarbonFlowNode n = node(CarbonFlowNode::Kind::Device, 0, deviceNames[d], deviceJoules[d]);
        n.runs = deviceRuns[d];
        flow.nodes.push_back(n);
    }
    std::vector<int> group;
    for (const FlowGroup &g : totals.groups) {
        group.push_back(int(flow.nodes.size()));
        CarbonFlowNode n = node(CarbonFlowNode::Kind::Group, 1, g.name, g.joules);
        n.members = g.members;
        n.other = g.other;
        n.missing = g.missing;
        n.runs = g.runs;
        flow.nodes.push_back(n);
    }
    const int energy = int(flow.nodes.size());
    {
        CarbonFlowNode n = node(CarbonFlowNode::Kind::Energy, 2, QString(), totals.joules());
        n.runs = totals.runs;
        flow.nodes.push_back(n);
    }
    // The data centre's extra energy (PUE - 1) joins the measured energy on its way to carbon.
    int overhead = -1;
    if (factors.pue > 1.0 && totals.joules() > 0) {
        overhead = int(flow.nodes.size());
        const double extra = totals.joules() * (factors.pue - 1.0);
        CarbonFlowNode n;
        n.kind = CarbonFlowNode::Kind::Overhead;
        n.column = 2;
        n.joules = extra;
        n.drawnJoules = extra;
        n.kwh = extra / kJoulesPerKwh;
        n.facilityKwh = n.kwh;
        n.co2eGrams = n.facilityKwh * factors.gramsPerKwh;
        if (priced)
            n.cost = n.facilityKwh * *factors.pricePerKwh;
        flow.nodes.push_back(n);
    }
    const int carbon = int(flow.nodes.size());
    {
        CarbonFlowNode n = node(CarbonFlowNode::Kind::Carbon, 3, QString(), totals.joules());
        n.drawnJoules = totals.joules() * factors.pue;
        n.runs = totals.runs;
        flow.nodes.push_back(n);
    }
    int cost = -1;
    if (priced) {
        cost = int(flow.nodes.size());
        CarbonFlowNode n = node(CarbonFlowNode::Kind::Cost, 4, QString(), totals.joules());
        n.drawnJoules = totals.joules() * factors.pue;
        n.runs = totals.runs;
        flow.nodes.push_back(n);
    }

    // Device -> group, then group -> energy split by device so the device colours run through.
    for (int d = 0; d < 2; ++d) {
        if (device[d] < 0)
            continue;
        for (std::size_t g = 0; g < totals.groups.size(); ++g) {
            const double j = d == 0 ? totals.groups[g].cpuJoules : totals.groups[g].gpuJoules;
            if (j > 0)
                link(device[d], group[g], d, j, factors.pue);
        }
    }
    for (std::size_t g = 0; g < totals.groups.size(); ++g) {
        for (int d = 0; d < 2; ++d) {
            const double j = d == 0 ? totals.groups[g].cpuJoules : totals.groups[g].gpuJoules;
            if (j > 0 && device[d] >= 0)
                link(group[g], energy, d, j, factors.pue);
        }
    }
    if (totals.joules() > 0) {
        link(energy, carbon, -1, totals.joules(), 1.0); // the measured part's carbon
        if (overhead >= 0)
            link(overhead, carbon, -1, totals.joules() * (factors.pue - 1.0), 1.0);
        if (cost >= 0)
            link(carbon, cost, -1, totals.joules() * factors.pue, 1.0);
    }
    return flow;
}

} // namespace wattprint
