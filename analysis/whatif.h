#pragma once

#include "carbon.h"
#include "configurations.h"
#include "energyfit.h"
#include "energymodel.h"
#include "runcolumns.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace wattprint {

// "What if": the energy, run time, power, carbon and cost of a training run that has not been made,
// predicted by the expected-energy model (expectedenergy.h) fitted on the runs that pass every quality
// check, each with a prediction interval taken from the model's out-of-fold errors on the
// configurations it was fitted on (docs/data.md, "What if").

// The network and training a user plans. Either one of the sweep's datasets by name, or a dataset of
// its own described by its rows (80 % of which train, as in BUTTER), inputs and outputs.
struct PlannedRun
{
    QString dataset;           // a BUTTER dataset; empty for a dataset of one's own
    std::int64_t examples = 0; // own dataset: rows, train and test together
    int inputs = 0;            // own dataset: network inputs (and features per datum)
    int outputs = 1;           // own dataset: network outputs
    QString shape;             // one of the sweep's shapes
    std::int64_t size = 0;     // nominal parameter count; the width search finds the widths
    int depth = 0;             // layers, output layer included
    Device device = Device::Cpu;
    int epochs = kButterEpochs;
    std::int64_t batchSize = kButterBatchSize;

    bool ownDataset() const { return dataset.isEmpty(); }
};

struct WhatIfOptions
{
    double level = 0.9; // of the prediction interval, in (0, 1)
    int folds = 5;      // of the out-of-fold validation the interval stands on
    std::size_t nearest = 5;
};

// A measured configuration (quality runs only), as the nearest neighbours and the run-time model use it.
struct MeasuredConfiguration
{
    QString dataset, shape;
    std::int64_t size = 0;
    int depth = 0;
    Device device = Device::Cpu;
    std::size_t runs = 0;            // runs passing every quality check
    double medianEnergy = 0;         // standardised: non-overhead energy + overhead (J)
    double medianEnergyPerDatum = 0; // J per training datum
    double medianRunTime = 0;        // s
    double medianPower = 0;          // standardised: (non-overhead energy + overhead) / run time (W)
    bool fitted = false;             // took part in the fit (known dataset and shape, positive median)
};

struct WhatIfDeviceModel
{
    Device device = Device::Cpu;
    bool fitted = false;
    QString problem; // why it could not be fitted (plain English), empty if it was
    DeviceFit fit;
    std::size_t configurations = 0; // configurations fitted
    std::size_t runs = 0;           // quality runs in them
    // log10(measured / predicted) of each fitted configuration's median energy per datum, predicted by
    // the model fitted on the other folds; sorted ascending.
    std::vector<double> residuals;
    double medianAbsLogError = std::numeric_limits<double>::quiet_NaN();
    // What the store measured on this device (fitted configurations).
    std::int64_t minSize = 0, maxSize = 0;
    int minDepth = 0, maxDepth = 0;
    QStringList datasets, shapes;
    std::vector<MeasuredConfiguration> measured; // every configuration with a quality run
};

struct WhatIfModel
{
    FitMethod method = FitMethod::NonNegative;
    int folds = 0;
    double level = 0.9;
    std::size_t nearest = 5;
    std::size_t totalRuns = 0;
    std::size_t qualityRuns = 0; // runs passing every quality check, the ones fitted on
    WhatIfDeviceModel cpu, gpu;
    std::vector<std::int64_t> sweepSizes; // every size measured on either device, ascending

    const WhatIfDeviceModel &device(Device d) const { return d == Device::Gpu ? gpu : cpu; }
};

// Fewest out-of-fold residuals an interval is taken from; a device with fewer predicts nothing.
inline constexpr std::size_t MinResidualsForInterval = 10;
// How far beyond the measured sizes a prediction may go (factor, either way) before it is refused.
inline constexpr double MaxSizeExtrapolation = 100.0;

// Callable from any thread. Throws AnalysisError on inconsistent columns or options (level outside
// (0, 1), folds outside 2..100).
WhatIfModel buildWhatIfModel(const RunColumns &runs, const WhatIfOptions &options = {},
                             const std::function<bool()> &cancelled = {});

// An interval around a point value; all NaN when there is no prediction.
struct PredictedRange
{
    double value = std::numeric_limits<double>::quiet_NaN();
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
};

// The interval's bounds in log10 of measured / predicted: empirical quantiles (1 - level) / 2 and
// (1 + level) / 2 (type 7, as numpy.quantile) of `sortedResiduals`, widened to hold 0, so the
// interval always holds the point prediction. Throws AnalysisError for no residuals or a level
// outside (0, 1).
std::pair<double, double> residualInterval(std::span<const double> sortedResiduals, double level);

struct Extrapolation
{
    QString code;   // stable: size_below_range, size_above_range, depth_below_range, depth_above_range,
                    // dataset_not_measured, own_dataset, shape_not_measured, batch_size_not_measured
    QString reason; // for people, translated
};

struct WhatIfEstimate
{
    Device device = Device::Cpu;
    bool ok = false;
    QString refusal; // why there is no prediction, translated; empty when ok
    std::vector<Extrapolation> extrapolation;
    // log10 bounds of the interval after widening (residualInterval, then the extrapolation rule).
    double logLow = 0, logHigh = 0;
    double energyPerDatum = std::numeric_limits<double>::quiet_NaN(); // J, the model's point value
    std::int64_t trainingDataPerEpoch = 0;
    double overhead = 0;    // J, the device's fixed overhead per run
    PredictedRange energy;  // J, standardised basis
    PredictedRange runTime; // s
    PredictedRange power;   // W, standardised; the range of the nearest configurations' medians
    PredictedRange co2eGrams;
    PredictedRange cost; // NaN without a price
    std::vector<MeasuredConfiguration> nearest;
    std::vector<double> nearestPredictedEnergy; // the model's point value for each nearest one (J)

