// The depth view's numbers (analysis/depthanalysis.h): quartiles and departures against numpy
// (tests/fixtures/depth.json, made by make_depth_fixtures.py), the size bands, and the departure
// depth and least squares fit for hand-made kinks. The view's captions and sentences about them
// are tested in tests/views.
#include <analysiserror.h>
#include <depthanalysis.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "../support/depthcolumns.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;
using namespace wattprint::testsupport::depth;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

// The fixture script's name for a metric (as in the view's state and filters).
QString fixtureMetricName(DepthMetric metric)
{
    return metric == DepthMetric::EnergyPerDatum ? QStringLiteral("energy_per_datum") : QStringLiteral("energy");
}

} // namespace

class TestDepthAnalysis : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_fixture;

private slots:
    void initTestCase();
    void fixtureQuartilesMatchNumpy();
    void fixtureDeparturesMatchNumpy();
    void departureKinkByHand();
    void emptyAndInvalid();
};

void TestDepthAnalysis::initTestCase()
{
    m_fixture = loadFixture();
    QVERIFY(m_fixture.contains(QStringLiteral("expected")));
}

void TestDepthAnalysis::fixtureQuartilesMatchNumpy()
{
    const RunColumns columns = fixtureColumns(m_fixture);
    const QJsonObject expected = m_fixture.value(QStringLiteral("expected")).toObject();
    for (DepthMetric metric : {DepthMetric::Energy, DepthMetric::EnergyPerDatum}) {
        const QString metricName = fixtureMetricName(metric);
        const DepthResult shapes = computeDepth(columns, metric, DepthGrouping::Shape, 0.25);
        QCOMPARE(shapes.totalRuns, columns.rowCount());
        QCOMPARE(shapes.droppedNonPositive, std::size_t(3)); // 0, -5 and NaN
        QCOMPARE(shapes.panels.size(), std::size_t(5));
        QCOMPARE(shapes.panels.front().dataset, QStringLiteral("alpha")); // by name
        QCOMPARE(shapes.groups.size(), std::size_t(3));
        QCOMPARE(shapes.groups.back().name, QStringLiteral("wide_first_16x"));
        int checked = 0;
        for (const QJsonValue &v : expected.value(QStringLiteral("cells")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("metric")).toString() != metricName)
                continue;
            const DepthPanel *panel = panelNamed(shapes, e.value(QStringLiteral("dataset")).toString());
            QVERIFY(panel);
            const auto s = std::find_if(panel->series.begin(), panel->series.end(), [&](const DepthSeries &x) {
                return x.name == e.value(QStringLiteral("shape")).toString();
            });
            QVERIFY(s != panel->series.end());
            const auto p = std::find_if(s->points.begin(), s->points.end(), [&](const DepthPoint &x) {
                return x.depth == e.value(QStringLiteral("depth")).toInt();
            });
            QVERIFY(p != s->points.end());
            QCOMPARE(qint64(p->n), e.value(QStringLiteral("n")).toInteger());
            QVERIFY(near(p->q1, e.value(QStringLiteral("q1")).toDouble(), 1e-12));
            QVERIFY(near(p->median, e.value(QStringLiteral("median")).toDouble(), 1e-12));
            QVERIFY(near(p->q3, e.value(QStringLiteral("q3")).toDouble(), 1e-12));
            ++checked;
        }
        int points = 0;
        for (const DepthPanel &p : shapes.panels) {
            for (const DepthSeries &s : p.series)
                points += int(s.points.size());
        }
        QCOMPARE(points, checked); // nothing more, nothing less
        QVERIFY(checked > 150);

        for (const QJsonValue &v : expected.value(QStringLiteral("overall")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("metric")).toString() != metricName)
                continue;
            const DepthPanel *panel = panelNamed(shapes, e.value(QStringLiteral("dataset")).toString());
            const auto p = std::find_if(panel->overall.begin(), panel->overall.end(), [&](const DepthPoint &x) {
                return x.depth == e.value(QStringLiteral("depth")).toInt();
            });
            QVERIFY(p != panel->overall.end());
            QCOMPARE(qint64(p->n), e.value(QStringLiteral("n")).toInteger());
            QVERIFY(near(p->median, e.value(QStringLiteral("median")).toDouble(), 1e-12));
        }

        const DepthResult bands = computeDepth(columns, metric, DepthGrouping::SizeBand, 0.25);
        checked = 0;
        for (const QJsonValue &v : expected.value(QStringLiteral("band_cells")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("metric")).toString() != metricName)
                continue;
            const DepthPanel *panel = panelNamed(bands, e.value(QStringLiteral("dataset")).toString());
            const auto s = std::find_if(panel->series.begin(), panel->series.end(), [&](const DepthSeries &x) {
                return x.key == e.value(QStringLiteral("band")).toInt();
            });
            QVERIFY(s != panel->series.end());
            QCOMPARE(s->name, depthSizeBandLabel(s->key));
            const auto p = std::find_if(s->points.begin(), s->points.end(), [&](const DepthPoint &x) {
                return x.depth == e.value(QStringLiteral("depth")).toInt();
            });
            QVERIFY(p != s->points.end());
            QCOMPARE(qint64(p->n), e.value(QStringLiteral("n")).toInteger());
            QVERIFY(near(p->q1, e.value(QStringLiteral("q1")).toDouble(), 1e-12));
            QVERIFY(near(p->median, e.value(QStringLiteral("median")).toDouble(), 1e-12));
            QVERIFY(near(p->q3, e.value(QStringLiteral("q3")).toDouble(), 1e-12));
            ++checked;
        }
        points = 0;
        for (const DepthPanel &p : bands.panels) {
            for (const DepthSeries &s : p.series)
                points += int(s.points.size());
        }
        QCOMPARE(points, checked);
    }
    // Band edges: powers of two on both sides of each edge.
    QCOMPARE(depthSizeBand(32), 0);
    QCOMPARE(depthSizeBand(512), 0);
    QCOMPARE(depthSizeBand(1023), 0);
    QCOMPARE(depthSizeBand(1024), 1);
    QCOMPARE(depthSizeBand(16384), 1);
    QCOMPARE(depthSizeBand(32768), 2);
    QCOMPARE(depthSizeBand(524288), 2);
    QCOMPARE(depthSizeBand(1 << 20), 3);
    QCOMPARE(depthSizeBand(1 << 24), 3);
    QCOMPARE(depthSizeBandRange(1), std::make_pair(qint64(1024), qint64(32767)));
}

