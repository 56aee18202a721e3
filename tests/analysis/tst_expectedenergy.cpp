// The expected energy of every run: a model recovered exactly from runs it generated (each run's
// expectation checked by hand arithmetic), the out-of-fold R2 and MAPE recomputed here by fitting
// each fold with fitEnergyModel, the folds' balance, and the runs the model cannot or must not use.

#include "analysiserror.h"
#include "energymodel.h"
#include "expectedenergy.h"
#include "regressorcache.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

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

// Known costs: J per datum = intercept + J/FLOP x FLOPs + J/byte x bytes at the first cache level.
double trueEnergyPerDatum(const ConfigurationRegressors &r, bool gpu)
{
    const EnergyFitRow &row = r.row(gpu);
    return (gpu ? 0.01 : 0.004) + (gpu ? 2e-10 : 6e-10) * row.flopsPerDatum + 1e-8 * row.levelBytes[0];
}

// Runs of every network given, `repeats` each, whose measured energy is the true model's times
// `noise(run)`.
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
        const double perDatum = r->ok ? trueEnergyPerDatum(*r, n.gpu) : 0.01;
        const double data = r->ok ? double(r->trainingDataPerEpoch) : 1e5;
        const double overhead = energyOverheadJoules(n.gpu ? Device::Gpu : Device::Cpu);
        for (int k = 0; k < repeats; ++k, ++run) {
            const double nonOverhead = perDatum * data * kButterEpochs * noise(run);
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
            c.runTime.push_back(1000);
            c.power.push_back((nonOverhead + overhead) / 1000);
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

} // namespace

class TestExpectedEnergy : public QObject
{
    Q_OBJECT

private slots:
    void exactModelRecovered();
    void outOfFoldByHand();
    void foldsAreBalancedAndStable();
    void unknownExcludedAndEmpty();
    void columnsOwnExpectationsWin();
};

void TestExpectedEnergy::exactModelRecovered()
{
    const RunColumns c = runsOf(sweep(), 2, [](int) { return 1.0; });
    const ExpectedEnergy e = computeExpectedEnergy(c);
    QCOMPARE(e.totalRuns, c.rowCount());
    QCOMPARE(e.predictedRuns, c.rowCount());
    QVERIFY(e.cpu.fitted && e.gpu.fitted);
    QCOMPARE(e.cpu.configurations, sweep().size() / 2);
    for (const ExpectedEnergyDevice *d : {&e.cpu, &e.gpu}) {
        QVERIFY2(d->r2OutOfFold > 1 - 1e-9, qPrintable(QString::number(d->r2OutOfFold)));
        QVERIFY(d->mapeOutOfFoldPercent < 1e-5);
        QVERIFY(d->medianAbsLogErrorOutOfFold < 1e-8);
        QCOMPARE(d->outOfFoldConfigurations, d->configurations);
    }
    // Hand arithmetic for the first run, adult (48,842 observations): ceil(0.8 x 48842 / 256) = 153
    // training batches of 256, so 39,168 data per epoch; 3000 epochs; the CPU overhead 14,028.665573 J.
    QCOMPARE(c.datasetNames.at(c.dataset[0]), u"adult"_s);
    const auto r = configurationRegressors(u"adult"_s, u"rectangle"_s, 2, 32);
    QCOMPARE(r->trainingDataPerEpoch, std::int64_t(39168));
    const double expected = trueEnergyPerDatum(*r, false) * 39168.0 * 3000.0 + 14028.665573;
    QVERIFY2(std::abs(e.expected[0] / expected - 1) < 1e-9,
             qPrintable(u"%1 vs %2"_s.arg(e.expected[0], 0, 'g', 12).arg(expected, 0, 'g', 12)));
    for (std::size_t i = 0; i < c.rowCount(); ++i)
        QVERIFY(std::abs(e.residual[i]) < 1e-9);
    QCOMPARE(e.residualRuns, c.rowCount());
    const QJsonObject json = expectedEnergyJson(e);
    QCOMPARE(json[u"predicted_runs"_s].toDouble(), double(c.rowCount()));
    QCOMPARE(json[u"method"_s].toString(), u"non_negative"_s);
}

