#include "whatif.h"

#include "analysiserror.h"
#include "architecture.h"
#include "configurations.h"
#include "descriptive.h"
#include "expectedenergy.h"
#include "numerichelpers.h"
#include "regressorcache.h"
#include "runstakingpart.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;
using wattprint::numeric::finiteOrNull;

namespace wattprint {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double medianOf(std::vector<double> &values)
{
    return values.empty() ? NaN : stats::medianInPlace(values);
}

// The regressors of the plan at `size` on both devices.
struct PlanRegressors
{
    bool ok = false;
    QString error;
    EnergyFitRow cpuRow, gpuRow;
    std::int64_t trainingDataPerEpoch = 0;

    const EnergyFitRow &row(Device d) const { return d == Device::Gpu ? gpuRow : cpuRow; }
};

PlanRegressors regressorsFor(const PlannedRun &plan, std::int64_t size)
{
    PlanRegressors r;
    if (!plan.ownDataset() && plan.batchSize == kButterBatchSize) {
        // The sweep's own networks: the derivation the fit used, cached for the process.
        const auto cached = configurationRegressors(plan.dataset, plan.shape, plan.depth, size);
        if (!cached->ok) {
            r.error = QCoreApplication::translate(
                "WhatIf", "the network cannot be derived for this dataset, shape, depth and size");
            return r;
        }
        r.ok = true;
        r.cpuRow = cached->cpuRow;
        r.gpuRow = cached->gpuRow;
        r.trainingDataPerEpoch = cached->trainingDataPerEpoch;
        return r;
    }
    try {
        Derivation d;
        if (plan.ownDataset()) {
            const Architecture a = searchArchitecture(shapeFromName(plan.shape), plan.inputs, plan.outputs, plan.depth,
                                                      size);
            NetworkConfig config;
            config.widths = a.widths;
            config.inputs = plan.inputs;
            config.params = a.params;
            config.observations = plan.examples;
            config.batchSize = plan.batchSize;
            config.labelValuesPerDatum = 1;
            d = deriveFromWidths(std::move(config));
        } else {
            d = deriveFromDataset(plan.dataset, shapeFromName(plan.shape), plan.depth, size, plan.batchSize);
        }
        r.cpuRow = fitRowFor(d, Device::Cpu, 0);
        r.gpuRow = fitRowFor(d, Device::Gpu, 0);
        r.trainingDataPerEpoch = d.operations.trainingDataPerEpoch;
        r.ok = r.trainingDataPerEpoch > 0;
        if (!r.ok)
            r.error = QCoreApplication::translate("WhatIf", "the plan has no training data per epoch");
    } catch (const AnalysisError &e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

// The model's energy per datum for a row; NaN when it is not a positive finite number.
double perDatumOf(const DeviceFit &fit, const EnergyFitRow &row)
{
    const double p = fit.predict(row.flopsPerDatum, row.levelBytes);
    return p > 0 && std::isfinite(p) ? p : NaN;
}

double runEnergy(double perDatum, std::int64_t trainingDataPerEpoch, int epochs, double overhead)
{
    return perDatum * double(trainingDataPerEpoch) * double(epochs) + overhead;
}

// The measured configurations of a device nearest to the plan: same dataset and shape first, then
// same dataset, then same shape, then the rest; within each, by |log2 size ratio| + |depth difference|.
std::vector<MeasuredConfiguration> nearestOf(const WhatIfDeviceModel &dm, const PlannedRun &plan, std::size_t k)
{
    struct Ranked
    {
        int tier;
        double distance;
        const MeasuredConfiguration *c;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(dm.measured.size());
    for (const MeasuredConfiguration &c : dm.measured) {
        const bool sameDataset = !plan.ownDataset() && c.dataset == plan.dataset;
        const bool sameShape = c.shape == plan.shape;
        const int tier = sameDataset && sameShape ? 0 : sameDataset ? 1 : sameShape ? 2 : 3;
        const double distance = std::abs(std::log2(double(c.size) / double(plan.size)))
            + std::abs(c.depth - plan.depth);
        ranked.push_back({tier, distance, &c});
    }
    const std::size_t take = std::min(k, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(take), ranked.end(),
                      [](const Ranked &a, const Ranked &b) {
                          return std::tie(a.tier, a.distance, a.c->dataset, a.c->shape, a.c->size, a.c->depth)
                              < std::tie(b.tier, b.distance, b.c->dataset, b.c->shape, b.c->size, b.c->depth);
                      });
    std::vector<MeasuredConfiguration> out;
    for (std::size_t i = 0; i < take; ++i)
        out.push_back(*ranked[i].c);
    return out;
}

// The point energy of the plan at `size` on a device; NaN when the model cannot give one.
double pointEnergy(const WhatIfModel &model, const PlannedRun &plan, Device device, std::int64_t size)
{
    const WhatIfDeviceModel &dm = model.device(device);
    if (!dm.fitted)
        return NaN;
    const PlanRegressors r = regressorsFor(plan, size);
    if (!r.ok)
        return NaN;
    const double perDatum = perDatumOf(dm.fit, r.row(device));
    return std::isfinite(perDatum)
        ? runEnergy(perDatum, r.trainingDataPerEpoch, plan.epochs, energyOverheadJoules(device))
        : NaN;
}

WhatIfEstimate estimateFor(const WhatIfModel &model, const PlannedRun &plan, Device device,
                           const CarbonFactors &factors)
{
    WhatIfEstimate e;
    e.device = device;
    const WhatIfDeviceModel &dm = model.device(device);
    const auto refuse = [&e](const QString &why) {
        e.ok = false;
        e.refusal = why;
        return e;
    };
    if (!dm.fitted)
        return refuse(
            QCoreApplication::translate("WhatIf", "the model could not be fitted on this device: %1").arg(dm.problem));
    if (dm.residuals.size() < MinResidualsForInterval)
        return refuse(QCoreApplication::translate(
                          "WhatIf",
                          "only %1 configurations of this device were predicted out of fold; an interval needs "
                          "at least %2")
                          .arg(dm.residuals.size())
                          .arg(MinResidualsForInterval));
    if (!shapeNames().contains(plan.shape))
        return refuse(QCoreApplication::translate("WhatIf", "the shape '%1' is unknown to the model (known: %2)")
                          .arg(plan.shape, shapeNames().join(u", "_s)));
    if (plan.ownDataset()) {
        if (plan.examples < 1 || plan.inputs < 1 || plan.outputs < 1)
            return refuse(QCoreApplication::translate(
                "WhatIf",
                "a dataset of one's own needs its number of examples, inputs and outputs, each at "
                "least 1"));
    } else if (!findDataset(plan.dataset)) {
        return refuse(QCoreApplication::translate(
                          "WhatIf",
                          "the dataset '%1' is not one of the sweep's; describe it by its examples and inputs "
                          "instead")
                          .arg(plan.dataset));
    }
    if (plan.size < 1)
        return refuse(QCoreApplication::translate("WhatIf", "the size must be at least 1 parameter"));
    if (plan.depth < 2 || plan.depth > MaxNetworkDepth)
        return refuse(
            QCoreApplication::translate("WhatIf", "the depth must be from 2 to %1 layers").arg(MaxNetworkDepth));
    if (plan.epochs < 1)
        return refuse(QCoreApplication::translate("WhatIf", "the epochs must be at least 1"));
    if (plan.batchSize < 1)
        return refuse(QCoreApplication::translate("WhatIf", "the batch size must be at least 1"));

    // How far the plan lies beyond what this device measured, in log10.
    double beyond = 0;
    const double size = double(plan.size);
    if (plan.size < dm.minSize) {
        if (size * MaxSizeExtrapolation < double(dm.minSize))
            return refuse(
                QCoreApplication::translate(
                    "WhatIf", "the size %1 is more than %2 times below the smallest measured on this device (%3)")
                    .arg(plan.size)
                    .arg(MaxSizeExtrapolation)
                    .arg(dm.minSize));
        e.extrapolation.push_back({u"size_below_range"_s,
                                   QCoreApplication::translate("WhatIf",
                                                               "the size %1 is below the smallest measured on this "
                                                               "device (%2)")
                                       .arg(plan.size)
                                       .arg(dm.minSize)});
        beyond += std::log10(double(dm.minSize) / size);
    } else if (plan.size > dm.maxSize) {
        if (size > MaxSizeExtrapolation * double(dm.maxSize))
            return refuse(
                QCoreApplication::translate(
                    "WhatIf", "the size %1 is more than %2 times above the largest measured on this device (%3)")
                    .arg(plan.size)
                    .arg(MaxSizeExtrapolation)
                    .arg(dm.maxSize));
        e.extrapolation.push_back({u"size_above_range"_s,
                                   QCoreApplication::translate("WhatIf",
                                                               "the size %1 is above the largest measured on this "
                                                               "device (%2)")
                                       .arg(plan.size)
                                       .arg(dm.maxSize)});
        beyond += std::log10(size / double(dm.maxSize));
    }
    if (plan.depth < dm.minDepth) {
        e.extrapolation.push_back({u"depth_below_range"_s,
                                   QCoreApplication::translate("WhatIf",
                                                               "the depth %1 is below the smallest measured on "
                                                               "this device (%2)")
                                       .arg(plan.depth)
                                       .arg(dm.minDepth)});
        beyond += std::log10(double(dm.minDepth) / double(plan.depth));
    } else if (plan.depth > dm.maxDepth) {
        if (plan.depth > 2 * dm.maxDepth)
            return refuse(QCoreApplication::translate(
                              "WhatIf", "the depth %1 is more than twice the deepest measured on this device (%2)")
                              .arg(plan.depth)
                              .arg(dm.maxDepth));
        e.extrapolation.push_back({u"depth_above_range"_s,
                                   QCoreApplication::translate("WhatIf",
                                                               "the depth %1 is above the deepest measured on "
                                                               "this device (%2)")
                                       .arg(plan.depth)
                                       .arg(dm.maxDepth)});
        beyond += std::log10(double(plan.depth) / double(dm.maxDepth));
    }
    if (plan.ownDataset())
        e.extrapolation.push_back({u"own_dataset"_s,
                                   QCoreApplication::translate("WhatIf",
                                                               "the dataset is not one of the sweep's: its cost per "
                                                               "datum is carried over from other datasets")});
    else if (!dm.datasets.contains(plan.dataset))
        e.extrapolation.push_back(
            {u"dataset_not_measured"_s,
             QCoreApplication::translate("WhatIf", "no run of %1 on this device passed the quality checks")
                 .arg(plan.dataset)});
    if (!dm.shapes.contains(plan.shape))
        e.extrapolation.push_back(
            {u"shape_not_measured"_s,
             QCoreApplication::translate("WhatIf", "no run of the shape %1 on this device passed the quality checks")
                 .arg(plan.shape)});
    if (plan.batchSize != kButterBatchSize)
        e.extrapolation.push_back(
            {u"batch_size_not_measured"_s,
             QCoreApplication::translate("WhatIf", "the sweep trained with batches of %1 only").arg(kButterBatchSize)});

    const PlanRegressors r = regressorsFor(plan, plan.size);
    if (!r.ok)
        return refuse(r.error);
    e.energyPerDatum = perDatumOf(dm.fit, r.row(device));
    if (!std::isfinite(e.energyPerDatum))
        return refuse(QCoreApplication::translate("WhatIf", "the model predicts no positive energy for this network"));
    e.trainingDataPerEpoch = r.trainingDataPerEpoch;
    e.overhead = energyOverheadJoules(device);

    // The interval: the out-of-fold quantiles; each way the plan extrapolates widens it by the
    // quantiles once more, and the distance beyond the measured sizes and depths is added on both sides.
    const auto [low, high] = residualInterval(dm.residuals, model.level);
    const double widen = 1.0 + double(e.extrapolation.size());
    e.logLow = low * widen - beyond;
    e.logHigh = high * widen + beyond;
    const auto energyAt = [&](double logRatio) {
        return runEnergy(e.energyPerDatum * std::pow(10.0, logRatio), e.trainingDataPerEpoch, plan.epochs, e.overhead);
    };
    e.energy = {energyAt(0), energyAt(e.logLow), energyAt(e.logHigh)};
    if (!std::isfinite(e.energy.high))
        return refuse(QCoreApplication::translate("WhatIf", "the predicted energy is beyond double precision"));

    e.nearest = nearestOf(dm, plan, model.nearest);
    std::vector<double> powers;
    for (const MeasuredConfiguration &c : e.nearest) {
        if (c.medianPower > 0 && std::isfinite(c.medianPower))
            powers.push_back(c.medianPower);
        const PlanRegressors nr = regressorsFor(
            PlannedRun{c.dataset, 0, 0, 1, c.shape, c.size, c.depth, device, kButterEpochs, kButterBatchSize}, c.size);
        const double p = nr.ok ? perDatumOf(dm.fit, nr.row(device)) : NaN;
        e.nearestPredictedEnergy.push_back(
            std::isfinite(p) ? runEnergy(p, nr.trainingDataPerEpoch, kButterEpochs, e.overhead) : NaN);
    }
    if (!powers.empty()) {
        const auto [lo, hi] = std::minmax_element(powers.begin(), powers.end());
        const double least = *lo, most = *hi; // read before the median reorders the values
        e.power = {medianOf(powers), least, most};
        e.runTime = {e.energy.value / e.power.value, e.energy.low / e.power.high, e.energy.high / e.power.low};
    }

    const CarbonResult mid = carbonFor(e.energy.value, factors);
    const CarbonResult lowC = carbonFor(e.energy.low, factors);
    const CarbonResult highC = carbonFor(e.energy.high, factors);
    e.co2eGrams = {mid.co2eGrams, lowC.co2eGrams, highC.co2eGrams};
    if (mid.cost)
        e.cost = {*mid.cost, *lowC.cost, *highC.cost};
    e.ok = true;
    return e;
}

QJsonValue rangeJson(const PredictedRange &r)
{
    if (!std::isfinite(r.value))
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o[u"value"_s] = r.value;
    o[u"low"_s] = finiteOrNull(r.low);
    o[u"high"_s] = finiteOrNull(r.high);
    return o;
}

QJsonObject estimateJson(const WhatIfEstimate &e, const CarbonFactors &factors)
{
    QJsonObject o;
    o[u"device"_s] = deviceName(e.device);
    o[u"ok"_s] = e.ok;
    o[u"refusal"_s] = e.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(e.refusal);
    o[u"extrapolates"_s] = e.extrapolates();
    QJsonArray reasons;
    for (const Extrapolation &x : e.extrapolation)
        reasons.append(QJsonObject{{u"code"_s, x.code}, {u"reason"_s, x.reason}});
    o[u"extrapolation"_s] = reasons;
    o[u"energy_j"_s] = rangeJson(e.energy);
    o[u"run_time_s"_s] = rangeJson(e.runTime);
    o[u"power_w"_s] = rangeJson(e.power);
    o[u"co2e_g"_s] = rangeJson(e.co2eGrams);
    o[u"co2e_unit"_s] = factors.intensityUnit.startsWith(u"gCO2e"_s) ? u"gCO2e"_s : u"gCO2"_s;
    o[u"cost"_s] = rangeJson(e.cost);
    o[u"currency"_s] = factors.currency;
    o[u"energy_per_datum_j"_s] = finiteOrNull(e.energyPerDatum);
    o[u"training_data_per_epoch"_s] = double(e.trainingDataPerEpoch);
    o[u"overhead_j"_s] = e.ok ? QJsonValue(e.overhead) : QJsonValue(QJsonValue::Null);
    o[u"interval_log10"_s] = e.ok ? QJsonValue(QJsonArray{e.logLow, e.logHigh}) : QJsonValue(QJsonValue::Null);
    QJsonArray nearest;
    for (std::size_t i = 0; i < e.nearest.size(); ++i) {
        const MeasuredConfiguration &c = e.nearest[i];
        QJsonObject n;
        n[u"dataset"_s] = c.dataset;
        n[u"shape"_s] = c.shape;
        n[u"size"_s] = double(c.size);
        n[u"depth"_s] = c.depth;
        n[u"device"_s] = deviceName(c.device);
        n[u"runs"_s] = double(c.runs);
        n[u"median_energy_j"_s] = finiteOrNull(c.medianEnergy);
        n[u"median_run_time_s"_s] = finiteOrNull(c.medianRunTime);
        n[u"median_power_w"_s] = finiteOrNull(c.medianPower);
        n[u"median_energy_per_datum_j"_s] = finiteOrNull(c.medianEnergyPerDatum);
        n[u"predicted_energy_j"_s] = finiteOrNull(e.nearestPredictedEnergy.at(i));
        nearest.append(n);
    }
    o[u"nearest"_s] = nearest;
    return o;
}

} // namespace

std::pair<double, double> residualInterval(std::span<const double> sortedResiduals, double level)
{
    if (sortedResiduals.empty())
        throw AnalysisError("a prediction interval needs out-of-fold residuals");
    if (!(level > 0 && level < 1))
        throw AnalysisError("the level of a prediction interval must lie strictly between 0 and 1");
    const double low = stats::quantileSorted(sortedResiduals, (1.0 - level) / 2.0);
    const double high = stats::quantileSorted(sortedResiduals, (1.0 + level) / 2.0);
    return {std::min(low, 0.0), std::max(high, 0.0)};
}

WhatIfModel buildWhatIfModel(const RunColumns &runs, const WhatIfOptions &options,
                             const std::function<bool()> &cancelled)
{
    runs.checkConsistent();
    if (!(options.level > 0 && options.level < 1))
        throw AnalysisError("the level of a prediction interval must lie strictly between 0 and 1");
    WhatIfModel m;
    m.level = options.level;
    m.folds = options.folds;
    m.nearest = options.nearest;
    m.totalRuns = runs.rowCount();
    m.cpu.device = Device::Cpu;
    m.gpu.device = Device::Gpu;

    ExpectedEnergyOptions eo = ExpectedEnergyOptions::qualityRunsOnly(runs);
    eo.folds = options.folds;
    eo.perRun = false;
    const ExpectedEnergy expected = computeExpectedEnergy(runs, eo, cancelled);
    m.method = expected.method;
    m.qualityRuns = runs.rowCount() - expected.excludedFromFit;
    for (Device d : {Device::Cpu, Device::Gpu}) {
        const ExpectedEnergyDevice &src = expected.device(d == Device::Gpu);
        WhatIfDeviceModel &dm = d == Device::Gpu ? m.gpu : m.cpu;
        dm.fitted = src.fitted;
        dm.problem = src.problem;
        dm.fit = src.fit;
        dm.residuals = src.outOfFoldLogResiduals;
        std::sort(dm.residuals.begin(), dm.residuals.end());
        dm.medianAbsLogError = src.medianAbsLogErrorOutOfFold;
    }
    if (runs.rowCount() == 0)
        return m;

    // Medians of each configuration over its quality runs, computed as the fit's are.
    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(runs);
    const ConfigurationTable &table = *sharedTable;
    const std::shared_ptr<const ConfigurationRegressorList> regressors = sharedConfigurationRegressors(runs);
    const std::size_t configs = table.configurations.size();
    const ConfigurationRows quality = ConfigurationRows::build(
        table, [&eo](std::size_t i) { return eo.excludeFromFit.empty() || !eo.excludeFromFit[i]; });
    std::vector<std::int64_t> sizes;
    std::vector<double> perDatum, energy, runTime, power; // reused for every configuration
    QSet<QString> seenDatasets[2], seenShapes[2];
    for (std::size_t c = 0; c < configs; ++c) {
        const std::span<const std::size_t> members = quality.of(c);
        if (members.empty())
            continue;
        const ConfigurationStats &s = table.configurations[c];
        MeasuredConfiguration mc;
        mc.dataset = s.datasetName;
        mc.shape = s.shapeName;
        mc.size = s.size;
        mc.depth = s.depth;
        mc.device = s.gpu ? Device::Gpu : Device::Cpu;
        mc.runs = members.size();
        perDatum.clear();
        energy.clear();
        runTime.clear();
        power.clear();
        for (std::size_t i : members) {
            if (std::isfinite(runs.energyPerDatum[i]))
                perDatum.push_back(runs.energyPerDatum[i]);
            const double standardised = runs.nonOverheadEnergy[i] + runs.energyOverhead[i];
            if (std::isfinite(standardised))
                energy.push_back(standardised);
            if (std::isfinite(runs.runTime[i]) && runs.runTime[i] > 0) {
                runTime.push_back(runs.runTime[i]);
                if (std::isfinite(standardised) && standardised > 0)
                    power.push_back(standardised / runs.runTime[i]);
            }
        }
        mc.medianEnergyPerDatum = medianOf(perDatum);
        mc.medianEnergy = medianOf(energy);
        mc.medianRunTime = medianOf(runTime);
        mc.medianPower = medianOf(power);
        mc.fitted = mc.medianEnergyPerDatum > 0 && std::isfinite(mc.medianEnergyPerDatum) && (*regressors)[c]->ok;
        WhatIfDeviceModel &dm = s.gpu ? m.gpu : m.cpu;
        if (mc.fitted) {
            if (dm.configurations == 0) {
                dm.minSize = dm.maxSize = mc.size;
                dm.minDepth = dm.maxDepth = mc.depth;
            }
            ++dm.configurations;
            dm.runs += mc.runs;
            dm.minSize = std::min(dm.minSize, mc.size);
            dm.maxSize = std::max(dm.maxSize, mc.size);
            dm.minDepth = std::min(dm.minDepth, mc.depth);
            dm.maxDepth = std::max(dm.maxDepth, mc.depth);
            // In order of first appearance; the sets only make the test cheap.
            if (!seenDatasets[s.gpu].contains(mc.dataset)) {
                seenDatasets[s.gpu].insert(mc.dataset);
                dm.datasets.append(mc.dataset);
            }
            if (!seenShapes[s.gpu].contains(mc.shape)) {
                seenShapes[s.gpu].insert(mc.shape);
                dm.shapes.append(mc.shape);
            }
            sizes.push_back(mc.size);
        }
        dm.measured.push_back(std::move(mc));
        if (c % 1024 == 0 && cancelled && cancelled())
            return m;
    }
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    m.sweepSizes = std::move(sizes);
    return m;
}

WhatIfResult predictWhatIf(const WhatIfModel &model, const PlannedRun &plan, const CarbonFactors &factors)
{
    factors.validate();
    WhatIfResult r;
    r.plan = plan;
    r.factors = factors;
    r.cpu = estimateFor(model, plan, Device::Cpu, factors);
    r.gpu = estimateFor(model, plan, Device::Gpu, factors);
    if (!r.cpu.ok || !r.gpu.ok)
        return r;
    BreakEven b;
    b.cheaperAtPlan = r.gpu.energy.value < r.cpu.energy.value ? Device::Gpu : Device::Cpu;
    const Device other = b.cheaperAtPlan == Device::Gpu ? Device::Cpu : Device::Gpu;
    const auto otherCheaper = [&](std::int64_t size) {
        const double mine = pointEnergy(model, plan, b.cheaperAtPlan, size);
        const double theirs = pointEnergy(model, plan, other, size);
        return std::isfinite(mine) && std::isfinite(theirs) && theirs < mine;
    };
    for (std::int64_t size : model.sweepSizes) {
        if (size > plan.size && otherCheaper(size)) {
            b.above = size;
            break;
        }
    }
    for (auto it = model.sweepSizes.rbegin(); it != model.sweepSizes.rend(); ++it) {
        if (*it < plan.size && otherCheaper(*it)) {
            b.below = *it;
            break;
        }
    }
    r.breakEven = b;
    return r;
}

namespace {

QJsonObject planJson(const PlannedRun &p)
{
    QJsonObject plan;
    if (p.ownDataset()) {
        plan[u"examples"_s] = double(p.examples);
        plan[u"inputs"_s] = p.inputs;
        plan[u"outputs"_s] = p.outputs;
    } else {
        plan[u"dataset"_s] = p.dataset;
    }
    plan[u"shape"_s] = p.shape;
    plan[u"size"_s] = double(p.size);
    plan[u"depth"_s] = p.depth;
    plan[u"device"_s] = deviceName(p.device);
    plan[u"epochs"_s] = p.epochs;
    plan[u"batch_size"_s] = double(p.batchSize);
    return plan;
}

// A whole number in [minimum, maximum], or nothing.
std::optional<std::int64_t> wholeNumber(const QJsonValue &v, double minimum, double maximum)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= minimum && d <= maximum) || d != std::floor(d))
        return std::nullopt;
    return std::int64_t(d);
}

std::optional<PlannedRun> planFromJson(const QJsonObject &o)
{
    constexpr double maxInt = std::numeric_limits<int>::max();
    constexpr double maxCount = 9.0e15; // exact in a double
    PlannedRun p;
    if (o.contains(u"dataset"_s)) {
        p.dataset = o.value(u"dataset"_s).toString();
        if (p.dataset.isEmpty())
            return std::nullopt;
    } else {
        const auto examples = wholeNumber(o.value(u"examples"_s), 1, maxCount);
        const auto inputs = wholeNumber(o.value(u"inputs"_s), 1, maxInt);
        const auto outputs = wholeNumber(o.value(u"outputs"_s), 1, maxInt);
        if (!examples || !inputs || !outputs)
            return std::nullopt;
        p.examples = *examples;
        p.inputs = int(*inputs);
        p.outputs = int(*outputs);
    }
    p.shape = o.value(u"shape"_s).toString();
    const QString device = o.value(u"device"_s).toString();
    const auto size = wholeNumber(o.value(u"size"_s), 1, maxCount);
    const auto depth = wholeNumber(o.value(u"depth"_s), 1, maxInt);
    const auto epochs = wholeNumber(o.value(u"epochs"_s), 1, maxInt);
    const auto batch = wholeNumber(o.value(u"batch_size"_s), 1, maxCount);
    if (p.shape.isEmpty() || !size || !depth || !epochs || !batch || (device != u"cpu"_s && device != u"gpu"_s))
        return std::nullopt;
    p.size = *size;
    p.depth = int(*depth);
    p.device = deviceFromName(device);
    p.epochs = int(*epochs);
    p.batchSize = *batch;
    return p;
}

PredictedRange rangeFromJson(const QJsonValue &v)
{
    PredictedRange r;
    if (!v.isObject())
        return r;
    const QJsonObject o = v.toObject();
    auto number = [&](const QString &key) {
        const QJsonValue x = o.value(key);
        return x.isDouble() ? x.toDouble() : NaN;
    };
    r.value = number(u"value"_s);
    r.low = number(u"low"_s);
    r.high = number(u"high"_s);
    return r;
}

} // namespace

