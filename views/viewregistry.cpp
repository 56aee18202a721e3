#include "viewregistry.h"

#include "anomalyscoreview.h"
#include "anomalytimelineview.h"
#include "architectureview.h"
#include "batchoverheadview.h"
#include "compareview.h"
#include "depthview.h"
#include "distributionview.h"
#include "overheadview.h"
#include "runsview.h"

namespace wattprint {

QStringList ViewRegistry::ids()
{
    // Display order; "runs" last (it sits under the charts by default).
    return {QStringLiteral("distribution"), QStringLiteral("compare"), QStringLiteral("anomalies"),
            QStringLiteral("overhead"), QStringLiteral("depth"), QStringLiteral("architecture"),
            QStringLiteral("batch-overhead"), QStringLiteral("anomaly-score"), QStringLiteral("runs")};
}

ViewPanel *ViewRegistry::create(const QString &id, QWidget *parent)
{
    if (id == QLatin1String("distribution"))
        return new DistributionView(parent);
    if (id == QLatin1String("compare"))
        return new CompareView(parent);
    if (id == QLatin1String("anomalies"))
        return new AnomalyTimelineView(parent);
    if (id == QLatin1String("anomaly-score"))
        return new AnomalyScoreView(parent);
    if (id == QLatin1String("overhead"))
        return new OverheadView(parent);
    if (id == QLatin1String("depth"))
        return new DepthView(parent);
    if (id == QLatin1String("architecture"))
        return new ArchitectureView(parent);
    if (id == QLatin1String("batch-overhead"))
        return new BatchOverheadView(parent);
    if (id == QLatin1String("runs"))
        return new RunsView(parent);
    return nullptr;
}

} // namespace wattprint
