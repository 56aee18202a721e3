// The compare view's numbers (analysis/compareanalysis.h) against scipy (tests/fixtures/compare.json,
// made by make_compare_fixtures.py) on hand-made runs, the counts of the edge cases (one run on a
// side, overlapping sides, missing values), and a side's JSON and description. The view's
// sentences and its numbers on a demo store are tested in tests/views.
#include <compareanalysis.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "../support/comparecolumns.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;
using namespace wattprint::testsupport::compare;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestCompareAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void computeMatchesScipy();
    void edgeCases();
    void selectionsAndJson();
};

void TestCompareAnalysis::computeMatchesScipy()
{
    const QJsonObject root = loadFixture();
    QVERIFY2(!root.isEmpty(), "run tests/fixtures/make_compare_fixtures.py");
    const double data = root.value(u"data_per_run").toDouble();
    const std::map<QString, RunMetric> metrics = {{QStringLiteral("energy"), RunMetric::Energy},
                                                  {QStringLiteral("run_time"), RunMetric::RunTime},
                                                  {QStringLiteral("power"), RunMetric::Power},
                                                  {QStringLiteral("energy_per_datum"), RunMetric::EnergyPerDatum}};
    for (const QJsonValue &cv : root.value(u"cases").toArray()) {
        const QJsonObject c = cv.toObject();
        const QString name = c.value(u"name").toString();
        const CompareResult r = computeComparison(fixtureColumns(c, data), device(QStringLiteral("CPU")),
                                                  device(QStringLiteral("GPU")));
        QCOMPARE(r.metrics.size(), std::size_t(4));
        QCOMPARE(r.overlap, std::size_t(0));
        for (const auto &[key, metric] : metrics) {
            const QJsonObject e = c.value(u"metrics").toObject().value(key).toObject();
            const CompareResult::Metric *m = r.find(metric);
            QVERIFY(m);
            const QString where = name + QLatin1Char('/') + key;
            for (int s = 0; s < 2; ++s) {
                const QJsonObject es = e.value(s == 0 ? u"a" : u"b").toObject();
                const CompareResult::Side &side = s == 0 ? m->a : m->b;
                QCOMPARE(double(side.count), es.value(u"n").toDouble());
                QVERIFY2(near(side.median, es.value(u"median").toDouble(), 1e-12), qPrintable(where));
                QVERIFY2(near(side.mean, es.value(u"mean").toDouble(), 1e-12), qPrintable(where));
                QVERIFY2(near(side.q1, es.value(u"q1").toDouble(), 1e-12), qPrintable(where));
                QVERIFY2(near(side.q3, es.value(u"q3").toDouble(), 1e-12), qPrintable(where));
                QVERIFY2(near(side.lowerWhisker, es.value(u"lower_whisker").toDouble(), 1e-12), qPrintable(where));
                QVERIFY2(near(side.upperWhisker, es.value(u"upper_whisker").toDouble(), 1e-12), qPrintable(where));
                // Dots only below the limit, and then every run.
                QCOMPARE(side.dots.size(), side.count < CompareResult::DotStripLimit ? side.count : std::size_t(0));
            }
            QVERIFY2(m->comparison, qPrintable(where + m->failure));
            const stats::TwoSampleComparison &cmp = *m->comparison;
            QVERIFY(cmp.welchLog);
            QVERIFY2(near(cmp.welchLog->p, e.value(u"welch_log_p").toDouble(), 1e-6),
                     qPrintable(QStringLiteral("%1: welch %2 vs %3")
                                    .arg(where)
                                    .arg(cmp.welchLog->p)
                                    .arg(e.value(u"welch_log_p").toDouble())));
            QVERIFY2(near(cmp.mannWhitney.p, e.value(u"mannwhitney_p").toDouble(), 1e-6), qPrintable(where));
            QVERIFY2(near(cmp.mannWhitney.u, e.value(u"mannwhitney_u").toDouble(), 1e-12), qPrintable(where));
            QVERIFY2(near(cmp.hedgesG, e.value(u"hedges_g").toDouble(), 1e-9), qPrintable(where));
            QVERIFY(cmp.percentChange);
            QVERIFY2(near(cmp.percentChange->percent, e.value(u"percent_change").toDouble(), 1e-9), qPrintable(where));
            // Our 2,000-resample interval against scipy's 20,000: within a tenth of its width.
            const QJsonArray ci = e.value(u"ci_scipy").toArray();
            const double lo = ci.at(0).toDouble(), hi = ci.at(1).toDouble(), tol = 0.1 * (hi - lo);
            QVERIFY2(std::abs(cmp.percentChange->ci.lower - lo) < tol
                         && std::abs(cmp.percentChange->ci.upper - hi) < tol,
                     qPrintable(QStringLiteral("%1: CI [%2, %3] vs scipy [%4, %5]")
                                    .arg(where)
                                    .arg(cmp.percentChange->ci.lower)
                                    .arg(cmp.percentChange->ci.upper)
                                    .arg(lo)
                                    .arg(hi)));
            QCOMPARE(m->significant, e.value(u"significant").toBool());
        }
    }
}

