// What if: the interval arithmetic checked by hand on a small fixture (quantiles of known residuals,
// the energy, carbon and run time they bound, the widening for a plan beyond the sweep, the refusals),
// the nearest configurations and the break-even size checked against the model's own point values, and
// the interval's coverage on the demo store: configurations held out by fold, predicted by a model
// fitted on the rest, their measured median inside the 90 % interval about 90 % of the time.

#include "../support/demoruns.h"

#include "analysiserror.h"
#include "carbon.h"
#include "descriptive.h"
#include "regressorcache.h"
#include "whatif.h"

#include <configurations.h>
#include <expectedenergy.h>
#include <numerichelpers.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

using namespace wattprint;
using namespace Qt::StringLiterals;

namespace {

struct Network
{
    QString dataset, shape;
    std::int64_t size = 0;
    int depth = 0;
    bool gpu = false;
};

double trueEnergyPerDatum(const ConfigurationRegressors &r, bool gpu)
{
    const EnergyFitRow &row = r.row(gpu);
    return (gpu ? 0.01 : 0.004) + (gpu ? 2e-10 : 6e-10) * row.flopsPerDatum + 1e-8 * row.levelBytes[0];
}

// Runs of every network, `repeats` each, the true model's energy times noise(run), run time from a
// fixed power per device (300 W CPU, 450 W GPU, standardised).
RunColumns runsOf(const std::vector<Network> &networks, int repeats, const std::function<double(int)> &noise)
{
    RunColumns c;
    c.nodeTypeNames = {u"cpu1"_s};
    c.batchNames = {u"energy_2_cpu"_s};
    int run = 0;
    for (const Network &n : networks) {
        if (!c.datasetNames.contains(n.dataset))
            c.datasetNames.append(n.dataset);
        if (!c.shapeNames.contains(n.shape))
            c.shapeNames.append(n.shape);
        const auto r = configurationRegressors(n.dataset, n.shape, n.depth, n.size);
        const double perDatum = trueEnergyPerDatum(*r, n.gpu);
        const double data = double(r->trainingDataPerEpoch);
        const double overhead = energyOverheadJoules(n.gpu ? Device::Gpu : Device::Cpu);
        for (int k = 0; k < repeats; ++k, ++run) {
            const double nonOverhead = perDatum * data * kButterEpochs * noise(run);
            const double watts = n.gpu ? 450 : 300;
            c.id.push_back(run + 1);
            c.dataset.push_back(std::int32_t(c.datasetNames.indexOf(n.dataset)));
            c.shape.push_back(std::int32_t(c.shapeNames.indexOf(n.shape)));
            c.nodeType.push_back(0);
            c.batch.push_back(0);
            c.size.push_back(n.size);
            c.depth.push_back(n.depth);
            c.isGpu.push_back(n.gpu ? 1 : 0);
            c.slurmJobId.push_back(1);
            c.startNs.push_back(run);
            c.energy.push_back(nonOverhead + overhead);
            c.runTime.push_back((nonOverhead + overhead) / watts);
            c.power.push_back(watts);
            c.nonOverheadEnergy.push_back(nonOverhead);
            c.energyOverhead.push_back(overhead);
            c.energyPerEpoch.push_back(nonOverhead / kButterEpochs);
            c.energyPerDatum.push_back(nonOverhead / (data * kButterEpochs));
            c.quality.push_back(0);
        }
    }
    return c;
}

std::vector<Network> sweep()
{
    std::vector<Network> out;
    for (const QString &dataset : {u"adult"_s, u"splice"_s, u"529_pollen"_s})
        for (const QString &shape : {u"rectangle"_s, u"trapezoid"_s})
            for (int depth : {2, 3, 4, 6})
                for (int p = 5; p <= 20; p += 3)
                    for (bool gpu : {false, true})
                        out.push_back({dataset, shape, std::int64_t(1) << p, depth, gpu});
    return out;
}

// Deterministic scatter of a run around the model: factors 0.7 .. 1.4.
double scatter(int run)
{
    static constexpr double factors[] = {1.0, 0.7, 1.25, 0.9, 1.4, 0.8, 1.1, 0.95, 1.3, 0.75, 1.05};
    return factors[std::size_t(run) % std::size(factors)];
}

// A copy of the rows of `runs` for which keep(row) holds.
RunColumns subset(const RunColumns &runs, const std::function<bool(std::size_t)> &keep)
{
    RunColumns o;
    o.datasetNames = runs.datasetNames;
    o.shapeNames = runs.shapeNames;
    o.nodeTypeNames = runs.nodeTypeNames;
    o.batchNames = runs.batchNames;
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if (!keep(i))
            continue;
        o.id.push_back(runs.id[i]);
        o.dataset.push_back(runs.dataset[i]);
        o.shape.push_back(runs.shape[i]);
        o.nodeType.push_back(runs.nodeType[i]);
        o.batch.push_back(runs.batch[i]);
        o.size.push_back(runs.size[i]);
        o.depth.push_back(runs.depth[i]);
        o.isGpu.push_back(runs.isGpu[i]);
        o.slurmJobId.push_back(runs.slurmJobId[i]);
        o.startNs.push_back(runs.startNs[i]);
        o.energy.push_back(runs.energy[i]);
        o.runTime.push_back(runs.runTime[i]);
        o.power.push_back(runs.power[i]);
        o.nonOverheadEnergy.push_back(runs.nonOverheadEnergy[i]);
        o.energyOverhead.push_back(runs.energyOverhead[i]);
        o.energyPerEpoch.push_back(runs.energyPerEpoch[i]);
        o.energyPerDatum.push_back(runs.energyPerDatum[i]);
        if (!runs.expectedEnergy.empty())
            o.expectedEnergy.push_back(runs.expectedEnergy[i]);
        o.quality.push_back(runs.quality.empty() ? 0 : runs.quality[i]);
    }
    return o;
}

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

