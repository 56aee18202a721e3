#pragma once

#include <anomalydetection.h>

#include <QString>

#include <functional>

class QComboBox;

namespace wattprint {

// Words for the groupings of the anomaly views (the choice itself is analysis' AnomalyGroupChoice).
// For the chooser: "Configuration", "Dataset, size and device", ... (translated).
QString anomalyGroupLabel(AnomalyGroupChoice choice);
// For sentences: "within their configuration", "among all runs" (translated).
QString anomalyGroupPhrase(AnomalyGroupChoice choice);
// "its configuration's median", "the median of its dataset, size and device group", ... (translated).
QString anomalyGroupMedianPhrase(AnomalyGroupChoice choice);
// For "runs in ... with fewer than 5 runs": "configurations", "dataset, size and device groups".
QString anomalyGroupPlural(AnomalyGroupChoice choice);

// The views' "Group by" chooser: one item per choice (data: anomalyGroupKey) with `current`
// selected; `chosen` is called with the choice the user picks.
void setUpAnomalyGroupBox(QComboBox *box, AnomalyGroupChoice current, std::function<void(AnomalyGroupChoice)> chosen);
// Its item texts in the current language.
void retranslateAnomalyGroupBox(QComboBox *box);

} // namespace wattprint
