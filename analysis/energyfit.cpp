#include "energyfit.h"

#include "analysiserror.h"
#include "numerichelpers.h"

#include <QJsonArray>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

// Lawson & Hanson (1974), Solving Least Squares Problems, ch. 23: the active-set NNLS algorithm
// that scipy.optimize.nnls implements. Columns of A are already scaled.
VectorXd nonNegativeLeastSquares(const MatrixXd &fullA, const VectorXd &fullB)
{
    const Eigen::Index n = fullA.cols();
    VectorXd x = VectorXd::Zero(n);
    std::vector<bool> passive(static_cast<std::size_t>(n), false);
    const double tolerance = 10.0 * std::numeric_limits<double>::epsilon() * fullA.cwiseAbs().colwise().sum().maxCoeff()
        * static_cast<double>(std::max(fullA.rows(), n));
    // With more rows than columns, the problem on R and c of A = QR (Householder; c = Q^T b, the
    // first n) instead: as Q's columns are orthonormal, ||A_P x - b||^2 = ||R_P x - c||^2 + a
    // constant for every set P of columns, and A^T (b - A x) = R^T (c - R x), so each step solves
    // the same least-squares problem, on n rows instead of thousands (each iteration decomposed
    // all of A_P before: most of the time of a fit and of its cross-validation).
    MatrixXd compressedA;
    VectorXd compressedB;
    if (fullA.rows() > n) {
        const Eigen::HouseholderQR<MatrixXd> qr(fullA);
        compressedA = qr.matrixQR().topRows(n).triangularView<Eigen::Upper>();
        compressedB = (qr.householderQ().transpose() * fullB).head(n);
    }
    const MatrixXd &a = fullA.rows() > n ? compressedA : fullA;
    const VectorXd &b = fullA.rows() > n ? compressedB : fullB;

    const auto solvePassive = [&](VectorXd &s) {
        std::vector<Eigen::Index> cols;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (passive[static_cast<std::size_t>(j)])
                cols.push_back(j);
        }
        MatrixXd sub(a.rows(), static_cast<Eigen::Index>(cols.size()));
        for (std::size_t k = 0; k < cols.size(); ++k)
            sub.col(static_cast<Eigen::Index>(k)) = a.col(cols[k]);
        const VectorXd z = sub.completeOrthogonalDecomposition().solve(b);
        s = VectorXd::Zero(n);
        for (std::size_t k = 0; k < cols.size(); ++k)
            s(cols[k]) = z(static_cast<Eigen::Index>(k));
    };

    const int maxIterations = 3 * static_cast<int>(n) + 30;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        const VectorXd w = a.transpose() * (b - a * x);
        Eigen::Index best = -1;
        double bestW = tolerance;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (!passive[static_cast<std::size_t>(j)] && w(j) > bestW) {
                bestW = w(j);
                best = j;
            }
        }
        if (best < 0)
            break; // Kuhn-Tucker conditions hold
        passive[static_cast<std::size_t>(best)] = true;

        for (int inner = 0; inner < maxIterations; ++inner) {
            VectorXd s;
            solvePassive(s);
            bool feasible = true;
            for (Eigen::Index j = 0; j < n; ++j) {
                if (passive[static_cast<std::size_t>(j)] && s(j) <= 0)
                    feasible = false;
            }
            if (feasible) {
                x = s;
                break;
            }
            double alpha = std::numeric_limits<double>::infinity();
            for (Eigen::Index j = 0; j < n; ++j) {
                if (passive[static_cast<std::size_t>(j)] && s(j) <= 0)
                    alpha = std::min(alpha, x(j) / (x(j) - s(j)));
            }
            x += alpha * (s - x);
            for (Eigen::Index j = 0; j < n; ++j) {
                if (passive[static_cast<std::size_t>(j)] && x(j) <= tolerance) {
                    passive[static_cast<std::size_t>(j)] = false;
                    x(j) = 0;
                }
            }
        }
    }
    return x;
}

// Lawson-Hanson's tolerance is absolute: measurements far below ~1e-20 J have a gradient under it
// (every coefficient stays 0) and ones near 1e300 overflow it. Such measurements are solved in
// units of a power of two near their largest (exact); energies per datum in joules lie far inside
// and are solved as they are, as scipy does.
VectorXd nonNegativeLeastSquaresScaled(const MatrixXd &a, const VectorXd &b)
{
    const double largest = b.cwiseAbs().maxCoeff();
    if (largest == 0 || (largest > 0x1p-64 && largest < 0x1p64))
        return nonNegativeLeastSquares(a, b);
    int exponent = 0;
    std::frexp(largest, &exponent);
    return nonNegativeLeastSquares(a, b * std::ldexp(1.0, -exponent)) * std::ldexp(1.0, exponent);
}