void TestExpectedEnergy::outOfFoldByHand()
{
    // Runs 0.7x to 1.4x the true model: medians that no model fits exactly.
    const RunColumns c = runsOf(sweep(), 3, [](int run) { return 1.0 + 0.35 * std::sin(run * 0.77) + 0.05; });
    const ExpectedEnergy e = computeExpectedEnergy(c);
    for (bool gpu : {false, true}) {
        // The same validation written out: each configuration's median, its fold, a fit per fold.
        std::vector<EnergyFitRow> rows;
        std::vector<int> folds;
        for (const Network &n : sweep()) {
            if (n.gpu != gpu)
                continue;
            std::vector<double> v;
            for (std::size_t i = 0; i < c.rowCount(); ++i) {
                if (c.size[i] == n.size && c.depth[i] == n.depth && bool(c.isGpu[i]) == gpu
                    && c.datasetNames.at(c.dataset[i]) == n.dataset && c.shapeNames.at(c.shape[i]) == n.shape)
                    v.push_back(c.energyPerDatum[i]);
            }
            QCOMPARE(v.size(), std::size_t(3));
            std::sort(v.begin(), v.end());
            const Derivation d = deriveFromDataset(n.dataset, shapeFromName(n.shape), n.depth, n.size);
            rows.push_back(fitRowFor(d, gpu ? Device::Gpu : Device::Cpu, v[1]));
            folds.push_back(configurationFold(n.dataset, n.shape, n.size, n.depth, 5));
        }
        std::vector<double> predicted(rows.size());
        for (int f = 0; f < 5; ++f) {
            std::vector<EnergyFitRow> train;
            for (std::size_t k = 0; k < rows.size(); ++k) {
                if (folds[k] != f)
                    train.push_back(rows[k]);
            }
            const EnergyFit fit = fitEnergyModel(train, FitMethod::NonNegative);
            // The validation's own fit, on indexes into all rows: the same coefficients, bit for
            // bit, with either method.
            std::vector<std::size_t> trainRows;
            for (std::size_t k = 0; k < rows.size(); ++k) {
                if (folds[k] != f)
                    trainRows.push_back(k);
            }
            for (FitMethod method : {FitMethod::NonNegative, FitMethod::LeastSquares}) {
                const DeviceFit lean = fitDeviceCoefficients(rows, trainRows, method);
                const DeviceFit full = fitEnergyModel(train, method).devices.front();
                QVERIFY(lean.coefficients == full.coefficients);
                QVERIFY(lean.estimated == full.estimated);
            }
            for (std::size_t k = 0; k < rows.size(); ++k) {
                if (folds[k] == f)
                    predicted[k] = fit.devices.front().predict(rows[k].flopsPerDatum, rows[k].levelBytes);
            }
        }
        double mean = 0;
        for (const EnergyFitRow &r : rows)
            mean += r.energyPerDatum / double(rows.size());
        double ssRes = 0, ssTot = 0, ape = 0;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const double y = rows[k].energyPerDatum;
            ssRes += (predicted[k] - y) * (predicted[k] - y);
            ssTot += (y - mean) * (y - mean);
            ape += std::abs(predicted[k] - y) / y;
        }
        const ExpectedEnergyDevice &d = e.device(gpu);
        const double r2 = 1 - ssRes / ssTot, mape = 100 * ape / double(rows.size());
        qInfo("%s: out-of-fold R2 %.4f (here %.4f), MAPE %.2f%% (here %.2f%%), in-sample R2 %.4f", gpu ? "GPU" : "CPU",
              d.r2OutOfFold, r2, d.mapeOutOfFoldPercent, mape, d.fit.r2);
        QVERIFY(std::abs(d.r2OutOfFold - r2) < 1e-9);
        QVERIFY(std::abs(d.mapeOutOfFoldPercent - mape) < 1e-7);
        // Held-out configurations fit worse than the ones fitted on.
        QVERIFY(d.r2OutOfFold <= d.fit.r2 + 1e-12);
        for (double coefficient : d.fit.coefficients)
            QVERIFY(coefficient >= 0);
    }
}

