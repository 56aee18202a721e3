#include "anomalytimelineanalysis.h"

#include "descriptive.h"
#include "expectedenergy.h"
#include "vectorstate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace wattprint {

AnomalyOptions anomalyTimelineOptions(AnomalyMethod method)
{
    AnomalyOptions o;
    o.method = method;
    o.iqrK = 1.5;
    o.minGroupSize = 5;
    o.seed = 0;
    return o;
}

double anomalyDetectorThreshold(AnomalyMethod method, double value)
{
    return method == AnomalyMethod::Iqr ? value - 1.5 : value;
}

AnomalyTimelineResult computeAnomalyTimeline(const RunColumns &c, AnomalyMethod method, AnomalyGroupChoice grouping,
                                             FailingRuns failing, const std::function<bool()> &cancelled)
{
    c.checkConsistent();
    clearUpperVectorState(); // see analysis/vectorstate.h
    auto stop = [&cancelled] { return cancelled && cancelled(); };
    AnomalyTimelineResult r;
    r.method = method;
    r.grouping = grouping;
    r.datasetNames = c.datasetNames;
    r.shapeNames = c.shapeNames;
    r.totalRuns = c.rowCount();
    const AnomalyOptions options = anomalyTimelineOptions(method);
    r.minGroupSize = options.minGroupSize;
    if (c.rowCount() == 0 || stop())
        return r;

    // Logs need positive values: runs without them are left out and counted (as `wattprint anomalies`,
    // which scores the same way).
    // Shared with the other anomaly view on the same runs.
    const std::shared_ptr<const RunExpectations> expectations = sharedExpectations(c);
    const std::vector<double> &expected = expectations->expected;
    if (stop())
        return r;
    const RunAnomalies scored = detectRunAnomalies(c, expectations->residual, anomalyGrouping(grouping), options, false,
                                                   failing);
    const std::vector<std::size_t> &kept = scored.rows;
    const AnomalyResult &detected = scored.detected;
    r.droppedNonPositive = scored.nonPositive;
    r.noExpectation = scored.noExpectation;
    r.failingRuns = scored.failingRuns;
    r.outsideBaseline = scored.outsideBaseline;
    if (kept.empty() || stop())
        return r;
    r.groupCount = detected.groupCount;
    r.smallGroupCount = detected.smallGroupCount;
    r.smallGroupRows = detected.smallGroupRows;
    r.evaluatedCount = detected.evaluatedCount;
    r.globalFallbackRows = detected.globalFallbackRows;

    // Median energy of each configuration (over the kept runs in the filter).
    const std::vector<std::int64_t> configKey = anomalyGroupKeys(c, AnomalyGrouping::Configuration);
    std::int64_t configCount = 0;
    for (std::size_t k : kept)
        configCount = std::max(configCount, configKey[k] + 1);
    std::vector<std::vector<double>> byConfig(static_cast<std::size_t>(configCount));
    // Runs are kept for a positive standardised energy; their energy column may still be NaN or
    // <= 0, which must not enter the median (nor divide by it).
    std::vector<std::int32_t> configRuns(byConfig.size(), 0);
    for (std::size_t k : kept) {
        ++configRuns[std::size_t(configKey[k])];
        if (std::isfinite(c.energy[k]) && c.energy[k] > 0)
            byConfig[std::size_t(configKey[k])].push_back(c.energy[k]);
    }
    std::vector<double> configMedian(byConfig.size(), 0.0);
    for (std::size_t g = 0; g < byConfig.size(); ++g) {
        if (!byConfig[g].empty())
            configMedian[g] = stats::medianInPlace(byConfig[g]);
    }
    if (stop())
        return r;

    // In start-time order (ties by id) so the time axis can be searched.
    std::vector<std::size_t> positions(kept.size());
    std::iota(positions.begin(), positions.end(), std::size_t(0));
    const std::vector<std::size_t> order = sortByStart(c, kept, std::move(positions));
    const std::size_t n = order.size();
    r.time.resize(n);
    r.id.resize(n);
    r.energy.resize(n);
    r.ratio.resize(n);
    r.configRuns.resize(n);
    r.expectedRatio.resize(n);
    r.score.resize(n);
    r.evaluated.resize(n);
    r.isGpu.resize(n);
    r.failing.resize(n);
    r.dataset.resize(n);
    r.shape.resize(n);
    r.depth.resize(n);
    r.size.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        const std::size_t k = order[j];
        const std::size_t i = kept[k];
        const std::size_t g = std::size_t(configKey[i]);
        r.time[j] = double(c.startNs[i]) / 1e9;
        r.id[j] = c.id[i];
        r.energy[j] = std::isfinite(c.energy[i]) ? c.energy[i] : std::numeric_limits<double>::quiet_NaN();
        r.ratio[j] = std::isfinite(c.energy[i]) && c.energy[i] > 0 && configMedian[g] > 0
            ? c.energy[i] / configMedian[g]
            : std::numeric_limits<double>::quiet_NaN();
        r.configRuns[j] = configRuns[g];
        const double measured = c.hasConfiguration(i) ? c.nonOverheadEnergy[i] + c.energyOverhead[i] : c.energy[i];
        r.expectedRatio[j] = expected[i] > 0 ? measured / expected[i] : std::numeric_limits<double>::quiet_NaN();
        r.score[j] = detected.score[k];
        r.evaluated[j] = detected.evaluated[k];
        r.isGpu[j] = c.isGpu[i];
        r.failing[j] = c.quality[i] != 0 ? 1 : 0;
        r.dataset[j] = c.dataset[i];
        r.shape[j] = c.shape[i];
        r.depth[j] = c.depth[i];
        r.size[j] = c.size[i];
    }
    return r;
}

std::vector<std::uint8_t> anomalyTimelineFlags(const AnomalyTimelineResult &r, double threshold)
{
    const double t = anomalyDetectorThreshold(r.method, threshold);
    std::vector<std::uint8_t> flags(r.rowCount(), 0);
    for (std::size_t i = 0; i < r.rowCount(); ++i)
        flags[i] = r.evaluated[i] && std::abs(r.score[i]) > t ? 1 : 0;
    return flags;
}

} // namespace wattprint
