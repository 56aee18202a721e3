// The radar view's numbers without the view: raw metrics per shape and per dataset on a 5000-run
// demo store against SQL (medians, overhead share, the variability of configurations with
// repeated runs computed in the test), median-ratio, min-max and rank scores on hand values (the
// log mapping and the ring set by hand), the near-equal metrics, and the balanced and
// pays-for-speed series of hand-made shapes with a known answer on each scale.
#include <radaranalysis.h>

#include <QSqlQuery>
#include <QTest>

#include "../support/demoruns.h"
#include "../support/radarcolumns.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

using namespace wattprint;
using namespace wattprint::testsupport::radar;

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
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= rel * std::max({std::abs(a), std::abs(b), 1e-300});
}

} // namespace

class TestRadarAnalysis : public QObject
{
    Q_OBJECT

private:
    RadarResult computeOnStore(RadarGrouping grouping);
    void compareWithSql(const RadarResult &r, const QString &column);

    testsupport::DemoRuns m_demo;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rawMetricsMatchSqlByShape();
    void rawMetricsMatchSqlByDataset();
    void normalisationValues();
    void medianRatioValues();
    void ringFactorAndRings();
    void nearEqualMetrics();
    void knownAnswer();
    void knownAnswerMedianRatio();
    void speedGapThreshold();
};

void TestRadarAnalysis::initTestCase()
{
    DemoOptions options;
    options.runs = 5000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_demo.build(options, &error), qPrintable(error));
}

void TestRadarAnalysis::cleanupTestCase()
{
    m_demo.close();
}

RadarResult TestRadarAnalysis::computeOnStore(RadarGrouping grouping)
{
    RunColumns runs;
    QString error;
    if (!m_demo.load(Filter(), &runs, &error))
        qFatal("cannot load the demo runs: %s", qPrintable(error));
    return computeRadar(runs, grouping);
}

void TestRadarAnalysis::compareWithSql(const RadarResult &r, const QString &column)
{
    QSqlQuery q(m_demo.store()->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT %1, energy, run_time, power, energy_per_datum, energy_overhead, dataset, shape, "
                              "size, depth, is_gpu FROM runs")
                   .arg(column)));
    struct G
    {
        std::vector<double> v[4];
        double overhead = 0, energy = 0;
        std::size_t runs = 0;
    };
    std::map<QString, G> groups;
    std::map<std::tuple<QString, QString, QString, qint64, int, int>, std::vector<double>> configs;
    while (q.next()) {
        G &g = groups[q.value(0).toString()];
        ++g.runs;
        for (int m = 0; m < 4; ++m) {
            if (!q.value(1 + m).isNull())
                g.v[m].push_back(q.value(1 + m).toDouble());
        }
        g.energy += q.value(1).toDouble();
        g.overhead += q.value(5).toDouble();
        configs[{q.value(0).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                 q.value(9).toInt(), q.value(10).toInt()}]
            .push_back(q.value(1).toDouble());
    }
    std::map<QString, std::vector<double>> variability;
    for (const auto &[key, energies] : configs) {
        if (energies.size() < 2)
            continue;
        const double med = type7(energies, 0.5);
        variability[std::get<0>(key)].push_back((type7(energies, 0.75) - type7(energies, 0.25)) / med);
    }
    QCOMPARE(r.series.size(), groups.size());
    for (const RadarSeries &s : r.series) {
        const G &g = groups.at(s.name);
        QCOMPARE(s.runs, g.runs);
        for (int m = 0; m < 4; ++m)
            QVERIFY2(near(s.raw[std::size_t(m)], type7(g.v[m], 0.5)), qPrintable(s.name));
        QVERIFY(near(s.raw[std::size_t(RadarMetric::OverheadShare)], g.overhead / g.energy, 1e-9));
        const auto it = variability.find(s.name);
        QCOMPARE(s.repeatedConfigurations, it == variability.end() ? std::size_t(0) : it->second.size());
        if (it != variability.end())
            QVERIFY2(near(s.raw[std::size_t(RadarMetric::Variability)], type7(it->second, 0.5), 1e-9),
                     qPrintable(s.name));
        else
            QVERIFY(std::isnan(s.raw[std::size_t(RadarMetric::Variability)]));
    }
}

