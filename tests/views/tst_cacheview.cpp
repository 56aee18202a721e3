// The cache-spill view on a 5000-run demo store: per-run working sets against the parameter counts
// and dataset sizes in SQL, binned quartiles against brute force over SQL, predicted/measured ratios
// against a fit of the SQL medians, the finding on hand-made runs with a known 2.3x step at the CPU
// L2 boundary, the drag selection into Filter::runIds, state, and PNG/SVG/PDF exports.
#include <analysiserror.h>
#include <architecture.h>
#include <cacheview.h>
#include <energyfit.h>
#include <energymodel.h>
#include <filterstate.h>
#include <store.h>

#include "anomalydotlayer.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;

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

using wattprint::testsupport::checkNotBlank;

struct SqlRun
{
    qint64 id;
    QString dataset, shape;
    int depth;
    qint64 size;
    bool gpu;
    double epd;
};

// Runs of one dataset/shape/depth: `perSize` runs at each size 2^k (k in [k0, k1]) on each device,
// energy per datum from `cpu(k)` / `gpu(k)`.
RunColumns handRuns(int k0, int k1, int perSize, const std::function<double(qint64 params)> &cpu,
                    const std::function<double(qint64 params)> &gpu)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    c.nodeTypeNames = {QStringLiteral("cpu1"), QStringLiteral("gpu1")};
    c.batchNames = {QStringLiteral("energy_2_cpu")};
    const DatasetInfo &info = datasetByName(u"529_pollen");
    for (int k = k0; k <= k1; ++k) {
        const qint64 size = qint64(1) << k;
        const qint64 params = searchArchitecture(Shape::Rectangle, info.networkInputs, info.networkOutputs, 3, size).params;
        for (int device = 0; device < 2; ++device) {
            const auto &f = device ? gpu : cpu;
            if (!f)
                continue;
            for (int i = 0; i < perSize; ++i) {
                c.id.push_back(std::int64_t(c.id.size() + 1));
                c.dataset.push_back(0);
                c.shape.push_back(0);
                c.nodeType.push_back(device);
                c.batch.push_back(0);
                c.size.push_back(size);
                c.depth.push_back(3);
                c.isGpu.push_back(std::uint8_t(device));
                c.slurmJobId.push_back(1);
                c.startNs.push_back(0);
                const double e = f(params) * (1 + 0.01 * (i - perSize / 2));
                c.energy.push_back(1e5);
                c.runTime.push_back(100);
                c.power.push_back(1000);
                c.nonOverheadEnergy.push_back(8e4);
                c.energyOverhead.push_back(2e4);
                c.energyPerEpoch.push_back(8e4 / 3000);
                c.energyPerDatum.push_back(e);
            }
        }
    }
    return c;
}

} // namespace

class TestCacheView : public QObject
{
    Q_OBJECT

private:
    std::vector<SqlRun> sqlRuns(const QString &where = {}) const;
    bool waitReady(int timeoutMs = 60000) { return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs); }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<CacheView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
    void bytesFormat();
    void workingSetsMatchSql();
    void binsMatchBruteForce();
    void ratiosMatchFit();
    void findingKnownStep();
    void findingOneDeviceAndEmpty();
    void dragSelectsRunIds();
    void stateRoundTrip();
    void exportsPngSvgPdf();
    void timingOnFullDemo();
};

void TestCacheView::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_fx.buildDemo(options, &error), qPrintable(error));
}

void TestCacheView::cleanupTestCase()
{
    m_fx.closeStore();
}

void TestCacheView::init()
{
    m_fx.reset();
    m_view = std::make_unique<CacheView>();
    m_view->resize(1000, 640);
    m_view->setEnvironment(m_fx.env);
}

void TestCacheView::cleanup()
{
    m_view.reset();
    m_fx.release();
}

std::vector<SqlRun> TestCacheView::sqlRuns(const QString &where) const
{
    QSqlQuery q(m_fx.store()->database());
    const QString sql =
        QStringLiteral("SELECT id, dataset, shape, depth, size, is_gpu, energy_per_datum FROM runs %1 ORDER BY id").arg(where);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    std::vector<SqlRun> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toLongLong(), q.value(5).toInt() != 0,
                       q.value(6).isNull() ? std::nan("") : q.value(6).toDouble()});
    return out;
}

