#include "compareanalysis.h"

#include "analysiserror.h"
#include "descriptive.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace wattprint {

namespace {

// Row indices of the runs a selection keeps; fields naming a value absent from the runs match
// nothing.
struct CompiledSelection
{
    bool none = false;
    int dataset = -1, shape = -1, gpu = -1, project = -1, hardware = -1;
    std::optional<qint64> size;
    std::optional<int> depth;

    CompiledSelection(const RunColumns &c, const CompareSelection &s)
        : size(s.size)
        , depth(s.depth)
    {
        if (!s.dataset.isEmpty()) {
            dataset = int(c.datasetNames.indexOf(s.dataset));
            none = none || dataset < 0;
        }
        if (!s.shape.isEmpty()) {
            shape = int(c.shapeNames.indexOf(s.shape));
            none = none || shape < 0;
        }
        if (!s.device.isEmpty())
            gpu = s.device == QLatin1String("GPU") ? 1 : 0;
        if (!s.project.isEmpty()) {
            project = c.project.empty() ? -1 : int(c.projectNames.indexOf(s.project));
            none = none || project < 0;
        }
        if (!s.hardware.isEmpty()) {
            hardware = int(c.nodeTypeNames.indexOf(s.hardware));
            none = none || hardware < 0;
        }
    }

    bool matches(const RunColumns &c, std::size_t i) const
    {
        return !none && (dataset < 0 || c.dataset[i] == dataset) && (shape < 0 || c.shape[i] == shape)
            && (gpu < 0 || int(c.isGpu[i]) == gpu) && (!size || c.size[i] == *size) && (!depth || c.depth[i] == *depth)
            && (project < 0 || c.project[i] == project) && (hardware < 0 || c.nodeType[i] == hardware);
    }
};

// O(n) apart from the dot strip (small by definition): compareSamples sorts both samples again,
// and at a million runs a second sort here would double the job's time.
CompareResult::Side describeSide(const std::vector<double> &values)
{
    CompareResult::Side s;
    s.count = values.size();
    if (values.empty())
        return s;
    s.mean = stats::mean(values);
    s.median = stats::median(values);
    std::vector<double> pos;
    pos.reserve(values.size());
    for (double v : values) {
        if (v > 0)
            pos.push_back(v);
    }
    s.positive = pos.size();
    if (pos.empty())
        return s;
    static constexpr double quartiles[] = {0.25, 0.75};
    const std::vector<double> q = stats::quantilesInPlace(pos, quartiles);
    s.q1 = q[0];
    s.q3 = q[1];
    // Tukey's fences on the log scale the chart uses; the whiskers end at the most extreme
    // values inside them.
    const double l1 = std::log10(s.q1), l3 = std::log10(s.q3);
    const double loFence = std::pow(10.0, l1 - 1.5 * (l3 - l1));
    const double hiFence = std::pow(10.0, l3 + 1.5 * (l3 - l1));
    s.lowerWhisker = s.q1;
    s.upperWhisker = s.q3;
    for (double v : pos) {
        if (v >= loFence && v < s.lowerWhisker)
            s.lowerWhisker = v;
        if (v <= hiFence && v > s.upperWhisker)
            s.upperWhisker = v;
    }
    if (pos.size() < CompareResult::DotStripLimit) {
        std::sort(pos.begin(), pos.end());
        s.dots = std::move(pos);
    }
    return s;
}

} // namespace

// The compare view's labels, in its translation context.
QString CompareSelection::describe() const
{
    if (isAll())
        return QCoreApplication::translate("wattprint::CompareView", "all runs in the filter");
    QStringList parts;
    if (!dataset.isEmpty())
        parts << dataset;
    if (!shape.isEmpty())
        parts << shape;
    if (size)
        parts << QCoreApplication::translate("wattprint::CompareView", "size %1").arg(QLocale().toString(*size));
    if (depth)
        parts << QCoreApplication::translate("wattprint::CompareView", "depth %1").arg(*depth);
    if (!device.isEmpty())
        parts << device;
    if (!project.isEmpty())
        parts << QCoreApplication::translate("wattprint::CompareView", "project %1").arg(project);
    if (!hardware.isEmpty())
        parts << hardware;
    return parts.join(QStringLiteral(", "));
}

QJsonObject CompareSelection::toJson() const
{
    QJsonObject o;
    if (!dataset.isEmpty())
        o[QStringLiteral("dataset")] = dataset;
    if (!shape.isEmpty())
        o[QStringLiteral("shape")] = shape;
    if (size)
        o[QStringLiteral("size")] = double(*size);
    if (depth)
        o[QStringLiteral("depth")] = *depth;
    if (!device.isEmpty())
        o[QStringLiteral("device")] = device;
    if (!project.isEmpty())
        o[QStringLiteral("project")] = project;
    if (!hardware.isEmpty())
        o[QStringLiteral("hardware")] = hardware;
    return o;
}