void TestRadarAnalysis::rawMetricsMatchSqlByShape()
{
    const RadarResult r = computeOnStore(RadarGrouping::Shape);
    compareWithSql(r, QStringLiteral("shape"));
    // Shapes in the sweep's order.
    QCOMPARE(r.series.front().name, QStringLiteral("rectangle"));
    QCOMPARE(r.series.back().name, QStringLiteral("wide_first_16x"));
}

void TestRadarAnalysis::rawMetricsMatchSqlByDataset()
{
    const RadarResult r = computeOnStore(RadarGrouping::Dataset);
    QCOMPARE(r.grouping, RadarGrouping::Dataset);
    compareWithSql(r, QStringLiteral("dataset"));
}

void TestRadarAnalysis::normalisationValues()
{
    RadarResult r;
    for (double v : {1.0, 2.0, 2.0, 5.0}) {
        RadarSeries s;
        s.name = QString::number(v);
        s.raw.fill(v);
        s.raw[std::size_t(RadarMetric::Power)] = 7; // all equal
        r.series.push_back(s);
    }
    r.series[1].raw[std::size_t(RadarMetric::Variability)] = std::nan("");
    r.totalRuns = 4;
    normaliseRadar(r, RadarNormalisation::MinMax);
    QCOMPARE(r.normalisation, RadarNormalisation::MinMax);
    const double minmax[] = {0, 0.25, 0.25, 1};
    for (std::size_t s = 0; s < 4; ++s) {
        QVERIFY(near(r.series[s].score[std::size_t(RadarMetric::Energy)], minmax[s]));
        QCOMPARE(r.series[s].score[std::size_t(RadarMetric::Power)], 0.5);
    }
    QVERIFY(std::isnan(r.series[1].score[std::size_t(RadarMetric::Variability)]));
    // Without series 1, variability spans 1..5: series 2 scores (2 - 1) / 4.
    QVERIFY(near(r.series[2].score[std::size_t(RadarMetric::Variability)], 0.25));
    QCOMPARE(r.min[0], 1.0);
    QCOMPARE(r.max[0], 5.0);
    normaliseRadar(r, RadarNormalisation::Rank);
    const double rank[] = {0, 0.5, 0.5, 1}; // ties at positions 1 and 2 share 1.5 / 3
    for (std::size_t s = 0; s < 4; ++s)
        QVERIFY(near(r.series[s].score[std::size_t(RadarMetric::Energy)], rank[s]));
    // Variability ranks among the three with a value: 1, 2, 5 -> 0, 0.5, 1.
    QVERIFY(near(r.series[2].score[std::size_t(RadarMetric::Variability)], 0.5));
    QVERIFY(near(r.series[3].score[std::size_t(RadarMetric::Variability)], 1.0));
    QCOMPARE(r.series[0].score[std::size_t(RadarMetric::Power)], 0.5);
}