void TestCacheView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("cache"));
    QCOMPARE(m_view->objectName(), QStringLiteral("cache"));
    QCOMPARE(m_view->nugget(), QStringLiteral("At what model size does energy jump because the working set leaves the cache?"));
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("kindBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 4);
    QCOMPARE(box->itemText(2), QStringLiteral("Inter-layer (largest layer)"));
    QVERIFY(!box->accessibleName().isEmpty());
    auto *ratio = m_view->findChild<QCheckBox *>(QStringLiteral("ratioBox"));
    QVERIFY(ratio && !ratio->accessibleName().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("maximum over layers")));
}

void TestCacheView::bytesFormat()
{
    QCOMPARE(CacheView::formatBytes(512), QStringLiteral("512 B"));
    QCOMPARE(CacheView::formatBytes(32768), QStringLiteral("32 KiB"));
    QCOMPARE(CacheView::formatBytes(1048576 + 32768), QStringLiteral("1.03 MiB"));
    QCOMPARE(CacheView::formatBytes(24.75 * 1048576), QStringLiteral("24.8 MiB"));
    QCOMPARE(CacheView::formatBytes(16.0 * 1073741824), QStringLiteral("16 GiB"));
}

void TestCacheView::workingSetsMatchSql()
{
    m_view->show();
    QVERIFY(waitReady());
    const std::vector<SqlRun> runs = sqlRuns();
    std::map<qint64, SqlRun> byId;
    for (const SqlRun &r : runs)
        byId.emplace(r.id, r);
    for (WorkingSetKind kind : {WorkingSetKind::Forward, WorkingSetKind::Dataset}) {
        m_view->setKind(kind);
        QVERIFY(waitReady());
        const auto res = m_view->result();
        QVERIFY(res);
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
            QVERIFY2(res->x[i] == expected, qPrintable(QStringLiteral("run %1: %2 vs %3").arg(r.id).arg(res->x[i]).arg(expected)));
            if (std::isfinite(r.epd))
                QCOMPARE(res->y[i], r.epd);
        }
    }
}

void TestCacheView::binsMatchBruteForce()
{
    m_view->show();
    QVERIFY(waitReady());
    const auto res = m_view->result();
    QVERIFY(res);
    // Brute force over SQL: the forward set is 4 x params; bin on round(log2(bytes)).
    std::map<std::pair<bool, long>, std::vector<double>> groups;
    for (const SqlRun &r : sqlRuns(QStringLiteral("WHERE energy_per_datum > 0"))) {
        const DatasetInfo *info = findDataset(r.dataset);
        if (!info)
            continue;
        const double bytes = 4.0 * double(searchArchitecture(shapeFromName(r.shape), info->networkInputs,
                                                             info->networkOutputs, r.depth, r.size)
                                              .params);
        groups[{r.gpu, long(std::floor(std::log2(bytes) + 0.5))}].push_back(r.epd);
    }
    for (bool gpu : {false, true}) {
        const auto &dev = res->device(gpu);
        std::size_t expectedBins = 0;
        for (const auto &[key, values] : groups)
            expectedBins += key.first == gpu && values.size() >= CacheView::MinBinCount ? 1 : 0;
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
            QVERIFY2(levels.contains(QStringLiteral("L2")), qPrintable(m_view->finding()));
        }
    }
    qInfo("finding on 5000 runs: %s", qPrintable(m_view->finding()));
}

