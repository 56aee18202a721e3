// Runs that fail a quality check: left out of rankings, fits and frontiers, scored but kept out of
// anomaly baselines, unless they are included. Expected values by hand arithmetic.
#include <analysiserror.h>
#include <anomalydetection.h>
#include <leaderboardanalysis.h>
#include <paretoanalysis.h>
#include <runquality.h>
#include <runstakingpart.h>

#include <QTest>

#include "../support/leaderboardcolumns.h"

#include <cmath>

using namespace wattprint;
using testsupport::leaderboard::handColumns;

class TestFailingRuns : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void runsTakingPartCopiesOnlyWhenNeeded();
    void robustBaselineLeavesFailingRowsOut();
    void smallBaselineIsNotScored();
    void forestFitsOnBaselineOnly();
    void leaderboardDoesNotRankAFailingRunFirst();
    void paretoFrontierWithoutFailingRuns();
    void runAnomaliesCountFailingRuns();
};

void TestFailingRuns::keysRoundTrip()
{
    for (const FailingRuns f : {FailingRuns::Excluded, FailingRuns::Included})
        QCOMPARE(failingRunsFromKey(failingRunsKey(f)), std::optional<FailingRuns>(f));
    QCOMPARE(failingRunsFromKey(QStringLiteral("sometimes")), std::nullopt);
}

void TestFailingRuns::runsTakingPartCopiesOnlyWhenNeeded()
{
    RunColumns c = handColumns({{"a", "rectangle", 32, false, 1e-3},
                                {"a", "rectangle", 64, false, 2e-3},
                                {"a", "rectangle", 128, false, 3e-3}});
    c.expectedEnergy = {10.0, 20.0, 30.0};
    {
        const RunsTakingPart none(c, FailingRuns::Excluded);
        QCOMPARE(&none.runs(), &c); // nothing fails: no copy
        QCOMPARE(none.leftOut(), std::size_t(0));
    }
    c.quality[1] = runquality::bit(runquality::Rule::ImplausiblePower);
    const RunsTakingPart excluded(c, FailingRuns::Excluded);
    QCOMPARE(excluded.failing(), std::size_t(1));
    QCOMPARE(excluded.leftOut(), std::size_t(1));
    QCOMPARE(excluded.runs().rowCount(), std::size_t(2));
    QCOMPARE(excluded.runs().id, (std::vector<std::int64_t>{1, 3}));
    QCOMPARE(excluded.runs().size, (std::vector<std::int64_t>{32, 128}));
    QCOMPARE(excluded.runs().expectedEnergy, (std::vector<double>{10.0, 30.0}));
    QCOMPARE(excluded.runs().datasetNames, c.datasetNames);
    excluded.runs().checkConsistent();
    const RunsTakingPart included(c, FailingRuns::Included);
    QCOMPARE(&included.runs(), &c);
    QCOMPARE(included.failing(), std::size_t(1));
    QCOMPARE(included.leftOut(), std::size_t(0));
}

void TestFailingRuns::robustBaselineLeavesFailingRowsOut()
{
    // 0 1 2 3 4 and a failing 100: the baseline 0..4 has median 2 and MAD 1, so the unit is
    // 1.482602218505602 and the failing row scores 98 / 1.4826 = 66.1; the row at 4 scores 1.349.
    const std::vector<double> x{0, 1, 2, 3, 4, 100};
    AnomalyOptions o;
    o.method = AnomalyMethod::RobustZScore;
    o.minGroupSize = 5;
    o.outsideBaseline = {0, 0, 0, 0, 0, 1};
    const AnomalyResult r = detectAnomalies(x, {}, o);
    const double unit = 1.482602218505602;
    QCOMPARE(r.evaluatedCount, std::size_t(6));
    QVERIFY(std::abs(r.score[5] - 98 / unit) < 1e-12);
    QVERIFY(std::abs(r.score[4] - 2 / unit) < 1e-12);
    QCOMPARE(r.centre[5], 2.0);
    QVERIFY(std::abs(r.unit[5] - unit) < 1e-15);
    QCOMPARE(r.flaggedCount, std::size_t(1));
    // With the failing row in the baseline: median 2.5, MAD 1.5, and the row at 4 scores 0.67.
    o.outsideBaseline.clear();
    const AnomalyResult all = detectAnomalies(x, {}, o);
    QVERIFY(std::abs(all.score[4] - 1.5 / (1.5 * unit)) < 1e-12);
    QVERIFY(std::abs(all.score[5] - 97.5 / (1.5 * unit)) < 1e-12);
    // The marks must match the rows.
    o.outsideBaseline = {0, 1};
    QVERIFY_THROWS_EXCEPTION(AnalysisError, detectAnomalies(x, {}, o));
}

