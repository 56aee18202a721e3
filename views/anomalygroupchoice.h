#pragma once

#include <anomalydetection.h>

#include <QString>

#include <optional>

namespace wattprint {

// The groupings the anomaly views offer. Scores are computed within each group, so a run is
// compared with runs like it; the finer the grouping, the fairer the comparison, but the demo
// and the real sweep have only one or two runs in most configurations, too few to score.
enum class AnomalyGroupChoice {
    Configuration,     // dataset, shape, size, depth and device
    DatasetSizeDevice, // NREL's grouping for its run-time filter (filter_3)
    DatasetDevice,
    Device,
    None,
};

constexpr AnomalyGroupChoice AllAnomalyGroupChoices[] = {
    AnomalyGroupChoice::Configuration, AnomalyGroupChoice::DatasetSizeDevice, AnomalyGroupChoice::DatasetDevice,
    AnomalyGroupChoice::Device, AnomalyGroupChoice::None};

AnomalyGrouping anomalyGrouping(AnomalyGroupChoice choice);
// Stable key for saved state: "configuration", "dataset-size-device", "dataset-device", "device", "none".
QString anomalyGroupKey(AnomalyGroupChoice choice);
std::optional<AnomalyGroupChoice> anomalyGroupFromKey(const QString &key);
// For the chooser: "Configuration", "Dataset, size and device", ... (translated).
QString anomalyGroupLabel(AnomalyGroupChoice choice);
// For sentences: "within their configuration", "among all runs" (translated).
QString anomalyGroupPhrase(AnomalyGroupChoice choice);
// "its configuration's median", "the median of its dataset, size and device group", ... (translated).
QString anomalyGroupMedianPhrase(AnomalyGroupChoice choice);
// For "runs in ... with fewer than 5 runs": "configurations", "dataset, size and device groups".
QString anomalyGroupPlural(AnomalyGroupChoice choice);

} // namespace wattprint