void TestCompareAnalysis::edgeCases()
{
    const QJsonObject root = loadFixture();
    QVERIFY2(!root.isEmpty(), "run tests/fixtures/make_compare_fixtures.py");
    const RunColumns cols = fixtureColumns(root.value(u"cases").toArray().at(1).toObject(), 1e6);
    const CompareSelection cpu = device(QStringLiteral("CPU")), gpu = device(QStringLiteral("GPU"));

    // One run on a side: no test.
    RunColumns one = cols;
    for (std::size_t i = 0; i < one.rowCount(); ++i)
        one.isGpu[i] = i == 0 ? 1 : 0;
    const CompareResult single = computeComparison(one, cpu, gpu);
    QCOMPARE(single.runsB, std::size_t(1));
    QVERIFY(!single.find(RunMetric::Energy)->comparison);

    // Overlap is counted: A = every run, B = GPU runs.
    const CompareResult overlap = computeComparison(cols, CompareSelection(), gpu);
    QCOMPARE(overlap.overlap, overlap.runsB);
    QCOMPARE(overlap.runsA, cols.rowCount());

    // All values equal on both sides: the tests are undefined, and the result says why.
    RunColumns flat = cols;
    std::fill(flat.energy.begin(), flat.energy.end(), 5000.0);
    const CompareResult equal = computeComparison(flat, cpu, gpu);
    QVERIFY(!equal.find(RunMetric::Energy)->comparison);
    QVERIFY(!equal.find(RunMetric::Energy)->failure.isEmpty());
    QVERIFY(equal.find(RunMetric::RunTime)->comparison);

    // Missing energy per datum (NaN) is left out of that metric only, and counted.
    RunColumns gaps = cols;
    gaps.energyPerDatum[0] = std::nan("");
    gaps.energyPerDatum[1] = std::nan("");
    const CompareResult withGaps = computeComparison(gaps, cpu, gpu);
    QCOMPARE(withGaps.find(RunMetric::EnergyPerDatum)->a.count, withGaps.runsA - 2);
    QCOMPARE(withGaps.find(RunMetric::Energy)->a.count, withGaps.runsA);
}

void TestCompareAnalysis::selectionsAndJson()
{
    CompareSelection s;
    QVERIFY(s.isAll());
    QCOMPARE(s.toJson(), QJsonObject());
    s.dataset = QStringLiteral("529_pollen");
    s.shape = QStringLiteral("trapezoid");
    s.size = 16777216;
    s.depth = 6;
    s.device = QStringLiteral("GPU");
    QCOMPARE(CompareSelection::fromJson(s.toJson()), s);
    QCOMPARE(s.describe(), QStringLiteral("529_pollen, trapezoid, size 16,777,216, depth 6, GPU"));
    // Lower-case device accepted, nonsense refused field by field.
    const CompareSelection odd = CompareSelection::fromJson(
        QJsonObject{{QStringLiteral("device"), QStringLiteral("gpu")},
                    {QStringLiteral("size"), QStringLiteral("big")},
                    {QStringLiteral("depth"), 2.5}});
    QCOMPARE(odd.device, QStringLiteral("GPU"));
    QVERIFY(!odd.size && !odd.depth);
    QCOMPARE(CompareSelection::fromJson(QJsonObject{{QStringLiteral("device"), QStringLiteral("tpu")}}).device,
             QString());
}

QTEST_GUILESS_MAIN(TestCompareAnalysis)
#include "tst_compareanalysis.moc"
