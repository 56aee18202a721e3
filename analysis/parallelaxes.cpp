#include "parallelaxes.h"

#include "analysiserror.h"
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace wattprint::parallel {

namespace {

template<typename T>
std::vector<double> toDouble(const std::vector<T> &v)
{
    return std::vector<double>(v.begin(), v.end());
}

} // namespace

const std::vector<Column> &allColumns()
{
    static const std::vector<Column> columns = {Column::Size,
                                                Column::Depth,
                                                Column::Energy,
                                                Column::RunTime,
                                                Column::Power,
                                                Column::EnergyPerDatum,
                                                Column::NonOverheadEnergy,
                                                Column::EnergyOverhead,
                                                Column::EnergyPerEpoch};
    return columns;
}

const std::vector<Column> &defaultAxes()
{
    static const std::vector<Column> columns = {Column::Size,    Column::Depth, Column::Energy,
                                                Column::RunTime, Column::Power, Column::EnergyPerDatum};
    return columns;
}

QString columnKey(Column column)
{
    switch (column) {
    case Column::Size: return QStringLiteral("size");
    case Column::Depth: return QStringLiteral("depth");
    case Column::Energy: return QStringLiteral("energy");
    case Column::RunTime: return QStringLiteral("run_time");
    case Column::Power: return QStringLiteral("power");
    case Column::EnergyPerDatum: return QStringLiteral("energy_per_datum");
    case Column::NonOverheadEnergy: return QStringLiteral("non_overhead_energy");
    case Column::EnergyOverhead: return QStringLiteral("energy_overhead");
    case Column::EnergyPerEpoch: return QStringLiteral("energy_per_epoch");
    }
    return {};
}

std::optional<Column> columnFromKey(const QString &key)
{
    for (Column c : allColumns()) {
        if (columnKey(c) == key)
            return c;
    }
    return std::nullopt;
}

bool defaultLog(Column column)
{
    return column != Column::Depth && column != Column::Power;
}

bool isFilterable(Column column)
{
    return column != Column::EnergyOverhead;
}

std::vector<double> values(const RunColumns &c, Column column)
{
    switch (column) {
    case Column::Size: return toDouble(c.size);
    case Column::Depth: return toDouble(c.depth);
    case Column::Energy: return c.energy;
    case Column::RunTime: return c.runTime;
    case Column::Power: return c.power;
    case Column::EnergyPerDatum: return c.energyPerDatum;
    case Column::NonOverheadEnergy: return c.nonOverheadEnergy;
    case Column::EnergyOverhead: return c.energyOverhead;
    case Column::EnergyPerEpoch: return c.energyPerEpoch;
    }
    return {};
}

double AxisScale::toUnit(double value) const
{
    double v = value;
    double a = lo;
    double b = hi;
    if (log) {
        if (!(value > 0))
            return std::numeric_limits<double>::quiet_NaN();
        v = std::log10(value);
        a = std::log10(lo);
        b = std::log10(hi);
    }
    const double u = b != a ? (v - a) / (b - a) : 0.5;
    return flipped ? 1.0 - u : u;
}

double AxisScale::fromUnit(double unit) const
{
    const double u = flipped ? 1.0 - unit : unit;
    if (log) {
        const double a = std::log10(lo);
        const double b = std::log10(hi);
        return std::pow(10.0, a + u * (b - a));
    }
    return lo + u * (hi - lo);
}

Extent extentOf(std::span<const double> values, bool log)
{
    Extent e;
    e.lo = std::numeric_limits<double>::infinity();
    e.hi = -std::numeric_limits<double>::infinity();
    for (double v : values) {
        if (!std::isfinite(v) || (log && !(v > 0)))
            continue;
        e.lo = std::min(e.lo, v);
        e.hi = std::max(e.hi, v);
        ++e.count;
    }
    if (e.count == 0)
        throw AnalysisError(log ? "The axis has no positive values to show on a log scale."
                                : "The axis has no values to show.");
    return e;
}

AxisScale scaleFor(const Extent &extent, bool log, bool flipped)
{
    AxisScale s;
    s.log = log;
    s.flipped = flipped;
    if (log) {
        double a = std::log10(extent.lo);
        double b = std::log10(extent.hi);
        if (b - a < 1e-9) {
            a -= 0.5;
            b += 0.5;
        }
        const double pad = 0.03 * (b - a);
        s.lo = std::pow(10.0, a - pad);
        s.hi = std::pow(10.0, b + pad);
    } else {
        double a = extent.lo;
        double b = extent.hi;
        if (b - a <= 1e-12 * std::max(1.0, std::abs(a))) {
            const double d = a != 0 ? std::abs(a) * 0.1 : 1.0;
            a -= d;
            b += d;
        }
        const double pad = 0.03 * (b - a);
        s.lo = a - pad;
        s.hi = b + pad;
    }
    return s;
}

std::size_t brushMask(std::span<const Brush> brushes, std::size_t rows, std::vector<std::uint8_t> *mask)
{
    for (const Brush &b : brushes) {
        if (b.values.size() != rows)
            throw AnalysisError("A brushed column does not have one value per run.");
        if (std::isnan(b.lo) || std::isnan(b.hi) || b.lo > b.hi)
            throw AnalysisError("A brush needs a range from a low to a high value.");
    }
    if (brushes.empty()) {
        mask->assign(rows, 1);
        return rows;
    }
    mask->resize(rows);
    std::uint8_t *m = mask->data();
    bool first = true;
    for (const Brush &b : brushes) {
        const double *v = b.values.data();
        const double lo = b.lo;
        const double hi = b.hi;
        // Branch-free, so the loop vectorises; NaN compares false and drops out.
        if (first) {
            for (std::size_t i = 0; i < rows; ++i)
                m[i] = std::uint8_t((v[i] >= lo) & (v[i] <= hi));
        } else {
            for (std::size_t i = 0; i < rows; ++i)
                m[i] = std::uint8_t(m[i] & std::uint8_t((v[i] >= lo) & (v[i] <= hi)));
        }
        first = false;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows; ++i)
        kept += m[i];
    return kept;
}

std::vector<GrowthGroup> runTimePowerGrowth(std::span<const double> size, std::span<const double> runTime,
                                            std::span<const double> power, std::span<const std::int32_t> group,
                                            const QStringList &groupNames)
{
    const std::size_t n = size.size();
    if (runTime.size() != n || power.size() != n || group.size() != n)
        throw AnalysisError("Size, run time, power and group need one value per run.");
    // group -> size -> (run times, powers)
    std::vector<std::map<double, std::pair<std::vector<double>, std::vector<double>>>> cells(
        std::size_t(groupNames.size()));
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t g = group[i];
        if (g < 0 || g >= groupNames.size())
            continue;
        if (!(size[i] > 0) || !(runTime[i] > 0) || !(power[i] > 0) || !std::isfinite(size[i])
            || !std::isfinite(runTime[i]) || !std::isfinite(power[i]))
            continue;
        auto &cell = cells[std::size_t(g)][size[i]];
        cell.first.push_back(runTime[i]);
        cell.second.push_back(power[i]);
    }
    std::vector<GrowthGroup> out;
    for (std::size_t g = 0; g < cells.size(); ++g) {
        auto &bySize = cells[g];
        if (bySize.size() < 3)
            continue;
        GrowthGroup r;
        r.name = groupNames.at(qsizetype(g));
        r.sizes = bySize.size();
        r.powerMin = std::numeric_limits<double>::infinity();
        r.powerMax = 0;
        for (auto &[s, cell] : bySize) {
            r.runs += cell.first.size();
            const double p = stats::medianInPlace(cell.second);
            r.powerMin = std::min(r.powerMin, p);
            r.powerMax = std::max(r.powerMax, p);
        }
        auto &first = *bySize.begin();
        auto &last = *bySize.rbegin();
        r.sizeLo = first.first;
        r.sizeHi = last.first;
        r.runTimeLo = stats::medianInPlace(first.second.first);
        r.runTimeHi = stats::medianInPlace(last.second.first);
        r.runTimeGrowth = r.runTimeHi / r.runTimeLo;
        r.powerSpread = r.powerMax / r.powerMin;
        r.flat = r.powerSpread <= flatPowerSpread();
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const GrowthGroup &a, const GrowthGroup &b) { return a.runTimeGrowth > b.runTimeGrowth; });
    return out;
}

} // namespace wattprint::parallel
