#pragma once

#include "runcolumns.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// The distribution view's numbers: histograms of a per-run metric for CPU and GPU runs on
// shared log10 bins, each device's KDE curve on a log axis, and a summary of its spread.

// The per-run quantity the distribution view shows.
enum class DistributionMetric { Energy, NonOverheadEnergy, EnergyPerDatum, RunTime, Power };

struct DistributionResult
{
    struct Device
    {
        QString name;                     // "CPU", "GPU"
        std::size_t runs = 0;             // runs of this device in the filter
        std::size_t count = 0;            // of those, the ones with a positive value (on the log axis)
        std::vector<std::int64_t> counts; // per bin, bins shared by both devices
        std::vector<double> densities;    // share of the device's runs per decade, per bin
        std::vector<double> kdeX;         // data units
        std::vector<double> kdeDensity;   // per decade
        // Summary of the plotted values, in data units except skewLog10.
        double q1 = 0, median = 0, q3 = 0, p99 = 0;
        double iqr = 0;                  // q3 - q1 (type-7 quantiles, as numpy)
        double tailRatio = 0;            // p99 / median
        std::optional<double> skewLog10; // biased skewness of log10(values); empty if constant

        bool present() const { return count > 0; }
    };

    DistributionMetric metric = DistributionMetric::Energy;
    std::vector<double> edges; // shared bin edges, data units, equal widths in log10
    Device cpu;
    Device gpu;
    std::size_t totalRuns = 0;
    std::size_t droppedNonPositive = 0; // runs whose value is missing (NaN), zero or negative
    double minValue = 0, maxValue = 0;  // of the plotted values
};

// Callable from any thread. `cancelled` is polled between steps; when it returns true the result
// is incomplete and must be dropped. Throws AnalysisError on columns of different lengths.
DistributionResult computeDistribution(const RunColumns &columns, DistributionMetric metric,
                                       const std::function<bool()> &cancelled = {});

} // namespace wattprint
