#pragma once

#include "parallelaxes.h"
#include "runcolumns.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace wattprint {

// The runs the parallel-coordinates chart draws: the columns its axes and colour need, copied
// off the snapshot by the view's job, with each column's extent on a linear and a log axis.
struct ParallelData
{
    std::size_t rows = 0;
    std::vector<parallel::Column> columns;                                // the loaded columns
    std::vector<std::vector<double>> values;                              // one per loaded column, `rows` values each
    std::vector<std::optional<parallel::Extent>> linearExtent, logExtent; // per loaded column
    std::vector<std::uint8_t> isGpu;
    std::vector<std::int32_t> shape;
    std::vector<std::int32_t> dataset;
    QStringList shapeNames;
    QStringList datasetNames;

    // Index into `columns`/`values`, or -1.
    int indexOf(parallel::Column column) const;
};

// The groups whose run time and power the finding follows as networks grow: the device, or the
// device split by shape or by dataset (the view splits them as its lines are coloured).
enum class ParallelGrouping { Device, DeviceAndShape, DeviceAndDataset };

// What the parallel-coordinates job computes on the worker thread.
struct ParallelResult
{
    std::shared_ptr<const ParallelData> data;
    // Run time and power across sizes per group (parallel::runTimePowerGrowth).
    std::vector<parallel::GrowthGroup> growth;
    std::size_t rows = 0;
};

// Copies `columns` (each once) with their extents, and the growth of run time and power per
// group. Callable from any thread; throws AnalysisError on inconsistent columns. When cancelled,
// returns early without data.
ParallelResult computeParallelCoordinates(const RunColumns &runs, const std::vector<parallel::Column> &columns,
                                          ParallelGrouping grouping, const std::function<bool()> &cancelled = {});

// One brush of the chart: the closed range [lo, hi] of a column (an end may be infinite).
struct ParallelBrush
{
    parallel::Column column = parallel::Column::Energy;
    double lo = 0;
    double hi = 0;
};

// "N of M runs inside": the runs inside every brush, of all the runs drawn.
struct BrushCount
{
    std::size_t inside = 0;
    std::size_t total = 0;
    bool operator==(const BrushCount &) const = default;
};

// The runs of `data` inside every brush (AND; a missing value is outside), with mask[i] = 1 for
// them when `mask` is given. A brush on a column `data` did not load is left out; no brush keeps
// every run. Throws AnalysisError on a range whose low end lies above its high end.
BrushCount countInsideBrushes(const ParallelData &data, std::span<const ParallelBrush> brushes,
                              std::vector<std::uint8_t> *mask = nullptr);

} // namespace wattprint
