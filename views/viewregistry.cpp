#include "viewregistry.h"

#include "distributionview.h"
#include "runsview.h"

namespace wattprint {

QStringList ViewRegistry::ids()
{
    // Display order; "runs" last (it sits under the charts by default).
    return {QStringLiteral("distribution"), QStringLiteral("runs")};
}

ViewPanel *ViewRegistry::create(const QString &id, QWidget *parent)
{
    if (id == QLatin1String("distribution"))
        return new DistributionView(parent);
    if (id == QLatin1String("runs"))
        return new RunsView(parent);
    return nullptr;
}

} // namespace wattprint