PlannedRun plan(const QString &dataset, const QString &shape, std::int64_t size, int depth, Device device)
{
    PlannedRun p;
    p.dataset = dataset;
    p.shape = shape;
    p.size = size;
    p.depth = depth;
    p.device = device;
    return p;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void residualIntervalByHand();
    void intervalArithmeticByHand();
    void extrapolationWidensOrRefuses();
    void nearestAndBreakEven();
    void qualityFailuresAreNotFitted();
    void heldOutCoverageOnDemo();
};

void TestWhatIf::residualIntervalByHand()
{
    // Ten residuals -0.3 .. 0.6; type 7 at q = 0.1: position 0.9 -> -0.3 + 0.9 x 0.1 = -0.21; at
    // q = 0.9: position 8.1 -> 0.5 + 0.1 x 0.1 = 0.51.
    const std::vector<double> r = {-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    auto [low, high] = residualInterval(r, 0.8);
    QVERIFY(near(low, -0.21));
    QVERIFY(near(high, 0.51));
    // 90 %: q = 0.05 -> position 0.45 -> -0.255; q = 0.95 -> position 8.55 -> 0.555.
    std::tie(low, high) = residualInterval(r, 0.9);
    QVERIFY(near(low, -0.255));
    QVERIFY(near(high, 0.555));
    // All positive: the interval still holds the point prediction (low clamped to 0).
    const std::vector<double> positive = {0.1, 0.2, 0.3, 0.4};
    std::tie(low, high) = residualInterval(positive, 0.5);
    QCOMPARE(low, 0.0);
    QVERIFY(near(high, 0.325)); // q = 0.75: position 2.25 -> 0.3 + 0.25 x 0.1
    QVERIFY_THROWS_EXCEPTION(AnalysisError, residualInterval({}, 0.9));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, residualInterval(r, 1.0));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, residualInterval(r, 0.0));
}

