// Configuration summaries and the leaderboard, checked against a brute-force route: a std::map of
// full copies per configuration, fully sorted, medians and quartiles read off by index.
#include <analysiserror.h>
#include <configurations.h>
#include <runcolumns.h>

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <tuple>

using namespace wattprint;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void appendRow(RunColumns &c, std::int32_t dataset, std::int32_t shape, std::int64_t size, std::int32_t depth, bool gpu,
               double energy, double runTime, double power, double perDatum, double nonOverhead)
{
    c.id.push_back(std::int64_t(c.id.size() + 1));
    c.dataset.push_back(dataset);
    c.shape.push_back(shape);
    c.nodeType.push_back(0);
    c.batch.push_back(0);
    c.size.push_back(size);
    c.depth.push_back(depth);
    c.isGpu.push_back(gpu ? 1 : 0);
    c.slurmJobId.push_back(1);
    c.startNs.push_back(0);
    c.energy.push_back(energy);
    c.runTime.push_back(runTime);
    c.power.push_back(power);
    c.nonOverheadEnergy.push_back(nonOverhead);
    c.energyOverhead.push_back(0);
    c.energyPerEpoch.push_back(energy / 3000);
    c.energyPerDatum.push_back(perDatum);
    c.quality.push_back(0);
}

// Random runs over a small grid; dictionary codes deliberately not in alphabetical order.
RunColumns synthetic(std::size_t n, std::uint64_t seed)
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("mnist"), QStringLiteral("201_pol"), QStringLiteral("banana")};
    c.shapeNames = {QStringLiteral("trapezoid"), QStringLiteral("rectangle"), QStringLiteral("exponential")};
    c.nodeTypeNames = {QStringLiteral("cpu1")};
    c.batchNames = {QStringLiteral("energy_1")};
    const std::int64_t sizes[] = {1024, 32, 262144, 128};
    const std::int32_t depths[] = {6, 2, 3};
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> pick(0, 1000);
    std::lognormal_distribution<double> noise(0.0, 0.3);
    c.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int ds = pick(rng) % 3, sh = pick(rng) % 3, sz = pick(rng) % 4, dp = pick(rng) % 3;
        const bool gpu = pick(rng) % 2;
        double perDatum = 1e-3 * double(sz + 1) * noise(rng);
        if (ds == 2 && sh == 2 && sz == 0)
            perDatum = kNaN; // a configuration with no energy per datum at all
        else if (pick(rng) < 50)
            perDatum = kNaN; // some runs lack it
        else if (ds == 1 && sh == 0)
            perDatum = 0.5; // ties across configurations of 201_pol
        appendRow(c, ds, sh, sizes[sz], depths[dp], gpu, 1e5 * noise(rng) * double(sz + 1), 100 * noise(rng),
                  300 * noise(rng), perDatum, 9e4 * noise(rng));
    }
    return c;
}

