#pragma once

#include "configurations.h"
#include "runcolumns.h"
#include "runstakingpart.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace wattprint {

// The pairs of axes the Pareto view and `wattprint pareto` offer (docs/data.md "Pareto frontier").
// Energy is power x run time, so run time against energy rises along one line and its frontier
// says little; capacity (the configuration's nominal parameter count) against energy shows the
// trade-off: more capacity costs more energy.
enum class ParetoAxes {
    CapacityEnergyPerDatum, // parameters (more is better) against energy per training datum (less is better)
    CapacityEnergy,         // parameters against energy per run
    TimeEnergy,             // run time against energy per run, both less is better
};

// Command-line and layout names: "capacity-energy-per-datum", "capacity-energy", "time-energy".
QString paretoAxesName(ParetoAxes axes);
std::optional<ParetoAxes> paretoAxesFromName(QStringView name);
QStringList paretoAxesNames();
// Capacity axes maximise x (the parameter count); run time is minimised.
bool paretoMaximisesX(ParetoAxes axes);
// Capacity axes draw one frontier per device: a CPU node and a GPU node are different purchases,
// and over both the frontier would only say which device is cheaper at each size. Run time
// against energy keeps its one frontier over both devices.
bool paretoPerDevice(ParetoAxes axes);

// The Pareto view's numbers: the configurations of the runs in the filter, and for both point
// modes (one point per configuration median, one per run) the points sorted by x, the frontiers
// and their staircases, over all datasets and within each dataset. Points need a positive x and
// y (the view's axes are logarithmic); others are counted in `dropped`.
//
// A point is on its frontier when no other point of the same group (device, and dataset when
// per dataset) is at least as good on both axes and better on one: for the capacity axes, no
// point has a size >= and an energy <= with one of them strict. Exact duplicates are all members.
struct ParetoResult
{
    struct Frontier
    {
        QString dataset;                    // empty: over all datasets
        int device = -1;                    // 0 = CPU, 1 = GPU; -1 = both devices (run time against energy)
        std::size_t candidates = 0;         // points the frontier was chosen from
        std::vector<std::size_t> points;    // frontier points, by x ascending (then y, then point)
        std::vector<double> stairX, stairY; // the step line through them (paretoStaircase)
    };
    struct Layer
    {
        std::vector<double> x;                    // ascending: parameters, or run time in s
        std::vector<double> y;                    // energy per datum (J/datum) or per run (J)
        std::vector<std::uint32_t> configuration; // per point: index into configurations
        std::vector<std::int64_t> runId;          // per point, runs layer only (runs.id)
        // Over all datasets: one frontier (run time against energy) or one per device that has
        // points, CPU first.
        std::vector<Frontier> frontiers;
        // Within each dataset (setups of different datasets do different work), by dataset name,
        // and per device within a dataset where the axes are per device.
        std::vector<Frontier> perDataset;
        std::vector<std::size_t> frontier;        // the points of `frontiers`, in their order
        std::vector<std::size_t> datasetFrontier; // the points of `perDataset`, in their order
        std::size_t dropped = 0;                  // configurations or runs without a positive x and y
        std::size_t size() const { return x.size(); }
    };

    ParetoAxes axes = ParetoAxes::CapacityEnergyPerDatum;
    std::vector<ConfigurationStats> configurations;
    ConfigurationRuns runs;
    Layer perConfiguration;
    Layer perRun;
    std::size_t totalRuns = 0;
    // Runs in the filter that fail a quality rule, and how many of them were left out (neither
    // drawn nor candidates for a frontier; all of them unless failing runs are included).
    std::size_t failingRuns = 0;
    std::size_t leftOutFailing = 0;
    std::int64_t maxSize = 0; // the largest parameter count, for bubble areas
};

// Callable from any thread; throws AnalysisError on inconsistent columns.
ParetoResult computePareto(const RunColumns &runs, ParetoAxes axes = ParetoAxes::CapacityEnergyPerDatum,
                           FailingRuns failing = FailingRuns::Excluded, const std::function<bool()> &cancelled = {});

} // namespace wattprint
