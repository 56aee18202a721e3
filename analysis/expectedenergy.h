#pragma once

#include "energyfit.h"
#include "runcolumns.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace wattprint {

// An expected energy for every run: the energy model (energyfit.h) fitted per device with
// non-negative coefficients on the configurations' median energy per training datum, then turned
// back into the energy of a whole run. The residual log10(measured / expected) is what the anomaly
// views score (docs/data.md, "Expected energy").
//
// Energy per run on the model's basis: the standardised energy (non-overhead energy + fixed
// overhead), which removes the node-type power offsets, so that a run on a node that idles hotter
// does not look anomalous:
//   expected = predicted energy per datum x training data per epoch x 3000 epochs + overhead.

struct ExpectedEnergyOptions
{
    FitMethod method = FitMethod::NonNegative;
    // Configurations are split into this many folds by a hash of (dataset, shape, size, depth), so a
    // configuration's fold does not depend on which other runs are in the filter.
    int folds = 5;
    // Per run of the columns: 1 to leave the run out of the fit (it still gets an expectation).
    // Empty: every run takes part.
    std::vector<std::uint8_t> excludeFromFit;
    // false: the fits and their validation only; no expectation per run (expected and residual
    // stay empty, the run counts 0). The what-if model needs no more.
    bool perRun = true;

    // The store's model: fitted on the runs that pass every quality rule (a crashed or truncated
    // run would pull the expectation of its configuration towards itself), predicting for all.
    static ExpectedEnergyOptions qualityRunsOnly(const RunColumns &runs);
};

struct ExpectedEnergyDevice
{
    Device device = Device::Cpu;
    bool fitted = false;
    std::size_t configurations = 0; // configurations fitted (positive median energy per datum)
    std::size_t runs = 0;           // runs of the device with an expectation
    DeviceFit fit;                  // on all fitted configurations
    // Out of fold: each configuration predicted by the model fitted on the other folds, on energy
    // per datum (the quantity fitted). NaN when no fold could be fitted.
    double r2OutOfFold = std::numeric_limits<double>::quiet_NaN();
    double mapeOutOfFoldPercent = std::numeric_limits<double>::quiet_NaN();
    // Median |log10(predicted / measured)| out of fold: a typical factor 10^x off.
    double medianAbsLogErrorOutOfFold = std::numeric_limits<double>::quiet_NaN();
    std::size_t outOfFoldConfigurations = 0;
    // Per configuration predicted out of fold with a positive prediction: log10(measured / predicted)
    // of its median energy per datum, in the order of the fitted configurations. What the what-if
    // prediction's interval is taken from (whatif.h).
    std::vector<double> outOfFoldLogResiduals;
    QString problem; // why the device could not be fitted (plain English), empty if it was
};

struct ExpectedEnergy
{
    int folds = 0;
    FitMethod method = FitMethod::NonNegative;
    ExpectedEnergyDevice cpu, gpu;
    // Per run of the columns (NaN where there is none): the expected energy on the model's basis (J)
    // and the residual log10(measured / expected), measured = non-overhead energy + overhead.
    std::vector<double> expected;
    std::vector<double> residual;
    std::size_t totalRuns = 0;
    std::size_t predictedRuns = 0;   // runs with an expected energy
    std::size_t unknownRuns = 0;     // dataset or shape the model does not know
    std::size_t unfittedRuns = 0;    // known, but their device could not be fitted
    std::size_t residualRuns = 0;    // runs with a finite residual (positive measured energy)
    std::size_t excludedFromFit = 0; // runs left out of the fit by excludeFromFit

    const ExpectedEnergyDevice &device(bool isGpu) const { return isGpu ? gpu : cpu; }
};

// Callable from any thread; `cancelled` is polled between steps (a cancelled result is partial).
// Throws AnalysisError on inconsistent columns or options. A device that cannot be fitted (too few
// configurations) is reported in its `problem`, not thrown.
ExpectedEnergy computeExpectedEnergy(const RunColumns &runs, const ExpectedEnergyOptions &options = {},
                                     const std::function<bool()> &cancelled = {});

// The runs' expected energies: the columns' own (loaded from a store, where the model was fitted on
// the passing runs of the store) when present, else fitted on the columns' passing runs.
std::vector<double> expectedEnergyOf(const RunColumns &runs, const std::function<bool()> &cancelled = {});
// log10(measured / expected) per run, NaN where either is missing or not positive.
std::vector<double> energyResiduals(const RunColumns &runs, const std::vector<double> &expected);

// Both of the above for every run, made once and shared by the analyses of immutable columns
// (RunColumns::markImmutable), else made afresh. Never cut short: a shared result is whole.
struct RunExpectations
{
    std::vector<double> expected; // expectedEnergyOf
    std::vector<double> residual; // energyResiduals
};
std::shared_ptr<const RunExpectations> sharedExpectations(const RunColumns &runs);

// 0 .. folds-1 from a hash of the network's description.
int configurationFold(const QString &dataset, const QString &shape, std::int64_t size, int depth, int folds);

// Keys: method, folds, runs, predicted_runs, unknown_runs, unfitted_runs, excluded_from_fit,
// devices [{device, fitted, configurations, runs, coefficients {name: value}, r2, mape_percent,
// r2_out_of_fold, mape_out_of_fold_percent, median_abs_log10_error_out_of_fold,
// out_of_fold_configurations, problem}].
QJsonObject expectedEnergyJson(const ExpectedEnergy &model);

} // namespace wattprint