void TestWhatIf::intervalArithmeticByHand()
{
    const RunColumns runs = runsOf(sweep(), 3, scatter);
    const WhatIfModel model = buildWhatIfModel(runs);
    QVERIFY(model.cpu.fitted && model.gpu.fitted);
    QCOMPARE(model.qualityRuns, runs.rowCount());
    QCOMPARE(model.cpu.configurations, sweep().size() / 2);
    QCOMPARE(model.cpu.runs, runs.rowCount() / 2);
    QCOMPARE(model.cpu.minSize, std::int64_t(32));
    QCOMPARE(model.cpu.maxSize, std::int64_t(1) << 20);
    QCOMPARE(model.cpu.minDepth, 2);
    QCOMPARE(model.cpu.maxDepth, 6);
    QVERIFY(model.cpu.residuals.size() >= MinResidualsForInterval);
    QVERIFY(std::is_sorted(model.cpu.residuals.begin(), model.cpu.residuals.end()));

    const CarbonFactors factors = customFactors(400, 1.5, 0.2, u"EUR"_s);
    const PlannedRun p = plan(u"adult"_s, u"trapezoid"_s, 4096, 3, Device::Cpu);
    const WhatIfResult result = predictWhatIf(model, p, factors);
    const WhatIfEstimate &e = result.planned();
    QVERIFY2(e.ok, qPrintable(e.refusal));
    QVERIFY(!e.extrapolates());

    // By hand: the fit's point value, the type-7 quantiles of the sorted residuals (n of them) at 0.05
    // and 0.95, energy = e x 10^q x data x 3000 + 14,028.665573 J.
    const auto reg = configurationRegressors(u"adult"_s, u"trapezoid"_s, 3, 4096);
    const double perDatum = model.cpu.fit.predict(reg->cpuRow.flopsPerDatum, reg->cpuRow.levelBytes);
    QVERIFY(near(e.energyPerDatum, perDatum));
    const std::vector<double> &r = model.cpu.residuals;
    const auto quantile = [&r](double q) {
        const double h = (double(r.size()) - 1) * q;
        const std::size_t lo = std::size_t(std::floor(h));
        const std::size_t hi = std::min(lo + 1, r.size() - 1);
        return r[lo] + (h - double(lo)) * (r[hi] - r[lo]);
    };
    const double qLow = std::min(0.0, quantile(0.05)), qHigh = std::max(0.0, quantile(0.95));
    QVERIFY(near(e.logLow, qLow));
    QVERIFY(near(e.logHigh, qHigh));
    const double data = double(reg->trainingDataPerEpoch) * 3000;
    const double overhead = 14028.665573;
    QVERIFY(near(e.energy.value, perDatum * data + overhead));
    QVERIFY(near(e.energy.low, perDatum * std::pow(10.0, qLow) * data + overhead));
    QVERIFY(near(e.energy.high, perDatum * std::pow(10.0, qHigh) * data + overhead));
    QVERIFY(e.energy.low <= e.energy.value && e.energy.value <= e.energy.high);

    // Carbon and cost: J / 3.6e6 x PUE 1.5 x 400 g, x 0.2 EUR.
    for (auto [range, energy] :
         {std::pair{&PredictedRange::value, e.energy.value}, std::pair{&PredictedRange::low, e.energy.low},
          std::pair{&PredictedRange::high, e.energy.high}}) {
        QVERIFY(near(e.co2eGrams.*range, energy / 3.6e6 * 1.5 * 400));
        QVERIFY(near(e.cost.*range, energy / 3.6e6 * 1.5 * 0.2));
    }

    // Every run draws 300 W: the nearest configurations' median power is 300 W, the run time E / 300.
    QVERIFY(near(e.power.value, 300) && near(e.power.low, 300) && near(e.power.high, 300));
    QVERIFY(near(e.runTime.value, e.energy.value / 300));
    QVERIFY(near(e.runTime.low, e.energy.low / 300));
    QVERIFY(near(e.runTime.high, e.energy.high / 300));

    // Twice the epochs: twice the training energy, the same overhead.
    PlannedRun longer = p;
    longer.epochs = 6000;
    const WhatIfEstimate l = predictWhatIf(model, longer, factors).planned();
    QVERIFY(near(l.energy.value - overhead, 2 * (e.energy.value - overhead)));
    QVERIFY(near(l.energy.high - overhead, 2 * (e.energy.high - overhead)));
}