void checkRow(const EnergyFitRow &row, std::size_t index)
{
    const auto where = [index]() { return u" (row %1)"_s.arg(index + 1).toStdString(); };
    if (!std::isfinite(row.flopsPerDatum) || !std::isfinite(row.energyPerDatum))
        throw AnalysisError("FLOPs and energy per datum must be finite numbers" + where());
    if (row.flopsPerDatum < 0)
        throw AnalysisError("FLOPs per datum cannot be negative" + where());
    const std::size_t levels = cacheHierarchy(row.device).size();
    if (row.levelBytes.size() != levels) {
        throw AnalysisError(u"a %1 row needs %2 cache-level byte counts, got %3"_s.arg(deviceName(row.device).toUpper())
                                .arg(levels)
                                .arg(row.levelBytes.size())
                                .toStdString()
                            + where());
    }
    for (double b : row.levelBytes) {
        if (!std::isfinite(b))
            throw AnalysisError("cache-level byte counts must be finite numbers" + where());
        if (b < 0)
            throw AnalysisError("cache-level byte counts cannot be negative" + where());
    }
}

// The design matrix and the solution, what a fit and a fit for cross-validation share. The rank
// (a decomposition of its own) only when asked for: the non-negative solve does not need it.
struct DeviceSolution
{
    MatrixXd x;
    VectorXd y;
    std::vector<double> coefficients;
    std::vector<bool> estimated;
    int rank = 0;
};

DeviceSolution solveDevice(Device device, std::span<const EnergyFitRow> rows, std::span<const std::size_t> indices,
                           FitMethod method, bool withRank)
{
    const auto levels = cacheHierarchy(device);
    const Eigen::Index m = static_cast<Eigen::Index>(indices.size());
    const Eigen::Index p = 2 + static_cast<Eigen::Index>(levels.size());

    DeviceSolution out;
    MatrixXd &x = out.x;
    VectorXd &y = out.y;
    x.resize(m, p);
    y.resize(m);
    for (Eigen::Index i = 0; i < m; ++i) {
        const EnergyFitRow &row = rows[indices[static_cast<std::size_t>(i)]];
        x(i, 0) = 1.0;
        x(i, 1) = row.flopsPerDatum;
        for (std::size_t k = 0; k < levels.size(); ++k)
            x(i, 2 + static_cast<Eigen::Index>(k)) = row.levelBytes[k];
        y(i) = row.energyPerDatum;
    }

    // Drop all-zero regressors (e.g. no configuration ever reached RAM) and scale the rest.
    std::vector<Eigen::Index> kept;
    std::vector<double> scales;
    out.estimated.assign(static_cast<std::size_t>(p), false);
    for (Eigen::Index j = 0; j < p; ++j) {
        const double scale = x.col(j).cwiseAbs().maxCoeff();
        if (scale > 0) {
            kept.push_back(j);
            scales.push_back(scale);
            out.estimated[static_cast<std::size_t>(j)] = true;
        }
    }
    if (static_cast<Eigen::Index>(kept.size()) > m) {
        throw AnalysisError(
            u"%1: %2 configurations are not enough to fit %3 coefficients"_s.arg(deviceName(device).toUpper())
                .arg(m)
                .arg(kept.size())
                .toStdString());
    }
    MatrixXd a(m, static_cast<Eigen::Index>(kept.size()));
    for (std::size_t k = 0; k < kept.size(); ++k)
        a.col(static_cast<Eigen::Index>(k)) = x.col(kept[k]) / scales[k];

    VectorXd solution;
    if (method == FitMethod::NonNegative) {
        if (withRank)
            out.rank = static_cast<int>(Eigen::CompleteOrthogonalDecomposition<MatrixXd>(a).rank());
        solution = nonNegativeLeastSquaresScaled(a, y);
    } else {
        const Eigen::CompleteOrthogonalDecomposition<MatrixXd> cod(a);
        out.rank = static_cast<int>(cod.rank());
        solution = cod.solve(y);
    }
    out.coefficients.assign(static_cast<std::size_t>(p), 0.0);
    for (std::size_t k = 0; k < kept.size(); ++k)
        out.coefficients[static_cast<std::size_t>(kept[k])] = solution(static_cast<Eigen::Index>(k)) / scales[k];
    return out;
}

