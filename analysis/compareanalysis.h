#pragma once

#include "configurations.h"
#include "runcolumns.h"
#include "twosample.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace wattprint {

// The compare view's numbers: two sub-selections of the runs in force side by side, for each
// compared metric n, median, mean, a box on the log axis and the two-sample tests with their
// verdict (analysis/verdict.h).

// One side of the comparison: a sub-selection of the runs in force (the global filter).
// An unset field means "any"; all unset means every run in the filter ("current filter").
struct CompareSelection
{
    QString dataset;
    QString shape;
    std::optional<qint64> size;
    std::optional<int> depth;
    QString device; // "CPU", "GPU" or empty
    // A tool's project and the hardware (node type), for runs of other tools (CodeCarbon) that
    // have no configuration; BUTTER-E runs have a node type but no project.
    QString project;
    QString hardware;

    bool isAll() const
    {
        return dataset.isEmpty() && shape.isEmpty() && !size && !depth && device.isEmpty() && project.isEmpty()
            && hardware.isEmpty();
    }
    bool operator==(const CompareSelection &other) const = default;

    // "529_pollen, rectangle, size 256, depth 3, GPU" or "all runs in the filter", translated.
    QString describe() const;
    // {"dataset": ..., "shape": ..., "size": ..., "depth": ..., "device": ..., "project": ...,
    //  "hardware": ...}, unset keys left out.
    QJsonObject toJson() const;
    // Unknown keys are ignored; a value of the wrong type or an unknown device leaves that field unset.
    static CompareSelection fromJson(const QJsonObject &object);
};

struct CompareResult
{
    // Below this many runs on a side, every run is kept for the dot strip.
    static constexpr std::size_t DotStripLimit = 2000;

    // One side's values of one metric.
    struct Side
    {
        std::size_t count = 0;       // runs with a finite value
        double median = 0, mean = 0; // of those (numpy.median, arithmetic mean)
        // Box on the log axis: type-7 quartiles of the positive values; whiskers at the most
        // extreme values within 1.5 IQR of log10 values (Tukey's rule on the scale shown).
        std::size_t positive = 0; // values > 0 (drawn on the log axis)
        double q1 = 0, q3 = 0, lowerWhisker = 0, upperWhisker = 0;
        std::vector<double> dots; // every positive value when positive < DotStripLimit, else empty
    };
    struct Metric
    {
        RunMetric metric = RunMetric::Energy;
        Side a, b;
        // When both sides have 2+ values and the tests are defined for them.
        std::optional<stats::TwoSampleComparison> comparison;
        // Why the tests are undefined (all values equal...) when both sides have 2+ values but
        // there is no comparison: the AnalysisError's message.
        QString failure;
        // comparisonVerdict() when there is a comparison, untestedVerdict() when a side has a
        // single value (and the other at least one).
        QString verdict;
        bool significant = false;
        double ratio = 0; // median B / median A; NaN without a value on each side or for median A <= 0
    };

    CompareSelection a, b;
    std::size_t totalRuns = 0; // runs in force
    std::size_t runsA = 0, runsB = 0;
    std::size_t overlap = 0;     // runs in both A and B
    std::vector<Metric> metrics; // in comparedMetrics() order
    // Values present in the runs in force, for the side selectors.
    QStringList datasets, shapes, devices, projects, hardware;
    std::vector<qint64> sizes;
    std::vector<int> depths;

    const Metric *find(RunMetric metric) const;
};

// The comparison the view opens on, the product's own question on the data in force: the two
// most-run sizes (A the smaller) of the most-run dataset at its most-run depth on its most-run
// device there, every shape (CPU against GPU is one click from there). Ties go to the smaller
// name or value, CPU before GPU. Empty when no such dataset, depth and device hold two sizes.
std::optional<std::pair<CompareSelection, CompareSelection>> exampleSelections(const RunColumns &columns);

// Energy, run time, power, energy per datum: the metrics compared.
const std::vector<RunMetric> &comparedMetrics();

// Callable from any thread; `cancelled` is polled between steps (the result is then incomplete
// and must be dropped). The bootstrap uses its default seed, so the same runs give the same
// interval. Throws AnalysisError on inconsistent columns.
CompareResult computeComparison(const RunColumns &columns, const CompareSelection &a, const CompareSelection &b,
                                const std::function<bool()> &cancelled = {});

} // namespace wattprint
