// The Pareto view's numbers without the view: frontiers against an independent reference
// (tests/fixtures/pareto.json, an O(n^2) dominance check in make_pareto_fixtures.py) for every
// pair of axes, per device and per dataset, over configuration medians and runs; hand-made setups
// with a known answer (ties, equal sizes, duplicates, one device empty); the step lines on a
// 4000-run demo store; the axes' names; and inconsistent columns refused.
#include <analysiserror.h>
#include <paretoanalysis.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "../support/demoruns.h"
#include "../support/paretocolumns.h"
#include "../support/testsupport.h"

#include <algorithm>
#include <set>

using namespace wattprint;
using namespace wattprint::testsupport::pareto;

namespace {

// The fixture's runs as the app's loader would hand them over: one dataset and shape name list,
// every run its own row.
RunColumns fixtureColumns(const QJsonArray &runs)
{
    RunColumns c;
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        const QString dataset = r.value(u"dataset").toString(), shape = r.value(u"shape").toString();
        if (!c.datasetNames.contains(dataset))
            c.datasetNames << dataset;
        if (!c.shapeNames.contains(shape))
            c.shapeNames << shape;
        const bool gpu = r.value(u"gpu").toInt() != 0;
        c.id.push_back(std::int64_t(r.value(u"id").toInteger()));
        c.dataset.push_back(std::int32_t(c.datasetNames.indexOf(dataset)));
        c.shape.push_back(std::int32_t(c.shapeNames.indexOf(shape)));
        c.nodeType.push_back(gpu ? 1 : 0);
        c.batch.push_back(0);
        c.size.push_back(r.value(u"size").toInteger());
        c.depth.push_back(std::int32_t(r.value(u"depth").toInt()));
        c.isGpu.push_back(gpu ? 1 : 0);
        c.slurmJobId.push_back(1);
        c.startNs.push_back(0);
        const double energy = r.value(u"energy").toDouble(), runTime = r.value(u"run_time").toDouble();
        c.energy.push_back(energy);
        c.runTime.push_back(runTime);
        c.power.push_back(energy / runTime);
        c.nonOverheadEnergy.push_back(energy);
        c.energyOverhead.push_back(0);
        c.energyPerEpoch.push_back(energy / 3000);
        c.energyPerDatum.push_back(r.value(u"energy_per_datum").toDouble());
        c.quality.push_back(0);
    }
    return c;
}

// The fixture's name for a configuration.
QString keyOf(const ConfigurationStats &c)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(c.datasetName, c.shapeName)
        .arg(c.size)
        .arg(c.depth)
        .arg(c.gpu ? QStringLiteral("gpu") : QStringLiteral("cpu"));
}

std::set<QString> keysOf(const QJsonValue &v)
{
    std::set<QString> out;
    for (const QJsonValue &k : v.toArray())
        out.insert(k.toString());
    return out;
}

std::set<qint64> idsOf(const QJsonValue &v)
{
    std::set<qint64> out;
    for (const QJsonValue &k : v.toArray())
        out.insert(k.toInteger());
    return out;
}

