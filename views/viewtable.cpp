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
#include "whatifview.h"

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
        {
            .id = QStringLiteral("distribution"),
            .firstJobMs = 111,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy distribution by hardware"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Distribution"),
            .stack = S::Left,
            .create = &make<DistributionView>,
            .textContext = "wattprint::DistributionView",
            .question = QT_TRANSLATE_NOOP("wattprint::DistributionView",
                                          "Do GPU runs spread wider and carry heavier tails than CPU runs?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::DistributionView",
                "<p>The bars show how runs spread over the chosen metric: <span style='color:#0072b2'><b>CPU runs in "
                "blue</b></span>, <span style='color:#d55e00'><b>GPU runs in orange</b></span>. The horizontal axis "
                "is logarithmic: every step of ten times takes the same width, so a wide hump means runs differ by "
                "factors, not by amounts.</p>"
                "<p>Each device's bars are scaled to its own runs (a bar's height is the percentage of that device's "
                "runs that fall in it), so CPU and GPU can be compared even when one has many more runs. The line "
                "over the bars is a smoothed version of the same shape (a kernel density estimate).</p>"
                "<p>The box on the right summarises each device: the <b>median</b> run; the <b>interquartile "
                "range</b>, the width of the middle half of the runs in the metric's unit; <b>Q3/Q1</b>, the same "
                "middle half as a factor (what its width on this axis shows, whatever the typical size); "
                "<b>p99/p50</b>, how many times the 99th percentile exceeds the median (the heavier the tail, the "
                "larger); and the <b>skewness of log10</b>, above zero when the tail to the right is longer on "
                "this axis.</p>"
                "<p><b>Select</b>: drag left or right across the chart or along its axis to keep only the runs in "
                "that range; Undo takes it back. The mouse wheel zooms the axis; Reset zoom shows everything.</p>"),
        },
        {
            .id = QStringLiteral("parallel"),
            .firstJobMs = 98,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Efficiency patterns (parallel coordinates)"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Parallel"),
            .stack = S::Left,
            .create = &make<ParallelView>,
            .textContext = "wattprint::ParallelView",
            .question = QT_TRANSLATE_NOOP("wattprint::ParallelView", "Where does runtime grow while power stays flat?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::ParallelView",
                "<p>Every run is one line that crosses each vertical axis at its value: network size (parameters), "
                "depth (layers), energy, run time, power and energy per training datum. Log axes are marked "
                "<i>log</i>. Where many lines run together the colour gets darker: the shade counts the lines "
                "through each pixel (<i>Colour: Density</i>), or, when colouring by device, shape, dataset or a "
                "measured column, the colour is the lines' mix and the opacity their number.</p>"
                "<p><b>Run time growing while power stays flat</b> shows as lines that rise from the size axis to a "
                "high run time and then meet the power axis in one narrow band: the extra energy of larger networks "
                "there is time, not power.</p>"
                "<p><b>Brush</b>: drag along an axis to mark a range; brushes on several axes combine (a run must "
                "be inside all of them). Drag a brush to move it, or a handle at its end to resize it. A click on "
                "the axis beside the brush or a double-click clears that brush; Esc, a click beside the axes or "
                "<i>Clear brushes</i> clears them all. The axes keep their range: the runs inside every brush are "
                "drawn in colour over the others in grey, and the line under the chart counts them (<i>N of M runs "
                "inside</i>).</p>"
                "<p>A brush highlights runs in this view only. <i>Filter to these</i> puts the brushes into the "
                "filter of every view in one step (Undo takes it back); the view then draws only those runs.</p>"
                "<p><b>Axes</b>: drag an axis title sideways to move the axis; right-click it to switch between a "
                "log and a linear scale, flip it or remove it. <i>Axes</i> in the toolbar adds other columns "
                "(non-overhead energy, overhead energy, energy per epoch). <i>Reset</i> brings back the six "
                "default axes.</p>"),
        },
        {
            .id = QStringLiteral("compare"),
            .firstJobMs = 64,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Comparative configuration analysis"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Compare"),
            .stack = S::Right,
            .create = &make<CompareView>,
            .textContext = "wattprint::CompareView",
            .question = QT_TRANSLATE_NOOP("wattprint::CompareView",
                                          "Is configuration B really better than A, or is it noise?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::CompareView",
                "<p>Choose two groups of runs, <span style='color:#006d50'><b>A</b></span> (the baseline) and "
                "<span style='color:#9c3f78'><b>B</b></span>, by dataset, shape, size, depth and device; \"any\" "
                "leaves a field open, and <i>All runs in the filter</i> takes every run in force. Both groups are "
                "chosen among the runs of the filter in force: change the filter to reach other runs.</p>"
                "<p>The <b>boxes</b> show the chosen metric on a logarithmic axis: the line inside is the median "
                "run, the box holds the middle half of the runs, the whiskers reach the most extreme runs within "
                "1.5 box lengths (measured on this axis); the diamond is the mean. With fewer than 2,000 runs on a "
                "side every run is also drawn as a dot, spread sideways so they do not hide each other.</p>"
                "<p>The <b>table</b> gives, for each metric, the median and mean of A and B and the <b>change of "
                "the median</b> from A to B with its 95% confidence interval (from 2,000 bootstrap resamples of "
                "both groups). <b>Welch p</b> tests whether the mean of the logarithms differs (a test of typical "
                "ratios); <b>Mann-Whitney p</b> whether runs of B tend to be larger or smaller than runs of A, "
                "whatever the shape; small p-values mean the difference is unlikely to be chance. <b>Hedges' "
                "g</b> is the difference of the logarithms' means in standard deviations (0.2 small, 0.8 large), on "
                "the scale of Welch's test.</p>"
                "<p>The <b>verdict</b> calls a change significant when Welch's p on logarithms is below 0.05 "
                "<i>and</i> the confidence interval excludes zero: both must agree. With fewer than five runs on a "
                "side there is no verdict, only the change: too few runs to tell. A and B may overlap (for "
                "example A = all runs, B = GPU runs); the tests assume separate groups, so read them with care "
                "then.</p>"
                "<p><b>Swap</b> exchanges A and B; <b>CPU vs GPU</b> compares A's configuration on both devices; "
                "<b>Filter to A</b> (or B) keeps only that group's runs in every view. The mouse wheel zooms the "
                "value axis.</p>"
                "<p>Plans pinned with <b>Add to compare</b> in the What-if view stand after A and B: each plan's "
                "predicted value with its interval, and a row in a table of their own under the numbers. "
                "<b>Pinned plans</b> removes them.</p>"),
        },
        {
            .id = QStringLiteral("anomalies"),
            .firstJobMs = 293,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy anomaly detection timeline"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Anomalies"),
            .stack = S::Right,
            .create = &make<AnomalyTimelineView>,
            .textContext = "wattprint::AnomalyTimelineView",
            .question = QT_TRANSLATE_NOOP("wattprint::AnomalyTimelineView",
                                          "Which runs spent energy they should not have, and when?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::AnomalyTimelineView",
                "<p>Each dot is one run, placed at the time it started (UTC) and at the energy it used "
                "(logarithmic scale), or, with <i>Measured ÷ expected</i>, at its energy divided by the energy "
                "the <b>energy model</b> expects for its configuration (dataset, shape, size, depth and device; "
                "fitted on all runs, see the cache view): 1&times; is as expected, 5&times; used five times "
                "that.</p>"
                "<p>A detector scores each run's <b>residual</b>, log(measured &divide; expected), against the "
                "residuals of the other runs of its <b>group</b> (chooser; by default its device), so a large "
                "network is not flagged just for being large and a configuration with a single run is still "
                "scored: <b>robust z</b> (from the median, in scaled median absolute deviations; one wild run "
                "cannot hide itself; the default), <b>z-score</b> (from the mean, in standard deviations), "
                "<b>IQR</b> (beyond Tukey's fences Q1 &minus; k&middot;IQR and Q3 + k&middot;IQR) or "
                "<b>Isolation Forest</b> (how quickly random splits of the residual and the power isolate "
                "the run; 0.5 is ordinary, near 1 is odd). Runs beyond the threshold (slider) are drawn "
                "<span style='color:#d7191c'><b>large and red</b></span> and counted. The anomaly-score view "
                "uses the same default and flags the same runs.</p>"
                "<p>Groups need at least 5 runs; runs in smaller groups are drawn grey and not scored. Grouping "
                "by configuration compares a run only with its repeats, which most configurations of the sweep "
                "do not have (one to three runs each): the finding says how many runs it could not score.</p>"
                "<p>Drag to pan along time, scroll to zoom. Click a run to see its configuration, node, job and "
                "its watt-meter trace. Hold Shift (or switch on <i>Select by dragging</i>) and drag a rectangle "
                "to put those runs into the filter; <i>Filter to anomalies</i> keeps only the flagged runs.</p>"),
        },
        {
            .id = QStringLiteral("pareto"),
            .firstJobMs = 414,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Training-strategy Pareto frontier"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Pareto"),
            .stack = S::Left,
            .needs = RunNeeds::Configuration,
            .create = &make<ParetoView>,
            .textContext = "wattprint::ParetoView",
            .question = QT_TRANSLATE_NOOP(
                "wattprint::ParetoView",
                "Which setups give the most capacity for their energy, and which are never worth it?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::ParetoView",
                "<p>Each point is one setup (a configuration: dataset, shape, parameter count, depth and device) at "
                "the medians of its runs; both axes are logarithmic. <i>Axes</i> picks what is plotted:</p><ul>"
                "<li><b>Capacity vs energy per datum</b> (the default): the network's parameter count across, the "
                "energy to train on one example once up, so datasets of different sizes compare fairly;</li>"
                "<li><b>Capacity vs energy per run</b>: the same against the energy of a whole run;</li>"
                "<li><b>Run time vs energy</b>: a run's energy is its power times its run time, so the two rise "
                "together and a frontier over them says little about a trade-off. There a bubble's <b>area</b> "
                "shows the parameter count.</li></ul>"
                "<p>On the capacity axes each device has its own <b>step line</b>, its Pareto frontier "
                "(<span style='color:#00517f'><b>CPU</b></span>, <span style='color:#aa4b00'><b>GPU</b></span>): "
                "the ringed setups on it are the ones no other setup of that device beats by giving at least as "
                "many parameters for at most as much energy. Everything above and to the left of a line is "
                "<b>never worth it</b>: a frontier setup of that device is at least as large and uses no more "
                "energy. Follow a line from its lower end to its upper end for the cheapest way to each size; its "
                "top end is the largest network at its least energy. On the run time axes one black line bounds "
                "the setups no other beats on both run time and energy. The list beside the chart names the "
                "frontier setups; click one to select it in every view.</p>"
                "<p>Most setups have one to three runs, so a frontier point may be a lucky run: hover it for its "
                "run count, or switch <i>Points</i> to <i>One per run</i> to see every run as a dot.</p>"
                "<p>Setups of different datasets do different work: set <i>Frontier</i> to <i>Within each "
                "dataset</i> to draw one step line per dataset (and device), or select one dataset in the "
                "filter.</p>"
                "<p>Colours show the device or the network shape (<i>Colour by</i>). The runs carry no optimizer "
                "column (BUTTER-E trained every network with Adam), so there is no optimizer colouring. Hover a "
                "point for its values; drag a rectangle to select the setups (or runs) inside it; scroll to "
                "zoom.</p>"),
        },
        {
            .id = QStringLiteral("overhead"),
            .firstJobMs = 7,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy overhead analysis"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Overhead"),
            .stack = S::Right,
            .needs = RunNeeds::Configuration,
            .create = &make<OverheadView>,
            .textContext = "wattprint::OverheadView",
            .question = QT_TRANSLATE_NOOP("wattprint::OverheadView",
                                          "How much energy goes to fixed overhead rather than training?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::OverheadView",
                "<p>Every run pays a <b>fixed overhead</b> that NREL estimated once per device: about 14 kJ (53 s) "
                "on a CPU node and 272 kJ (11 minutes) on a GPU node, spent starting up and tearing down whatever "
                "the network. The rest of a run's energy, the <b>non-overhead energy</b>, is what training used.</p>"
                "<p>Each bar is one group of runs (device, dataset, shape or node type: choose with <i>Group by</i>). "
                "Its <span style='color:#b0508a'><b>purple part</b></span> is the fixed overhead and its "
                "<span style='color:#007a59'><b>green part</b></span> the training energy, each summed over the "
                "group's runs in the filter. The text on the right gives the overhead's share of the group's "
                "energy, the overhead itself and the group's total. Groups are sorted by that share, the largest "
                "at the top.</p>"
                "<p><b>Standardised energy.</b> As in NREL's table, energies are standardised to the reference "
                "node type (cpu1 or gpu1): a run's overhead plus its non-overhead energy is its standardised "
                "energy, which differs a little from the energy measured on other node types. The totals here "
                "are that sum.</p>"
                "<p><i>Bars</i>: <i>Energy</i> draws each group's total to scale (in Wh, kWh, MWh or GWh); "
                "<i>Share</i> stretches every bar to 100% to compare the splits.</p>"
                "<p><b>Select</b>: click a bar or its name to keep only that group; Ctrl+click adds it to the "
                "groups already selected (or takes it out). The arrow keys move between bars and Enter selects. "
                "Undo takes a selection back.</p>"),
        },
        {
            .id = QStringLiteral("cache"),
            .firstJobMs = 486,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Memory hierarchy and cache-spill effect"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Cache"),
            .stack = S::Left,
            .needs = RunNeeds::Configuration,
            .create = &make<CacheView>,
            .textContext = "wattprint::CacheView",
            .question = QT_TRANSLATE_NOOP(
                "wattprint::CacheView",
                "At what model size does energy jump because the working set leaves the cache?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::CacheView",
                "<p>Each dot is a run: across, the size in bytes of the chosen <b>working set</b> of its network "
                "(doubling at every step of the axis), up, the energy it used per training datum (J, log scale). "
                "<span style='color:#0072b2'><b>CPU runs are blue</b></span>, <span style='color:#d55e00'><b>GPU "
                "runs orange</b></span>. The line is the median of the runs in each doubling of bytes, the band "
                "around it the middle half of them.</p>"
                "<p>Working sets follow NREL's energy model (4-byte floats, batch 256): <b>forward</b> = the "
                "parameters, which every core or SM holds; <b>backward</b> = parameters and gradients plus the "
                "batch's activations; <b>inter-layer</b> = the largest single layer's activations for a batch (the "
                "maximum over layers, not their total); <b>dataset</b> = the whole dataset as floats.</p>"
                "<p>The strips name the cache levels: CPU at the top (L1 32 KiB and L2 1 MiB per core, L3 24.75 MiB "
                "per socket, then RAM), GPU at the bottom (L1 112 KiB per SM, L2 6 MiB, then HBM); dashed lines mark "
                "where a set leaves a level. The forward and backward sets leave a level when one core's (SM's) "
                "share is full; the inter-layer and dataset sets are spread over all cores (SMs), so they leave it "
                "when the whole node's copies are full. The model places sets behind each other, so a boundary is "
                "where a set alone would spill.</p>"
                "<p>A bracket marks a <b>jump</b>: where the median line climbs more steeply than its usual slope "
                "(by 15 % or more per doubling, 25 % or more in all). Its label is how many times higher the "
                "median is after the rise than before it; the finding names the nearest boundary (within 1.5 "
                "doublings).</p>"
                "<p><b>Colour by model ratio</b> colours each run by the fitted energy model's prediction divided "
                "by the run's measurement (the model is fitted per device on the configurations' medians): green "
                "above 1 (the model expects more), purple below.</p>"
                "<p><b>Select</b>: drag across the chart to keep the runs of the configurations whose working set "
                "lies in that range (as a list of runs, since sizes are not in the same order for every set). The "
                "mouse wheel zooms; Reset zoom shows everything.</p>"),
        },
        {
            .id = QStringLiteral("depth"),
            .firstJobMs = 48,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy vs depth small multiples"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Depth"),
            .stack = S::Left,
            .needs = RunNeeds::Configuration,
            .create = &make<DepthView>,
            .textContext = "wattprint::DepthView",
            .question = QT_TRANSLATE_NOOP("wattprint::DepthView", "At what depth does energy stop growing linearly?"),
        },
        {
            .id = QStringLiteral("sankey"),
            .firstJobMs = 4,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Carbon impact flow"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Carbon"),
            .stack = S::Right,
            .create = &make<SankeyView>,
            .textContext = "wattprint::SankeyView",
            .question = QT_TRANSLATE_NOOP("wattprint::SankeyView", "What does this energy mean in carbon and money?"),
        },
        {
            .id = QStringLiteral("architecture"),
            .firstJobMs = 24,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Architecture evolution timeline"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Architecture"),
            .stack = S::Left,
            .needs = RunNeeds::Configuration,
            .create = &make<ArchitectureView>,
            .textContext = "wattprint::ArchitectureView",
            .question = QT_TRANSLATE_NOOP("wattprint::ArchitectureView",
                                          "Which shapes win at shallow depth, and which at deep?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::ArchitectureView",
                "<p>Each coloured line is one network shape. Across: the network's depth (layers, counting the output "
                "layer). Up: the median energy per training datum of that shape's runs at that depth, on a logarithmic "
                "scale (every step of ten times takes the same height). Lower is more efficient.</p>"
                "<p>A black ring marks the shape with the lowest median at each depth, and the strip under the chart "
                "names it; neighbouring depths won by the same shape share one cell. BUTTER labels every depth-2 "
                "network <i>rectangle</i> (at depth 2 all shapes are the same), so depth 2 has only one "
                "contender.</p>"
                "<p>Hover over a point or a strip cell for its values. Click a line, a legend entry or a strip cell to "
                "keep only that shape (Ctrl+Z undoes it).</p>"),
        },
        {
            .id = QStringLiteral("radar"),
            .firstJobMs = 269,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Energy signatures (radar)"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Radar"),
            .stack = S::Left,
            .needs = RunNeeds::Configuration,
            .create = &make<RadarView>,
            .textContext = "wattprint::RadarView",
            .question = QT_TRANSLATE_NOOP("wattprint::RadarView",
                                          "Which architectures are balanced, and which pay for speed with energy?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::RadarView",
                "<p>Each polygon is a network shape (or a dataset, see <b>Group by</b>). Its six corners are costs, "
                "so a <b>smaller polygon is cheaper</b>:</p><ul>"
                "<li><b>Median energy</b> per run (J), <b>median run time</b> (s) and <b>median power</b> (W) over "
                "its runs;</li>"
                "<li><b>Median energy per datum</b>: energy per training datum (J), the cost of one example seen "
                "once;</li>"
                "<li><b>Variability</b> (run to run): for every configuration (dataset, shape, size, depth, device) "
                "with at least two runs, the interquartile range of its runs' energy divided by their median; the "
                "polygon shows the median of these over its configurations;</li>"
                "<li><b>Overhead share</b>: the fixed per-run energy overhead as a share of all its runs' "
                "energy.</li></ul>"
                "<p><i>Scale</i> sets how each axis is drawn. <b>Ratio to median (log)</b>, the default, shows "
                "each value as a multiple of the median over the series: the dashed middle ring (1&times;) is the "
                "median, and the other rings are round multiples on a log scale (0.8&times; and 1.25&times; at the "
                "least, wider when some value is further off), so a difference of a few percent stays small. The "
                "value under each axis name is what 1&times; stands for there. The two <b>stretched</b> scales put "
                "the lowest value at the centre and the highest at the rim, by value (<b>min to max</b>) or evenly "
                "by order (<b>rank</b>), however close the values are: they show the order, not the size of the "
                "differences. When every series is within 5% on an axis, the caption and the finding say so.</p>"
                "<p>The finding calls <b>balanced</b> the series whose six scores differ least (smallest standard "
                "deviation): no cost stands out. It says a series <b>pays for speed with energy</b> when it finishes "
                "sooner than most but uses more energy, through higher power: on the median scale its energy "
                "ratio is at least 1.1 times its run-time ratio, on the stretched scales its energy score is above "
                "its run-time score by 0.15 or more (the largest such difference wins).</p>"
                "<p>CPU and GPU runs are pooled: filter a device to compare within one. Tick a legend box to show or "
                "hide a series; click a polygon or a legend name to select it everywhere; hover a corner or a "
                "legend entry for the raw values and their ratio to the median.</p>"),
        },
        {
            .id = QStringLiteral("sunburst"),
            .firstJobMs = 13,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Hierarchical energy breakdown"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Sunburst"),
            .stack = S::Right,
            .create = &make<SunburstView>,
            .textContext = "wattprint::SunburstView",
            .question = QT_TRANSLATE_NOOP("wattprint::SunburstView",
                                          "Which branch of the design space holds most of the energy?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::SunburstView",
                "<p>The runs in the filter, split ring by ring: by default the inner ring is the <b>device</b>, the "
                "next the network <b>shape</b>, the outer one the <b>dataset</b> (choose another order with "
                "<i>Rings</i>). Each segment's angle is its share of its parent's total <b>energy</b> (or of its "
                "<b>run count</b>: <i>Size by</i>), so the segments of each ring add up to the full circle, and a "
                "segment's children fill exactly its angle. Largest first, clockwise from 12 o'clock.</p>"
                "<p>Devices and shapes keep the colours they have in the other views; a level without a colour of "
                "its own (datasets, unless they form the inner ring) takes a lighter tone of its parent. Names are "
                "written on a segment only where they fit; hover any segment for its name, value, share of the "
                "total and share of its parent.</p>"
                "<p><b>Zoom</b>: click a segment to make it the centre (it then fills the full circle); click the "
                "centre or a name in the bar above the chart to go back. <b>Select</b>: the <i>Select these runs</i> "
                "button puts the branch in the centre into the filter (for example device GPU and shape rectangle); "
                "right-click any segment to select its branch directly. Undo takes a selection back.</p>"),
        },
        {
            .id = QStringLiteral("leaderboard"),
            .firstJobMs = 69,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Configuration leaderboard"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Leaderboard"),
            .stack = S::Right,
            .needs = RunNeeds::Configuration,
            .create = &make<LeaderboardView>,
            .textContext = "wattprint::LeaderboardView",
            .question = QT_TRANSLATE_NOOP("wattprint::LeaderboardView",
                                          "Which configurations give the most training per joule?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::LeaderboardView",
                "<p>One row per configuration (dataset, shape, parameter count, depth and device) of the runs in "
                "the filter, with the medians over its runs: energy of a run, <b>energy per training datum</b> "
                "(the energy without the fixed overhead, spread over every epoch and training example), run time "
                "and average power.</p>"
                "<p><b>Rank in dataset</b> orders the configurations of each dataset by energy per datum, 1 being "
                "the least energy per datum (the most training per joule); ties share a rank. The "
                "<b>band</b> is the fifth the rank falls in: <span style='background:#1a9641;color:white'>&nbsp;1"
                "&nbsp;</span> the most efficient fifth of the dataset's configurations, "
                "<span style='background:#d7191c;color:white'>&nbsp;5&nbsp;</span> the least efficient fifth "
                "(band = 1 + floor(5 (rank - 1) / configurations ranked)). Energy per datum is comparable across "
                "datasets; ranks and bands are not.</p>"
                "<p>Click a column header to sort (numbers sort as numbers); type in the filter box to keep rows "
                "whose dataset, shape or device contain every word; right-click the header or use "
                "<i>Columns</i> to show or hide columns. Select rows and press <i>Select in all views</i> "
                "(or Enter, or double-click) to put those configurations into the filter of every view. "
                "<i>Export CSV</i> writes the rows shown.</p>"),
        },
        {
            .id = QStringLiteral("batch-overhead"),
            .firstJobMs = 7,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Overhead vs non-overhead, batchwise"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Batches"),
            .stack = S::Right,
            .needs = RunNeeds::Configuration,
            .create = &make<BatchOverheadView>,
            .textContext = "wattprint::BatchOverheadView",
            .question = QT_TRANSLATE_NOOP("wattprint::BatchOverheadView",
                                          "Which sweep batches wasted most of their energy on overhead?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::BatchOverheadView",
                "<p>The sweep ran in batches: <i>energy_1</i> on GPU nodes, <i>energy_2_cpu</i> on CPU nodes, and "
                "batches that added depths or shapes later. Each bar is one batch. Its "
                "<span style='color:#b0508a'><b>purple part</b></span> is the <b>fixed overhead</b> its runs paid "
                "(NREL's estimate per run: about 14 kJ on a CPU node, 272 kJ on a GPU node, whatever the network) and "
                "its <span style='color:#007a59'><b>green part</b></span> the <b>non-overhead energy</b> that went to "
                "training, both summed over the batch's runs in the filter.</p>"
                "<p>The text above each bar gives the overhead's share of the batch's energy, the overhead itself and "
                "the batch's total. Energies are standardised to the reference node type (cpu1 or gpu1) as in "
                "NREL's table: overhead plus non-overhead energy is the standardised energy, which differs a little "
                "from the energy measured on other node types.</p>"
                "<p><i>Bars</i>: <i>Total energy</i> draws each batch's energy to scale (in Wh, kWh, MWh or GWh); "
                "<i>Share</i> stretches every bar to 100% to compare the splits. A batch of many small networks "
                "spends a large share on overhead even when its total is small.</p>"
                "<p><b>Select</b>: click a bar or its name to keep only that batch; Ctrl+click adds it to the batches "
                "already selected (or takes it out). The arrow keys move between bars and Enter selects. Undo takes "
                "a selection back.</p>"),
        },
        {
            .id = QStringLiteral("anomaly-score"),
            .firstJobMs = 435,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Anomaly-score timeline with thresholds"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Scores"),
            .stack = S::Right,
            .create = &make<AnomalyScoreView>,
            .textContext = "wattprint::AnomalyScoreView",
            .question = QT_TRANSLATE_NOOP("wattprint::AnomalyScoreView", "Why is this run flagged: run time or power?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::AnomalyScoreView",
                "<p>Each dot is one run at the time it started (UTC). Its height is its <b>anomaly score</b>: the "
                "robust z of its <b>residual</b>, log(measured &divide; expected energy), where the energy model "
                "gives the expectation for its configuration: how many scaled median absolute deviations (&sigma;) "
                "it lies from the median residual of its group (chooser; by default its device). The shaded bands "
                "start at 2.5 and 3.5 &sigma;; runs beyond the threshold are flagged, the same runs as the energy "
                "anomaly timeline flags by default.</p>"
                "<p>Energy is power times run time, so the deviation splits exactly into a run-time part and a "
                "power part (the run's power against its group's median power). Each flagged run is coloured by "
                "the larger of the two: <span style='color:#0072b2'><b>blue when its run time</b></span> moved its "
                "energy most (a slow or stalled run), <span style='color:#e69f00'><b>orange when its power</b></span> "
                "did (a busier node, or a meter drop-out when energy is low). Hover over a run to read the split, "
                "for example &ldquo;energy 4.2 &sigma; high: run time +4.0 &sigma;, power +0.3 &sigma;&rdquo; (both "
                "parts in the same unit, so they add up).</p>"
                "<p>Groups need at least 5 runs; smaller groups are not scored or drawn.</p>"
                "<p>Drag a rectangle (or click a run) to put those runs into the filter; switch off <i>Select by "
                "dragging</i> to pan along time instead. Scroll to zoom.</p>"),
        },
        {
            .id = QStringLiteral("whatif"),
            .firstJobMs = 193,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "What if: plan a training run"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "What-if"),
            .stack = S::Right,
            .needs = RunNeeds::Configuration,
            .create = &make<WhatIfView>,
            .textContext = "wattprint::WhatIfView",
            .question = QT_TRANSLATE_NOOP("wattprint::WhatIfView",
                                          "If we train this network on that hardware, what will it cost?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::WhatIfView",
                "<p>Choose a planned network on the left: one of the sweep's datasets or a dataset of your own (its "
                "examples, inputs and outputs), its shape, size (parameters) "
                "and depth (layers), the device, the epochs and the batch size. The table predicts its "
                "<b>energy</b>, <b>run time</b>, average <b>power</b>, <b>carbon</b> and <b>cost</b> on both "
                "devices, each with an interval.</p>"
                "<p>The energy comes from the energy model fitted on the runs in the filter that pass every quality "
                "check (the same model that gives every run its expected energy). Its <b>interval</b> is taken from "
                "the model's own errors on configurations it did not see: each configuration was predicted by the "
                "model fitted without it, and 90% of those predictions fell within the interval's factors. It is an "
                "interval for the typical (median) run of the configuration, not for a single run. Carbon and cost "
                "follow the energy with the factors of the Preferences.</p>"
                "<p>Power is the median of the nearest measured configurations (its range is theirs), and run time "
                "is energy divided by power, so its interval also holds the power's spread.</p>"
                "<p>When the plan leaves what the runs measured (a size or depth outside the sweep, a dataset or "
                "shape without runs on the device, another batch size), the note below the table says so and the "
                "interval is <b>widened</b>; far beyond the sweep, or with a shape the model does not know, there is "
                "no prediction at all, never a number without its interval.</p>"
                "<p>The note also says which device uses less energy at this size and at which size the other "
                "becomes cheaper. The table at the bottom lists the measured configurations nearest to the plan "
                "(same dataset and shape first), with their median energy and run time and what the model predicts "
                "for them.</p>"
                "<p><b>Add to compare</b> pins the plan and its prediction to the Compare view, beside the measured "
                "groups there.</p>"),
        },
        {
            .id = QStringLiteral("runs"),
            .firstJobMs = 0,
            .title = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Runs"),
            .tabTitle = QT_TRANSLATE_NOOP("wattprint::ViewTable", "Runs"),
            .stack = S::Right,
            .chart = false,
            .create = &make<RunsView>,
            .textContext = "wattprint::RunsView",
            .question = QT_TRANSLATE_NOOP("wattprint::RunsView",
                                          "Which runs are in force, and what did each one cost?"),
            .howToRead = QT_TRANSLATE_NOOP(
                "wattprint::RunsView",
                "<p>One row per training run that matches the filter. Click a column header to sort by it; "
                "rows load as you scroll.</p>"
                "<p><b>Energy</b> is the whole node's metered energy over the run, fixed overhead included. "
                "<b>Energy per datum</b> is the non-overhead energy divided by the training data seen "
                "(training batches x 3000 epochs x batch size).</p>"
                "<p><b>Quality</b> reads OK, or names the quality checks the run fails: BUTTER-E's own filters "
                "(run time over 75,000 s, no energy recorded, run time far from similar runs), energy at or "
                "below the fixed overhead (so none is left for training), and an average power its node "
                "cannot have drawn. Point at the entry for a sentence on each.</p>"
                "<p>Select rows and use <i>Edit &gt; Show only selection</i> or <i>Exclude selection</i> to "
                "filter every view by them.</p>"),
        },
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

QString ViewTable::question(const QString &id)
{
    const std::optional<ViewRow> r = row(id);
    return r ? QCoreApplication::translate(r->textContext, r->question) : QString();
}

QString ViewTable::howToRead(const QString &id)
{
    const std::optional<ViewRow> r = row(id);
    return r ? QCoreApplication::translate(r->textContext, r->howToRead) : QString();
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