void TestCacheView::ratiosMatchFit()
{
    m_view->show();
    QVERIFY(waitReady());
    const auto res = m_view->result();
    QVERIFY(res && res->fitProblem.isEmpty());
    // Refit from SQL: the median energy per datum per configuration and device.
    std::map<std::tuple<QString, QString, int, qint64, bool>, std::vector<double>> configs;
    for (const SqlRun &r : sqlRuns(QStringLiteral("WHERE energy_per_datum IS NOT NULL"))) {
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
    const EnergyFit fit = fitEnergyModel(rows);
    std::map<qint64, SqlRun> byId;
    for (const SqlRun &r : sqlRuns())
        byId.emplace(r.id, r);
    std::size_t checked = 0;
    for (std::size_t i = 0; i < res->rowCount(); ++i) {
        const SqlRun &r = byId.at(res->id[i]);
        if (!(r.epd > 0))
            continue;
        const EnergyFitRow &row = rows[rowOf.at({r.dataset, r.shape, r.depth, r.size, r.gpu})];
        const double predicted = fit.forDevice(r.gpu ? Device::Gpu : Device::Cpu).predict(row.flopsPerDatum, row.levelBytes);
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

void TestCacheView::findingKnownStep()
{
    // CPU: 1 mJ per datum while the forward set (4 x params) fits L1 + L2 of a core (1.03 MiB,
    // i.e. up to 2^18 parameters), 2.3 mJ beyond. GPU: flat 10 mJ.
    const double l2 = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward)[1].bytes;
    const auto cpu = [l2](qint64 params) { return 4.0 * double(params) > l2 ? 2.3e-3 : 1e-3; };
    const auto gpu = [](qint64) { return 1e-2; };
    const RunColumns both = handRuns(8, 22, 7, cpu, gpu);
    const CacheSpillResult r = CacheView::compute(both, WorkingSetKind::Forward);
    QCOMPARE(r.cpu.spills.size(), std::size_t(1));
    QVERIFY(near(r.cpu.spills[0].ratio, 2.3, 1e-9));
    QVERIFY(r.gpu.spills.empty());
    QCOMPARE(CacheView::findingFor(r),
             QStringLiteral("As the forward working set grows, CPU energy per datum rises 2.3x across the L2 boundary "
                            "(1.03 MiB, into L3); GPU energy per datum shows no jump beyond its usual slope."));
    // The same step on the dataset set, which is one size for one dataset: no jump can be seen.
    const CacheSpillResult d = CacheView::compute(both, WorkingSetKind::Dataset);
    QCOMPARE(CacheView::findingFor(d),
             QStringLiteral("As the dataset working set grows, CPU runs cover too few sizes to show a jump; GPU runs "
                            "cover too few sizes to show a jump."));
}

void TestCacheView::findingOneDeviceAndEmpty()
{
    // A 3x step at 2^21 parameters (8 MiB of forward set, past L1 + L2 of an SM, 6.11 MiB).
    const RunColumns gpuOnly =
        handRuns(8, 22, 6, {}, [](qint64 params) { return params > 3 * (qint64(1) << 19) ? 3e-2 : 1e-2; });
    const CacheSpillResult r = CacheView::compute(gpuOnly, WorkingSetKind::Forward);
    QVERIFY(!r.cpu.present());
    QCOMPARE(r.gpu.spills.size(), std::size_t(1));
    QCOMPARE(CacheView::findingFor(r),
             QStringLiteral("As the forward working set grows, GPU energy per datum rises 3.0x across the L2 boundary "
                            "(6.11 MiB, into HBM) (only GPU runs match the filter)."));
    // The same step at 2^19 parameters (2 MiB) is 2.1 doublings from that boundary: not attributed.
    const RunColumns early =
        handRuns(8, 22, 6, {}, [](qint64 params) { return params > 3 * (qint64(1) << 17) ? 3e-2 : 1e-2; });
    QCOMPARE(CacheView::findingFor(CacheView::compute(early, WorkingSetKind::Forward)),
             QStringLiteral("As the forward working set grows, GPU energy per datum rises 3.0x between 1 MiB and 2 MiB, "
                            "away from any cache boundary (only GPU runs match the filter)."));
    QCOMPARE(CacheView::findingFor(CacheView::compute(RunColumns(), WorkingSetKind::Forward)),
             QStringLiteral("No runs match the filter."));
    RunColumns unknown = gpuOnly;
    unknown.datasetNames = {QStringLiteral("not_a_dataset")};
    const CacheSpillResult u = CacheView::compute(unknown, WorkingSetKind::Forward);
    QCOMPARE(u.unknownRuns, unknown.rowCount());
    QVERIFY(CacheView::findingFor(u).startsWith(QStringLiteral("None of the")));
}

void TestCacheView::dragSelectsRunIds()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitReady());
    const auto res = m_view->result();
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const QRect inner = plot->axisRect()->rect();
    const int y = inner.center().y();
    const int x0 = inner.left() + inner.width() / 3;
    const int x1 = inner.left() + inner.width() / 2;
    const double lo = plot->xAxis->pixelToCoord(x0);
    const double hi = plot->xAxis->pixelToCoord(x1);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x0, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(x1, y), plot->mapToGlobal(QPointF(x1, y)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x1, y));
    const Filter f = m_fx.filterState->filter();
    QVERIFY(!f.runIds.isEmpty());
    QVERIFY(!f.excludeRunIds);
    // Brute force over SQL: every run whose forward set (4 x params) lies in the dragged range.
    QList<qint64> expected;
    for (const SqlRun &r : sqlRuns()) {
        const DatasetInfo *info = findDataset(r.dataset);
        if (!info)
            continue;
        const double bytes = 4.0 * double(searchArchitecture(shapeFromName(r.shape), info->networkInputs,
                                                             info->networkOutputs, r.depth, r.size)
                                              .params);
        if (bytes >= lo && bytes <= hi)
            expected.append(r.id);
    }
    QCOMPARE(f.runIds, expected);
    QVERIFY(m_fx.lastFilterText.contains(QStringLiteral("forward working set")));
    QCOMPARE(CacheView::runIdsInRange(*res, hi, lo), expected);
}