PredictedRange PlanPrediction::metric(RunMetric m) const
{
    switch (m) {
    case RunMetric::Energy: return energy;
    case RunMetric::RunTime: return runTime;
    case RunMetric::Power: return power;
    case RunMetric::EnergyPerDatum: return energyPerDatum;
    case RunMetric::NonOverheadEnergy: break;
    }
    return {};
}

QJsonObject PlanPrediction::toJson() const
{
    QJsonObject o;
    o[u"plan"_s] = planJson(plan);
    o[u"level"_s] = level;
    o[u"extrapolates"_s] = extrapolates;
    o[u"energy_j"_s] = rangeJson(energy);
    o[u"run_time_s"_s] = rangeJson(runTime);
    o[u"power_w"_s] = rangeJson(power);
    o[u"energy_per_datum_j"_s] = rangeJson(energyPerDatum);
    return o;
}

std::optional<PlanPrediction> PlanPrediction::fromJson(const QJsonObject &object)
{
    const auto plan = planFromJson(object.value(u"plan"_s).toObject());
    if (!plan)
        return std::nullopt;
    PlanPrediction p;
    p.plan = *plan;
    p.level = object.value(u"level"_s).toDouble(0.9);
    if (!(p.level > 0 && p.level < 1))
        return std::nullopt;
    p.extrapolates = object.value(u"extrapolates"_s).toBool();
    p.energy = rangeFromJson(object.value(u"energy_j"_s));
    p.runTime = rangeFromJson(object.value(u"run_time_s"_s));
    p.power = rangeFromJson(object.value(u"power_w"_s));
    p.energyPerDatum = rangeFromJson(object.value(u"energy_per_datum_j"_s));
    if (!std::isfinite(p.energy.value))
        return std::nullopt;
    return p;
}

