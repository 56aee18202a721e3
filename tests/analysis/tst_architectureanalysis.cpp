// The architecture view's numbers (analysis/architectureanalysis.h): medians, winners and runs of
// winners against numpy (tests/fixtures/architecture.json, made by make_architecture_fixtures.py),
// hand-made runs of winners, ties and shapes outside the sweep. The view's sentences about them
// are tested in tests/views.
#include <analysiserror.h>
#include <architectureanalysis.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "../support/architecturecolumns.h"

#include <algorithm>
#include <cmath>

using namespace wattprint;
using namespace wattprint::testsupport::architecture;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestArchitectureAnalysis : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_fixture;

private slots:
    void initTestCase();
    void fixtureMatchesNumpy();
    void runsOfWinners();
    void tiesAndOtherShapes();
};

void TestArchitectureAnalysis::initTestCase()
{
    m_fixture = loadFixture();
    QVERIFY(m_fixture.contains(QStringLiteral("expected")));
}

void TestArchitectureAnalysis::fixtureMatchesNumpy()
{
    const ArchitectureResult r = computeArchitecture(fixtureColumns(m_fixture));
    const QJsonObject expected = m_fixture.value(QStringLiteral("expected")).toObject();
    QCOMPARE(qint64(r.droppedNonPositive), expected.value(QStringLiteral("dropped")).toInteger());
    QCOMPARE(r.series.size(), std::size_t(8));
    for (std::size_t i = 0; i < r.series.size(); ++i)
        QCOMPARE(r.series[i].key, int(i)); // the sweep's order, whatever the order in the data
    QCOMPARE(r.series.front().shape, QStringLiteral("rectangle"));
    int checked = 0;
    for (const QJsonValue &v : expected.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject e = v.toObject();
        const auto s = std::find_if(r.series.begin(), r.series.end(), [&](const ArchitectureSeries &x) {
            return x.shape == e.value(QStringLiteral("shape")).toString();
        });
        QVERIFY(s != r.series.end());
        const auto p = std::find_if(s->points.begin(), s->points.end(), [&](const ArchitecturePoint &x) {
            return x.depth == e.value(QStringLiteral("depth")).toInt();
        });
        QVERIFY(p != s->points.end());
        QCOMPARE(qint64(p->n), e.value(QStringLiteral("n")).toInteger());
        QVERIFY(near(p->q1, e.value(QStringLiteral("q1")).toDouble()));
        QVERIFY(near(p->median, e.value(QStringLiteral("median")).toDouble()));
        QVERIFY(near(p->q3, e.value(QStringLiteral("q3")).toDouble()));
        ++checked;
    }
    int points = 0;
    for (const ArchitectureSeries &s : r.series)
        points += int(s.points.size());
    QCOMPARE(points, checked);

    const QJsonArray winners = expected.value(QStringLiteral("winners")).toArray();
    QCOMPARE(r.winners.size(), std::size_t(winners.size()));
    for (qsizetype i = 0; i < winners.size(); ++i) {
        const QJsonObject e = winners[i].toObject();
        const ArchitectureWinner &w = r.winners[std::size_t(i)];
        QCOMPARE(w.depth, e.value(QStringLiteral("depth")).toInt());
        QCOMPARE(r.depths[std::size_t(i)], w.depth);
        QCOMPARE(r.series[std::size_t(w.series)].shape, e.value(QStringLiteral("shape")).toString());
        QVERIFY(near(w.median, e.value(QStringLiteral("median")).toDouble()));
        QCOMPARE(qint64(w.n), e.value(QStringLiteral("n")).toInteger());
        QCOMPARE(w.contenders, e.value(QStringLiteral("contenders")).toInt());
        if (e.contains(QStringLiteral("runner_up"))) {
            QCOMPARE(r.series[std::size_t(w.runnerUp)].shape, e.value(QStringLiteral("runner_up")).toString());
            QVERIFY(near(w.runnerUpMedian, e.value(QStringLiteral("runner_up_median")).toDouble()));
        } else {
            QCOMPARE(w.runnerUp, -1);
        }
    }
    const QJsonArray runs = expected.value(QStringLiteral("runs")).toArray();
    QCOMPARE(r.runs.size(), std::size_t(runs.size()));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QJsonObject e = runs[i].toObject();
        const ArchitectureRun &run = r.runs[std::size_t(i)];
        QCOMPARE(r.series[std::size_t(run.series)].shape, e.value(QStringLiteral("shape")).toString());
        QCOMPARE(run.firstDepth, e.value(QStringLiteral("first")).toInt());
        QCOMPARE(run.lastDepth, e.value(QStringLiteral("last")).toInt());
        QCOMPARE(run.depths, e.value(QStringLiteral("depths")).toInt());
        QCOMPARE(run.contested, e.value(QStringLiteral("contested")).toBool());
    }
}

