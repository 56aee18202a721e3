#include "expectedenergy.h"

#include "analysiserror.h"
#include "configurations.h"
#include "descriptive.h"
#include "numerichelpers.h"
#include "regressorcache.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::uint64_t fnv1a(QStringView text, std::uint64_t h)
{
    for (const QChar ch : text) {
        h ^= ch.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

using numeric::finiteOrNull;
using numeric::splitMix64;

// The configurations of one device that the model is fitted on.
struct DeviceRows
{
    std::vector<EnergyFitRow> rows;
    std::vector<int> fold;
};

// Fits one device's rows; an empty optional and `problem` set when it cannot be fitted.
std::optional<DeviceFit> tryFit(std::span<const EnergyFitRow> rows, FitMethod method, QString *problem)
{
    try {
        EnergyFit fit = fitEnergyModel(rows, method);
        return std::move(fit.devices.front());
    } catch (const AnalysisError &e) {
        if (problem)
            *problem = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

void crossValidate(const DeviceRows &d, int folds, FitMethod method, ExpectedEnergyDevice &out,
                   const std::function<bool()> &stop)
{
    const std::size_t n = d.rows.size();
    std::vector<double> predicted(n, NaN);
    std::vector<std::size_t> train; // the fold's complement, as indexes: no copies of the rows
    for (int f = 0; f < folds; ++f) {
        train.clear();
        for (std::size_t i = 0; i < n; ++i) {
            if (d.fold[i] != f)
                train.push_back(i);
        }
        if (train.empty() || train.size() == n)
            continue;
        std::optional<DeviceFit> fit;
        try {
            fit = fitDeviceCoefficients(d.rows, train, method);
        } catch (const AnalysisError &) {
            continue;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (d.fold[i] == f)
                predicted[i] = fit->predict(d.rows[i].flopsPerDatum, d.rows[i].levelBytes);
        }
        if (stop())
            return;
    }
    double mean = 0;
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(predicted[i])) {
            mean += d.rows[i].energyPerDatum;
            ++m;
        }
    }
    if (m < 2)
        return;
    mean /= double(m);
    // R2's sums in units of a power of two near the largest measurement (exact): squares of values
    // near 1e160 overflow and those near 1e-300 vanish, and either made R2 NaN.
    double largest = 0;
    for (const EnergyFitRow &row : d.rows)
        largest = std::max(largest, std::abs(row.energyPerDatum));
    int exponent = 0;
    std::frexp(largest, &exponent);
    const double unit = std::ldexp(1.0, -exponent);
    double ssRes = 0, ssTot = 0, ape = 0;
    std::vector<double> logErrors;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(predicted[i]))
            continue;
        const double y = d.rows[i].energyPerDatum;
        const double residual = (predicted[i] - y) * unit, deviation = (y - mean) * unit;
        ssRes += residual * residual;
        ssTot += deviation * deviation;
        ape += std::abs(predicted[i] - y) / y;
        // A prediction of zero (possible with non-negative coefficients) has no log error; it
        // still counts in R2 and MAPE.
        if (predicted[i] > 0) {
            const double logResidual = std::log10(y / predicted[i]);
            logErrors.push_back(std::abs(logResidual));
            out.outOfFoldLogResiduals.push_back(logResidual);
        }
    }
    out.outOfFoldConfigurations = m;
    out.r2OutOfFold = ssTot > 0 ? 1.0 - ssRes / ssTot : NaN;
    out.mapeOutOfFoldPercent = 100.0 * ape / double(m);
    if (!logErrors.empty())
        out.medianAbsLogErrorOutOfFold = stats::medianInPlace(logErrors);
}

} // namespace

int configurationFold(const QString &dataset, const QString &shape, std::int64_t size, int depth, int folds)
{
    if (folds < 1)
        return 0;
    std::uint64_t h = 14695981039346656037ull;
    h = fnv1a(dataset, h);
    h = fnv1a(u"/", h); // the separator and the shape, without building "/shape" per configuration
    h = fnv1a(shape, h);
    h = splitMix64(h ^ splitMix64(std::uint64_t(size)) ^ (std::uint64_t(depth) << 56));
    return int(h % std::uint64_t(folds));
}

