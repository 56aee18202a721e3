#pragma once

#include <distributionanalysis.h>

#include <QString>

namespace wattprint {

// The translated name of a run metric ("Energy per run"), as the distribution and compare views
// show it in their choosers, axis titles and findings.
QString metricLabel(DistributionMetric metric);

} // namespace wattprint