double sortedMedian(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
    if (v.empty())
        return kNaN;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double sortedQuantile7(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = double(v.size() - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

bool close(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

struct Reference
{
    std::vector<std::size_t> rows;
    std::vector<double> energy, runTime, power, perDatum, nonOverhead;
};
using Key = std::tuple<QString, QString, std::int64_t, std::int32_t, int>;

std::map<Key, Reference> bruteForce(const RunColumns &c)
{
    std::map<Key, Reference> groups;
    for (std::size_t i = 0; i < c.rowCount(); ++i) {
        Reference &r = groups[Key(c.datasetNames.at(c.dataset[i]), c.shapeNames.at(c.shape[i]), c.size[i], c.depth[i],
                                  c.isGpu[i])];
        r.rows.push_back(i);
        r.energy.push_back(c.energy[i]);
        r.runTime.push_back(c.runTime[i]);
        r.power.push_back(c.power[i]);
        r.perDatum.push_back(c.energyPerDatum[i]);
        r.nonOverhead.push_back(c.nonOverheadEnergy[i]);
    }
    return groups;
}

} // namespace

class TestConfigurations : public QObject
{
    Q_OBJECT

private slots:
    void handComputedExample();
    void matchesBruteForce();
    void leaderboardMatchesBruteForce();
    void bandRule();
    void metricNames();
    void emptyAndInconsistentInput();
    void millionRunsAreFast();
};

void TestConfigurations::handComputedExample()
{
    RunColumns c;
    c.datasetNames = {QStringLiteral("529_pollen")};
    c.shapeNames = {QStringLiteral("rectangle")};
    appendRow(c, 0, 0, 256, 3, false, 1, 10, 100, 0.1, 5);
    appendRow(c, 0, 0, 256, 3, false, 10, 20, 300, kNaN, 7);
    appendRow(c, 0, 0, 256, 3, false, 4, 40, 200, 0.3, 6);
    appendRow(c, 0, 0, 256, 3, true, 8, 1, 1, 0.2, 1); // the GPU twin is its own configuration
    const ConfigurationTable t = summarizeConfigurations(c);
    QCOMPARE(t.configurations.size(), std::size_t(2));
    const ConfigurationStats &cpu = t.configurations[0];
    QVERIFY(!cpu.gpu);
    QCOMPARE(cpu.n, std::size_t(3));
    QCOMPARE(cpu.medianEnergy, 4.0);
    QCOMPARE(cpu.medianRunTime, 20.0);
    QCOMPARE(cpu.medianPower, 200.0);
    QCOMPARE(cpu.medianEnergyPerDatum, 0.2); // NaN left out: median of 0.1 and 0.3
    QCOMPARE(cpu.energyPerDatumCount, std::size_t(2));
    QCOMPARE(cpu.medianNonOverheadEnergy, 6.0);
    // sorted 1, 4, 10: Q1 = 2.5, Q3 = 7, IQR 4.5, / median 4
    QCOMPARE(cpu.energyIqrOverMedian, 1.125);
    QCOMPARE(cpu.datasetName, QStringLiteral("529_pollen"));
    QCOMPARE(cpu.shapeName, QStringLiteral("rectangle"));
    QVERIFY(t.configurations[1].gpu);
    QVERIFY(std::isnan(t.configurations[1].energyIqrOverMedian)); // one run: no spread to measure
    QCOMPARE(t.rowConfiguration, (std::vector<std::int32_t>{0, 0, 0, 1}));
}

void TestConfigurations::matchesBruteForce()
{
    const RunColumns c = synthetic(20000, 7);
    const ConfigurationTable t = summarizeConfigurations(c);
    const auto reference = bruteForce(c);
    QCOMPARE(t.configurations.size(), reference.size());
    std::size_t k = 0;
    for (const auto &[key, r] : reference) { // std::map order = the table's documented order
        const ConfigurationStats &s = t.configurations[k];
        QCOMPARE(s.datasetName, std::get<0>(key));
        QCOMPARE(s.shapeName, std::get<1>(key));
        QCOMPARE(s.size, std::get<2>(key));
        QCOMPARE(s.depth, std::get<3>(key));
        QCOMPARE(int(s.gpu), std::get<4>(key));
        QCOMPARE(s.n, r.rows.size());
        QVERIFY(close(s.medianEnergy, sortedMedian(r.energy)));
        QVERIFY(close(s.medianRunTime, sortedMedian(r.runTime)));
        QVERIFY(close(s.medianPower, sortedMedian(r.power)));
        QVERIFY2(close(s.medianEnergyPerDatum, sortedMedian(r.perDatum)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.medianEnergyPerDatum).arg(sortedMedian(r.perDatum))));
        QVERIFY(close(s.medianNonOverheadEnergy, sortedMedian(r.nonOverhead)));
        const double iqr = sortedQuantile7(r.energy, 0.75) - sortedQuantile7(r.energy, 0.25);
        QVERIFY(close(s.energyIqrOverMedian, iqr / sortedMedian(r.energy)));
        for (std::size_t row : r.rows)
            QCOMPARE(t.rowConfiguration[row], std::int32_t(k));
        ++k;
    }
}

void TestConfigurations::leaderboardMatchesBruteForce()
{
    const RunColumns c = synthetic(20000, 11);
    const ConfigurationTable t = summarizeConfigurations(c);
    const std::vector<LeaderboardEntry> board = leaderboard(t);
    // Independent ranking: rank = 1 + number of configurations of the dataset with a smaller median.
    std::size_t expectedEntries = 0;
    std::map<QString, std::vector<double>> byDataset;
    for (const ConfigurationStats &s : t.configurations) {
        const double v = sortedMedian([&] {
            std::vector<double> vals;
            for (std::size_t i = 0; i < c.rowCount(); ++i) {
                if (c.datasetNames.at(c.dataset[i]) == s.datasetName && c.shapeNames.at(c.shape[i]) == s.shapeName
                    && c.size[i] == s.size && c.depth[i] == s.depth && (c.isGpu[i] != 0) == s.gpu)
                    vals.push_back(c.energyPerDatum[i]);
            }
            return vals;
        }());
        if (std::isfinite(v)) {
            byDataset[s.datasetName].push_back(v);
            ++expectedEntries;
        }
    }
    QCOMPARE(board.size(), expectedEntries);
    QVERIFY(expectedEntries < t.configurations.size()); // the all-NaN configuration is left out
    bool sawTie = false;
    QString previousDataset;
    int previousRank = 0;
    for (const LeaderboardEntry &e : board) {
        const ConfigurationStats &s = t.configurations[e.configuration];
        const std::vector<double> &values = byDataset[s.datasetName];
        QVERIFY(close(e.value, s.medianEnergyPerDatum));
        const auto smaller = std::count_if(values.begin(), values.end(), [&](double v) { return v < e.value; });
        const auto equal = std::count_if(values.begin(), values.end(), [&](double v) { return v == e.value; });
        sawTie = sawTie || equal > 1;
        QCOMPARE(e.rank, int(smaller) + 1);
        QCOMPARE(e.rankedInDataset, values.size());
        QCOMPARE(e.band, 1 + int(5 * smaller / std::int64_t(values.size())));
        // Ordered by dataset name, then rank.
        if (s.datasetName == previousDataset)
            QVERIFY(e.rank >= previousRank);
        else
            QVERIFY(previousDataset < s.datasetName);
        previousDataset = s.datasetName;
        previousRank = e.rank;
    }
    QVERIFY(sawTie);

    // Another metric ranks by that metric's median.
    const std::vector<LeaderboardEntry> byPower = leaderboard(t, RunMetric::Power);
    QCOMPARE(byPower.size(), t.configurations.size());
    for (const LeaderboardEntry &e : byPower)
        QCOMPARE(e.value, t.configurations[e.configuration].medianPower);
}

void TestConfigurations::bandRule()
{
    // Ten configurations: two per band.
    const int expected10[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    for (int r = 1; r <= 10; ++r)
        QCOMPARE(efficiencyBand(r, 10), expected10[r - 1]);
    // Seven: floor(5 (r - 1) / 7) + 1 = 1 1 2 3 3 4 5.
    const int expected7[] = {1, 1, 2, 3, 3, 4, 5};
    for (int r = 1; r <= 7; ++r)
        QCOMPARE(efficiencyBand(r, 7), expected7[r - 1]);
    QCOMPARE(efficiencyBand(1, 1), 1);
    QCOMPARE(efficiencyBand(2, 2), 3);
    QVERIFY_THROWS_EXCEPTION(AnalysisError, efficiencyBand(0, 3));
    QVERIFY_THROWS_EXCEPTION(AnalysisError, efficiencyBand(4, 3));
}

void TestConfigurations::metricNames()
{
    for (const QString &name : runMetricNames()) {
        const auto m = runMetricFromName(name);
        QVERIFY(m.has_value());
        QCOMPARE(runMetricName(*m), name);
    }
    QCOMPARE(runMetricNames().size(), 5);
    QVERIFY(!runMetricFromName(u"flops").has_value());
    QCOMPARE(runMetricUnit(RunMetric::Power), QStringLiteral("W"));
}

void TestConfigurations::emptyAndInconsistentInput()
{
    RunColumns empty;
    const ConfigurationTable t = summarizeConfigurations(empty);
    QVERIFY(t.configurations.empty());
    QVERIFY(leaderboard(t).empty());
    RunColumns broken = synthetic(10, 1);
    broken.power.pop_back();
    QVERIFY_THROWS_EXCEPTION(AnalysisError, summarizeConfigurations(broken));
}

void TestConfigurations::millionRunsAreFast()
{
    const RunColumns c = synthetic(1000000, 3);
    QElapsedTimer timer;
    timer.start();
    const ConfigurationTable t = summarizeConfigurations(c);
    const auto board = leaderboard(t);
    const qint64 ms = timer.elapsed();
    qInfo("1M runs: %zu configurations, %zu ranked, %lld ms", t.configurations.size(), board.size(), ms);
    QCOMPARE(t.configurations.size(), std::size_t(3 * 3 * 4 * 3 * 2));
    std::size_t total = 0;
    for (const ConfigurationStats &s : t.configurations)
        total += s.n;
    QCOMPARE(total, c.rowCount());
}

QTEST_GUILESS_MAIN(TestConfigurations)
#include "tst_configurations.moc"
