#include "overheadsummary.h"

#include "analysiserror.h"
#include "runcolumns.h"
#include "samplechecks.h"

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

// Neumaier's compensated sum: a million joule values add up without drifting in the last digits.
struct Sum
{
    double sum = 0;
    double compensation = 0;

    void add(double x)
    {
        const double t = sum + x;
        compensation += std::abs(sum) >= std::abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    double value() const { return sum + compensation; }
};

struct Accumulator
{
    std::size_t runs = 0;
    std::size_t negativeCore = 0;
    Sum overhead;
    Sum core;

    void add(double o, double c)
    {
        ++runs;
        overhead.add(o);
        core.add(c);
        negativeCore += c < 0 ? 1 : 0;
    }
    OverheadGroup group(const QString &name, bool known = true) const
    {
        OverheadGroup g;
        g.name = name;
        g.known = known;
        g.runs = runs;
        g.overhead = overhead.value();
        g.core = core.value();
        g.negativeCoreRuns = negativeCore;
        return g;
    }
};

template<typename T>
void checkLength(const std::vector<T> &column, std::size_t n)
{
    if (column.size() != n)
        throw AnalysisError("The run columns do not have the same length.");
}

} // namespace

std::optional<double> OverheadGroup::share() const
{
    const double t = total();
    if (!(t > 0) || !std::isfinite(t))
        return std::nullopt;
    return overhead / t;
}

int OverheadSummary::indexOf(const QString &name) const
{
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].name == name)
            return int(i);
    }
    return -1;
}

OverheadSummary summarizeOverhead(const RunColumns &runs, OverheadGrouping grouping, OverheadOrder order,
                                  const std::function<bool()> &cancelled)
{
    const std::size_t n = runs.energyOverhead.size();
    checkLength(runs.nonOverheadEnergy, n);
    checkLength(runs.isGpu, n);

    // The group key of each row and the names the keys stand for. Key -1 (an unknown node type)
    // gets the last slot.
    const std::vector<std::int32_t> *keys = nullptr;
    const QStringList *names = nullptr;
    static const QStringList deviceNames = {QStringLiteral("CPU"), QStringLiteral("GPU")};
    switch (grouping) {
    case OverheadGrouping::Device: names = &deviceNames; break;
    case OverheadGrouping::Dataset:
        keys = &runs.dataset;
        names = &runs.datasetNames;
        break;
    case OverheadGrouping::Shape:
        keys = &runs.shape;
        names = &runs.shapeNames;
        break;
    case OverheadGrouping::NodeType:
        keys = &runs.nodeType;
        names = &runs.nodeTypeNames;
        break;
    case OverheadGrouping::Batch:
        keys = &runs.batch;
        names = &runs.batchNames;
        break;
    }
    if (keys)
        checkLength(*keys, n);
    const auto slotCount = std::size_t(names->size());
    std::vector<Accumulator> groups(slotCount + 1);
    Accumulator devices[2];
    Accumulator all;

    OverheadSummary r;
    r.grouping = grouping;
    r.totalRuns = n;
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 0x3fff) == 0x3fff && cancelled && cancelled())
            return r;
        const double o = runs.energyOverhead[i];
        const double c = runs.nonOverheadEnergy[i];
        if (!std::isfinite(o) || !std::isfinite(c)) {
            ++r.skippedRuns;
            continue;
        }
        const int device = runs.isGpu[i] ? 1 : 0;
        std::size_t slot = std::size_t(device);
        if (keys) {
            const std::int32_t k = (*keys)[i];
            if (k >= 0 && std::size_t(k) >= slotCount)
                throw AnalysisError("A run refers to a name that is not in the run columns.");
            slot = k < 0 ? slotCount : std::size_t(k);
        }
        groups[slot].add(o, c);
        devices[device].add(o, c);
        all.add(o, c);
    }

    for (std::size_t s = 0; s <= slotCount; ++s) {
        if (groups[s].runs == 0)
            continue;
        r.groups.push_back(s < slotCount ? groups[s].group(names->at(qsizetype(s)))
                                         : groups[s].group(QStringLiteral("unknown"), false));
    }
    r.cpu = devices[0].group(deviceNames[0]);
    r.gpu = devices[1].group(deviceNames[1]);
    r.all = all.group(QString());
    // Energies near the double limit overflow the sums (and the compensation turns them into NaN).
    for (const OverheadGroup *g : {&r.cpu, &r.gpu, &r.all}) {
        requireFiniteSum(g->overhead, "The runs' energy overhead");
        requireFiniteSum(g->core, "The runs' non-overhead energy");
    }
    for (const OverheadGroup &g : r.groups) {
        requireFiniteSum(g.overhead, "The runs' energy overhead");
        requireFiniteSum(g.core, "The runs' non-overhead energy");
    }

    if (order == OverheadOrder::Name) {
        std::stable_sort(r.groups.begin(), r.groups.end(),
                         [](const OverheadGroup &a, const OverheadGroup &b) { return a.name < b.name; });
    } else {
        std::stable_sort(r.groups.begin(), r.groups.end(), [](const OverheadGroup &a, const OverheadGroup &b) {
            const auto sa = a.share();
            const auto sb = b.share();
            if (sa.has_value() != sb.has_value())
                return sa.has_value();
            if (sa && *sa != *sb)
                return *sa > *sb;
            return a.name < b.name;
        });
    }
    return r;
}

QString overheadGroupingName(OverheadGrouping grouping)
{
    switch (grouping) {
    case OverheadGrouping::Device: return QStringLiteral("device");
    case OverheadGrouping::Dataset: return QStringLiteral("dataset");
    case OverheadGrouping::Shape: return QStringLiteral("shape");
    case OverheadGrouping::NodeType: return QStringLiteral("node_type");
    case OverheadGrouping::Batch: return QStringLiteral("batch");
    }
    return QStringLiteral("device");
}

std::optional<OverheadGrouping> overheadGroupingFromName(QStringView name)
{
    for (OverheadGrouping g : {OverheadGrouping::Device, OverheadGrouping::Dataset, OverheadGrouping::Shape,
                               OverheadGrouping::NodeType, OverheadGrouping::Batch}) {
        if (overheadGroupingName(g) == name)
            return g;
    }
    return std::nullopt;
}

} // namespace wattprint
