#include "metriclabel.h"

#include <QCoreApplication>

namespace wattprint {

// In the distribution view's translation context, where the catalogues have these texts (the
// context is written out each time: lupdate reads only literal contexts).
QString metricLabel(DistributionMetric metric)
{
    switch (metric) {
    case DistributionMetric::Energy:
        return QCoreApplication::translate("wattprint::DistributionView", "Energy per run");
    case DistributionMetric::NonOverheadEnergy:
        return QCoreApplication::translate("wattprint::DistributionView", "Non-overhead energy per run");
    case DistributionMetric::EnergyPerDatum:
        return QCoreApplication::translate("wattprint::DistributionView", "Energy per training datum");
    case DistributionMetric::RunTime: return QCoreApplication::translate("wattprint::DistributionView", "Run time");
    case DistributionMetric::Power: return QCoreApplication::translate("wattprint::DistributionView", "Mean power");
    }
    return {};
}

} // namespace wattprint
