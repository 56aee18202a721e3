// The Pareto view's numbers without the view: the frontier of hand-made setups with a known
// answer, its step line on a 4000-run demo store, and inconsistent columns refused.
#include <analysiserror.h>
#include <paretoanalysis.h>

#include <QTest>

#include "../support/demoruns.h"
#include "../support/paretocolumns.h"

using namespace wattprint;
using namespace wattprint::testsupport::pareto;

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
    const ParetoResult r = computePareto(runs);
    const ParetoResult::Layer &layer = r.perConfiguration;
    const std::size_t f = layer.frontier.size();
    QCOMPARE(layer.stairX.size(), 2 * f - 1);
    for (std::size_t k = 0; k < f; ++k) {
        QCOMPARE(layer.stairX[2 * k], layer.x[layer.frontier[k]]);
        QCOMPARE(layer.stairY[2 * k], layer.y[layer.frontier[k]]);
        if (k > 0) { // the corner: the next point's time at the previous point's energy
            QCOMPARE(layer.stairX[2 * k - 1], layer.x[layer.frontier[k]]);
            QCOMPARE(layer.stairY[2 * k - 1], layer.y[layer.frontier[k - 1]]);
            QVERIFY(layer.y[layer.frontier[k]] < layer.y[layer.frontier[k - 1]]);
        }
    }
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
    const ParetoResult r = computePareto(c);
    QCOMPARE(r.perConfiguration.frontier.size(), std::size_t(3));
    RunColumns bad = c;
    bad.runTime.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computePareto(bad));
}

QTEST_GUILESS_MAIN(TestParetoAnalysis)
#include "tst_paretoanalysis.moc"