std::optional<PlanPrediction> planPrediction(const WhatIfResult &result, double level)
{
    const WhatIfEstimate &e = result.planned();
    if (!e.ok)
        return std::nullopt;
    PlanPrediction p;
    p.plan = result.plan;
    p.level = level;
    p.extrapolates = e.extrapolates();
    p.energy = e.energy;
    p.runTime = e.runTime;
    p.power = e.power;
    p.energyPerDatum = {e.energyPerDatum, e.energyPerDatum * std::pow(10.0, e.logLow),
                        e.energyPerDatum * std::pow(10.0, e.logHigh)};
    return p;
}

QJsonObject whatIfJson(const WhatIfModel &model, const WhatIfResult &result)
{
    QJsonObject o;
    o[u"plan"_s] = planJson(result.plan);
    o[u"level"_s] = model.level;
    o[u"predicted"_s] = estimateJson(result.planned(), result.factors);
    o[u"devices"_s] = QJsonObject{{u"cpu"_s, estimateJson(result.cpu, result.factors)},
                                  {u"gpu"_s, estimateJson(result.gpu, result.factors)}};
    if (result.breakEven) {
        const BreakEven &b = *result.breakEven;
        o[u"cheaper"_s] = deviceName(b.cheaperAtPlan);
        QJsonObject be;
        be[u"cheaper_at_plan"_s] = deviceName(b.cheaperAtPlan);
        be[u"above"_s] = b.above ? QJsonValue(double(*b.above)) : QJsonValue(QJsonValue::Null);
        be[u"below"_s] = b.below ? QJsonValue(double(*b.below)) : QJsonValue(QJsonValue::Null);
        o[u"break_even"_s] = be;
    } else {
        o[u"cheaper"_s] = QJsonValue(QJsonValue::Null);
        o[u"break_even"_s] = QJsonValue(QJsonValue::Null);
    }

    QJsonObject m;
    m[u"method"_s] = fitMethodName(model.method);
    m[u"folds"_s] = model.folds;
    m[u"level"_s] = model.level;
    m[u"runs"_s] = double(model.totalRuns);
    m[u"quality_runs"_s] = double(model.qualityRuns);
    QJsonArray devices;
    for (const WhatIfDeviceModel *d : {&model.cpu, &model.gpu}) {
        QJsonObject j;
        j[u"device"_s] = deviceName(d->device);
        j[u"fitted"_s] = d->fitted;
        j[u"configurations"_s] = double(d->configurations);
        j[u"runs"_s] = double(d->runs);
        j[u"out_of_fold_configurations"_s] = double(d->residuals.size());
        j[u"median_abs_log10_error_out_of_fold"_s] = finiteOrNull(d->medianAbsLogError);
        if (!d->residuals.empty()) {
            const auto [low, high] = residualInterval(d->residuals, model.level);
            j[u"residual_quantiles"_s] = QJsonArray{low, high};
        } else {
            j[u"residual_quantiles"_s] = QJsonValue(QJsonValue::Null);
        }
        if (d->configurations > 0) {
            j[u"min_size"_s] = double(d->minSize);
            j[u"max_size"_s] = double(d->maxSize);
            j[u"min_depth"_s] = d->minDepth;
            j[u"max_depth"_s] = d->maxDepth;
        }
        if (!d->problem.isEmpty())
            j[u"problem"_s] = d->problem;
        devices.append(j);
    }
    m[u"devices"_s] = devices;
    o[u"model"_s] = m;
    return o;
}