// Each frontier is sorted by x, its points belong to its device (and dataset), and its step line
// runs through them with the corners the axes' directions give.
void checkFrontiers(const ParetoResult &r, const ParetoResult::Layer &layer,
                    const std::vector<ParetoResult::Frontier> &frontiers, const std::vector<std::size_t> &all)
{
    std::vector<std::size_t> joined;
    int previousDevice = -2;
    QString previousDataset;
    for (const ParetoResult::Frontier &f : frontiers) {
        QVERIFY(!f.points.empty());
        QVERIFY(f.candidates >= f.points.size());
        if (f.dataset == previousDataset)
            QVERIFY(f.device > previousDevice); // CPU before GPU
        previousDevice = f.device;
        previousDataset = f.dataset;
        QCOMPARE(f.device < 0, !paretoPerDevice(r.axes));
        for (std::size_t k = 0; k < f.points.size(); ++k) {
            const std::size_t p = f.points[k];
            const ConfigurationStats &c = r.configurations[layer.configuration[p]];
            if (f.device >= 0)
                QCOMPARE(int(c.gpu), f.device);
            if (!f.dataset.isEmpty())
                QCOMPARE(c.datasetName, f.dataset);
            if (k > 0) {
                const std::size_t q = f.points[k - 1];
                QVERIFY(layer.x[q] <= layer.x[p]);
                // Along a frontier energy falls as run time grows, and rises with capacity.
                if (layer.x[q] < layer.x[p])
                    QVERIFY(paretoMaximisesX(r.axes) ? layer.y[q] < layer.y[p] : layer.y[q] > layer.y[p]);
            }
            QCOMPARE(f.stairX[2 * k], layer.x[p]);
            QCOMPARE(f.stairY[2 * k], layer.y[p]);
            if (k > 0) {
                const std::size_t q = f.points[k - 1];
                QCOMPARE(f.stairX[2 * k - 1], paretoMaximisesX(r.axes) ? layer.x[q] : layer.x[p]);
                QCOMPARE(f.stairY[2 * k - 1], paretoMaximisesX(r.axes) ? layer.y[p] : layer.y[q]);
            }
        }
        QCOMPARE(f.stairX.size(), 2 * f.points.size() - 1);
        joined.insert(joined.end(), f.points.begin(), f.points.end());
    }
    QCOMPARE(joined, all);
}

} // namespace

class TestParetoAnalysis : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoRuns m_demo;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staircase();
    void knownAnswers();
    void axesNames();
    void matchesReference_data();
    void matchesReference();
    void capacityTiesAndEqualSizes();
    void capacityOneDeviceEmpty();
    void capacityWithinDatasetAndDevice();
    void capacityStaircase();
};

void TestParetoAnalysis::initTestCase()
{
    DemoOptions options;
    options.runs = 4000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_demo.build(options, &error), qPrintable(error));
}

void TestParetoAnalysis::cleanupTestCase()
{
    m_demo.close();
}

void TestParetoAnalysis::staircase()
{
    RunColumns runs;
    QString error;
    QVERIFY2(m_demo.load(Filter(), &runs, &error), qPrintable(error));
    const ParetoResult r = computePareto(runs, ParetoAxes::TimeEnergy);
    const ParetoResult::Layer &layer = r.perConfiguration;
    // Run time against energy: one frontier over both devices.
    QCOMPARE(layer.frontiers.size(), std::size_t(1));
    QCOMPARE(layer.frontiers.front().device, -1);
    const std::vector<double> &stairX = layer.frontiers.front().stairX, &stairY = layer.frontiers.front().stairY;
    const std::size_t f = layer.frontier.size();
    QCOMPARE(stairX.size(), 2 * f - 1);
    for (std::size_t k = 0; k < f; ++k) {
        QCOMPARE(stairX[2 * k], layer.x[layer.frontier[k]]);
        QCOMPARE(stairY[2 * k], layer.y[layer.frontier[k]]);
        if (k > 0) { // the corner: the next point's time at the previous point's energy
            QCOMPARE(stairX[2 * k - 1], layer.x[layer.frontier[k]]);
            QCOMPARE(stairY[2 * k - 1], layer.y[layer.frontier[k - 1]]);
            QVERIFY(layer.y[layer.frontier[k]] < layer.y[layer.frontier[k - 1]]);
        }
    }
    // The default axes on the same runs: a frontier per device, each a rising staircase.
    const ParetoResult capacity = computePareto(runs);
    QCOMPARE(capacity.axes, ParetoAxes::CapacityEnergyPerDatum);
    QCOMPARE(capacity.perConfiguration.frontiers.size(), std::size_t(2));
    checkFrontiers(capacity, capacity.perConfiguration, capacity.perConfiguration.frontiers,
                   capacity.perConfiguration.frontier);
    checkFrontiers(capacity, capacity.perConfiguration, capacity.perConfiguration.perDataset,
                   capacity.perConfiguration.datasetFrontier);
    checkFrontiers(capacity, capacity.perRun, capacity.perRun.frontiers, capacity.perRun.frontier);
    for (const ParetoResult::Frontier &fr : capacity.perConfiguration.frontiers)
        QVERIFY(fr.points.size() >= 2);
}

