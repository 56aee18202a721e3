#include "anomalyscoreanalysis.h"

#include "anomalytimelineanalysis.h"
#include "descriptive.h"
#include "expectedenergy.h"
#include "vectorstate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace wattprint {

AnomalyDriver AnomalyScoreResult::driver(std::size_t i) const
{
    const double sign = z[i] < 0 ? -1.0 : 1.0;
    return sign * runTimePart[i] >= sign * powerPart[i] ? AnomalyDriver::RunTime : AnomalyDriver::Power;
}

AnomalyScoreResult computeAnomalyScores(const RunColumns &c, AnomalyGroupChoice grouping, FailingRuns failing,
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
    const AnomalyOptions options = anomalyTimelineOptions(AnomalyMethod::RobustZScore);
    r.minGroupSize = options.minGroupSize;
    if (c.rowCount() == 0)
        return r;

    // Shared with the other anomaly view on the same runs.
    const std::shared_ptr<const RunExpectations> expectations = sharedExpectations(c);
    if (stop())
        return r;
    // Run time is needed for the split.
    const RunAnomalies scored = detectRunAnomalies(c, expectations->residual, anomalyGrouping(grouping), options, true,
                                                   failing);
    r.droppedNonPositive = scored.nonPositive;
    r.noExpectation = scored.noExpectation;
    r.failingRuns = scored.failingRuns;
    r.outsideBaseline = scored.outsideBaseline;
    const AnomalyResult &detected = scored.detected;
    r.groupCount = detected.groupCount;
    r.smallGroupCount = detected.smallGroupCount;
    r.smallGroupRows = detected.smallGroupRows;
    const std::size_t m = scored.rows.size();
    if (m == 0 || stop())
        return r;

    // Each group's median log power over its baseline, the reference of the power part.
    std::vector<double> logP(m);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t i = scored.rows[k];
        const double measured = c.hasConfiguration(i) ? c.nonOverheadEnergy[i] + c.energyOverhead[i] : c.energy[i];
        logP[k] = std::log10(measured / c.runTime[i]);
    }
    std::size_t groupCount = 1;
    for (std::int64_t g : scored.groups)
        groupCount = std::max(groupCount, std::size_t(g) + 1);
    std::vector<std::vector<double>> byGroup(groupCount);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t g = scored.groups.empty() ? 0 : std::size_t(scored.groups[k]);
        if (scored.outsideBaseline == 0 || c.quality[scored.rows[k]] == 0)
            byGroup[g].push_back(logP[k]);
    }
    std::vector<double> medianLogP(groupCount, 0.0);
    for (std::size_t g = 0; g < groupCount; ++g) {
        const std::size_t size = byGroup[g].size();
        if (size > 0)
            medianLogP[g] = stats::medianInPlace(byGroup[g]);
        if (size >= options.minGroupSize)
            r.largestGroup = std::max(r.largestGroup, size);
    }
    if (stop())
        return r;

    std::vector<std::size_t> evaluated;
    evaluated.reserve(detected.evaluatedCount);
    for (std::size_t k = 0; k < m; ++k) {
        if (detected.evaluated[k])
            evaluated.push_back(k);
    }
    const std::vector<std::size_t> order = sortByStart(c, scored.rows, std::move(evaluated));
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
        const std::size_t i = scored.rows[k];
        const std::size_t g = scored.groups.empty() ? 0 : std::size_t(scored.groups[k]);
        const double unit = detected.unit[k];
        const double deviation = scored.residual[k] - detected.centre[k]; // r - c
        const double powerDeviation = logP[k] - medianLogP[g];
        r.time[j] = double(c.startNs[i]) / 1e9;
        r.id[j] = c.id[i];
        r.z[j] = detected.score[k];
        r.powerPart[j] = unit > 0 ? powerDeviation / unit : 0.0;
        r.runTimePart[j] = unit > 0 ? r.z[j] - r.powerPart[j] : 0.0;
        r.runTimeRatio[j] = std::pow(10.0, deviation - powerDeviation);
        r.powerRatio[j] = std::pow(10.0, powerDeviation);
        // Scored on the standardised energy, a run's energy column may be inf or NaN.
        r.energy[j] = std::isfinite(c.energy[i]) ? c.energy[i] : std::numeric_limits<double>::quiet_NaN();
        r.isGpu[j] = c.isGpu[i];
        r.dataset[j] = c.dataset[i];
        r.shape[j] = c.shape[i];
        r.depth[j] = c.depth[i];
        r.size[j] = c.size[i];
    }
    return r;
}

} // namespace wattprint