void TestWhatIf::extrapolationWidensOrRefuses()
{
    const WhatIfModel model = buildWhatIfModel(runsOf(sweep(), 2, scatter));
    const CarbonFactors factors = factorsForRegion(u"world");
    const auto [low, high] = residualInterval(model.gpu.residuals, 0.9);

    // Size 2^22, 4x the largest measured (2^20): one reason, so the quantiles count twice, and
    // log10(4) is added on both sides.
    const WhatIfEstimate big
        = predictWhatIf(model, plan(u"adult"_s, u"rectangle"_s, 1 << 22, 3, Device::Gpu), factors).planned();
    QVERIFY2(big.ok, qPrintable(big.refusal));
    QCOMPARE(big.extrapolation.size(), std::size_t(1));
    QCOMPARE(big.extrapolation.front().code, u"size_above_range"_s);
    QVERIFY(near(big.logLow, 2 * low - std::log10(4.0)));
    QVERIFY(near(big.logHigh, 2 * high + std::log10(4.0)));

    // Depth 8 (deepest measured 6) and a shape never measured: two reasons, factor 3, + log10(8/6).
    const WhatIfEstimate deep
        = predictWhatIf(model, plan(u"splice"_s, u"exponential"_s, 4096, 8, Device::Gpu), factors).planned();
    QVERIFY2(deep.ok, qPrintable(deep.refusal));
    QCOMPARE(deep.extrapolation.size(), std::size_t(2));
    QCOMPARE(deep.extrapolation[0].code, u"depth_above_range"_s);
    QCOMPARE(deep.extrapolation[1].code, u"shape_not_measured"_s);
    QVERIFY(near(deep.logLow, 3 * low - std::log10(8.0 / 6.0)));
    QVERIFY(near(deep.logHigh, 3 * high + std::log10(8.0 / 6.0)));

    // A dataset of one's own, a sweep dataset with no runs, another batch size: flagged each.
    PlannedRun own = plan(QString(), u"rectangle"_s, 4096, 3, Device::Cpu);
    own.examples = 10000;
    own.inputs = 20;
    own.outputs = 2;
    const WhatIfEstimate o = predictWhatIf(model, own, factors).planned();
    QVERIFY2(o.ok, qPrintable(o.refusal));
    QCOMPARE(o.extrapolation.size(), std::size_t(1));
    QCOMPARE(o.extrapolation.front().code, u"own_dataset"_s);
    // 10,000 rows: ceil(0.8 x 10000 / 256) = 32 batches of 256 per epoch.
    QCOMPARE(o.trainingDataPerEpoch, std::int64_t(32 * 256));
    PlannedRun mnist = plan(u"mnist"_s, u"rectangle"_s, 4096, 3, Device::Cpu);
    mnist.batchSize = 64;
    const WhatIfEstimate m = predictWhatIf(model, mnist, factors).planned();
    QVERIFY2(m.ok, qPrintable(m.refusal));
    QCOMPARE(m.extrapolation.size(), std::size_t(2));
    QCOMPARE(m.extrapolation[0].code, u"dataset_not_measured"_s);
    QCOMPARE(m.extrapolation[1].code, u"batch_size_not_measured"_s);

    // Refused, with a reason and no number: unknown shape, unknown dataset, far beyond the sizes.
    for (const PlannedRun &bad :
         {plan(u"adult"_s, u"pyramid"_s, 4096, 3, Device::Cpu), plan(u"iris"_s, u"rectangle"_s, 4096, 3, Device::Cpu),
          plan(u"adult"_s, u"rectangle"_s, std::int64_t(1) << 30, 3, Device::Cpu),
          plan(u"adult"_s, u"rectangle"_s, 4096, 13, Device::Cpu),
          plan(u"adult"_s, u"rectangle"_s, 4096, 1, Device::Cpu)}) {
        const WhatIfResult r = predictWhatIf(model, bad, factors);
        QVERIFY(!r.planned().ok);
        QVERIFY(!r.planned().refusal.isEmpty());
        QVERIFY(std::isnan(r.planned().energy.value));
        QVERIFY(!r.breakEven);
    }
    QVERIFY(predictWhatIf(model, plan(u"adult"_s, u"pyramid"_s, 4096, 3, Device::Cpu), factors)
                .planned()
                .refusal.contains(u"pyramid"_s));
}