void TestParetoAnalysis::knownAnswers()
{
    // B (GPU rectangle, 5 s, 200 J), A (CPU rectangle, 10 s, 100 J), C (CPU trapezoid, 20 s,
    // 50 J) are on the frontier; D (CPU trapezoid, 30 s, 300 J) is beaten by all three; E (CPU
    // exponential, 10 s, 150 J) by A.
    const RunColumns c = handColumns({{"rectangle", true, 5, 200, 64},
                                      {"rectangle", false, 10, 100, 128},
                                      {"trapezoid", false, 20, 50, 256},
                                      {"trapezoid", false, 30, 300, 512},
                                      {"exponential", false, 10, 150, 1024}});
    const ParetoResult r = computePareto(c, ParetoAxes::TimeEnergy);
    QCOMPARE(r.perConfiguration.frontier.size(), std::size_t(3));
    RunColumns bad = c;
    bad.runTime.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computePareto(bad, ParetoAxes::TimeEnergy));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computePareto(bad));
}

void TestParetoAnalysis::axesNames()
{
    QCOMPARE(paretoAxesNames(),
             (QStringList{QStringLiteral("capacity-energy-per-datum"), QStringLiteral("capacity-energy"),
                          QStringLiteral("time-energy")}));
    for (const QString &name : paretoAxesNames())
        QCOMPARE(paretoAxesName(*paretoAxesFromName(name)), name);
    QVERIFY(!paretoAxesFromName(u"run_time"));
    QVERIFY(paretoMaximisesX(ParetoAxes::CapacityEnergyPerDatum) && paretoPerDevice(ParetoAxes::CapacityEnergy));
    QVERIFY(!paretoMaximisesX(ParetoAxes::TimeEnergy) && !paretoPerDevice(ParetoAxes::TimeEnergy));
}

void TestParetoAnalysis::matchesReference_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<QString>("axesName");
    const QJsonArray cases = testsupport::loadFixture("pareto.json").value(u"cases").toArray();
    QVERIFY(cases.size() >= 5);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        for (const QString &axes : paretoAxesNames()) {
            const QString tag = cases[i].toObject().value(u"name").toString() + QStringLiteral(" / ") + axes;
            QTest::newRow(qPrintable(tag)) << int(i) << axes;
        }
    }
}

void TestParetoAnalysis::matchesReference()
{
    QFETCH(int, caseIndex);
    QFETCH(QString, axesName);
    const QJsonObject c = testsupport::loadFixture("pareto.json").value(u"cases").toArray()[caseIndex].toObject();
    const QJsonObject expected = c.value(u"expected").toObject().value(axesName).toObject();
    const RunColumns runs = fixtureColumns(c.value(u"runs").toArray());
    const ParetoResult r = computePareto(runs, *paretoAxesFromName(axesName));

    const ParetoResult::Layer &conf = r.perConfiguration;
    std::set<QString> got, gotByDataset;
    for (const std::size_t p : conf.frontier)
        got.insert(keyOf(r.configurations[conf.configuration[p]]));
    for (const std::size_t p : conf.datasetFrontier)
        gotByDataset.insert(keyOf(r.configurations[conf.configuration[p]]));
    QCOMPARE(got, keysOf(expected.value(u"configurations_all")));
    QCOMPARE(gotByDataset, keysOf(expected.value(u"configurations_dataset")));
    QCOMPARE(conf.frontier.size(), got.size()); // no point twice
    QCOMPARE(double(conf.dropped), expected.value(u"configurations_dropped").toDouble());
    QCOMPARE(conf.size() + conf.dropped, r.configurations.size());
    checkFrontiers(r, conf, conf.frontiers, conf.frontier);
    checkFrontiers(r, conf, conf.perDataset, conf.datasetFrontier);

    const ParetoResult::Layer &run = r.perRun;
    std::set<qint64> ids, idsByDataset;
    for (const std::size_t p : run.frontier)
        ids.insert(run.runId[p]);
    for (const std::size_t p : run.datasetFrontier)
        idsByDataset.insert(run.runId[p]);
    QCOMPARE(ids, idsOf(expected.value(u"runs_all")));
    QCOMPARE(idsByDataset, idsOf(expected.value(u"runs_dataset")));
    checkFrontiers(r, run, run.frontiers, run.frontier);
    checkFrontiers(r, run, run.perDataset, run.datasetFrontier);
    QVERIFY(std::is_sorted(run.x.begin(), run.x.end()));
    QVERIFY(std::is_sorted(conf.x.begin(), conf.x.end()));
}

