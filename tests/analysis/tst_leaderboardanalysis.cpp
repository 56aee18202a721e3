// The leaderboard's numbers without the view: ranks and efficiency bands of hand-made
// configurations (quintiles, ties), the bands on a 4000-run demo store, the order and best row of
// a known answer, ranking by another metric, and inconsistent columns refused.
#include <analysiserror.h>
#include <leaderboardanalysis.h>

#include <QTest>

#include "../support/demoruns.h"
#include "../support/leaderboardcolumns.h"

#include <cmath>
#include <map>
#include <numeric>

using namespace wattprint;
using namespace wattprint::testsupport::leaderboard;

namespace {

// Dataset a: 4 mJ (CPU, 32) and 2 mJ (GPU, 64, two runs 1 and 3 mJ); dataset b: 0.5 mJ (CPU, 128,
// trapezoid) and 8 mJ.
RunColumns knownColumns()
{
    return handColumns({{"a", "rectangle", 32, false, 4e-3},
                        {"a", "rectangle", 64, true, 1e-3},
                        {"a", "rectangle", 64, true, 3e-3},
                        {"b", "trapezoid", 128, false, 0.5e-3},
                        {"b", "rectangle", 128, false, 8e-3}});
}

} // namespace

class TestLeaderboardAnalysis : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoRuns m_demo;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bandsAreQuintiles();
    void knownAnswer();
    void otherMetric();
    void defaultRanksOnlyRepeatedConfigurations();
};

void TestLeaderboardAnalysis::initTestCase()
{
    DemoOptions options;
    options.runs = 4000;
    options.traceJobs = 2;
    QString error;
    QVERIFY2(m_demo.build(options, &error), qPrintable(error));
}

void TestLeaderboardAnalysis::cleanupTestCase()
{
    m_demo.close();
}

void TestLeaderboardAnalysis::bandsAreQuintiles()
{
    // Ten configurations in one dataset with distinct values: two per band; ties share a band.
    std::vector<HandRun> runs;
    const double values[] = {5, 1, 9, 3, 7, 2, 10, 4, 8, 6};
    for (int i = 0; i < 10; ++i)
        runs.push_back({"d", "rectangle", qint64(32) << i, false, values[i]});
    LeaderboardResult r = computeLeaderboard(handColumns(runs), RunMetric::EnergyPerDatum, 1);
    QCOMPARE(r.rows.size(), std::size_t(10));
    for (const auto &row : r.rows) {
        const double v = r.configurations[row.configuration].medianEnergyPerDatum;
        QCOMPARE(row.rank, int(v));
        QCOMPARE(row.band, 1 + (int(v) - 1) / 2); // values 1,2 -> 1; 3,4 -> 2; ...; 9,10 -> 5
    }
    // Seven configurations: bands by rank 1..7 -> 1,1,2,3,3,4,5 (1 + floor(5 (rank - 1) / 7)).
    runs.resize(7);
    const double seven[] = {1, 2, 3, 4, 5, 6, 7};
    for (int i = 0; i < 7; ++i)
        runs[std::size_t(i)].epd = seven[i];
    r = computeLeaderboard(handColumns(runs), RunMetric::EnergyPerDatum, 1);
    const int bands[] = {1, 1, 2, 3, 3, 4, 5};
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        QCOMPARE(r.rows[i].rank, int(i + 1));
        QCOMPARE(r.rows[i].band, bands[i]);
    }
    // Ties: four equal best values share rank 1 and band 1; the next is rank 5 of 6 (band 4).
    runs.resize(6);
    const double tied[] = {1, 1, 1, 1, 2, 3};
    for (int i = 0; i < 6; ++i)
        runs[std::size_t(i)].epd = tied[i];
    r = computeLeaderboard(handColumns(runs), RunMetric::EnergyPerDatum, 1);
    QCOMPARE(r.rows[3].rank, 1);
    QCOMPARE(r.rows[3].band, 1);
    QCOMPARE(r.rows[4].rank, 5);
    QCOMPARE(r.rows[4].band, 4);
    QCOMPARE(r.rows[5].band, 5);

    // On the store: within each dataset the bands hold a fifth each (give or take one, and ties).
    RunColumns all;
    QString error;
    QVERIFY2(m_demo.load(Filter(), &all, &error), qPrintable(error));
    const LeaderboardResult store = computeLeaderboard(all);
    std::map<QString, std::vector<int>> perDataset;
    for (const auto &row : store.rows) {
        if (row.band == 0)
            continue;
        auto &counts = perDataset[store.configurations[row.configuration].datasetName];
        counts.resize(5, 0);
        ++counts[std::size_t(row.band - 1)];
        QCOMPARE(row.band, efficiencyBand(row.rank, row.rankedInDataset));
    }
    QVERIFY(perDataset.size() >= 10);
    for (const auto &[dataset, counts] : perDataset) {
        const int m = std::accumulate(counts.begin(), counts.end(), 0);
        for (int b = 0; b < 5; ++b)
            QVERIFY2(
                std::abs(counts[std::size_t(b)] - m / 5.0) <= 1.0 + 0.02 * m,
                qPrintable(
                    QStringLiteral("%1 band %2: %3 of %4").arg(dataset).arg(b + 1).arg(counts[std::size_t(b)]).arg(m)));
    }
}