void TestWhatIf::nearestAndBreakEven()
{
    const RunColumns runs = runsOf(sweep(), 2, scatter);
    const WhatIfModel model = buildWhatIfModel(runs);
    const CarbonFactors factors = factorsForRegion(u"world");
    const PlannedRun p = plan(u"splice"_s, u"trapezoid"_s, 5000, 4, Device::Cpu);
    const WhatIfResult r = predictWhatIf(model, p, factors);
    QVERIFY(r.cpu.ok && r.gpu.ok);

    // Nearest: splice/trapezoid on CPU first. Sizes measured are 2^5, 2^8, ..., 2^20; 5000 is
    // log2(5000/2048) = 1.29 from 2^11 and 1.71 from 2^14, depth 4 is measured.
    QCOMPARE(r.cpu.nearest.size(), std::size_t(5));
    const MeasuredConfiguration &first = r.cpu.nearest.front();
    QCOMPARE(first.dataset, u"splice"_s);
    QCOMPARE(first.shape, u"trapezoid"_s);
    QCOMPARE(first.size, std::int64_t(2048));
    QCOMPARE(first.depth, 4);
    QCOMPARE(first.runs, std::size_t(2));
    QCOMPARE(r.cpu.nearest[1].size, std::int64_t(16384));
    QCOMPARE(r.cpu.nearest[1].depth, 4);
    double previous = 0;
    for (const MeasuredConfiguration &c : r.cpu.nearest) {
        QCOMPARE(c.dataset, u"splice"_s);
        QCOMPARE(c.shape, u"trapezoid"_s);
        QVERIFY(c.device == Device::Cpu);
        const double distance = std::abs(std::log2(double(c.size) / 5000.0)) + std::abs(c.depth - 4);
        QVERIFY(distance >= previous);
        previous = distance;
    }
    // Its medians straight from the columns: two runs, so the mean of the two.
    std::vector<double> energies;
    for (std::size_t i = 0; i < runs.rowCount(); ++i) {
        if (runs.datasetNames[runs.dataset[i]] == u"splice"_s && runs.shapeNames[runs.shape[i]] == u"trapezoid"_s
            && runs.size[i] == 2048 && runs.depth[i] == 4 && !runs.isGpu[i])
            energies.push_back(runs.nonOverheadEnergy[i] + runs.energyOverhead[i]);
    }
    QCOMPARE(energies.size(), std::size_t(2));
    QVERIFY(near(first.medianEnergy, 0.5 * (energies[0] + energies[1])));
    QVERIFY(near(first.medianPower, 300));
    QVERIFY(near(first.medianRunTime, first.medianEnergy / 300));

    // Break-even against the model's own point values at every sweep size.
    QVERIFY(r.breakEven);
    const Device cheaper = r.gpu.energy.value < r.cpu.energy.value ? Device::Gpu : Device::Cpu;
    QVERIFY(r.breakEven->cheaperAtPlan == cheaper);
    const auto point = [&](Device d, std::int64_t size) {
        PlannedRun q = p;
        q.size = size;
        return predictWhatIf(model, q, factors).estimate(d).energy.value;
    };
    const Device other = cheaper == Device::Gpu ? Device::Cpu : Device::Gpu;
    std::optional<std::int64_t> above, below;
    for (std::int64_t s : model.sweepSizes) {
        if (s > p.size && !above && point(other, s) < point(cheaper, s))
            above = s;
        if (s < p.size && point(other, s) < point(cheaper, s))
            below = s;
    }
    QCOMPARE(r.breakEven->above, above);
    QCOMPARE(r.breakEven->below, below);
    // In this fixture the CPU's overhead is 19x smaller: small networks are cheaper on CPU.
    QVERIFY(cheaper == Device::Cpu || below.has_value());
}

