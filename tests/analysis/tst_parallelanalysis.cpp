// The parallel-coordinates view's numbers without the view: axis scales, extents and brush masks,
// the columns it copies off a 5000-run demo store against SQL, and the growth of run time and
// power per group of hand-made runs with a known answer.
#include <analysiserror.h>
#include <parallelanalysis.h>

#include <QSqlQuery>
#include <QTest>

#include "../support/demoruns.h"
#include "../support/parallelcolumns.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace wattprint;
using namespace wattprint::testsupport::parallelcoordinates;
using parallel::Column;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

class TestParallelAnalysis : public QObject
{
    Q_OBJECT

private:
    qint64 sqlCount(const QString &where) const;

    testsupport::DemoRuns m_demo;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void axisScales();
    void dataMatchesSql();
    void growthKnownAnswers();
    void countInsideTwoBrushes();
    void countInsideEdgeCases();
};

void TestParallelAnalysis::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_demo.build(options, &error), qPrintable(error));
}

void TestParallelAnalysis::cleanupTestCase()
{
    m_demo.close();
}

qint64 TestParallelAnalysis::sqlCount(const QString &where) const
{
    QSqlQuery q(m_demo.store()->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM runs ") + where) || !q.next())
        qFatal("count failed: %s", qPrintable(where));
    return q.value(0).toLongLong();
}

void TestParallelAnalysis::axisScales()
{
    parallel::AxisScale lin{0, 10, false, false};
    QCOMPARE(lin.toUnit(2.5), 0.25);
    QCOMPARE(lin.fromUnit(0.25), 2.5);
    lin.flipped = true;
    QCOMPARE(lin.toUnit(2.5), 0.75);
    QCOMPARE(lin.fromUnit(0.75), 2.5);
    parallel::AxisScale log{1, 1000, true, false};
    QVERIFY(near(log.toUnit(10), 1.0 / 3));
    QVERIFY(near(log.fromUnit(2.0 / 3), 100));
    QVERIFY(std::isnan(log.toUnit(0)));
    QVERIFY(std::isnan(log.toUnit(-5)));
    const std::vector<double> v = {-1, 0, 2, 8, std::nan("")};
    const auto e = parallel::extentOf(v, true);
    QCOMPARE(e.lo, 2.0);
    QCOMPARE(e.hi, 8.0);
    QCOMPARE(e.count, std::size_t(2));
    const auto el = parallel::extentOf(v, false);
    QCOMPARE(el.lo, -1.0);
    QCOMPARE(el.count, std::size_t(4));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, parallel::extentOf(std::vector<double>{-1.0, 0.0}, true));
    std::vector<std::uint8_t> mask;
    const std::vector<double> a = {1, 2, 3};
    const parallel::Brush bad[] = {{a, 3, 1}};
    QVERIFY_THROWS_EXCEPTION(AnalysisError, parallel::brushMask(bad, 3, &mask));
    const parallel::Brush shortColumn[] = {{a, 1, 3}};
    QVERIFY_THROWS_EXCEPTION(AnalysisError, parallel::brushMask(shortColumn, 4, &mask));
    // A single value gets a range around it.
    const auto s = parallel::scaleFor(parallel::Extent{5, 5, 3}, false, false);
    QVERIFY(s.lo < 5 && s.hi > 5);
    QVERIFY(near(s.toUnit(5), 0.5));
}

void TestParallelAnalysis::dataMatchesSql()
{
    RunColumns runs;
    QString error;
    QVERIFY2(m_demo.load(Filter(), &runs, &error), qPrintable(error));
    const ParallelResult r = computeParallelCoordinates(runs, parallel::defaultAxes(), ParallelGrouping::Device);
    QVERIFY(r.data);
    QCOMPARE(qint64(r.rows), sqlCount(QString()));
    const ParallelData &d = *r.data;
    for (Column c : parallel::defaultAxes()) {
        const int ci = d.indexOf(c);
        QVERIFY(ci >= 0);
        QSqlQuery q(m_demo.store()->database());
        const QString key = parallel::columnKey(c);
        QVERIFY(q.exec(QStringLiteral("SELECT min(%1), max(%1), count(%1), sum(%1 > 0), min(CASE WHEN %1 > 0 THEN %1 "
                                      "END) FROM runs")
                           .arg(key)));
        QVERIFY(q.next());
        const auto &lin = d.linearExtent[std::size_t(ci)];
        QVERIFY(lin);
        QVERIFY(near(lin->lo, q.value(0).toDouble()));
        QVERIFY(near(lin->hi, q.value(1).toDouble()));
        QCOMPARE(qint64(lin->count), q.value(2).toLongLong());
        const auto &log = d.logExtent[std::size_t(ci)];
        QVERIFY(log);
        QCOMPARE(qint64(log->count), q.value(3).toLongLong());
        QVERIFY(near(log->lo, q.value(4).toDouble()));
        // Every value of the column, summed, equals SQL's sum.
        QSqlQuery s(m_demo.store()->database());
        QVERIFY(s.exec(QStringLiteral("SELECT sum(%1) FROM runs").arg(key)));
        QVERIFY(s.next());
        double sum = 0;
        for (double v : d.values[std::size_t(ci)])
            sum += v;
        QVERIFY2(near(sum, s.value(0).toDouble(), 1e-9), qPrintable(key));
    }
}