void TestParetoAnalysis::capacityTiesAndEqualSizes()
{
    // CPU, by hand (energy per datum = energy / 1e7, so the same ties):
    //   a  64 parameters, 50 J           the cheapest: on
    //   d 128, 100 J                      beaten by b (larger, same energy)
    //   b 256, 100 J rectangle            on
    //   b2 256, 100 J trapezoid           an exact duplicate of b: on as well
    //   c 256, 150 J exponential          same size as b, more energy: beaten
    //   e 1024, 400 J                     the largest: on
    // GPU (compared only with GPU): f 64 / 500 J is beaten by g 1024 / 500 J (larger, same energy).
    const RunColumns runs = handColumns({{"rectangle", false, 1, 50, 64},
                                         {"rectangle", false, 1, 100, 128},
                                         {"rectangle", false, 1, 100, 256},
                                         {"trapezoid", false, 1, 100, 256},
                                         {"exponential", false, 1, 150, 256},
                                         {"rectangle", false, 1, 400, 1024},
                                         {"rectangle", true, 1, 500, 64},
                                         {"rectangle", true, 1, 500, 1024}});
    for (ParetoAxes axes : {ParetoAxes::CapacityEnergyPerDatum, ParetoAxes::CapacityEnergy}) {
        const ParetoResult r = computePareto(runs, axes);
        const ParetoResult::Layer &layer = r.perConfiguration;
        QCOMPARE(layer.frontiers.size(), std::size_t(2));
        const ParetoResult::Frontier &cpu = layer.frontiers[0], &gpu = layer.frontiers[1];
        QCOMPARE(cpu.device, 0);
        QCOMPARE(gpu.device, 1);
        QCOMPARE(cpu.candidates, std::size_t(6));
        QCOMPARE(gpu.candidates, std::size_t(2));
        QStringList names;
        for (const std::size_t p : cpu.points) {
            const ConfigurationStats &c = r.configurations[layer.configuration[p]];
            names << QStringLiteral("%1 %2").arg(c.size).arg(c.shapeName);
        }
        // Smallest first; the duplicates by energy then by their place in the table (shape name).
        QCOMPARE(names,
                 (QStringList{QStringLiteral("64 rectangle"), QStringLiteral("256 rectangle"),
                              QStringLiteral("256 trapezoid"), QStringLiteral("1024 rectangle")}));
        QCOMPARE(gpu.points.size(), std::size_t(1));
        QCOMPARE(r.configurations[layer.configuration[gpu.points[0]]].size, std::int64_t(1024));
        const double scale = axes == ParetoAxes::CapacityEnergyPerDatum ? 1e7 : 1;
        QCOMPARE(layer.y[cpu.points.back()] * scale, 400.0);
        QCOMPARE(layer.frontier.size(), std::size_t(5)); // CPU's four, then GPU's one
        QCOMPARE(layer.frontier.back(), gpu.points[0]);
        // One run per configuration: the runs' frontier is the same.
        QCOMPARE(r.perRun.frontier.size(), std::size_t(5));
    }
    // Run time against energy: one frontier over both devices (all at 1 s: the least energy wins).
    const ParetoResult time = computePareto(runs, ParetoAxes::TimeEnergy);
    QCOMPARE(time.perConfiguration.frontiers.size(), std::size_t(1));
    QCOMPARE(time.perConfiguration.frontier.size(), std::size_t(1));
    QCOMPARE(time.configurations[time.perConfiguration.configuration[time.perConfiguration.frontier[0]]].size,
             std::int64_t(64));
}