DeviceFit fitDevice(Device device, std::span<const EnergyFitRow> rows, const std::vector<std::size_t> &indices,
                    FitMethod method)
{
    const auto levels = cacheHierarchy(device);
    const Eigen::Index m = static_cast<Eigen::Index>(indices.size());
    const Eigen::Index p = 2 + static_cast<Eigen::Index>(levels.size());

    DeviceFit fit;
    fit.device = device;
    fit.method = method;
    fit.rows = indices.size();
    fit.rowIndices = indices;
    fit.names << u"intercept"_s << u"flops"_s;
    for (const CacheLevel &level : levels)
        fit.names << level.name + u"_bytes"_s;

    DeviceSolution solved = solveDevice(device, rows, indices, method, true);
    const MatrixXd &x = solved.x;
    const VectorXd &y = solved.y;
    fit.estimated = std::move(solved.estimated);
    fit.rank = solved.rank;
    fit.coefficients = std::move(solved.coefficients);

    // Goodness of fit on the original scale.
    VectorXd coefficients(p);
    for (Eigen::Index j = 0; j < p; ++j)
        coefficients(j) = fit.coefficients[static_cast<std::size_t>(j)];
    const VectorXd predicted = x * coefficients;
    // The sums of squares on y scaled by a power of two near its largest value: exact (so R2 is the
    // same bit for bit), and squares of measurements near 1e160 or 1e-300 then neither overflow to
    // inf nor vanish to 0, either of which read as "all measurements equal" (NaN).
    int exponent = 0;
    std::frexp(y.cwiseAbs().maxCoeff(), &exponent);
    const double unit = std::ldexp(1.0, -exponent);
    const VectorXd yScaled = y * unit;
    const double mean = yScaled.mean();
    const double ssRes = (yScaled - predicted * unit).squaredNorm();
    const double ssTot = (yScaled.array() - mean).matrix().squaredNorm();
    fit.r2 = ssTot > 0 ? 1.0 - ssRes / ssTot : std::numeric_limits<double>::quiet_NaN();

    double apeSum = 0;
    for (Eigen::Index i = 0; i < m; ++i) {
        fit.measured.push_back(y(i));
        fit.predicted.push_back(predicted(i));
        if (y(i) > 0) {
            fit.ratios.push_back(predicted(i) / y(i));
            apeSum += std::abs(predicted(i) - y(i)) / y(i);
            ++fit.mapeRows;
        } else {
            fit.ratios.push_back(std::numeric_limits<double>::quiet_NaN());
        }
    }
    fit.mapePercent = fit.mapeRows > 0 ? 100.0 * apeSum / static_cast<double>(fit.mapeRows)
                                       : std::numeric_limits<double>::quiet_NaN();
    return fit;
}

using numeric::finiteOrNull;

} // namespace

EnergyFitRow fitRowFor(const Derivation &derivation, Device device, double energyPerDatum)
{
    EnergyFitRow row;
    row.device = device;
    row.flopsPerDatum = derivation.operations.flopsPerTrainingDatum;
    row.levelBytes = cacheLevelBytes(derivation.workingSets(device));
    row.energyPerDatum = energyPerDatum;
    return row;
}

double DeviceFit::predict(double flopsPerDatum, std::span<const double> levelBytes) const
{
    if (coefficients.size() != levelBytes.size() + 2)
        throw AnalysisError("the cache-level byte counts do not match the fitted device");
    double e = coefficients[0] + coefficients[1] * flopsPerDatum;
    for (std::size_t k = 0; k < levelBytes.size(); ++k)
        e += coefficients[k + 2] * levelBytes[k];
    return e;
}

const DeviceFit *EnergyFit::find(Device device) const
{
    for (const DeviceFit &f : devices) {
        if (f.device == device)
            return &f;
    }
    return nullptr;
}

const DeviceFit &EnergyFit::forDevice(Device device) const
{
    if (const DeviceFit *f = find(device))
        return *f;
    throw AnalysisError(u"no %1 configurations were fitted"_s.arg(deviceName(device).toUpper()).toStdString());
}

EnergyFit fitEnergyModel(std::span<const EnergyFitRow> rows, FitMethod method)
{
    if (rows.empty())
        throw AnalysisError("no configurations to fit the energy model to");
    std::vector<std::size_t> cpuRows;
    std::vector<std::size_t> gpuRows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        checkRow(rows[i], i);
        (rows[i].device == Device::Gpu ? gpuRows : cpuRows).push_back(i);
    }
    EnergyFit fit;
    fit.method = method;
    if (!cpuRows.empty())
        fit.devices.push_back(fitDevice(Device::Cpu, rows, cpuRows, method));
    if (!gpuRows.empty())
        fit.devices.push_back(fitDevice(Device::Gpu, rows, gpuRows, method));
    return fit;
}