void TestWhatIf::qualityFailuresAreNotFitted()
{
    RunColumns runs = runsOf(sweep(), 2, scatter);
    // A run failing a check, with a wild energy: neither fitted nor among the medians.
    runs.nonOverheadEnergy[0] *= 1000;
    runs.energyPerDatum[0] *= 1000;
    runs.quality[0] = 4;
    const WhatIfModel model = buildWhatIfModel(runs);
    QCOMPARE(model.qualityRuns, runs.rowCount() - 1);
    const RunColumns without = subset(runs, [](std::size_t i) { return i != 0; });
    const WhatIfModel reference = buildWhatIfModel(without);
    QCOMPARE(model.cpu.fit.coefficients, reference.cpu.fit.coefficients);
    QCOMPARE(model.cpu.residuals, reference.cpu.residuals);
    QCOMPARE(model.cpu.runs, reference.cpu.runs);
}

void TestWhatIf::heldOutCoverageOnDemo()
{
    testsupport::DemoRuns demo;
    DemoOptions options; // the catalogue's 63,527 runs
    options.traceJobs = 2;
    QString error;
    QVERIFY2(demo.build(options, &error), qPrintable(error));
    RunColumns runs;
    QVERIFY2(demo.load(Filter(), &runs, &error), qPrintable(error));
    // A quarter of the held-out configurations, chosen by a hash of their index: about 3,800 per
    // device, enough for the coverage to about +-1 %, in a quarter of the time, so the test also
    // runs under the sanitizers within the time limit. `wattprint predict --held-out` checks all.
    const HeldOutCheck check = checkHeldOut(runs, WhatIfOptions(), 4);
    QCOMPARE(check.folds, 5);
    for (const HeldOutDeviceCheck *d : {&check.cpu, &check.gpu}) {
        qInfo("%s: %zu held-out configurations, %zu predicted (%zu extrapolated), 90%% interval coverage %.4f, "
              "median |log10 error| %.4f",
              qPrintable(deviceName(d->device)), d->heldOut, d->predicted, d->extrapolated, d->coverage,
              d->medianAbsLogError);
        QVERIFY(d->predicted > 1000);
        QVERIFY(d->predicted <= d->heldOut && d->covered <= d->predicted && d->extrapolated <= d->predicted);
        QCOMPARE(d->coverage, double(d->covered) / double(d->predicted));
        QVERIFY2(d->coverage >= 0.85 && d->coverage <= 0.95, qPrintable(QString::number(d->coverage)));
        QVERIFY(d->medianAbsLogError > 0 && d->medianAbsLogError < 0.2);
    }
    // The JSON the command prints carries the same figures.
    const QJsonObject json = heldOutJson(check);
    const QJsonArray devices = json.value(u"devices").toArray();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(1).toObject().value(u"device").toString(), QStringLiteral("gpu"));
    QCOMPARE(devices.at(1).toObject().value(u"coverage").toDouble(), check.gpu.coverage);
    QCOMPARE(devices.at(0).toObject().value(u"refused").toDouble(), double(check.cpu.heldOut - check.cpu.predicted));
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