void TestFailingRuns::smallBaselineIsNotScored()
{
    // Group 0 has five rows of which one fails: four in its baseline, fewer than five, so the group
    // is not scored; group 1 has five passing rows and is.
    const std::vector<double> x{1, 2, 3, 4, 50, 1, 2, 3, 4, 5};
    const std::vector<std::int64_t> g{0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    AnomalyOptions o;
    o.method = AnomalyMethod::ZScore;
    o.minGroupSize = 5;
    o.outsideBaseline = {0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    const AnomalyResult r = detectAnomalies(x, g, o);
    QCOMPARE(r.smallGroupCount, std::size_t(1));
    QCOMPARE(r.smallGroupRows, std::size_t(5));
    QCOMPARE(r.evaluatedCount, std::size_t(5));
    for (std::size_t i = 0; i < 5; ++i)
        QVERIFY(!r.evaluated[i]);
    // Group 1: mean 3, population sd sqrt(2).
    QVERIFY(std::abs(r.score[9] - 2 / std::sqrt(2.0)) < 1e-12);
}

void TestFailingRuns::forestFitsOnBaselineOnly()
{
    // 200 passing rows and 20 failing rows far away: the forest is grown on the passing rows alone
    // (the same forest as one fitted on them here, with the same seed) and scores every row.
    std::vector<double> x, passing;
    std::vector<std::uint8_t> outside;
    for (int i = 0; i < 200; ++i) {
        x.push_back(std::sin(i) * 0.5);
        passing.push_back(x.back());
        outside.push_back(0);
    }
    for (int i = 0; i < 20; ++i) {
        x.push_back(1000 + i * 0.01);
        outside.push_back(1);
    }
    AnomalyOptions o;
    o.method = AnomalyMethod::IsolationForest;
    o.seed = 7;
    o.outsideBaseline = outside;
    const AnomalyResult without = detectAnomalies(x, {}, o);
    QCOMPARE(without.evaluatedCount, x.size());
    IsolationForest forest(o.forest);
    forest.fit(passing, 1, o.seed);
    const std::vector<double> expected = forest.score(x, 1);
    for (std::size_t i = 0; i < x.size(); ++i)
        QCOMPARE(without.score[i], expected[i]);
    // Fitted on every row, the forest is another one.
    o.outsideBaseline.clear();
    const AnomalyResult with = detectAnomalies(x, {}, o);
    QVERIFY(with.score != without.score);
}

void TestFailingRuns::leaderboardDoesNotRankAFailingRunFirst()
{
    // A run below the fixed overhead has a negative energy per datum: ranked, it would be "the most
    // efficient". Its configuration's other run is ordinary.
    RunColumns c = handColumns({{"a", "rectangle", 32, false, 4e-3},
                                {"a", "rectangle", 32, false, 5e-3},
                                {"a", "rectangle", 64, false, -0.0258},
                                {"a", "rectangle", 64, false, 3e-3},
                                {"a", "trapezoid", 64, false, 6e-3},
                                {"a", "trapezoid", 64, false, 7e-3}});
    c.quality[2] = runquality::bit(runquality::Rule::BelowOverhead)
        | runquality::bit(runquality::Rule::NonPositiveEnergyPerDatum);
    const LeaderboardResult excluded = computeLeaderboard(c);
    QCOMPARE(excluded.failingRuns, std::size_t(1));
    QCOMPARE(excluded.leftOutFailing, std::size_t(1));
    QCOMPARE(excluded.totalRuns, std::size_t(6));
    // The 64-parameter rectangle keeps one run: below the two it needs, unranked. First: the
    // 32-parameter rectangle at the median 4.5 mJ.
    QVERIFY(excluded.best);
    const ConfigurationStats &best = excluded.configurations[excluded.rows[*excluded.best].configuration];
    QCOMPARE(best.size, std::int64_t(32));
    QCOMPARE(best.medianEnergyPerDatum, 4.5e-3);
    QCOMPARE(excluded.tooFewRuns, std::size_t(1));
    // Included, the median of -25.8 and 3 mJ, -11.4 mJ, ranks first.
    const LeaderboardResult included = computeLeaderboard(c, RunMetric::EnergyPerDatum, 2, FailingRuns::Included);
    QCOMPARE(included.leftOutFailing, std::size_t(0));
    const ConfigurationStats &first = included.configurations[included.rows[*included.best].configuration];
    QCOMPARE(first.size, std::int64_t(64));
    QVERIFY(std::abs(first.medianEnergyPerDatum - (-0.0258 + 3e-3) / 2) < 1e-15);
}

void TestFailingRuns::paretoFrontierWithoutFailingRuns()
{
    // Capacity against energy per datum, one device: 32 at 4 mJ and 64 at 6 mJ are both on the
    // frontier, unless a failing 128-parameter run at 1 mJ dominates them.
    RunColumns c = handColumns({{"a", "rectangle", 32, false, 4e-3},
                                {"a", "rectangle", 64, false, 6e-3},
                                {"a", "rectangle", 128, false, 1e-3}});
    c.quality[2] = runquality::bit(runquality::Rule::ImplausiblePower);
    const ParetoResult excluded = computePareto(c);
    QCOMPARE(excluded.leftOutFailing, std::size_t(1));
    QCOMPARE(excluded.perRun.size(), std::size_t(2));
    QCOMPARE(excluded.perRun.frontier.size(), std::size_t(2));
    const ParetoResult included = computePareto(c, ParetoAxes::CapacityEnergyPerDatum, FailingRuns::Included);
    QCOMPARE(included.perRun.size(), std::size_t(3));
    QCOMPARE(included.perRun.frontier.size(), std::size_t(1));
    QCOMPARE(included.perRun.runId[included.perRun.frontier.front()], std::int64_t(3));
}

void TestFailingRuns::runAnomaliesCountFailingRuns()
{
    // Six CPU runs with residuals 0, 0.01, ..., 0.04 and a failing one at 1: scored, outside.
    RunColumns c = handColumns({{"a", "rectangle", 32, false, 1e-3},
                                {"a", "rectangle", 32, false, 1e-3},
                                {"a", "rectangle", 32, false, 1e-3},
                                {"a", "rectangle", 32, false, 1e-3},
                                {"a", "rectangle", 32, false, 1e-3},
                                {"a", "rectangle", 32, false, 1e-3}});
    c.quality[5] = runquality::bit(runquality::Rule::RunTimeOutlier);
    const std::vector<double> residual{0, 0.01, 0.02, 0.03, 0.04, 1};
    AnomalyOptions o;
    const RunAnomalies excluded = detectRunAnomalies(c, residual, AnomalyGrouping::Device, o);
    QCOMPARE(excluded.rows.size(), std::size_t(6));
    QCOMPARE(excluded.failingRuns, std::size_t(1));
    QCOMPARE(excluded.outsideBaseline, std::size_t(1));
    // Baseline 0..0.04: median 0.02, MAD 0.01.
    QVERIFY(std::abs(excluded.detected.score[5] - 0.98 / (0.01 * 1.482602218505602)) < 1e-9);
    const RunAnomalies included = detectRunAnomalies(c, residual, AnomalyGrouping::Device, o, false,
                                                     FailingRuns::Included);
    QCOMPARE(included.outsideBaseline, std::size_t(0));
    // Baseline of all six: median 0.025, MAD 0.015.
    QVERIFY(std::abs(included.detected.score[5] - 0.975 / (0.015 * 1.482602218505602)) < 1e-9);
}

QTEST_GUILESS_MAIN(TestFailingRuns)
#include "tst_failingruns.moc"