void TestLeaderboardAnalysis::knownAnswer()
{
    // Dataset a: 4 mJ (CPU, 32) and 2 mJ (GPU, 64, two runs 1 and 3 mJ); dataset b: 0.5 mJ
    // (CPU, 128, trapezoid) and 8 mJ. The best overall is b, trapezoid, 128, CPU.
    const RunColumns c = knownColumns();
    const LeaderboardResult r = computeLeaderboard(c, RunMetric::EnergyPerDatum, 1);
    QCOMPARE(r.configurations.size(), std::size_t(4));
    QCOMPARE(r.rows[0].rank, 1); // a: GPU 64 (median 2 mJ) before CPU 32 (4 mJ)
    QCOMPARE(r.configurations[r.rows[0].configuration].size, qint64(64));
    RunColumns bad = c;
    bad.energy.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, computeLeaderboard(bad));
}

void TestLeaderboardAnalysis::otherMetric()
{
    // Every hand run takes 100 s: by run time all configurations of a dataset tie at rank 1,
    // where by energy per datum they rank 1..3.
    const RunColumns c = handColumns({{"a", "rectangle", 32, false, 4e-3},
                                      {"a", "rectangle", 64, false, 2e-3},
                                      {"a", "rectangle", 128, false, 1e-3}});
    const LeaderboardResult byDatum = computeLeaderboard(c, RunMetric::EnergyPerDatum, 1);
    const LeaderboardResult byTime = computeLeaderboard(c, RunMetric::RunTime, 1);
    QCOMPARE(byDatum.rows.size(), std::size_t(3));
    QCOMPARE(byTime.rows.size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(byDatum.rows[i].rank, int(i + 1));
        QCOMPARE(byTime.rows[i].rank, 1);
        QCOMPARE(byTime.rows[i].band, 1);
    }
    QCOMPARE(byDatum.configurations[byDatum.rows[*byDatum.best].configuration].size, qint64(128));
    QCOMPARE(byTime.unranked, std::size_t(0));
}

void TestLeaderboardAnalysis::defaultRanksOnlyRepeatedConfigurations()
{
    // BUTTER-E has one to three runs per configuration: by default a configuration needs two runs
    // to be ranked, and each row says how far its median can be trusted.
    const RunColumns c = knownColumns();
    const LeaderboardResult r = computeLeaderboard(c);
    QCOMPARE(r.minRuns, std::size_t(DefaultMinRunsToRank));
    QCOMPARE(r.minRuns, std::size_t(2));
    QCOMPARE(r.tooFewRuns, std::size_t(3));
    QCOMPARE(r.unranked, std::size_t(3));
    QVERIFY(r.best);
    const LeaderboardResult::Row &best = r.rows[*r.best];
    QCOMPARE(best.rank, 1);
    QCOMPARE(best.rankedInDataset, std::size_t(1));
    QCOMPARE(r.configurations[best.configuration].size, qint64(64));
    // Two runs: their range, which holds the median with probability 1 - 2/4.
    QCOMPARE(best.intervalLow, 1e-3);
    QCOMPARE(best.intervalHigh, 3e-3);
    QCOMPARE(best.intervalCoverage, 0.5);
    for (const LeaderboardResult::Row &row : r.rows) {
        if (row.rank != 0)
            continue;
        QCOMPARE(row.band, 0);
        QCOMPARE(row.intervalCoverage, 0.0); // one run
        QCOMPARE(row.intervalLow, r.configurations[row.configuration].medianEnergyPerDatum);
    }
    // The 0.5 mJ single run would have won with minRuns 1.
    QCOMPARE(computeLeaderboard(c, RunMetric::EnergyPerDatum, 1).tooFewRuns, std::size_t(0));
    QCOMPARE(computeLeaderboard(c, RunMetric::EnergyPerDatum, 0).minRuns, std::size_t(1));
    const LeaderboardResult loose = computeLeaderboard(c, RunMetric::EnergyPerDatum, 1);
    QCOMPARE(loose.configurations[loose.rows[*loose.best].configuration].size, qint64(128));
}

QTEST_GUILESS_MAIN(TestLeaderboardAnalysis)
#include "tst_leaderboardanalysis.moc"