void TestParallelAnalysis::growthKnownAnswers()
{
    // CPU: run time x100 from 100 to 10k parameters, power within 198-202 W (flat).
    // GPU: run time x4, power 300 -> 600 W (not flat).
    std::vector<HandRun> runs;
    const std::int64_t sizes[] = {100, 1000, 10000};
    const double cpuTime[] = {10, 100, 1000};
    const double gpuTime[] = {20, 40, 80};
    const double gpuPower[] = {300, 450, 600};
    for (int k = 0; k < 3; ++k) {
        for (double jitter : {0.9, 1.0, 1.1}) {
            runs.push_back({false, sizes[k], cpuTime[k] * jitter, 200 * (jitter > 1 ? 1.01 : jitter < 1 ? 0.99 : 1.0)});
            runs.push_back({true, sizes[k], gpuTime[k] * jitter, gpuPower[k] * jitter});
        }
    }
    const RunColumns c = handColumns(runs);
    const ParallelResult r = computeParallelCoordinates(c, parallel::defaultAxes(), ParallelGrouping::Device);
    QCOMPARE(int(r.growth.size()), 2);
    // Brute force: medians of the hand runs.
    auto med = [&](bool gpu, std::int64_t size, bool time) {
        std::vector<double> v;
        for (const HandRun &h : runs) {
            if (h.gpu == gpu && h.size == size)
                v.push_back(time ? h.runTime : h.power);
        }
        return medianOf(v);
    };
    const auto &cpu = r.growth.front();
    QCOMPARE(cpu.name, QStringLiteral("CPU runs"));
    QVERIFY(near(cpu.runTimeGrowth, med(false, 10000, true) / med(false, 100, true)));
    QVERIFY(cpu.flat);
    QVERIFY(!r.growth.back().flat);
    QVERIFY(near(r.growth.back().powerSpread, med(true, 10000, false) / med(true, 100, false)));

    // Split by shape: the groups are device and shape.
    const ParallelResult s = computeParallelCoordinates(c, parallel::defaultAxes(), ParallelGrouping::DeviceAndShape);
    QCOMPARE(s.growth.front().name, QStringLiteral("CPU runs of shape rectangle"));
}

QTEST_GUILESS_MAIN(TestParallelAnalysis)
namespace {

// Ten runs: energy 1..10 J, power 100..1000 W, and run 4's power missing.
ParallelData tenRuns()
{
    ParallelData d;
    d.rows = 10;
    d.columns = {parallel::Column::Energy, parallel::Column::Power};
    std::vector<double> energy, power;
    for (int i = 0; i < 10; ++i) {
        energy.push_back(i + 1);
        power.push_back(100.0 * (i + 1));
    }
    power[3] = std::numeric_limits<double>::quiet_NaN();
    d.values = {energy, power};
    return d;
}

} // namespace

void TestParallelAnalysis::countInsideTwoBrushes()
{
    const ParallelData d = tenRuns();
    // Energy 3..8 J keeps runs 2..7 (6 runs); power 250..650 W keeps runs 2, 4, 5 (300, 500, 600 W;
    // run 3's power is missing). Both: runs 2, 4, 5.
    const ParallelBrush energy{parallel::Column::Energy, 3, 8};
    const ParallelBrush power{parallel::Column::Power, 250, 650};
    QCOMPARE(countInsideBrushes(d, std::vector<ParallelBrush>{energy}), (BrushCount{6, 10}));
    QCOMPARE(countInsideBrushes(d, std::vector<ParallelBrush>{power}), (BrushCount{3, 10}));
    std::vector<std::uint8_t> mask;
    const BrushCount both = countInsideBrushes(d, std::vector<ParallelBrush>{energy, power}, &mask);
    QCOMPARE(both.inside, std::size_t(3));
    QCOMPARE(both.total, std::size_t(10));
    QCOMPARE(mask, (std::vector<std::uint8_t>{0, 0, 1, 0, 1, 1, 0, 0, 0, 0}));
    // The ends belong to the brush: energy 3..3 keeps run 2 alone.
    QCOMPARE(countInsideBrushes(d, std::vector<ParallelBrush>{{parallel::Column::Energy, 3, 3}}), (BrushCount{1, 10}));
}

void TestParallelAnalysis::countInsideEdgeCases()
{
    const ParallelData d = tenRuns();
    constexpr double inf = std::numeric_limits<double>::infinity();
    // No brush: every run is inside.
    QCOMPARE(countInsideBrushes(d, {}), (BrushCount{10, 10}));
    // An open end: power from 700 W up keeps 700..1000 W (4 runs).
    QCOMPARE(countInsideBrushes(d, std::vector<ParallelBrush>{{parallel::Column::Power, 700, inf}}),
             (BrushCount{4, 10}));
    // A brush on a column not loaded is left out.
    QCOMPARE(countInsideBrushes(
                 d, std::vector<ParallelBrush>{{parallel::Column::RunTime, 1, 2}, {parallel::Column::Energy, 9, 20}}),
             (BrushCount{2, 10}));
    // A range outside the data keeps nothing; a reversed one is refused.
    QCOMPARE(countInsideBrushes(d, std::vector<ParallelBrush>{{parallel::Column::Energy, 11, 12}}),
             (BrushCount{0, 10}));
    QVERIFY_THROWS_EXCEPTION(AnalysisError,
                             countInsideBrushes(d, std::vector<ParallelBrush>{{parallel::Column::Energy, 5, 4}}));
}

#include "tst_parallelanalysis.moc"
