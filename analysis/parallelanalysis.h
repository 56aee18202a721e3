#pragma once

#include "parallelaxes.h"
#include "runcolumns.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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

} // namespace wattprint
