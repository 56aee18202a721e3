#pragma once

#include "runcolumns.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

// The widget-free part of the parallel-coordinates view: which run columns can be axes, how an
// axis maps values to its length (linear or log, flipped or not), which runs a set of brushes
// keeps, and the "run time grows while power stays flat" pattern its finding reports.
namespace wattprint::parallel {

// The numeric run columns an axis can show (RunColumns' numeric columns).
enum class Column {
    Size,
    Depth,
    Energy,
    RunTime,
    Power,
    EnergyPerDatum,
    NonOverheadEnergy,
    EnergyOverhead,
    EnergyPerEpoch,
};

const std::vector<Column> &allColumns();
// Size (log), depth, energy (log), run time (log), power, energy per datum (log).
const std::vector<Column> &defaultAxes();
// The store's column name ("run_time"); also the key in Filter::ranges where it may be filtered.
QString columnKey(Column column);
std::optional<Column> columnFromKey(const QString &key);
bool defaultLog(Column column);
// True when the cross-filter can hold a range on the column (Filter::ranges, or size/depth
// ranges); false for energy_overhead, which only highlights.
bool isFilterable(Column column);
// The column's values as doubles, one per run.
std::vector<double> values(const RunColumns &columns, Column column);

// Maps data values to 0 (bottom of the axis) .. 1 (top); flipped puts the largest value at the
// bottom. A log axis maps log10 of the value; values it cannot show (<= 0, NaN) map to NaN.
struct AxisScale
{
    double lo = 0;
    double hi = 1;
    bool log = false;
    bool flipped = false;

    double toUnit(double value) const;
    double fromUnit(double unit) const;
    bool operator==(const AxisScale &) const = default;
};

struct Extent
{
    double lo = 0;
    double hi = 0;
    std::size_t count = 0; // values the axis can show (finite; positive on a log axis)
};
// The range of the values a (log) axis can show. Throws AnalysisError when there are none.
Extent extentOf(std::span<const double> values, bool log);
// `extent` widened a little so the ends do not sit on the frame, and made non-degenerate (a
// single value gets a range around it).
AxisScale scaleFor(const Extent &extent, bool log, bool flipped);

// A brush: the closed range [lo, hi] of one column.
struct Brush
{
    std::span<const double> values;
    double lo = 0;
    double hi = 0;
};
// mask[i] = 1 when run i lies inside every brush (AND), else 0; NaN is outside. No brush keeps
// every run. Returns the number kept. Throws AnalysisError on mismatched lengths or a bad range.
std::size_t brushMask(std::span<const Brush> brushes, std::size_t rows, std::vector<std::uint8_t> *mask);

// How run time and power change with network size within one group of runs (a device, or a
// device and a shape or dataset): medians per size, from the smallest size to the largest.
struct GrowthGroup
{
    QString name;                        // "CPU", "GPU · mnist"
    std::size_t runs = 0;                // runs of the group with size, run time and power all positive
    std::size_t sizes = 0;               // distinct sizes among them
    double sizeLo = 0, sizeHi = 0;       // smallest and largest size
    double runTimeLo = 0, runTimeHi = 0; // median run time at those sizes (s)
    double runTimeGrowth = 0;            // runTimeHi / runTimeLo
    double powerMin = 0, powerMax = 0;   // lowest and highest median power over the sizes (W)
    double powerSpread = 0;              // powerMax / powerMin
    bool flat = false;                   // powerSpread <= flatPowerSpread()
};
// Median power of every size within this factor: "power stays flat".
constexpr double flatPowerSpread()
{
    return 1.25;
}
// One entry per group with at least three sizes, sorted by run-time growth (largest first).
// `group` holds an index into `groupNames` per run (negative: left out). Throws AnalysisError on
// mismatched lengths.
std::vector<GrowthGroup> runTimePowerGrowth(std::span<const double> size, std::span<const double> runTime,
                                            std::span<const double> power, std::span<const std::int32_t> group,
                                            const QStringList &groupNames);

} // namespace wattprint::parallel