DeviceFit fitDeviceCoefficients(std::span<const EnergyFitRow> rows, std::span<const std::size_t> indices,
                                FitMethod method)
{
    if (indices.empty())
        throw AnalysisError("no configurations to fit the energy model to");
    const Device device = rows[indices.front()].device;
    DeviceFit fit;
    fit.device = device;
    fit.method = method;
    fit.rows = indices.size();
    DeviceSolution solved = solveDevice(device, rows, indices, method, false);
    fit.coefficients = std::move(solved.coefficients);
    fit.estimated = std::move(solved.estimated);
    return fit;
}

TrainingPrediction predictTraining(const EnergyFit &fit, const Derivation &derivation, Device device,
                                   const CarbonFactors &factors, int epochs)
{
    if (epochs < 1)
        throw AnalysisError("the number of epochs must be at least 1");
    const DeviceFit &model = fit.forDevice(device);
    const EnergyFitRow row = fitRowFor(derivation, device, 0);

    TrainingPrediction p;
    p.device = device;
    p.energyPerDatum = model.predict(row.flopsPerDatum, row.levelBytes);
    p.trainingDataPerEpoch = derivation.operations.trainingDataPerEpoch;
    p.epochs = epochs;
    p.trainingJoules = p.energyPerDatum * static_cast<double>(p.trainingDataPerEpoch) * epochs;
    p.overheadJoules = energyOverheadJoules(device);
    p.totalJoules = p.trainingJoules + p.overheadJoules;
    // Told apart: an overflow is not a negative prediction.
    if (!std::isfinite(p.totalJoules))
        throw AnalysisError("the fitted model predicts an energy beyond double precision (over 1.8e308 J) for "
                            "this configuration; the measurements it was fitted on are impossibly large");
    if (p.totalJoules < 0)
        throw AnalysisError("the fitted model predicts a negative energy for this configuration; "
                            "it lies outside what the fit can extrapolate to");
    p.carbon = carbonFor(p.totalJoules, factors);
    return p;
}

QString fitMethodName(FitMethod method)
{
    return method == FitMethod::NonNegative ? u"non_negative"_s : u"least_squares"_s;
}

QJsonObject energyFitJson(const EnergyFit &fit)
{
    QJsonObject o;
    o[u"method"_s] = fitMethodName(fit.method);
    QJsonArray devices;
    for (const DeviceFit &f : fit.devices) {
        QJsonObject d;
        d[u"device"_s] = deviceName(f.device);
        d[u"rows"_s] = static_cast<double>(f.rows);
        d[u"rank"_s] = f.rank;
        QJsonObject coefficients;
        QJsonObject estimated;
        for (qsizetype j = 0; j < f.names.size(); ++j) {
            coefficients[f.names[j]] = f.coefficients[static_cast<std::size_t>(j)];
            estimated[f.names[j]] = bool(f.estimated[static_cast<std::size_t>(j)]);
        }
        d[u"coefficients"_s] = coefficients;
        d[u"estimated"_s] = estimated;
        d[u"r2"_s] = finiteOrNull(f.r2);
        d[u"mape_percent"_s] = finiteOrNull(f.mapePercent);
        d[u"mape_rows"_s] = static_cast<double>(f.mapeRows);
        QJsonArray ratios;
        for (double r : f.ratios)
            ratios.append(finiteOrNull(r));
        d[u"ratios"_s] = ratios;
        devices.append(d);
    }
    o[u"devices"_s] = devices;
    return o;
}

QJsonObject trainingPredictionJson(const TrainingPrediction &p)
{
    QJsonObject o;
    o[u"device"_s] = deviceName(p.device);
    o[u"energy_per_datum_j"_s] = p.energyPerDatum;
    o[u"training_data_per_epoch"_s] = static_cast<double>(p.trainingDataPerEpoch);
    o[u"epochs"_s] = p.epochs;
    o[u"training_joules"_s] = p.trainingJoules;
    o[u"overhead_joules"_s] = p.overheadJoules;
    o[u"total_joules"_s] = p.totalJoules;
    o[u"carbon"_s] = carbonJson(p.carbon);
    return o;
}

} // namespace wattprint
