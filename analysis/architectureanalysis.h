#pragma once

#include "runcolumns.h"

#include <QString>

#include <functional>
#include <vector>

namespace wattprint {

// The architecture view's numbers: median energy per datum of each network shape at each depth,
// the shape with the lowest median at each depth, and the runs of depths one shape wins.

// The runs of one (shape, depth): type-7 quartiles of energy per datum.
struct ArchitecturePoint
{
    int depth = 0;
    std::size_t n = 0;
    double q1 = 0, median = 0, q3 = 0;
};

struct ArchitectureSeries
{
    QString shape;
    int key = 0; // the shape's place in the sweep's order (its colour); shapes outside it follow
    std::vector<ArchitecturePoint> points; // ascending depth
};

// The shape with the lowest median energy per datum at one depth.
struct ArchitectureWinner
{
    int depth = 0;
    int series = -1; // index into ArchitectureResult::series
    double median = 0;
    std::size_t n = 0;
    int contenders = 0; // shapes with runs at this depth
    int runnerUp = -1;  // the second lowest, or -1 when the winner is alone
    double runnerUpMedian = 0;
};

// Consecutive depths (of those with runs) won by the same shape. A depth where only one shape
// has runs (depth 2 in BUTTER, where every network is labelled rectangle) is uncontested: it
// forms runs of its own, which the finding leaves out.
struct ArchitectureRun
{
    int series = -1;
    int firstDepth = 0;
    int lastDepth = 0;
    int depths = 0; // how many depths with runs the run spans
    bool contested = true;
};

struct ArchitectureResult
{
    std::vector<ArchitectureSeries> series;  // by key
    std::vector<int> depths;                 // ascending, depths with runs
    std::vector<ArchitectureWinner> winners; // one per depth, in the order of `depths`
    std::vector<ArchitectureRun> runs;
    double valueMin = 0, valueMax = 0; // over the medians
    std::size_t totalRuns = 0;
    std::size_t plottedRuns = 0;
    std::size_t droppedNonPositive = 0; // missing (NaN), zero or negative energy per datum, or bad depth
};

// Callable from any thread; `cancelled` is polled between steps (the result is then incomplete
// and must be dropped). A tie at a depth goes to the shape first in the sweep's order. Throws
// AnalysisError on inconsistent columns.
ArchitectureResult computeArchitecture(const RunColumns &columns, const std::function<bool()> &cancelled = {});

} // namespace wattprint