void TestRadarAnalysis::medianRatioValues()
{
    // Series at 1, 2, 2, 5 on every axis but power (7 for all); series 1 has no variability.
    RadarResult r;
    for (double v : {1.0, 2.0, 2.0, 5.0}) {
        RadarSeries s;
        s.name = QString::number(v);
        s.raw.fill(v);
        s.raw[std::size_t(RadarMetric::Power)] = 7;
        r.series.push_back(s);
    }
    r.series[1].raw[std::size_t(RadarMetric::Variability)] = std::nan("");
    r.totalRuns = 4;
    normaliseRadar(r, RadarNormalisation::MedianRatio);
    QCOMPARE(r.normalisation, RadarNormalisation::MedianRatio);
    // Energy: median of 1, 2, 2, 5 is 2, so ratios 0.5, 1, 1, 2.5; variability: median of 1, 2, 5
    // is 2 again. The largest ratio either way is 2.5 (1 / 0.5 = 2 is smaller): rim at 4x.
    QCOMPARE(r.median[std::size_t(RadarMetric::Energy)], 2.0);
    QCOMPARE(r.median[std::size_t(RadarMetric::Variability)], 2.0);
    QCOMPARE(r.median[std::size_t(RadarMetric::Power)], 7.0);
    QCOMPARE(r.ringFactor, 4.0);
    const double ratios[] = {0.5, 1, 1, 2.5};
    // Score = 0.5 + 0.5 ln(ratio) / ln(4): 0.5x -> 0.25, 1x -> 0.5, 2.5x -> 0.5 + 0.5 x 0.660964.
    const double scores[] = {0.25, 0.5, 0.5, 0.5 + 0.5 * std::log(2.5) / std::log(4.0)};
    for (std::size_t s = 0; s < 4; ++s) {
        QVERIFY(near(r.series[s].ratio[std::size_t(RadarMetric::Energy)], ratios[s]));
        QVERIFY(near(r.series[s].score[std::size_t(RadarMetric::Energy)], scores[s]));
        QCOMPARE(r.series[s].ratio[std::size_t(RadarMetric::Power)], 1.0);
        QCOMPARE(r.series[s].score[std::size_t(RadarMetric::Power)], 0.5);
    }
    QVERIFY(near(r.series[3].score[std::size_t(RadarMetric::Energy)], 0.830482, 1e-6));
    QVERIFY(std::isnan(r.series[1].ratio[std::size_t(RadarMetric::Variability)]));
    QVERIFY(std::isnan(r.series[1].score[std::size_t(RadarMetric::Variability)]));
    QVERIFY(near(r.series[2].ratio[std::size_t(RadarMetric::Variability)], 1.0));
    // Min and max stay the raw range; the ratios are there on every scale.
    QCOMPARE(r.min[0], 1.0);
    QCOMPARE(r.max[0], 5.0);
    normaliseRadar(r, RadarNormalisation::MinMax);
    QVERIFY(near(r.series[3].ratio[std::size_t(RadarMetric::Energy)], 2.5));
    QCOMPARE(r.ringFactor, 4.0);

    // A few-percent spread stays near the middle: 0.98x, 1x, 1.03x on the narrowest scale (1.25x).
    RadarResult close;
    for (double v : {98.0, 100.0, 103.0}) {
        RadarSeries s;
        s.name = QString::number(v);
        s.raw.fill(v);
        close.series.push_back(s);
    }
    normaliseRadar(close, RadarNormalisation::MedianRatio);
    QCOMPARE(close.ringFactor, RadarMinRingFactor);
    const double top = close.series[2].score[0];
    QVERIFY(near(top, 0.5 + 0.5 * std::log(1.03) / std::log(1.25)));
    QVERIFY(top > 0.56 && top < 0.57); // 1.03x: 6.6 % of the way from the middle ring to the rim
    normaliseRadar(close, RadarNormalisation::MinMax);
    QCOMPARE(close.series[2].score[0], 1.0); // where min-max would put it

    // A value of 0 (no variability at all) has ratio 0: drawn at the centre.
    RadarResult zero = close;
    zero.series[0].raw[std::size_t(RadarMetric::Variability)] = 0;
    normaliseRadar(zero, RadarNormalisation::MedianRatio);
    QCOMPARE(zero.series[0].ratio[std::size_t(RadarMetric::Variability)], 0.0);
    QCOMPARE(zero.series[0].score[std::size_t(RadarMetric::Variability)], 0.0);
    QVERIFY(std::isnan(zero.relativeSpread[std::size_t(RadarMetric::Variability)]));
}

