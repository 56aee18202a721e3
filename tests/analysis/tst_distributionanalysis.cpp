// The distribution view's numbers (analysis/distributionanalysis.h) on hand-made runs with a
// known answer: interquartile ranges, tail ratios, one run or all runs equal, and values a log
// axis cannot show. The view's sentences about them are tested in tests/views.
#include <distributionanalysis.h>

#include <QTest>

#include "../support/distributioncolumns.h"

#include <algorithm>
#include <cmath>

using namespace wattprint;
using testsupport::distribution::handColumns;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestDistributionAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void handExamples();
};

void TestDistributionAnalysis::handExamples()
{
    // CPU: 100, 101, ..., 200: Q1 125, median 150, Q3 175, p99 199 (type 7 on 101 values).
    // GPU: three times that, with the top two values ten times higher still: IQR 3x wider,
    // p99 = 0.99 * 100 = index 99 -> 3 * 199 * 10 = 5970, median 450: 13.3x the median.
    std::vector<double> cpu, gpu;
    for (int i = 100; i <= 200; ++i) {
        cpu.push_back(i);
        gpu.push_back(3.0 * i * (i >= 199 ? 10 : 1));
    }
    const DistributionResult r = computeDistribution(handColumns(cpu, gpu), DistributionMetric::Energy);
    QCOMPARE(r.cpu.iqr, 50.0);
    QCOMPARE(r.gpu.iqr, 150.0);
    QVERIFY(near(r.gpu.tailRatio, 5970.0 / 450.0));

    // Wider in joules, narrower as a factor: CPU 10^(1 + 2i/100) for i = 0..100 (Q1 10^1.5,
    // Q3 10^2.5, a factor of 10; median 100, p99 10^2.98); GPU 10000 + 100i (Q1 12500, Q3 17500).
    std::vector<double> cpuWide, gpuNarrow;
    for (int i = 0; i <= 100; ++i) {
        cpuWide.push_back(std::pow(10.0, 1 + 2 * i / 100.0));
        gpuNarrow.push_back(10000.0 + 100.0 * i);
    }
    const DistributionResult mixed = computeDistribution(handColumns(cpuWide, gpuNarrow), DistributionMetric::Energy);
    const double cpuTail = std::pow(10.0, 2.98) / 100.0; // p99 at index 99, median 100
    QVERIFY(near(mixed.cpu.tailRatio, cpuTail, 1e-9));

    // One run, or all runs equal: no spread to smooth, but bars and a summary.
    const DistributionResult one = computeDistribution(handColumns({5.0}, {}), DistributionMetric::Energy);
    QCOMPARE(one.cpu.count, std::size_t(1));
    QVERIFY(one.cpu.kdeX.empty());
    QVERIFY(!one.cpu.skewLog10);
    QCOMPARE(one.cpu.median, 5.0);
    const DistributionResult flat = computeDistribution(handColumns({7.0, 7.0, 7.0}, {7.0, 7.0}),
                                                        DistributionMetric::Energy);
    QCOMPARE(flat.edges.size(), std::size_t(9)); // the minimum of 8 bins around the one value
    QCOMPARE(flat.gpu.iqr, 0.0);

    // Non-positive values cannot go on a log axis: counted, left out.
    std::vector<double> withZero = cpu;
    withZero.push_back(0.0);
    withZero.push_back(-5.0);
    const DistributionResult z = computeDistribution(handColumns(withZero, gpu), DistributionMetric::Energy);
    QCOMPARE(z.droppedNonPositive, std::size_t(2));
    QCOMPARE(z.cpu.runs, std::size_t(103));
    QCOMPARE(z.cpu.count, std::size_t(101));
    QCOMPARE(z.cpu.iqr, 50.0);
}

QTEST_GUILESS_MAIN(TestDistributionAnalysis)
#include "tst_distributionanalysis.moc"