void TestCacheView::stateRoundTrip()
{
    m_view->setKind(WorkingSetKind::InterLayerMax);
    m_view->setColourByRatio(true);
    const QJsonObject s = m_view->saveState();
    QCOMPARE(s.value(QStringLiteral("workingSet")).toString(), QStringLiteral("inter_layer"));
    CacheView other;
    other.restoreState(s);
    QCOMPARE(other.kind(), WorkingSetKind::InterLayerMax);
    QVERIFY(other.colourByRatio());
    QVERIFY(other.findChild<QCheckBox *>(QStringLiteral("ratioBox"))->isChecked());
    other.restoreState(QJsonObject{{QStringLiteral("workingSet"), QStringLiteral("nonsense")}});
    QCOMPARE(other.kind(), WorkingSetKind::InterLayerMax);
    QVERIFY(!other.colourByRatio());
}

void TestCacheView::exportsPngSvgPdf()
{
    m_view->show();
    QVERIFY(waitReady());
    const QString png = testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache.png"));
    QString error;
    QVERIFY2(m_view->exportToFile(png, &error, 96), qPrintable(error));
    checkNotBlank(QImage(png), 100);
    m_view->setColourByRatio(true);
    const QString ratioPng = testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-ratio.png"));
    QVERIFY2(m_view->exportToFile(ratioPng, &error, 96), qPrintable(error));
    checkNotBlank(QImage(ratioPng), 100);
    m_view->setColourByRatio(false);
    // The dock size.
    m_view->resize(700, 500);
    QTest::qWait(20);
    const QImage screen = m_view->grab().toImage();
    screen.save(testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-dock.png")));
    checkNotBlank(screen, 60);
    // CPU only: shaded levels.
    Filter cpu;
    cpu.devices = {QStringLiteral("CPU")};
    m_fx.filterState->setFilter(cpu);
    QTest::qWait(10);
    QVERIFY(waitReady());
    QVERIFY(!m_view->result()->gpu.present());
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-cpu.png")), &error, 96));
    for (const char *name : {"cache.svg", "cache.pdf"}) {
        const QString path = testsupport::ViewTestEnvironment::outPath(QLatin1String(name));
        QVERIFY2(m_view->exportToFile(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY(QFileInfo(path).size() < 5 * 1024 * 1024);
    }
}

void TestCacheView::timingOnFullDemo()
{
    const QString db = qEnvironmentVariable("WATTPRINT_CACHE_DB");
    if (db.isEmpty())
        QSKIP("WATTPRINT_CACHE_DB is not set");
    if (!QFile::exists(db)) {
        Store store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(DemoStore::build(&store, DemoOptions()).ok);
    }
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_fx.setDataSource(db, Filter());
    QElapsedTimer t;
    t.start();
    m_view->refresh();
    QVERIFY(waitReady(120000));
    qInfo("full demo: refresh to ready %lld ms, %zu runs drawn", t.elapsed(), m_view->result()->rowCount());
    qInfo("finding: %s", qPrintable(m_view->finding()));
    for (WorkingSetKind k : {WorkingSetKind::Backward, WorkingSetKind::InterLayerMax, WorkingSetKind::Dataset,
                             WorkingSetKind::Forward}) {
        t.restart();
        m_view->setKind(k);
        QVERIFY(waitReady(120000));
        qInfo("%s: refresh to ready %lld ms; %s", qPrintable(workingSetKindName(k)), t.elapsed(),
              qPrintable(m_view->finding()));
        QVERIFY(m_view->exportToFile(
            testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-full-%1.png").arg(workingSetKindName(k))),
            nullptr, 96));
    }
    m_view->setColourByRatio(true);
    QVERIFY(m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-full-ratio.png")),
                                 nullptr, 96));
    const QString pdf = testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-full.pdf"));
    QVERIFY(m_view->exportToFile(pdf));
    qInfo("full-demo PDF: %lld bytes", QFileInfo(pdf).size());
    QVERIFY(QFileInfo(pdf).size() < 5 * 1024 * 1024);
    m_view->resize(700, 500);
    QTest::qWait(30);
    m_view->grab().toImage().save(testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-full-dock.png")));
}

QTEST_MAIN(TestCacheView)
#include "tst_cacheview.moc"