void TestDepthAnalysis::fixtureDeparturesMatchNumpy()
{
    const RunColumns columns = fixtureColumns(m_fixture);
    const QJsonObject departures
        = m_fixture.value(QStringLiteral("expected")).toObject().value(QStringLiteral("departures")).toObject();
    const std::map<QString, DepthPanel::Verdict> verdicts = {
        {QStringLiteral("departs"), DepthPanel::Verdict::Departs},
        {QStringLiteral("linear"), DepthPanel::Verdict::StaysLinear},
        {QStringLiteral("no_deeper"), DepthPanel::Verdict::NoDeeperDepths},
        {QStringLiteral("too_few"), DepthPanel::Verdict::TooFewShallowDepths}};
    int checked = 0;
    for (DepthMetric metric : {DepthMetric::Energy, DepthMetric::EnergyPerDatum}) {
        for (double tol : {0.25, 0.5}) {
            const QString key = fixtureMetricName(metric) + QLatin1Char(':') + QString::number(tol);
            const QJsonObject byDataset = departures.value(key).toObject();
            QVERIFY2(!byDataset.isEmpty(), qPrintable(key));
            for (DepthGrouping grouping : {DepthGrouping::Shape, DepthGrouping::SizeBand}) {
                // The verdict uses the pooled medians, so the grouping must not change it.
                const DepthResult r = computeDepth(columns, metric, grouping, tol);
                for (auto it = byDataset.begin(); it != byDataset.end(); ++it) {
                    const QJsonObject e = it.value().toObject();
                    const DepthPanel *p = panelNamed(r, it.key());
                    QVERIFY(p);
                    QCOMPARE(int(p->verdict), int(verdicts.at(e.value(QStringLiteral("verdict")).toString())));
                    if (e.value(QStringLiteral("fit")).isNull()) {
                        QVERIFY(!p->fit);
                        continue;
                    }
                    QVERIFY(p->fit);
                    const QJsonObject fit = e.value(QStringLiteral("fit")).toObject();
                    QVERIFY(near(p->fit->slope, fit.value(QStringLiteral("slope")).toDouble(), 1e-9));
                    QVERIFY(near(p->fit->intercept, fit.value(QStringLiteral("intercept")).toDouble(), 1e-9));
                    QCOMPARE(p->lastLinearDepth, e.value(QStringLiteral("last_linear")).toInt());
                    if (p->verdict == DepthPanel::Verdict::Departs) {
                        QCOMPARE(p->departureDepth, e.value(QStringLiteral("depth")).toInt());
                        if (e.value(QStringLiteral("ratio")).isNull())
                            QVERIFY(std::isnan(p->departureRatio));
                        else
                            QVERIFY(near(p->departureRatio, e.value(QStringLiteral("ratio")).toDouble(), 1e-9));
                    }
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 2 * 2 * 2 * 4);
}

void TestDepthAnalysis::departureKinkByHand()
{
    // Exactly on 100 + 10 d, then 30 % above the line from depth 12: with 25 % it departs at 12
    // (the last linear depth is 10), with 30 % it does not (30 % is not more than 30 %; the
    // check is strict) and with 35 % it stays linear up to 20.
    std::vector<HandRun> runs;
    addLine(runs, QStringLiteral("kinked"), 12, 1.3);
    const RunColumns c = handColumns(runs);
    DepthResult r = computeDepth(c, DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(r.panels.size(), std::size_t(1));
    const DepthPanel &p = r.panels.front();
    QVERIFY(p.fit);
    QVERIFY(near(p.fit->slope, 10.0, 1e-12));
    QVERIFY(near(p.fit->intercept, 100.0, 1e-12));
    QCOMPARE(p.fit->points, 4);
    QCOMPARE(p.verdict, DepthPanel::Verdict::Departs);
    QCOMPARE(p.departureDepth, 12);
    QCOMPARE(p.lastLinearDepth, 10);
    QVERIFY(near(p.departureRatio, 1.3, 1e-12));

    r = computeDepth(c, DepthMetric::Energy, DepthGrouping::Shape, 0.3 + 1e-9);
    QCOMPARE(r.panels.front().verdict, DepthPanel::Verdict::StaysLinear);
    QCOMPARE(r.panels.front().lastLinearDepth, 20);

    // Below the line counts as well: 40 % under from depth 7.
    runs.clear();
    addLine(runs, QStringLiteral("sagging"), 7, 0.6);
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(r.panels.front().departureDepth, 7);
    QCOMPARE(r.panels.front().lastLinearDepth, 6);

    // The fit is a least squares line, not the line through the end points: medians 100, 130,
    // 120, 150 at depths 2..5. By hand: mean depth 3.5, mean 125;
    // Sxy = (-1.5)(-25) + (-0.5)(5) + (0.5)(-5) + (1.5)(25) = 70, Sxx = 5; slope 70 / 5 = 14,
    // intercept 125 - 14 * 3.5 = 76, so depth 6 is predicted at 160.
    runs = {{QStringLiteral("ls"), 2, 100},
            {QStringLiteral("ls"), 3, 130},
            {QStringLiteral("ls"), 4, 120},
            {QStringLiteral("ls"), 5, 150},
            {QStringLiteral("ls"), 6, 160}};
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QVERIFY(near(r.panels.front().fit->slope, 14.0, 1e-12));
    QVERIFY(near(r.panels.front().fit->intercept, 76.0, 1e-12));
    QCOMPARE(r.panels.front().verdict, DepthPanel::Verdict::StaysLinear); // 160 / 160
}

void TestDepthAnalysis::emptyAndInvalid()
{
    // The thirteen BUTTER datasets on lines (their finding is tested in tests/views): one panel each.
    const QStringList names = {QStringLiteral("201_pol"),
                               QStringLiteral("294_satellite_image"),
                               QStringLiteral("505_tecator"),
                               QStringLiteral("529_pollen"),
                               QStringLiteral("537_houses"),
                               QStringLiteral("adult"),
                               QStringLiteral("banana"),
                               QStringLiteral("connect_4"),
                               QStringLiteral("mnist"),
                               QStringLiteral("nursery"),
                               QStringLiteral("sleep"),
                               QStringLiteral("splice"),
                               QStringLiteral("wine_quality_white")};
    const QStringList atTwelve = {QStringLiteral("294_satellite_image"),
                                  QStringLiteral("529_pollen"),
                                  QStringLiteral("adult"),
                                  QStringLiteral("banana"),
                                  QStringLiteral("nursery"),
                                  QStringLiteral("sleep")};
    std::vector<HandRun> runs;
    for (const QString &name : names) {
        if (name == QLatin1String("mnist"))
            addLine(runs, name, 10, 1.5);
        else if (atTwelve.contains(name))
            addLine(runs, name, 12, 0.5);
        else
            addLine(runs, name);
    }
    DepthResult r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(r.panels.size(), std::size_t(13));

    // Nothing to fit.
    runs = {{QStringLiteral("adult"), 7, 10}, {QStringLiteral("adult"), 8, 12}};
    r = computeDepth(handColumns(runs), DepthMetric::Energy, DepthGrouping::Shape, 0.25);
    QCOMPARE(r.panels.front().verdict, DepthPanel::Verdict::TooFewShallowDepths);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computeDepth(RunColumns(), DepthMetric::Energy, DepthGrouping::Shape, 0.0));
    QVERIFY_THROWS_EXCEPTION(AnalysisError,
                             computeDepth(RunColumns(), DepthMetric::Energy, DepthGrouping::Shape, std::nan("")));
}

QTEST_GUILESS_MAIN(TestDepthAnalysis)
#include "tst_depthanalysis.moc"
