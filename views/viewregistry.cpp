#include "viewregistry.h"

#include "anomalyscoreview.h"
#include "anomalytimelineview.h"
#include "architectureview.h"
#include "batchoverheadview.h"
#include "cacheview.h"
#include "compareview.h"
#include "depthview.h"
#include "leaderboardview.h"
#include "distributionview.h"
#include "overheadview.h"
#include "parallelview.h"
#include "paretoview.h"
#include "radarview.h"
#include "runsview.h"
#include "sankeyview.h"
#include "sunburstview.h"

namespace wattprint {

QStringList ViewRegistry::ids()
{
    // Display order; "runs" last (it sits under the charts by default).
    // The charts follow the order of the nuggets in the design; the two extra views come last.
    return {QStringLiteral("distribution"), QStringLiteral("parallel"), QStringLiteral("compare"),
            QStringLiteral("anomalies"), QStringLiteral("pareto"), QStringLiteral("overhead"), QStringLiteral("cache"),
            QStringLiteral("depth"), QStringLiteral("sankey"), QStringLiteral("architecture"),
            QStringLiteral("radar"), QStringLiteral("sunburst"), QStringLiteral("leaderboard"),
            QStringLiteral("batch-overhead"), QStringLiteral("anomaly-score"), QStringLiteral("runs")};
}

QStringList ViewRegistry::chartIds()
{
    QStringList list = ids();
    list.removeAll(QStringLiteral("runs"));
    return list;
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
    if (id == QLatin1String("parallel"))
        return new ParallelView(parent);
    if (id == QLatin1String("pareto"))
        return new ParetoView(parent);
    if (id == QLatin1String("leaderboard"))
        return new LeaderboardView(parent);
    if (id == QLatin1String("cache"))
        return new CacheView(parent);
    if (id == QLatin1String("sankey"))
        return new SankeyView(parent);
    if (id == QLatin1String("radar"))
        return new RadarView(parent);
    if (id == QLatin1String("sunburst"))
        return new SunburstView(parent);
    if (id == QLatin1String("runs"))
        return new RunsView(parent);
    return nullptr;
}

} // namespace wattprint