CompareSelection CompareSelection::fromJson(const QJsonObject &o)
{
    CompareSelection s;
    s.dataset = o.value(QStringLiteral("dataset")).toString();
    s.shape = o.value(QStringLiteral("shape")).toString();
    const QJsonValue size = o.value(QStringLiteral("size"));
    if (size.isDouble() && size.toDouble() > 0 && size.toDouble() < 9e15
        && std::floor(size.toDouble()) == size.toDouble())
        s.size = qint64(size.toDouble());
    const QJsonValue depth = o.value(QStringLiteral("depth"));
    if (depth.isDouble() && depth.toDouble() > 0 && depth.toDouble() < 1e6
        && std::floor(depth.toDouble()) == depth.toDouble())
        s.depth = depth.toInt();
    const QString device = o.value(QStringLiteral("device")).toString().toUpper();
    if (device == QLatin1String("CPU") || device == QLatin1String("GPU"))
        s.device = device;
    s.project = o.value(QStringLiteral("project")).toString();
    s.hardware = o.value(QStringLiteral("hardware")).toString();
    return s;
}

const CompareResult::Metric *CompareResult::find(RunMetric metric) const
{
    for (const Metric &m : metrics) {
        if (m.metric == metric)
            return &m;
    }
    return nullptr;
}

std::optional<std::pair<CompareSelection, CompareSelection>> exampleSelections(const RunColumns &c)
{
    c.checkConsistent();
    const std::size_t n = c.rowCount();
    // The most-run value of `key` among the rows `keep` accepts; ties to the smaller value.
    auto mostRun = [&](auto key, auto keep) {
        std::map<decltype(key(std::size_t{0})), std::size_t> counts;
        for (std::size_t i = 0; i < n; ++i) {
            if (keep(i))
                ++counts[key(i)];
        }
        return counts;
    };
    auto best = [](const auto &counts) {
        auto top = counts.begin();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it->second > top->second)
                top = it;
        }
        return top;
    };
    // Counted by index, chosen by name: ties go to the smaller name whatever the index order.
    std::map<QString, std::size_t> datasets;
    for (const auto &[index, runs] :
         mostRun([&](std::size_t i) { return c.dataset[i]; }, [](std::size_t) { return true; }))
        datasets[c.datasetNames.value(index)] += runs;
    if (datasets.empty())
        return std::nullopt;
    const QString dataset = best(datasets)->first;
    const auto datasetIndex = std::int32_t(c.datasetNames.indexOf(dataset));
    auto inDataset = [&](std::size_t i) { return c.dataset[i] == datasetIndex; };
    const int depth = best(mostRun([&](std::size_t i) { return c.depth[i]; }, inDataset))->first;
    // One device on both sides: CPU and GPU runs differ tenfold and would blur the sizes' difference.
    const int gpu = best(mostRun([&](std::size_t i) { return int(c.isGpu[i] != 0); },
                                 [&](std::size_t i) { return inDataset(i) && c.depth[i] == depth; }))
                        ->first;
    auto sizes = mostRun(
        [&](std::size_t i) { return c.size[i]; },
        [&](std::size_t i) { return inDataset(i) && c.depth[i] == depth && int(c.isGpu[i] != 0) == gpu; });
    if (sizes.size() < 2)
        return std::nullopt;
    const auto first = best(sizes);
    const qint64 sizeOne = first->first;
    sizes.erase(first);
    const qint64 sizeTwo = best(sizes)->first;
    CompareSelection a, b;
    a.dataset = b.dataset = dataset;
    a.depth = b.depth = depth;
    a.device = b.device = gpu ? QStringLiteral("GPU") : QStringLiteral("CPU");
    a.size = std::min(sizeOne, sizeTwo);
    b.size = std::max(sizeOne, sizeTwo);
    return std::make_pair(a, b);
}

const std::vector<RunMetric> &comparedMetrics()
{
    static const std::vector<RunMetric> all = {RunMetric::Energy, RunMetric::RunTime, RunMetric::Power,
                                               RunMetric::EnergyPerDatum};
    return all;
}

