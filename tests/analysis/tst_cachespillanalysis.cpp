// The cache-spill numbers on a 5000-run demo store: per-run working sets against the parameter
// counts and dataset sizes in SQL, binned quartiles against brute force over SQL, predicted/measured
// ratios against a fit of the SQL medians, and the jumps found in hand-made runs with a known step
// at a cache boundary.
#include <analysiserror.h>
#include <architecture.h>
#include <cachespillanalysis.h>
#include <demostore.h>
#include <energyfit.h>
#include <energymodel.h>
#include <runloader.h>
#include <store.h>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cachespillruns.h"
#include "../support/demostorecache.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace wattprint;
using wattprint::testsupport::cacheSpillRuns;

namespace {

double type7(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (double(v.size()) - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

struct SqlRun
{
    qint64 id;
    QString dataset, shape;
    int depth;
    qint64 size;
    bool gpu;
    double epd;
};

} // namespace

class TestCacheSpillAnalysis : public QObject
{
    Q_OBJECT

private:
    std::vector<SqlRun> sqlRuns(const QString &where = {}) const;
    RunColumns loadColumns() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void workingSetsMatchSql();
    void binsMatchBruteForce();
    void ratiosMatchFit();
    void knownStep();
    void oneDeviceAndUnknown();
};

void TestCacheSpillAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, path, &error), qPrintable(error));
    m_store = std::make_unique<Store>(path);
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestCacheSpillAnalysis::cleanupTestCase()
{
    m_store.reset();
}