ExpectedEnergy computeExpectedEnergy(const RunColumns &runs, const ExpectedEnergyOptions &options,
                                     const std::function<bool()> &cancelled)
{
    auto stop = [&cancelled] { return cancelled && cancelled(); };
    runs.checkConsistent();
    const std::size_t n = runs.rowCount();
    if (!options.excludeFromFit.empty() && options.excludeFromFit.size() != n)
        throw AnalysisError("the runs left out of the energy model do not match the runs");
    if (options.folds < 2 || options.folds > 100)
        throw AnalysisError("the energy model needs between 2 and 100 folds to validate on");

    ExpectedEnergy r;
    r.folds = options.folds;
    r.method = options.method;
    r.cpu.device = Device::Cpu;
    r.gpu.device = Device::Gpu;
    r.totalRuns = n;
    if (options.perRun) {
        r.expected.assign(n, NaN);
        r.residual.assign(n, NaN);
    }
    if (n == 0)
        return r;

    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(runs);
    const ConfigurationTable &table = *sharedTable;
    const std::size_t configs = table.configurations.size();
    if (stop())
        return r;

    // Median energy per datum of each configuration over the runs that take part in the fit.
    for (std::size_t i = 0; i < n; ++i) {
        if (!options.excludeFromFit.empty() && options.excludeFromFit[i])
            ++r.excludedFromFit;
    }
    const ConfigurationRows fitted = ConfigurationRows::build(table, [&](std::size_t i) {
        return (options.excludeFromFit.empty() || !options.excludeFromFit[i]) && std::isfinite(runs.energyPerDatum[i]);
    });
    std::vector<double> values; // one configuration's, reused

    const std::shared_ptr<const ConfigurationRegressorList> sharedRegressors = sharedConfigurationRegressors(runs);
    const ConfigurationRegressorList &regressors = *sharedRegressors;
    DeviceRows device[2];
    for (std::size_t c = 0; c < configs; ++c) {
        const ConfigurationStats &s = table.configurations[c];
        const std::span<const std::size_t> members = fitted.of(c);
        if (!regressors[c]->ok || members.empty())
            continue;
        values.clear();
        for (std::size_t i : members)
            values.push_back(runs.energyPerDatum[i]);
        const double median = stats::medianInPlace(values);
        if (!(median > 0) || !std::isfinite(median))
            continue;
        EnergyFitRow row = regressors[c]->row(s.gpu);
        row.energyPerDatum = median;
        device[s.gpu].rows.push_back(std::move(row));
        device[s.gpu].fold.push_back(configurationFold(s.datasetName, s.shapeName, s.size, s.depth, options.folds));
        if (c % 1024 == 0 && stop())
            return r;
    }

    for (int d = 0; d < 2; ++d) {
        ExpectedEnergyDevice &out = d ? r.gpu : r.cpu;
        out.configurations = device[d].rows.size();
        if (device[d].rows.empty()) {
            out.problem = u"no configuration with a positive median energy per datum"_s;
            continue;
        }
        std::optional<DeviceFit> fit = tryFit(device[d].rows, options.method, &out.problem);
        if (!fit)
            continue;
        out.fit = std::move(*fit);
        out.fitted = true;
        crossValidate(device[d], options.folds, options.method, out, stop);
        if (stop())
            return r;
    }

    if (!options.perRun)
        return r;
    // Each configuration's expectation per run, then each run's.
    std::vector<double> perDatum(configs, NaN);
    for (std::size_t c = 0; c < configs; ++c) {
        const ConfigurationStats &s = table.configurations[c];
        const ExpectedEnergyDevice &dev = r.device(s.gpu);
        if (!regressors[c]->ok || !dev.fitted)
            continue;
        const EnergyFitRow &row = regressors[c]->row(s.gpu);
        // Non-negative coefficients keep this >= 0; least squares may not, and a negative energy
        // per datum is no expectation.
        const double p = dev.fit.predict(row.flopsPerDatum, row.levelBytes);
        perDatum[c] = p >= 0 ? p : NaN;
    }
    for (std::size_t i = 0; i < n; ++i) {
        // A run without a configuration (another source, docs/data.md) has no expectation.
        if (table.rowConfiguration[i] < 0) {
            ++r.unknownRuns;
            continue;
        }
        const std::size_t c = std::size_t(table.rowConfiguration[i]);
        if (!regressors[c]->ok) {
            ++r.unknownRuns;
            continue;
        }
        const bool gpu = runs.isGpu[i] != 0;
        if (!std::isfinite(perDatum[c])) {
            ++r.unfittedRuns;
            continue;
        }
        const double overhead = std::isfinite(runs.energyOverhead[i]) && runs.energyOverhead[i] >= 0
            ? runs.energyOverhead[i]
            : energyOverheadJoules(gpu ? Device::Gpu : Device::Cpu);
        const double expected = perDatum[c] * double(regressors[c]->trainingDataPerEpoch) * double(kButterEpochs)
            + overhead;
        if (!(expected > 0) || !std::isfinite(expected)) {
            ++r.unfittedRuns;
            continue;
        }
        r.expected[i] = expected;
        ++r.predictedRuns;
        ++(gpu ? r.gpu : r.cpu).runs;
    }
    r.residual = energyResiduals(runs, r.expected);
    for (double v : r.residual)
        r.residualRuns += std::isfinite(v) ? 1 : 0;
    return r;
}

