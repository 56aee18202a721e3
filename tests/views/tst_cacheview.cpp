// The cache-spill view on a 5000-run demo store: the finding on hand-made runs with a known 2.3x
// step at the CPU L2 boundary, the drag selection into Filter::runIds, state, and PNG/SVG/PDF
// exports. Its numbers are tested in tests/analysis/tst_cachespillanalysis.cpp.
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

#include "../support/cachespillruns.h"
#include "../support/imagecheck.h"
#include "../support/viewtestenv.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;

namespace {

using wattprint::testsupport::cacheSpillRuns;
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

} // namespace

class TestCacheView : public QObject
{
    Q_OBJECT

private:
    std::vector<SqlRun> sqlRuns(const QString &where = {}) const;
    bool waitReady(int timeoutMs = 60000)
    {
        return testsupport::ViewTestEnvironment::waitReady(m_view.get(), timeoutMs);
    }

    testsupport::ViewTestEnvironment m_fx;
    std::unique_ptr<CacheView> m_view;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void texts();
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

void TestCacheView::texts()
{
    QCOMPARE(m_view->viewId(), QStringLiteral("cache"));
    QCOMPARE(m_view->objectName(), QStringLiteral("cache"));
    QCOMPARE(m_view->nugget(),
             QStringLiteral("At what model size does energy jump because the working set leaves the cache?"));
    auto *box = m_view->findChild<QComboBox *>(QStringLiteral("kindBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 4);
    QCOMPARE(box->itemText(2), QStringLiteral("Inter-layer (largest layer)"));
    QVERIFY(!box->accessibleName().isEmpty());
    auto *ratio = m_view->findChild<QCheckBox *>(QStringLiteral("ratioBox"));
    QVERIFY(ratio && !ratio->accessibleName().isEmpty());
    QVERIFY(m_view->howToRead().contains(QStringLiteral("maximum over layers")));
}

void TestCacheView::findingKnownStep()
{
    // The jumps themselves are checked in tests/analysis/tst_cachespillanalysis.cpp.
    // CPU: 1 mJ per datum while the forward set (4 x params) fits L1 + L2 of a core (1.03 MiB,
    // i.e. up to 2^18 parameters), 2.3 mJ beyond. GPU: flat 10 mJ.
    const double l2 = cacheBoundaries(Device::Cpu, WorkingSetKind::Forward)[1].bytes;
    const auto cpu = [l2](qint64 params) { return 4.0 * double(params) > l2 ? 2.3e-3 : 1e-3; };
    const auto gpu = [](qint64) { return 1e-2; };
    const RunColumns both = cacheSpillRuns(8, 22, 7, cpu, gpu);
    const CacheSpillResult r = computeCacheSpill(both, WorkingSetKind::Forward);
    QCOMPARE(
        CacheView::findingFor(r),
        QStringLiteral("As the forward working set grows, CPU energy per datum rises 2.3\u00d7 across the L2 boundary "
                       "(1.03 MiB, into L3); GPU energy per datum shows no jump beyond its usual slope."));
    // The same step on the dataset set, which is one size for one dataset: no jump can be seen.
    const CacheSpillResult d = computeCacheSpill(both, WorkingSetKind::Dataset);
    QCOMPARE(CacheView::findingFor(d),
             QStringLiteral("As the dataset working set grows, CPU runs cover too few sizes to show a jump; GPU runs "
                            "cover too few sizes to show a jump."));
}

void TestCacheView::findingOneDeviceAndEmpty()
{
    // A 3x step at 2^21 parameters (8 MiB of forward set, past L1 + L2 of an SM, 6.11 MiB).
    const RunColumns gpuOnly = cacheSpillRuns(
        8, 22, 6, {}, [](qint64 params) { return params > 3 * (qint64(1) << 19) ? 3e-2 : 1e-2; });
    const CacheSpillResult r = computeCacheSpill(gpuOnly, WorkingSetKind::Forward);
    QCOMPARE(
        CacheView::findingFor(r),
        QStringLiteral("As the forward working set grows, GPU energy per datum rises 3.0\u00d7 across the L2 boundary "
                       "(6.11 MiB, into HBM) (only GPU runs match the filter)."));
    // The same step at 2^19 parameters (2 MiB) is 2.1 doublings from that boundary: not attributed.
    const RunColumns early = cacheSpillRuns(8, 22, 6, {},
                                            [](qint64 params) { return params > 3 * (qint64(1) << 17) ? 3e-2 : 1e-2; });
    QCOMPARE(CacheView::findingFor(computeCacheSpill(early, WorkingSetKind::Forward)),
             QStringLiteral(
                 "As the forward working set grows, GPU energy per datum rises 3.0\u00d7 between 1 MiB and 2 MiB, "
                 "away from any cache boundary (only GPU runs match the filter)."));
    QCOMPARE(CacheView::findingFor(computeCacheSpill(RunColumns(), WorkingSetKind::Forward)),
             QStringLiteral("No runs match the filter."));
    RunColumns unknown = gpuOnly;
    unknown.datasetNames = {QStringLiteral("not_a_dataset")};
    const CacheSpillResult u = computeCacheSpill(unknown, WorkingSetKind::Forward);
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
    QMouseEvent move(QEvent::MouseMove, QPointF(x1, y), plot->mapToGlobal(QPointF(x1, y)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x1, y));
    const Filter f = m_fx.filterState->filter();
    QVERIFY(!f.runIds.isEmpty());
    QVERIFY(!f.excludeRunIds);
    // Brute force over SQL: every run whose forward set (4 x params) lies in the dragged range.
    QList<qint64> expected;
    for (const SqlRun &r : sqlRuns(QStringLiteral("WHERE quality = 0"))) { // failing runs are not drawn
        const DatasetInfo *info = findDataset(r.dataset);
        if (!info)
            continue;
        const double bytes = 4.0
            * double(searchArchitecture(shapeFromName(r.shape), info->networkInputs, info->networkOutputs, r.depth,
                                        r.size)
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
    QVERIFY(
        m_view->exportToFile(testsupport::ViewTestEnvironment::outPath(QStringLiteral("cache-cpu.png")), &error, 96));
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
    for (WorkingSetKind k :
         {WorkingSetKind::Backward, WorkingSetKind::InterLayerMax, WorkingSetKind::Dataset, WorkingSetKind::Forward}) {
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