void TestArchitectureAnalysis::runsOfWinners()
{
    const QStringList four = {QStringLiteral("rectangle"), QStringLiteral("trapezoid"), QStringLiteral("exponential"),
                              QStringLiteral("wide_first_16x")};
    // Two runs (their sentence is tested in tests/views).
    ArchitectureResult r = computeArchitecture(columnsOf(lead({{2, QStringLiteral("rectangle")},
                                                               {3, QStringLiteral("rectangle")},
                                                               {4, QStringLiteral("rectangle")},
                                                               {5, QStringLiteral("rectangle")},
                                                               {12, QStringLiteral("wide_first_16x")},
                                                               {14, QStringLiteral("wide_first_16x")},
                                                               {20, QStringLiteral("wide_first_16x")}},
                                                              four)));
    QCOMPARE(r.runs.size(), std::size_t(2));
    QCOMPARE(r.runs[1].depths, 3);

    // Depth 2 alone is no contest: a run of its own, uncontested.
    std::vector<HandRun> withDepth2 = lead(
        {{3, QStringLiteral("trapezoid")}, {4, QStringLiteral("trapezoid")}, {5, QStringLiteral("exponential")}}, four);
    withDepth2.push_back({QStringLiteral("rectangle"), 2, 5e-3});
    r = computeArchitecture(columnsOf(withDepth2));
    QCOMPARE(r.runs.size(), std::size_t(3));
    QVERIFY(!r.runs.front().contested);
}

void TestArchitectureAnalysis::tiesAndOtherShapes()
{
    // A tie goes to the shape first in the sweep's order, whatever order the data come in.
    std::vector<HandRun> runs = {{QStringLiteral("wide_first_2x"), 3, 1e-3},
                                 {QStringLiteral("exponential"), 3, 1e-3},
                                 {QStringLiteral("trapezoid"), 3, 2e-3},
                                 {QStringLiteral("funnel"), 3, 0.5e-3}, // not a sweep shape: after the sweep's
                                 {QStringLiteral("funnel"), 4, 3e-3},
                                 {QStringLiteral("exponential"), 4, 2e-3}};
    ArchitectureResult r = computeArchitecture(columnsOf(runs));
    QCOMPARE(r.series.size(), std::size_t(4));
    QCOMPARE(r.series.back().shape, QStringLiteral("funnel"));
    QCOMPARE(r.series.back().key, 8);
    QCOMPARE(r.series[std::size_t(r.winners[0].series)].shape, QStringLiteral("funnel"));
    QCOMPARE(r.series[std::size_t(r.winners[0].runnerUp)].shape, QStringLiteral("exponential"));
    QCOMPARE(r.winners[0].contenders, 4);
    runs.erase(runs.begin() + 3);
    r = computeArchitecture(columnsOf(runs));
    QCOMPARE(r.series[std::size_t(r.winners[0].series)].shape, QStringLiteral("exponential"));
    QCOMPARE(r.series[std::size_t(r.winners[0].runnerUp)].shape, QStringLiteral("wide_first_2x"));
    QCOMPARE(r.series[std::size_t(r.winners[1].series)].shape, QStringLiteral("exponential"));
    // Medians: an even count averages the middle two (numpy.median).
    runs = {{QStringLiteral("rectangle"), 5, 1.0},
            {QStringLiteral("rectangle"), 5, 2.0},
            {QStringLiteral("rectangle"), 5, 4.0},
            {QStringLiteral("rectangle"), 5, 10.0}};
    r = computeArchitecture(columnsOf(runs));
    QCOMPARE(r.series.front().points.front().median, 3.0);
    QCOMPARE(r.series.front().points.front().q1, 1.75);
    QCOMPARE(r.series.front().points.front().q3, 5.5);
    RunColumns bad = columnsOf(runs);
    bad.depth.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computeArchitecture(bad));
}

QTEST_GUILESS_MAIN(TestArchitectureAnalysis)
#include "tst_architectureanalysis.moc"