void TestExpectedEnergy::foldsAreBalancedAndStable()
{
    int counts[5] = {};
    std::set<int> seen;
    for (int p = 5; p <= 24; ++p)
        for (int depth : {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20})
            for (const QString &shape : {u"rectangle"_s, u"trapezoid"_s, u"exponential"_s, u"wide_first_2x"_s}) {
                const int f = configurationFold(u"mnist"_s, shape, std::int64_t(1) << p, depth, 5);
                QVERIFY(f >= 0 && f < 5);
                QCOMPARE(configurationFold(u"mnist"_s, shape, std::int64_t(1) << p, depth, 5), f);
                ++counts[f];
            }
    // 1,120 networks: each fold near 224.
    for (int n : counts)
        QVERIFY2(n > 170 && n < 280, qPrintable(QString::number(n)));
}

void TestExpectedEnergy::unknownExcludedAndEmpty()
{
    std::vector<Network> networks = sweep();
    networks.push_back({u"my_own_data"_s, u"rectangle"_s, 1024, 3, false});
    RunColumns c = runsOf(networks, 2, [](int) { return 1.0; });
    const ExpectedEnergy e = computeExpectedEnergy(c);
    QCOMPARE(e.unknownRuns, std::size_t(2));
    QCOMPARE(e.predictedRuns, c.rowCount() - 2);
    QVERIFY(std::isnan(e.expected[c.rowCount() - 1]));

    // A wild run left out of the fit does not move its configuration's median; counted.
    c.energyPerDatum[0] *= 1000;
    c.nonOverheadEnergy[0] *= 1000;
    ExpectedEnergyOptions o;
    o.excludeFromFit.assign(c.rowCount(), 0);
    o.excludeFromFit[0] = 1;
    const ExpectedEnergy excluded = computeExpectedEnergy(c, o);
    QCOMPARE(excluded.excludedFromFit, std::size_t(1));
    QVERIFY(excluded.cpu.r2OutOfFold > 1 - 1e-9);
    QVERIFY(std::abs(excluded.residual[0]
                     - std::log10((c.nonOverheadEnergy[0] + c.energyOverhead[0]) / excluded.expected[0]))
            < 1e-12);
    QVERIFY(excluded.residual[0] > 2); // still scored, far above its expectation

    o.excludeFromFit.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computeExpectedEnergy(c, o));
    o.excludeFromFit.clear();
    o.folds = 1;
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computeExpectedEnergy(c, o));

    // Too few configurations of a device: reported, not thrown.
    const RunColumns few = runsOf({{u"adult"_s, u"rectangle"_s, 64, 3, true}}, 3, [](int) { return 1.0; });
    const ExpectedEnergy small = computeExpectedEnergy(few);
    QVERIFY(!small.gpu.fitted);
    QVERIFY(!small.gpu.problem.isEmpty());
    QCOMPARE(small.unfittedRuns, std::size_t(3));
    QCOMPARE(computeExpectedEnergy(RunColumns()).totalRuns, std::size_t(0));
}

void TestExpectedEnergy::columnsOwnExpectationsWin()
{
    RunColumns c = runsOf(sweep(), 1, [](int) { return 1.0; });
    QCOMPARE(expectedEnergyOf(c), computeExpectedEnergy(c).expected);
    c.expectedEnergy.assign(c.rowCount(), 1234.0);
    QCOMPARE(expectedEnergyOf(c), c.expectedEnergy);
    const std::vector<double> r = energyResiduals(c, c.expectedEnergy);
    QVERIFY(std::abs(r[0] - std::log10((c.nonOverheadEnergy[0] + c.energyOverhead[0]) / 1234.0)) < 1e-12);
    c.expectedEnergy.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, expectedEnergyOf(c));
}

QTEST_GUILESS_MAIN(TestExpectedEnergy)
#include "tst_expectedenergy.moc"
