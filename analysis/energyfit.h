#pragma once

#include "carbon.h"
#include "energymodel.h"

#include <QJsonObject>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace wattprint {

// One configuration (per device) in the fit: its FLOPs per training datum, the bytes held in
// each cache level (cacheLevelBytes(), one entry per level of cacheHierarchy(device)) and the
// measured energy per training datum (J).
struct EnergyFitRow
{
    Device device = Device::Cpu;
    double flopsPerDatum = 0;
    std::vector<double> levelBytes;
    double energyPerDatum = 0;
};

// The regressors of a configuration as derived by the energy model.
EnergyFitRow fitRowFor(const Derivation &derivation, Device device, double energyPerDatum);

enum class FitMethod {
    LeastSquares, // ordinary least squares (minimum-norm solution, like numpy.linalg.lstsq)
    NonNegative,  // Lawson-Hanson non-negative least squares (like scipy.optimize.nnls)
};

// Model per device: energy/datum = intercept + a * flops/datum + sum_k b_k * bytes at level k.
// The non-negative variant keeps every coefficient >= 0, so each term reads as a cost (J, J per
// FLOP, J per byte); ordinary least squares can trade terms against each other with negative
// signs when regressors are collinear, which fits as well but explains less.
struct DeviceFit
{
    Device device = Device::Cpu;
    FitMethod method = FitMethod::LeastSquares;
    QStringList names;                // "intercept", "flops", "L1_bytes", ...
    std::vector<double> coefficients; // J, J/FLOP, J/byte per level
    // false for a regressor that is zero in every row: it cannot be estimated and is fixed at 0.
    std::vector<bool> estimated;
    int rank = 0; // numerical rank of the (scaled) design matrix
    std::size_t rows = 0;
    std::vector<std::size_t> rowIndices; // positions of this device's rows in the input
    std::vector<double> measured;
    std::vector<double> predicted;
    // predicted / measured per row; NaN where the measurement is not positive.
    std::vector<double> ratios;
    double r2 = 0;          // 1 - SS_res / SS_tot; NaN if all measurements are equal
    double mapePercent = 0; // mean |pred - meas| / meas * 100 over positive measurements
    std::size_t mapeRows = 0;

    double predict(double flopsPerDatum, std::span<const double> levelBytes) const;
};

struct EnergyFit
{
    FitMethod method = FitMethod::LeastSquares;
    std::vector<DeviceFit> devices; // CPU first, then GPU; only devices with rows

    const DeviceFit *find(Device device) const;
    // Throws AnalysisError if the device was not fitted.
    const DeviceFit &forDevice(Device device) const;
};

// Fits each device that has rows, independently. Regressor columns are scaled to unit maximum
// before solving (and the coefficients scaled back), which conditions the problem without
// changing a full-rank solution.
// Throws AnalysisError for no rows, NaN/inf values, negative FLOPs or bytes, a levelBytes length
// that does not match the device's hierarchy, or fewer rows than estimable coefficients.
EnergyFit fitEnergyModel(std::span<const EnergyFitRow> rows, FitMethod method = FitMethod::LeastSquares);

// The coefficients (and `estimated`) that fitEnergyModel gives for the rows at `indices`, all of
// one device (the first row's; not checked again) and already checked by a fit over them: the same solution bit for bit, without the
// rank and the goodness of fit. For cross-validation, which fits each fold's complement.
// Throws AnalysisError as fitEnergyModel does for too few rows.
DeviceFit fitDeviceCoefficients(std::span<const EnergyFitRow> rows, std::span<const std::size_t> indices,
                                FitMethod method);

// Energy, carbon and cost of training a configuration with a fitted model:
// energy/datum x training data per epoch x epochs + the device's fixed overhead per run.
struct TrainingPrediction
{
    Device device = Device::Cpu;
    double energyPerDatum = 0;
    std::int64_t trainingDataPerEpoch = 0;
    int epochs = kButterEpochs;
    double trainingJoules = 0;
    double overheadJoules = 0;
    double totalJoules = 0;
    CarbonResult carbon;
};

// Throws AnalysisError if the device was not fitted or the prediction is negative (the
// configuration lies outside what the fit can extrapolate to) or beyond double precision.
TrainingPrediction predictTraining(const EnergyFit &fit, const Derivation &derivation, Device device,
                                   const CarbonFactors &factors, int epochs = kButterEpochs);

QString fitMethodName(FitMethod method); // "least_squares" / "non_negative"

// Keys: method, devices [{device, rows, rank, coefficients {name: value}, estimated {name: bool},
// r2, mape_percent, mape_rows, ratios [..] (null where undefined)}].
QJsonObject energyFitJson(const EnergyFit &fit);
// Keys: device, energy_per_datum_j, training_data_per_epoch, epochs, training_joules,
// overhead_joules, total_joules, carbon {carbonJson}.
QJsonObject trainingPredictionJson(const TrainingPrediction &prediction);

} // namespace wattprint