RunColumns TestCacheSpillAnalysis::loadColumns() const
{
    RunColumns c;
    QString error;
    if (!RunLoader(m_store.get()).load(Filter(), &c, nullptr, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

std::vector<SqlRun> TestCacheSpillAnalysis::sqlRuns(const QString &where) const
{
    QSqlQuery q(m_store.get()->database());
    const QString sql = QStringLiteral(
                            "SELECT id, dataset, shape, depth, size, is_gpu, energy_per_datum FROM runs %1 ORDER BY id")
                            .arg(where);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    std::vector<SqlRun> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toLongLong(), q.value(5).toInt() != 0,
                       q.value(6).isNull() ? std::nan("") : q.value(6).toDouble()});
    return out;
}

void TestCacheSpillAnalysis::workingSetsMatchSql()
{
    const RunColumns columns = loadColumns();
    // By default the runs failing a quality check are left out of the chart and the fit.
    const std::vector<SqlRun> runs = sqlRuns(QStringLiteral("WHERE quality = 0"));
    QVERIFY(runs.size() < loadColumns().rowCount());
    std::map<qint64, SqlRun> byId;
    for (const SqlRun &r : runs)
        byId.emplace(r.id, r);
    for (WorkingSetKind kind : {WorkingSetKind::Forward, WorkingSetKind::Dataset}) {
        const auto res = std::make_shared<const CacheSpillResult>(computeCacheSpill(columns, kind));
        QCOMPARE(res->totalRuns, runs.size());
        QCOMPARE(res->rowCount() + res->unknownRuns, runs.size());
        QVERIFY(std::is_sorted(res->x.begin(), res->x.end()));
        std::size_t unknown = 0;
        for (const SqlRun &r : runs)
            unknown += findDataset(r.dataset) ? 0 : 1;
        QCOMPARE(res->unknownRuns, unknown);
        for (std::size_t i = 0; i < res->rowCount(); ++i) {
            const SqlRun &r = byId.at(res->id[i]);
            const DatasetInfo &info = datasetByName(r.dataset);
            double expected = 0;
            if (kind == WorkingSetKind::Forward) {
                // 4 bytes per parameter of the network BUTTER's width search builds.
                const Architecture a = searchArchitecture(shapeFromName(r.shape), info.networkInputs,
                                                          info.networkOutputs, r.depth, r.size);
                expected = 4.0 * double(a.params);
            } else {
                expected = double(info.observations) * 4.0 * (info.pmlbFeatures + info.labelValuesPerDatum());
            }
            QVERIFY2(res->x[i] == expected,
                     qPrintable(QStringLiteral("run %1: %2 vs %3").arg(r.id).arg(res->x[i]).arg(expected)));
            if (std::isfinite(r.epd))
                QCOMPARE(res->y[i], r.epd);
        }
    }
}

void TestCacheSpillAnalysis::binsMatchBruteForce()
{
    const auto res = std::make_shared<const CacheSpillResult>(
        computeCacheSpill(loadColumns(), WorkingSetKind::Forward));
    // Brute force over SQL: the forward set is 4 x params; bin on round(log2(bytes)).
    std::map<std::pair<bool, long>, std::vector<double>> groups;
    for (const SqlRun &r : sqlRuns(QStringLiteral("WHERE energy_per_datum > 0 AND quality = 0"))) {
        const DatasetInfo *info = findDataset(r.dataset);
        if (!info)
            continue;
        const double bytes = 4.0
            * double(searchArchitecture(shapeFromName(r.shape), info->networkInputs, info->networkOutputs, r.depth,
                                        r.size)
                         .params);
        groups[{r.gpu, long(std::floor(std::log2(bytes) + 0.5))}].push_back(r.epd);
    }
    for (bool gpu : {false, true}) {
        const auto &dev = res->device(gpu);
        std::size_t expectedBins = 0;
        for (const auto &[key, values] : groups)
            expectedBins += key.first == gpu && values.size() >= CacheSpillResult::MinBinCount ? 1 : 0;
        QCOMPARE(dev.binning.bins.size(), expectedBins);
        QVERIFY(expectedBins > 10);
        for (const Log2Bin &b : dev.binning.bins) {
            const auto &values = groups.at({gpu, long(b.centerLog2)});
            QCOMPARE(b.count, values.size());
            QVERIFY(near(b.median, type7(values, 0.5)));
            QVERIFY(near(b.q1, type7(values, 0.25)));
            QVERIFY(near(b.q3, type7(values, 0.75)));
        }
        // The demo plants CPU steps where the forward set leaves L1 and L2 and a memory-bound climb
        // past L3: the largest jumps sit at those boundaries.
        if (!gpu) {
            QVERIFY(dev.spills.size() >= 2);
            QSet<QString> levels;
            for (const SpillPoint &s : dev.spills) {
                if (s.boundary >= 0)
                    levels.insert(dev.boundaries[std::size_t(s.boundary)].level);
            }
            QVERIFY2(levels.contains(QStringLiteral("L2")),
                     qPrintable(QStringList(levels.begin(), levels.end()).join(u' ')));
        }
    }
}

void TestCacheSpillAnalysis::ratiosMatchFit()
{
    const auto res = std::make_shared<const CacheSpillResult>(
        computeCacheSpill(loadColumns(), WorkingSetKind::Forward));
    QVERIFY(res && res->fitProblem.isEmpty());
    // Refit from SQL: the median energy per datum per configuration and device.
    std::map<std::tuple<QString, QString, int, qint64, bool>, std::vector<double>> configs;
    for (const SqlRun &r : sqlRuns(QStringLiteral("WHERE energy_per_datum IS NOT NULL AND quality = 0"))) {
        if (findDataset(r.dataset) && std::isfinite(r.epd))
            configs[{r.dataset, r.shape, r.depth, r.size, r.gpu}].push_back(r.epd);
    }
    std::vector<EnergyFitRow> rows;
    std::map<std::tuple<QString, QString, int, qint64, bool>, std::size_t> rowOf;
    for (const auto &[key, values] : configs) {
        const double m = type7(values, 0.5);
        if (!(m > 0))
            continue;
        const auto &[ds, shape, depth, size, gpu] = key;
        const Derivation d = deriveFromDataset(ds, shapeFromName(shape), depth, size);
        rowOf[key] = rows.size();
        rows.push_back(fitRowFor(d, gpu ? Device::Gpu : Device::Cpu, m));
    }
    const EnergyFit fit = fitEnergyModel(rows, FitMethod::NonNegative);
    std::map<qint64, SqlRun> byId;
    for (const SqlRun &r : sqlRuns(QStringLiteral("WHERE quality = 0")))
        byId.emplace(r.id, r);
    std::size_t checked = 0;
    for (std::size_t i = 0; i < res->rowCount(); ++i) {
        const SqlRun &r = byId.at(res->id[i]);
        if (!(r.epd > 0))
            continue;
        const EnergyFitRow &row = rows[rowOf.at({r.dataset, r.shape, r.depth, r.size, r.gpu})];
        const double predicted
            = fit.forDevice(r.gpu ? Device::Gpu : Device::Cpu).predict(row.flopsPerDatum, row.levelBytes);
        if (predicted > 0) {
            QVERIFY2(near(res->ratio[i], predicted / r.epd, 1e-6),
                     qPrintable(QStringLiteral("%1 vs %2").arg(res->ratio[i]).arg(predicted / r.epd)));
            ++checked;
        } else {
            QVERIFY(std::isnan(res->ratio[i]));
        }
    }
    QVERIFY(checked > 4000);
    QVERIFY(res->cpu.fitted && res->gpu.fitted);
}

void TestCacheSpillAnalysis::knownStep()
{
    // CPU: 1 mJ per datum while the forward set (4 x params) fits L1 + L2 of a core (1.03 MiB,
    // i.e. up to 2^18 parameters), 2.3 mJ beyond. GPU: flat 10 mJ.
    const double l2 = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward)[1].bytes;
    const auto cpu = [l2](qint64 params) { return 4.0 * double(params) > l2 ? 2.3e-3 : 1e-3; };
    const auto gpu = [](qint64) { return 1e-2; };
    const RunColumns both = cacheSpillRuns(8, 22, 7, cpu, gpu);
    const CacheSpillResult r = computeCacheSpill(both, WorkingSetKind::Forward);
    QCOMPARE(r.cpu.spills.size(), std::size_t(1));
    QVERIFY(near(r.cpu.spills[0].ratio, 2.3, 1e-9));
    QVERIFY(r.gpu.spills.empty());
}

void TestCacheSpillAnalysis::oneDeviceAndUnknown()
{
    // A 3x step at 2^21 parameters (8 MiB of forward set, past L1 + L2 of an SM, 6.11 MiB).
    const RunColumns gpuOnly = cacheSpillRuns(
        8, 22, 6, {}, [](qint64 params) { return params > 3 * (qint64(1) << 19) ? 3e-2 : 1e-2; });
    const CacheSpillResult r = computeCacheSpill(gpuOnly, WorkingSetKind::Forward);
    QVERIFY(!r.cpu.present());
    QCOMPARE(r.gpu.spills.size(), std::size_t(1));
    RunColumns unknown = gpuOnly;
    unknown.datasetNames = {QStringLiteral("not_a_dataset")};
    const CacheSpillResult u = computeCacheSpill(unknown, WorkingSetKind::Forward);
    QCOMPARE(u.unknownRuns, unknown.rowCount());
}

QTEST_GUILESS_MAIN(TestCacheSpillAnalysis)
#include "tst_cachespillanalysis.moc"