CompareResult computeComparison(const RunColumns &c, const CompareSelection &a, const CompareSelection &b,
                                const std::function<bool()> &cancelled)
{
    auto stop = [&] { return cancelled && cancelled(); };
    c.checkConsistent();
    CompareResult r;
    r.a = a;
    r.b = b;
    const std::size_t n = c.rowCount();
    r.totalRuns = n;

    // What the selectors can offer: the values present in the runs in force.
    std::vector<char> datasetSeen(std::size_t(c.datasetNames.size()), 0),
        shapeSeen(std::size_t(c.shapeNames.size()), 0);
    bool deviceSeen[2] = {false, false};
    std::vector<char> projectSeen(std::size_t(c.projectNames.size()), 0),
        hardwareSeen(std::size_t(c.nodeTypeNames.size()), 0);
    std::set<qint64> sizes;
    std::set<int> depths;
    const CompiledSelection ca(c, a), cb(c, b);
    std::vector<std::size_t> rowsA, rowsB;
    for (std::size_t i = 0; i < n; ++i) {
        if (c.dataset[i] >= 0 && std::size_t(c.dataset[i]) < datasetSeen.size())
            datasetSeen[std::size_t(c.dataset[i])] = 1;
        if (c.shape[i] >= 0 && std::size_t(c.shape[i]) < shapeSeen.size())
            shapeSeen[std::size_t(c.shape[i])] = 1;
        deviceSeen[c.isGpu[i] ? 1 : 0] = true;
        // A run without a configuration has size and depth 0: not a size to offer.
        if (c.hasConfiguration(i)) {
            sizes.insert(c.size[i]);
            depths.insert(c.depth[i]);
        }
        if (!c.project.empty() && c.project[i] >= 0 && std::size_t(c.project[i]) < projectSeen.size())
            projectSeen[std::size_t(c.project[i])] = 1;
        if (c.nodeType[i] >= 0 && std::size_t(c.nodeType[i]) < hardwareSeen.size())
            hardwareSeen[std::size_t(c.nodeType[i])] = 1;
        const bool inA = ca.matches(c, i), inB = cb.matches(c, i);
        if (inA)
            rowsA.push_back(i);
        if (inB)
            rowsB.push_back(i);
        r.overlap += inA && inB ? 1 : 0;
    }
    for (qsizetype d = 0; d < c.datasetNames.size(); ++d) {
        if (datasetSeen[std::size_t(d)])
            r.datasets << c.datasetNames[d];
    }
    for (qsizetype s = 0; s < c.shapeNames.size(); ++s) {
        if (shapeSeen[std::size_t(s)])
            r.shapes << c.shapeNames[s];
    }
    for (qsizetype p = 0; p < c.projectNames.size(); ++p) {
        if (projectSeen[std::size_t(p)])
            r.projects << c.projectNames[p];
    }
    for (qsizetype h = 0; h < c.nodeTypeNames.size(); ++h) {
        if (hardwareSeen[std::size_t(h)])
            r.hardware << c.nodeTypeNames[h];
    }
    r.datasets.sort();
    r.shapes.sort();
    r.projects.sort();
    r.hardware.sort();
    if (deviceSeen[0])
        r.devices << QStringLiteral("CPU");
    if (deviceSeen[1])
        r.devices << QStringLiteral("GPU");
    r.sizes.assign(sizes.begin(), sizes.end());
    r.depths.assign(depths.begin(), depths.end());
    r.runsA = rowsA.size();
    r.runsB = rowsB.size();
    if (stop())
        return r;

    for (RunMetric metric : comparedMetrics()) {
        const std::vector<double> &column = runMetricColumn(c, metric);
        auto values = [&column](const std::vector<std::size_t> &rows) {
            std::vector<double> v;
            v.reserve(rows.size());
            for (std::size_t i : rows) {
                if (std::isfinite(column[i]))
                    v.push_back(column[i]);
            }
            return v;
        };
        const std::vector<double> va = values(rowsA), vb = values(rowsB);
        CompareResult::Metric m;
        m.metric = metric;
        m.a = describeSide(va);
        m.b = describeSide(vb);
        m.ratio = !va.empty() && !vb.empty() && m.a.median > 0 ? m.b.median / m.a.median
                                                               : std::numeric_limits<double>::quiet_NaN();
        // A side with a single value has no test, only the ratio; an empty side has neither.
        if (!va.empty() && !vb.empty() && (va.size() < 2 || vb.size() < 2))
            m.verdict = untestedVerdict(va.size(), vb.size(), m.a.median, m.b.median);
        if (va.size() >= 2 && vb.size() >= 2) {
            try {
                m.comparison = stats::compareSamples(va, vb);
                m.significant = comparisonSignificant(*m.comparison);
                m.verdict = comparisonVerdict(*m.comparison, metric);
            } catch (const AnalysisError &e) {
                m.comparison.reset();
                m.failure = QString::fromStdString(e.what());
            }
        }
        r.metrics.push_back(std::move(m));
        if (stop())
            return r;
    }
    return r;
}

} // namespace wattprint