namespace {

// A run of another tool (CodeCarbon) has no configuration for the model to expect from. Its
// expectation is the median energy of the runs of the same project, hardware and device in the
// columns, when at least three have a positive energy: an anomaly score then says "unusual for
// this project on this hardware" (docs/data.md, "Runs from several sources").
void addOwnBaselines(const RunColumns &runs, std::vector<double> *expected)
{
    using Key = std::tuple<std::int32_t, std::int32_t, std::uint8_t>;
    std::map<Key, std::vector<double>> groups;
    const auto keyOf = [&runs](std::size_t i) {
        return Key{runs.project.empty() ? -1 : runs.project[i], runs.nodeType[i], runs.isGpu[i]};
    };
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if (!runs.hasConfiguration(i) && std::isfinite(runs.energy[i]) && runs.energy[i] > 0)
            groups[keyOf(i)].push_back(runs.energy[i]);
    }
    if (groups.empty())
        return;
    std::map<Key, double> medians;
    for (auto &[key, energies] : groups) {
        if (energies.size() >= 3)
            medians[key] = stats::medianInPlace(energies);
    }
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if (runs.hasConfiguration(i))
            continue;
        const auto it = medians.find(keyOf(i));
        (*expected)[i] = it != medians.end() ? it->second : NaN;
    }
}

} // namespace

std::vector<double> expectedEnergyOf(const RunColumns &runs, const std::function<bool()> &cancelled)
{
    std::vector<double> expected;
    if (!runs.expectedEnergy.empty()) {
        runs.checkConsistent();
        expected = runs.expectedEnergy;
    } else {
        expected = computeExpectedEnergy(runs, ExpectedEnergyOptions::qualityRunsOnly(runs), cancelled).expected;
    }
    if (expected.size() == runs.rowCount())
        addOwnBaselines(runs, &expected);
    return expected;
}

ExpectedEnergyOptions ExpectedEnergyOptions::qualityRunsOnly(const RunColumns &runs)
{
    ExpectedEnergyOptions options;
    if (runs.quality.size() == runs.rowCount()) {
        options.excludeFromFit.resize(runs.rowCount());
        for (std::size_t i = 0; i < runs.rowCount(); ++i)
            options.excludeFromFit[i] = runs.quality[i] != 0 ? 1 : 0;
    }
    return options;
}

std::shared_ptr<const RunExpectations> sharedExpectations(const RunColumns &runs)
{
    return std::static_pointer_cast<const RunExpectations>(runs.shared(RunColumns::Derived::Expectations, [&] {
        auto e = std::make_shared<RunExpectations>();
        e->expected = expectedEnergyOf(runs);
        e->residual = energyResiduals(runs, e->expected);
        return std::shared_ptr<const void>(std::move(e));
    }));
}

std::vector<double> energyResiduals(const RunColumns &runs, const std::vector<double> &expected)
{
    const std::size_t n = runs.rowCount();
    if (expected.size() != n)
        throw AnalysisError("the expected energies do not match the runs");
    std::vector<double> out(n, NaN);
    for (std::size_t i = 0; i < n; ++i) {
        // BUTTER-E's standardised energy; another tool's run has only the energy it measured.
        const double measured = runs.hasConfiguration(i) ? runs.nonOverheadEnergy[i] + runs.energyOverhead[i]
                                                         : runs.energy[i];
        if (std::isfinite(measured) && measured > 0 && std::isfinite(expected[i]) && expected[i] > 0) {
            const double v = std::log10(measured / expected[i]);
            out[i] = std::isfinite(v) ? v : NaN;
        }
    }
    return out;
}

QJsonObject expectedEnergyJson(const ExpectedEnergy &model)
{
    QJsonObject o;
    o[u"method"_s] = fitMethodName(model.method);
    o[u"folds"_s] = model.folds;
    o[u"runs"_s] = double(model.totalRuns);
    o[u"predicted_runs"_s] = double(model.predictedRuns);
    o[u"unknown_runs"_s] = double(model.unknownRuns);
    o[u"unfitted_runs"_s] = double(model.unfittedRuns);
    o[u"excluded_from_fit"_s] = double(model.excludedFromFit);
    QJsonArray devices;
    for (const ExpectedEnergyDevice *d : {&model.cpu, &model.gpu}) {
        QJsonObject j;
        j[u"device"_s] = deviceName(d->device);
        j[u"fitted"_s] = d->fitted;
        j[u"configurations"_s] = double(d->configurations);
        j[u"runs"_s] = double(d->runs);
        if (d->fitted) {
            QJsonObject coefficients;
            for (qsizetype k = 0; k < d->fit.names.size(); ++k)
                coefficients[d->fit.names[k]] = d->fit.coefficients[std::size_t(k)];
            j[u"coefficients"_s] = coefficients;
            j[u"r2"_s] = finiteOrNull(d->fit.r2);
            j[u"mape_percent"_s] = finiteOrNull(d->fit.mapePercent);
        }
        j[u"r2_out_of_fold"_s] = finiteOrNull(d->r2OutOfFold);
        j[u"mape_out_of_fold_percent"_s] = finiteOrNull(d->mapeOutOfFoldPercent);
        j[u"median_abs_log10_error_out_of_fold"_s] = finiteOrNull(d->medianAbsLogErrorOutOfFold);
        j[u"out_of_fold_configurations"_s] = double(d->outOfFoldConfigurations);
        if (!d->problem.isEmpty())
            j[u"problem"_s] = d->problem;
        devices.append(j);
    }
    o[u"devices"_s] = devices;
    return o;
}

} // namespace wattprint