void TestRadarAnalysis::ringFactorAndRings()
{
    QCOMPARE(radarRingFactor(1.0), 1.25);
    QCOMPARE(radarRingFactor(1.25), 1.25);
    QCOMPARE(radarRingFactor(1.2501), 1.5);
    QCOMPARE(radarRingFactor(2.0), 2.0);
    QCOMPARE(radarRingFactor(3.0), 4.0);
    QCOMPARE(radarRingFactor(9.0), 10.0);
    QCOMPARE(radarRingFactor(11.0), 100.0);
    QCOMPARE(radarRingFactor(150.0), 1000.0);
    QCOMPARE(radarRings(1.25), (std::vector<double>{0.8, 1 / 1.1, 1, 1.1, 1.25}));
    QCOMPARE(radarRings(2), (std::vector<double>{0.5, 1 / 1.4, 1, 1.4, 2}));
    QCOMPARE(radarRings(4), (std::vector<double>{0.25, 0.5, 1, 2, 4}));
    QCOMPARE(radarRings(100), (std::vector<double>{0.01, 0.1, 1, 10, 100}));
    QCOMPARE(radarRings(1000), (std::vector<double>{0.001, 1.0 / 30, 1, 30, 1000}));
}

void TestRadarAnalysis::nearEqualMetrics()
{
    // Power 414, 416, 418 W: 418 / 414 - 1 = 0.97 %; energy 100, 103, 104 J: 4 %; run time 10 to 20 s.
    const RadarResult r = computeRadar(handColumns({{"rectangle", 100, 10, 414, 1, 0.1, 0.1},
                                                    {"trapezoid", 103, 20, 416, 2, 0.2, 0.2},
                                                    {"exponential", 104, 15, 418, 3, 0.3, 0.3}}),
                                       RadarGrouping::Shape);
    QVERIFY(near(r.relativeSpread[std::size_t(RadarMetric::Power)], 418.0 / 414 - 1));
    QVERIFY(near(r.relativeSpread[std::size_t(RadarMetric::Energy)], 0.04, 1e-9));
    QVERIFY(near(r.relativeSpread[std::size_t(RadarMetric::RunTime)], 1.0));
    QCOMPARE(r.nearEqualMetrics(), (std::vector<RadarMetric>{RadarMetric::Energy, RadarMetric::Power}));
    // One series: nothing to compare.
    const RadarResult one = computeRadar(handColumns({KnownShapes[0]}), RadarGrouping::Shape);
    QVERIFY(one.nearEqualMetrics().empty());
}

void TestRadarAnalysis::knownAnswer()
{
    RadarResult r = computeRadar(handColumns(KnownShapes), RadarGrouping::Shape);
    QCOMPARE(r.normalisation, RadarNormalisation::MedianRatio); // the default
    normaliseRadar(r, RadarNormalisation::MinMax);
    QCOMPARE(r.series.size(), std::size_t(3));
    const RadarSeries &a = r.series[0];
    QCOMPARE(a.name, QStringLiteral("rectangle"));
    QVERIFY(near(a.raw[std::size_t(RadarMetric::Variability)], 0.1, 1e-12));
    QVERIFY(near(a.raw[std::size_t(RadarMetric::OverheadShare)], 0.1, 1e-12));
    // Min-max scores by hand: rectangle {0, 1/3, 0, 0, 0, 0}, SD 0.124; trapezoid {1, 0, 1, 1, 1, 1},
    // SD 0.373; exponential {0.5, 1, 0, 0.5, 0.5, 0.5}, SD 0.289.
    QVERIFY(near(a.spread, std::sqrt((1.0 / 9) / 6 - std::pow(1.0 / 18, 2)), 1e-9));
    QCOMPARE(r.balanced, 0);
    QCOMPARE(r.paysForSpeed, 1);
    RadarResult ranked = r;
    normaliseRadar(ranked, RadarNormalisation::Rank);
    // Rank scores: rectangle {0, 0.5, 0.25, 0, 0, 0}: power ties with exponential at 10 W.
    QVERIFY(near(ranked.series[0].score[std::size_t(RadarMetric::Power)], 0.25));
    QCOMPARE(ranked.balanced, 0);
    QCOMPARE(ranked.paysForSpeed, 1);
}

