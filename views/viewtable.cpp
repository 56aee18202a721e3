#include "viewtable.h"

#include "anomalyscoreview.h"
#include "anomalytimelineview.h"
#include "architectureview.h"
#include "batchoverheadview.h"
#include "cacheview.h"
#include "compareview.h"
#include "depthview.h"
#include "distributionview.h"
#include "leaderboardview.h"
#include "overheadview.h"
#include "parallelview.h"
#include "paretoview.h"
#include "radarview.h"
#include "runsview.h"
#include "sankeyview.h"
#include "sunburstview.h"

namespace wattprint {

namespace {

// The rows' texts are translated in this context (QT_TRANSLATE_NOOP below).
constexpr char Context[] = "wattprint::ViewTable";

template<typename View>
ViewPanel *make(QWidget *parent)
{
    return new View(parent);
}

QList<ViewRow> builtIn()
{
    using S = ViewStack;
    // The charts follow the order of the nuggets in the design, the two extra views after them,
    // the runs table last. Left: where the energy goes and what buys efficiency; right:
    // comparisons, anomalies, carbon and the tables. The first of each stack is in front.
    return {
        {QStringLiteral("distribution"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy distribution by hardware"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Distribution"), S::Left, true, &make<DistributionView>},
        {QStringLiteral("parallel"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Efficiency patterns (parallel coordinates)"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Parallel"), S::Left, true, &make<ParallelView>},
        {QStringLiteral("compare"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Comparative configuration analysis"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Compare"), S::Right, true, &make<CompareView>},
        {QStringLiteral("anomalies"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy anomaly detection timeline"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Anomalies"), S::Right, true, &make<AnomalyTimelineView>},
        {QStringLiteral("pareto"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Training-strategy Pareto frontier"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Pareto"), S::Left, true, &make<ParetoView>},
        {QStringLiteral("overhead"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy overhead analysis"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Overhead"), S::Right, true, &make<OverheadView>},
        {QStringLiteral("cache"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Memory hierarchy and cache-spill effect"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Cache"), S::Left, true, &make<CacheView>},
        {QStringLiteral("depth"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy vs depth small multiples"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Depth"), S::Left, true, &make<DepthView>},
        {QStringLiteral("sankey"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Carbon impact flow"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Carbon"), S::Right, true, &make<SankeyView>},
        {QStringLiteral("architecture"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Architecture evolution timeline"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Architecture"), S::Left, true, &make<ArchitectureView>},
        {QStringLiteral("radar"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy signatures (radar)"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Radar"), S::Left, true, &make<RadarView>},
        {QStringLiteral("sunburst"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Hierarchical energy breakdown"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Sunburst"), S::Right, true, &make<SunburstView>},
        {QStringLiteral("leaderboard"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Configuration leaderboard"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Leaderboard"), S::Right, true, &make<LeaderboardView>},
        {QStringLiteral("batch-overhead"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Overhead vs non-overhead, batchwise"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Batches"), S::Right, true, &make<BatchOverheadView>},
        {QStringLiteral("anomaly-score"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Anomaly-score timeline with thresholds"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Scores"), S::Right, true, &make<AnomalyScoreView>},
        {QStringLiteral("runs"), QT_TRANSLATE_NOOP("wattprint::ViewTable", "Runs"),
         QT_TRANSLATE_NOOP("wattprint::ViewTable", "Runs"), S::Right, false, &make<RunsView>},
    };
}

// The table in use: the built-in rows and those registered since. GUI thread only.
QList<ViewRow> &table()
{
    static QList<ViewRow> rows = builtIn();
    return rows;
}

} // namespace

QList<ViewRow> ViewTable::rows()
{
    return table();
}

std::optional<ViewRow> ViewTable::row(const QString &id)
{
    for (const ViewRow &r : std::as_const(table())) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

QString ViewTable::title(const QString &id)
{
    const std::optional<ViewRow> r = row(id);
    return r ? QCoreApplication::translate(Context, r->title) : QString();
}

QString ViewTable::tabTitle(const QString &id)
{
    const std::optional<ViewRow> r = row(id);
    return r ? QCoreApplication::translate(Context, r->tabTitle) : QString();
}

bool ViewTable::registerView(const ViewRow &newRow)
{
    if (newRow.id.isEmpty() || !newRow.create || row(newRow.id))
        return false;
    table().append(newRow);
    return true;
}

bool ViewTable::unregisterView(const QString &id)
{
    return table().removeIf([&id](const ViewRow &r) { return r.id == id; }) > 0;
}

ViewTable::Registration::Registration(const ViewRow &row)
    : m_id(row.id)
    , m_registered(registerView(row))
{}

ViewTable::Registration::~Registration()
{
    if (m_registered)
        unregisterView(m_id);
}

} // namespace wattprint
