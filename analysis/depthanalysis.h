#pragma once

#include "runcolumns.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace wattprint {

// The depth view's numbers: per dataset, type-7 quartiles of a per-run metric at each depth,
// one series per network shape (or band of parameter counts), and the first depth where the
// pooled median departs from a straight line fitted to the shallow depths.

// The per-run quantity plotted against depth.
enum class DepthMetric { Energy, EnergyPerDatum };
// One line per network shape, or per band of parameter counts.
enum class DepthGrouping { Shape, SizeBand };

// The depths the straight line is fitted to.
inline constexpr int DepthFitMin = 2;
inline constexpr int DepthFitMax = 5;
inline constexpr double DefaultDepthTolerance = 0.25;
inline constexpr int DepthSizeBands = 4;

// The size band of a parameter count: 0 = 2^5..2^9, 1 = 2^10..2^14, 2 = 2^15..2^19,
// 3 = 2^20..2^24 (smaller and larger counts go to the end bands).
int depthSizeBand(std::int64_t size);
QString depthSizeBandLabel(int band); // "32-512 params", translated
// The band's closed range of parameter counts [2^(5+5b), 2^(10+5b) - 1]; a selection leaves the
// end bands open below (band 0) or above (band 3), as depthSizeBand() does.
std::pair<qint64, qint64> depthSizeBandRange(int band);

// The runs of one (dataset, group, depth): type-7 quartiles of the metric.
struct DepthPoint
{
    int depth = 0;
    std::size_t n = 0;
    double q1 = 0, median = 0, q3 = 0;
};

struct DepthSeries
{
    QString name;                   // the shape, or the size band's label
    int key = 0;                    // the shape's place in the sweep's order (its colour), or the size band 0..3
    std::vector<DepthPoint> points; // ascending depth
};

// Least squares line through the medians of the shallow depths: median = intercept + slope * depth.
struct DepthFit
{
    double intercept = 0;
    double slope = 0;
    int points = 0; // depths used
    double predict(double depth) const { return intercept + slope * depth; }
};

// One small plot: a dataset.
struct DepthPanel
{
    enum class Verdict {
        Departs,             // some depth beyond the fit departs by more than the tolerance
        StaysLinear,         // every deeper depth stays within the tolerance
        NoDeeperDepths,      // the fit could be made but there is no depth beyond it
        TooFewShallowDepths, // fewer than two of the fit's depths have runs
    };

    QString dataset;
    std::size_t runs = 0; // runs plotted (positive values)
    std::vector<DepthSeries> series;
    // Every run of the dataset at each depth, all shapes (or bands) pooled: the curve the fit and
    // the departure are judged on.
    std::vector<DepthPoint> overall;
    std::optional<DepthFit> fit;
    Verdict verdict = Verdict::TooFewShallowDepths;
    int departureDepth = 0;    // Departs: the first depth beyond the fit that departs
    double departureRatio = 0; // Departs: observed / predicted there (NaN when the line is <= 0 there)
    int lastLinearDepth = 0;   // the deepest depth before the departure (or the deepest checked)
};

struct DepthResult
{
    struct Group
    {
        QString name;
        int key = 0;
    };

    DepthMetric metric = DepthMetric::Energy;
    DepthGrouping grouping = DepthGrouping::Shape;
    double tolerance = DefaultDepthTolerance;
    std::vector<DepthPanel> panels; // by dataset name
    std::vector<Group> groups;      // every group present in a panel, by key
    int depthMin = 0, depthMax = 0;
    double valueMin = 0, valueMax = 0; // over the quartiles drawn (shared y axis)
    std::size_t totalRuns = 0;
    std::size_t plottedRuns = 0;
    std::size_t droppedNonPositive = 0; // missing (NaN), zero or negative values, or depth < 1
};

// Fits the panel's pooled medians at depths DepthFitMin..DepthFitMax (least squares, needs
// two depths) and finds the first deeper depth d where |observed / predicted - 1| >
// tolerance (or the line is not positive there). Sets fit, verdict and the departure.
void assessDepthDeparture(DepthPanel &panel, double tolerance);

// Callable from any thread; `cancelled` is polled between steps (the result is then incomplete
// and must be dropped). `tolerance` is relative (0.25 = 25 %). Throws AnalysisError on
// inconsistent columns or a tolerance that is not positive and finite.
DepthResult computeDepth(const RunColumns &columns, DepthMetric metric, DepthGrouping grouping, double tolerance,
                         const std::function<bool()> &cancelled = {});

} // namespace wattprint