void TestRadarAnalysis::knownAnswerMedianRatio()
{
    // Medians over the three shapes: energy 200 J, run time 10 s, power 10 W, energy per datum 2,
    // variability and overhead share 0.2. Ratios:
    //   rectangle   {0.5, 1,   1, 0.5, 0.5, 0.5}
    //   trapezoid   {1.5, 0.5, 6, 1.5, 1.5, 1.5}
    //   exponential {1,   2,   1, 1,   1,   1}
    // The largest ratio, 6, puts the rim at 10x. Balanced = the smallest SD of ln(ratio) (the
    // scores are 0.5 + ln(ratio) / (2 ln 10)): rectangle 0.327, trapezoid 0.698, exponential
    // 0.258 (ln 2 once in six). Trapezoid's energy ratio is 3x its run-time ratio: it pays for speed.
    const RadarResult r = computeRadar(handColumns(KnownShapes), RadarGrouping::Shape);
    QCOMPARE(r.ringFactor, 10.0);
    const RadarSeries &t = r.series[1];
    QVERIFY(near(t.ratio[std::size_t(RadarMetric::Power)], 6));
    QVERIFY(near(t.score[std::size_t(RadarMetric::Power)], 0.5 + 0.5 * std::log10(6.0), 1e-12));
    QVERIFY(near(t.ratio[std::size_t(RadarMetric::RunTime)], 0.5));
    const double ln2 = std::log(2.0);
    const double sdExponential = std::sqrt(ln2 * ln2 / 6 - std::pow(ln2 / 6, 2));
    QVERIFY(near(r.series[2].spread, sdExponential / (2 * std::log(10.0)), 1e-9));
    QCOMPARE(r.balanced, 2);
    QCOMPARE(r.paysForSpeed, 1);
}

void TestRadarAnalysis::speedGapThreshold()
{
    // Energy score 0.1 above run time only: not enough to call it paying for speed.
    RadarResult small = computeRadar(handColumns({{"rectangle", 100, 10, 10, 1, 0.1, 0.1},
                                                  {"trapezoid", 200, 20, 10, 2, 0.1, 0.1},
                                                  {"exponential", 110, 10, 10, 1, 0.1, 0.1}}),
                                     RadarGrouping::Shape);
    // Median ratios: exponential's energy is 1.0x the median at a run time of 1.0x, nobody 1.1x.
    QCOMPARE(small.paysForSpeed, -1);
    normaliseRadar(small, RadarNormalisation::MinMax);
    QCOMPARE(small.paysForSpeed, -1);
    // Median ratios: an energy ratio exactly 1.1x its run-time ratio counts, 1.09x does not.
    const RadarResult exact = computeRadar(handColumns({{"rectangle", 110, 10, 11, 1, 0.1, 0.1},
                                                        {"trapezoid", 100, 10, 10, 1, 0.1, 0.1},
                                                        {"exponential", 100, 10, 10, 1, 0.1, 0.1}}),
                                           RadarGrouping::Shape);
    QCOMPARE(exact.paysForSpeed, 0);
    const RadarResult under = computeRadar(handColumns({{"rectangle", 109, 10, 11, 1, 0.1, 0.1},
                                                        {"trapezoid", 100, 10, 10, 1, 0.1, 0.1},
                                                        {"exponential", 100, 10, 10, 1, 0.1, 0.1}}),
                                           RadarGrouping::Shape);
    QCOMPARE(under.paysForSpeed, -1);
}

QTEST_GUILESS_MAIN(TestRadarAnalysis)
#include "tst_radaranalysis.moc"