void TestParetoAnalysis::capacityOneDeviceEmpty()
{
    // GPU only: one frontier, the GPU's; no CPU entry at all.
    const RunColumns gpu = handColumns({{"rectangle", true, 1, 200, 64}, {"rectangle", true, 1, 100, 512}});
    const ParetoResult r = computePareto(gpu);
    QCOMPARE(r.perConfiguration.frontiers.size(), std::size_t(1));
    QCOMPARE(r.perConfiguration.frontiers[0].device, 1);
    // 512 parameters for less energy than 64 beats it.
    QCOMPARE(r.perConfiguration.frontier.size(), std::size_t(1));
    QCOMPARE(r.perConfiguration.x[r.perConfiguration.frontier[0]], 512.0);
    // No energy per datum: nothing to place on the default axes, all counted as dropped.
    RunColumns noDatum = gpu;
    std::fill(noDatum.energyPerDatum.begin(), noDatum.energyPerDatum.end(), std::nan(""));
    const ParetoResult none = computePareto(noDatum);
    QCOMPARE(none.perConfiguration.size(), std::size_t(0));
    QCOMPARE(none.perConfiguration.dropped, std::size_t(2));
    QCOMPARE(none.perRun.dropped, std::size_t(2));
    QVERIFY(none.perConfiguration.frontiers.empty());
    // ...while energy per run still has them.
    QCOMPARE(computePareto(noDatum, ParetoAxes::CapacityEnergy).perConfiguration.size(), std::size_t(2));
    // No runs at all.
    const ParetoResult empty = computePareto(RunColumns());
    QVERIFY(empty.perConfiguration.frontiers.empty() && empty.perRun.frontiers.empty());
}

void TestParetoAnalysis::capacityWithinDatasetAndDevice()
{
    // adult: CPU 64 / 100 J and 256 / 300 J (both on), GPU 64 / 50 J; banana: CPU 1024 / 10 J, which
    // over all datasets beats both adult CPU setups.
    RunColumns c = handColumns({{"rectangle", false, 1, 100, 64},
                                {"rectangle", false, 1, 300, 256},
                                {"rectangle", true, 1, 50, 64},
                                {"trapezoid", false, 1, 10, 1024}});
    c.datasetNames << QStringLiteral("banana");
    c.dataset[3] = 1;
    const ParetoResult r = computePareto(c, ParetoAxes::CapacityEnergy);
    const ParetoResult::Layer &layer = r.perConfiguration;
    QCOMPARE(layer.frontier.size(), std::size_t(2));   // banana's CPU setup, adult's GPU setup
    QCOMPARE(layer.perDataset.size(), std::size_t(3)); // adult CPU, adult GPU, banana CPU
    QCOMPARE(layer.perDataset[0].dataset, QStringLiteral("adult"));
    QCOMPARE(layer.perDataset[0].device, 0);
    QCOMPARE(layer.perDataset[0].points.size(), std::size_t(2));
    QCOMPARE(layer.perDataset[1].device, 1);
    QCOMPARE(layer.perDataset[2].dataset, QStringLiteral("banana"));
    QCOMPARE(layer.datasetFrontier.size(), std::size_t(4));
}

void TestParetoAnalysis::capacityStaircase()
{
    // 64 / 10 J, 256 / 20 J, 1024 / 40 J: corners at the smaller size's x and the larger's energy.
    const RunColumns c = handColumns(
        {{"rectangle", false, 1, 10, 64}, {"rectangle", false, 1, 20, 256}, {"rectangle", false, 1, 40, 1024}});
    const ParetoResult r = computePareto(c, ParetoAxes::CapacityEnergy);
    const ParetoResult::Frontier &f = r.perConfiguration.frontiers.front();
    QCOMPARE(f.stairX, (std::vector<double>{64, 64, 256, 256, 1024}));
    QCOMPARE(f.stairY, (std::vector<double>{10, 20, 20, 40, 40}));
}

QTEST_GUILESS_MAIN(TestParetoAnalysis)
#include "tst_paretoanalysis.moc"