HeldOutCheck checkHeldOut(const RunColumns &runs, const WhatIfOptions &options, std::size_t sampleEvery,
                          const std::function<bool()> &cancelled)
{
    if (sampleEvery == 0)
        throw AnalysisError("sampleEvery must be at least 1");
    runs.checkConsistent();
    HeldOutCheck check;
    check.folds = options.folds;
    check.level = options.level;
    check.sampleEvery = sampleEvery;
    check.cpu.device = Device::Cpu;
    check.gpu.device = Device::Gpu;
    const std::shared_ptr<const ConfigurationTable> sharedTable = sharedConfigurations(runs);
    const ConfigurationTable &table = *sharedTable;
    std::vector<int> configurationFolds(table.configurations.size());
    for (std::size_t c = 0; c < table.configurations.size(); ++c) {
        const ConfigurationStats &s = table.configurations[c];
        configurationFolds[c] = configurationFold(s.datasetName, s.shapeName, s.size, s.depth, options.folds);
    }
    const CarbonFactors factors = factorsForRegion(u"world"_s); // energy only; carbon is not checked
    std::vector<double> absLogErrors[2];
    for (int f = 0; f < options.folds; ++f) {
        std::vector<std::size_t> trainingRows;
        // The held-out configurations' standardised energies over their quality runs.
        std::map<std::size_t, std::vector<double>> heldOut;
        for (std::size_t i = 0; i < runs.rowCount(); ++i) {
            const auto c = std::size_t(table.rowConfiguration[i]);
            if (configurationFolds[c] != f) {
                trainingRows.push_back(i);
                continue;
            }
            if (numeric::splitMix64(std::uint64_t(c)) % sampleEvery != 0)
                continue;
            if ((runs.quality.empty() || runs.quality[i] == 0) && runs.energyPerDatum[i] > 0)
                heldOut[c].push_back(runs.nonOverheadEnergy[i] + runs.energyOverhead[i]);
        }
        if (cancelled && cancelled())
            return check;
        WhatIfOptions inner = options;
        inner.nearest = 1;
        const RunColumns training = selectRuns(runs, trainingRows);
        training.markImmutable(); // its configuration table then serves the fit and the model alike
        const WhatIfModel model = buildWhatIfModel(training, inner, cancelled);
        for (auto &[c, energies] : heldOut) {
            const ConfigurationStats &s = table.configurations[c];
            HeldOutDeviceCheck &d = s.gpu ? check.gpu : check.cpu;
            ++d.heldOut;
            PlannedRun plan;
            plan.dataset = s.datasetName;
            plan.shape = s.shapeName;
            plan.size = s.size;
            plan.depth = s.depth;
            plan.device = s.gpu ? Device::Gpu : Device::Cpu;
            const WhatIfEstimate e = predictWhatIf(model, plan, factors).planned();
            if (!e.ok)
                continue;
            const double measured = medianOf(energies);
            ++d.predicted;
            d.extrapolated += e.extrapolates() ? 1 : 0;
            d.covered += e.energy.low <= measured && measured <= e.energy.high ? 1 : 0;
            const double ratio = (measured - e.overhead) / (e.energy.value - e.overhead);
            if (ratio > 0 && std::isfinite(ratio))
                absLogErrors[s.gpu].push_back(std::abs(std::log10(ratio)));
        }
    }
    for (int g = 0; g < 2; ++g) {
        HeldOutDeviceCheck &d = g ? check.gpu : check.cpu;
        if (d.predicted > 0)
            d.coverage = double(d.covered) / double(d.predicted);
        d.medianAbsLogError = medianOf(absLogErrors[g]);
    }
    return check;
}

QJsonObject heldOutJson(const HeldOutCheck &check)
{
    QJsonArray devices;
    for (const HeldOutDeviceCheck *d : {&check.cpu, &check.gpu}) {
        QJsonObject j;
        j[u"device"_s] = deviceName(d->device);
        j[u"held_out"_s] = double(d->heldOut);
        j[u"predicted"_s] = double(d->predicted);
        j[u"refused"_s] = double(d->heldOut - d->predicted);
        j[u"covered"_s] = double(d->covered);
        j[u"extrapolated"_s] = double(d->extrapolated);
        j[u"coverage"_s] = finiteOrNull(d->coverage);
        j[u"median_abs_log10_error"_s] = finiteOrNull(d->medianAbsLogError);
        devices.append(j);
    }
    return QJsonObject{{u"folds"_s, check.folds},
                       {u"level"_s, check.level},
                       {u"sample_every"_s, double(check.sampleEvery)},
                       {u"devices"_s, devices}};
}

} // namespace wattprint
