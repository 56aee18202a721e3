#include "anomalyscoreanalysis.h"

#include "vectorstate.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace wattprint {

AnomalyDriver AnomalyScoreResult::driver(std::size_t i) const
{
    const double sign = z[i] < 0 ? -1.0 : 1.0;
    return sign * runTimePart[i] >= sign * powerPart[i] ? AnomalyDriver::RunTime : AnomalyDriver::Power;
}

AnomalyScoreResult computeAnomalyScores(const RunColumns &c, AnomalyGroupChoice grouping,
                                        const std::function<bool()> &cancelled)
{
    c.checkConsistent();
    clearUpperVectorState(); // see analysis/vectorstate.h
    auto stop = [&cancelled] { return cancelled && cancelled(); };
    AnomalyScoreResult r;
    r.grouping = grouping;
    r.datasetNames = c.datasetNames;
    r.shapeNames = c.shapeNames;
    r.totalRuns = c.rowCount();
    AnomalyOptions options;
    options.method = AnomalyMethod::ZScore;
    options.minGroupSize = 5;
    r.minGroupSize = options.minGroupSize;
    if (c.rowCount() == 0)
        return r;

    const auto usable = [](double v) { return std::isfinite(v) && v > 0; };
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < c.rowCount(); ++i) {
        if (usable(c.energy[i]) && usable(c.runTime[i]))
            kept.push_back(i);
    }
    r.droppedNonPositive = c.rowCount() - kept.size();
    if (kept.empty())
        return r;
    const std::size_t m = kept.size();
    std::vector<double> logE(m), logT(m), logP(m);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t i = kept[k];
        logE[k] = std::log10(c.energy[i]);
        logT[k] = std::log10(c.runTime[i]);
        // The run's average power, E / T, so that log E = log T + log P holds per run.
        logP[k] = std::log10(c.energy[i] / c.runTime[i]);
    }
    const std::vector<std::int64_t> allGroups = anomalyGroupKeys(c, anomalyGrouping(grouping));
    std::vector<std::int64_t> groups(m, 0);
    if (!allGroups.empty()) {
        for (std::size_t k = 0; k < m; ++k)
            groups[k] = allGroups[kept[k]];
    }
    const AnomalyResult detected = detectAnomalies(
        std::span<const double>(logE), allGroups.empty() ? std::span<const std::int64_t>() : groups, options);
    r.groupCount = detected.groupCount;
    r.smallGroupCount = detected.smallGroupCount;
    r.smallGroupRows = detected.smallGroupRows;
    if (stop())
        return r;

    // Group means of log E, log T, log P and the population sd of log E.
    const std::size_t groupCount = std::size_t(*std::max_element(groups.begin(), groups.end()) + 1);
    std::vector<double> sumE(groupCount, 0), sumT(groupCount, 0), sumP(groupCount, 0), ss(groupCount, 0);
    std::vector<std::size_t> count(groupCount, 0);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t g = std::size_t(groups[k]);
        sumE[g] += logE[k];
        sumT[g] += logT[k];
        sumP[g] += logP[k];
        ++count[g];
    }
    std::vector<double> meanE(groupCount), meanT(groupCount), meanP(groupCount);
    for (std::size_t g = 0; g < groupCount; ++g) {
        const double n = double(std::max<std::size_t>(count[g], 1));
        meanE[g] = sumE[g] / n;
        meanT[g] = sumT[g] / n;
        meanP[g] = sumP[g] / n;
    }
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t g = std::size_t(groups[k]);
        ss[g] += (logE[k] - meanE[g]) * (logE[k] - meanE[g]);
    }
    if (stop())
        return r;

    for (std::size_t g = 0; g < groupCount; ++g) {
        if (count[g] >= options.minGroupSize)
            r.largestGroup = std::max(r.largestGroup, count[g]);
    }
    std::vector<std::size_t> order;
    order.reserve(detected.evaluatedCount);
    for (std::size_t k = 0; k < m; ++k) {
        if (detected.evaluated[k])
            order.push_back(k);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::size_t ia = kept[a], ib = kept[b];
        return c.startNs[ia] != c.startNs[ib] ? c.startNs[ia] < c.startNs[ib] : c.id[ia] < c.id[ib];
    });
    const std::size_t n = order.size();
    for (auto *v : {&r.time, &r.z, &r.runTimePart, &r.powerPart, &r.runTimeRatio, &r.powerRatio, &r.energy})
        v->resize(n);
    r.id.resize(n);
    r.isGpu.resize(n);
    r.dataset.resize(n);
    r.shape.resize(n);
    r.depth.resize(n);
    r.size.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        const std::size_t k = order[j];
        const std::size_t i = kept[k];
        const std::size_t g = std::size_t(groups[k]);
        const double sd = std::sqrt(ss[g] / double(count[g]));
        r.time[j] = double(c.startNs[i]) / 1e9;
        r.id[j] = c.id[i];
        r.z[j] = detected.score[k];
        r.runTimePart[j] = sd > 0 ? (logT[k] - meanT[g]) / sd : 0.0;
        r.powerPart[j] = sd > 0 ? (logP[k] - meanP[g]) / sd : 0.0;
        r.runTimeRatio[j] = std::pow(10.0, logT[k] - meanT[g]);
        r.powerRatio[j] = std::pow(10.0, logP[k] - meanP[g]);
        r.energy[j] = c.energy[i];
        r.isGpu[j] = c.isGpu[i];
        r.dataset[j] = c.dataset[i];
        r.shape[j] = c.shape[i];
        r.depth[j] = c.depth[i];
        r.size[j] = c.size[i];
    }
    return r;
}

} // namespace wattprint