    bool extrapolates() const { return !extrapolation.empty(); }
};

// The size at which the other device becomes cheaper in energy, found by scanning the sweep's sizes
// away from the plan's size on either side (model point values, the plan otherwise unchanged).
struct BreakEven
{
    Device cheaperAtPlan = Device::Cpu;
    std::optional<std::int64_t> above; // smallest sweep size > plan's where the other device is cheaper
    std::optional<std::int64_t> below; // largest sweep size < plan's where the other device is cheaper
};

struct WhatIfResult
{
    PlannedRun plan;
    CarbonFactors factors;
    WhatIfEstimate cpu, gpu;
    std::optional<BreakEven> breakEven; // when both devices predict the plan

    const WhatIfEstimate &estimate(Device d) const { return d == Device::Gpu ? gpu : cpu; }
    const WhatIfEstimate &planned() const { return estimate(plan.device); }
};

// Predicts the plan on both devices. Never throws for a plan the model cannot predict: that device's
// estimate is refused with a reason. Throws AnalysisError only for invalid factors.
WhatIfResult predictWhatIf(const WhatIfModel &model, const PlannedRun &plan, const CarbonFactors &factors);

// A plan set beside measured groups (the Compare view): the plan and what was predicted for it on its
// own device, as predicted when it was pinned (docs/data.md, "What if").
struct PlanPrediction
{
    PlannedRun plan;
    double level = 0.9; // of the energy's interval
    bool extrapolates = false;
    PredictedRange energy, runTime, power, energyPerDatum;

    // Energy, run time, power or energy per datum (the metrics the Compare view compares); all NaN
    // for another metric.
    PredictedRange metric(RunMetric metric) const;
    // {plan (as in whatIfJson), level, extrapolates, energy_j, run_time_s, power_w, energy_per_datum_j}
    QJsonObject toJson() const;
    // Nothing for an object that does not hold a valid plan with a predicted energy.
    static std::optional<PlanPrediction> fromJson(const QJsonObject &object);
};

// The prediction on the plan's device in `result`, with energy per datum's interval from the same
// log10 bounds as the energy's; nothing when that device is refused.
std::optional<PlanPrediction> planPrediction(const WhatIfResult &result, double level);

// Keys: plan {dataset | examples, inputs, outputs; shape, size, depth, device, epochs, batch_size},
// level, predicted (the plan's device: see estimate keys), devices {cpu, gpu} (estimate keys), cheaper
// (cpu|gpu|null), break_even {cheaper_at_plan, above, below} or null, model {method, folds, level,
// runs, quality_runs, devices [{device, fitted, configurations, runs, out_of_fold_configurations,
// median_abs_log10_error_out_of_fold, residual_quantiles [low, high], min_size, max_size, min_depth,
// max_depth, problem}]}.
// Estimate keys: device, ok, refusal, extrapolates, extrapolation [{code, reason}], energy_j, run_time_s,
// power_w, co2e_g, cost (each {value, low, high}, null without a prediction), currency,
// energy_per_datum_j, training_data_per_epoch, overhead_j, interval_log10 [low, high],
// nearest [{dataset, shape, size, depth, device, runs, median_energy_j, median_run_time_s,
// median_power_w, median_energy_per_datum_j, predicted_energy_j}].
QJsonObject whatIfJson(const WhatIfModel &model, const WhatIfResult &result);

// How well the intervals hold on configurations the model never saw: the store's configurations are
// split into `options.folds` folds by configurationFold; each fold's configurations are predicted by a
// model built (with its own inner folds) on the other folds' runs, and each prediction's energy
// interval is checked against the configuration's measured median standardised energy over its
// quality runs. Every configuration is checked unless `sampleEvery` > 1 keeps one in that many,
// chosen by a hash of the configuration's index (tests under sanitizers).
struct HeldOutDeviceCheck
{
    Device device = Device::Cpu;
    std::size_t heldOut = 0;                                    // configurations with a measured median, held out
    std::size_t predicted = 0;                                  // of them, predicted (the others were refused)
    std::size_t covered = 0;                                    // measured median inside the interval
    std::size_t extrapolated = 0;                               // predicted with an extrapolation flag
    double coverage = std::numeric_limits<double>::quiet_NaN(); // covered / predicted
    // Median |log10(measured / predicted)| of the energy per datum (overhead left out), as the fit's
    // own out-of-fold error.
    double medianAbsLogError = std::numeric_limits<double>::quiet_NaN();
};

struct HeldOutCheck
{
    int folds = 0;
    double level = 0.9;
    std::size_t sampleEvery = 1;
    HeldOutDeviceCheck cpu, gpu;

    const HeldOutDeviceCheck &device(Device d) const { return d == Device::Gpu ? gpu : cpu; }
};

// Throws AnalysisError as buildWhatIfModel does, and for sampleEvery == 0.
HeldOutCheck checkHeldOut(const RunColumns &runs, const WhatIfOptions &options = {}, std::size_t sampleEvery = 1,
                          const std::function<bool()> &cancelled = {});

// {folds, level, sample_every, devices [{device, held_out, predicted, refused, covered, extrapolated,
// coverage, median_abs_log10_error}]}
QJsonObject heldOutJson(const HeldOutCheck &check);

} // namespace wattprint
