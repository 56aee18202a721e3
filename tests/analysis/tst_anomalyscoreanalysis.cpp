// The anomaly-score numbers on a 6000-run demo store: the robust z of the residual against
// detectAnomalies and against the energy anomaly timeline's default (the same runs flagged), its
// split into run-time and power parts against group statistics recomputed from SQL (and the two
// parts summing to the z), and the flagged runs and their drivers on runs with a known answer.
#include <anomalydetection.h>
#include <anomalyscoreanalysis.h>
#include <anomalytimelineanalysis.h>
#include <demostore.h>
#include <expectedenergy.h>
#include <runloader.h>
#include <runstakingpart.h>
#include <store.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../support/anomalyruns.h"
#include "../support/demostorecache.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace wattprint;
using wattprint::testsupport::anomalyScoreKnownAnswer;

namespace {

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

class TestAnomalyScoreAnalysis : public QObject
{
    Q_OBJECT

private:
    RunColumns loadColumns() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void zMatchesDetectAnomalies();
    void decompositionSumsAndMatchesSql();
    void knownAnswerFlagsAndDrivers();
    void unscoredRunsCounted();
};

void TestAnomalyScoreAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.runs = 6000;
    options.traceJobs = 2;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(options, path, &error), qPrintable(error));
    m_store = std::make_unique<Store>(path);
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestAnomalyScoreAnalysis::cleanupTestCase()
{
    m_store.reset();
}

RunColumns TestAnomalyScoreAnalysis::loadColumns() const
{
    RunColumns c;
    QString error;
    if (!RunLoader(m_store.get()).load(Filter(), &c, nullptr, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

void TestAnomalyScoreAnalysis::zMatchesDetectAnomalies()
{
    const RunColumns c = loadColumns();
    // The store's model: fitted on the runs that pass every quality check.
    const std::vector<double> expectedEnergy
        = computeExpectedEnergy(c, ExpectedEnergyOptions::qualityRunsOnly(c)).expected;
    QVERIFY(failingRunCount(c) > 0); // the demo plants runs failing each check
    for (AnomalyGroupChoice g : AllAnomalyGroupChoices) {
        const AnomalyScoreResult r = computeAnomalyScores(c, g);
        std::vector<double> residual;
        std::vector<std::size_t> kept;
        for (std::size_t i = 0; i < c.rowCount(); ++i) {
            const double measured = c.nonOverheadEnergy[i] + c.energyOverhead[i];
            if (measured > 0 && c.runTime[i] > 0 && expectedEnergy[i] > 0) {
                kept.push_back(i);
                residual.push_back(std::log10(measured / expectedEnergy[i]));
            }
        }
        QCOMPARE(kept.size(), c.rowCount()); // the demo's datasets and shapes are all known
        AnomalyOptions o;
        o.method = AnomalyMethod::RobustZScore;
        o.minGroupSize = 5;
        // Failing runs are scored but are not part of any baseline.
        for (std::size_t i = 0; i < c.rowCount(); ++i)
            o.outsideBaseline.push_back(c.quality[i] != 0 ? 1 : 0);
        const std::vector<std::int64_t> groups = anomalyGroupKeys(c, anomalyGrouping(g));
        const AnomalyResult e = detectAnomalies(residual, groups, o);
        QCOMPARE(r.rowCount(), e.evaluatedCount);
        QCOMPARE(r.smallGroupRows, e.smallGroupRows);
        std::map<qint64, std::size_t> row;
        for (std::size_t i = 0; i < c.rowCount(); ++i)
            row[c.id[i]] = i;
        for (std::size_t j = 0; j < r.rowCount(); ++j) {
            const std::size_t i = row.at(r.id[j]);
            QVERIFY(e.evaluated[i]);
            QCOMPARE(r.z[j], e.score[i]);
        }
        for (std::size_t j = 1; j < r.rowCount(); ++j)
            QVERIFY(r.time[j - 1] <= r.time[j]);
        // One method, one count: the energy anomaly timeline's default flags the same runs.
        const AnomalyTimelineResult t = computeAnomalyTimeline(c, AnomalyMethod::RobustZScore, g);
        const std::vector<std::uint8_t> flags = anomalyTimelineFlags(t, 3.5);
        std::vector<qint64> timelineFlagged, scoreFlagged;
        for (std::size_t j = 0; j < t.rowCount(); ++j) {
            if (flags[j])
                timelineFlagged.push_back(t.id[j]);
        }
        for (std::size_t j = 0; j < r.rowCount(); ++j) {
            if (std::abs(r.z[j]) > 3.5)
                scoreFlagged.push_back(r.id[j]);
        }
        std::sort(timelineFlagged.begin(), timelineFlagged.end());
        std::sort(scoreFlagged.begin(), scoreFlagged.end());
        QCOMPARE(scoreFlagged, timelineFlagged);
        if (g == AnomalyGroupChoice::Device)
            qInfo("6000-run demo within device: %zu of %zu runs scored, %zu flagged by both views", r.rowCount(),
                  c.rowCount(), scoreFlagged.size());
    }
}

void TestAnomalyScoreAnalysis::decompositionSumsAndMatchesSql()
{
    const RunColumns c = loadColumns();
    const AnomalyScoreResult r = computeAnomalyScores(c, AnomalyGroupChoice::Device);
    QCOMPARE(r.rowCount(), c.rowCount());
    // The two parts add up to the z, run by run.
    double worst = 0;
    for (std::size_t j = 0; j < r.rowCount(); ++j)
        worst = std::max(worst, std::abs(r.runTimePart[j] + r.powerPart[j] - r.z[j]));
    qInfo("largest |run-time part + power part - z| over %zu runs: %.3g", r.rowCount(), worst);
    QVERIFY(worst < 1e-9);

    // From each device's SQL rows: z = (r - median r) / (1.4826 MAD), the power part
    // (log P - median log P) / that scale, P the standardised energy over run time; the medians
    // and the MAD over the runs that pass every quality check.
    const std::vector<double> expectedEnergy
        = computeExpectedEnergy(c, ExpectedEnergyOptions::qualityRunsOnly(c)).expected;
    std::map<qint64, double> expectedById;
    for (std::size_t i = 0; i < c.rowCount(); ++i)
        expectedById[c.id[i]] = expectedEnergy[i];
    std::map<qint64, std::size_t> row;
    for (std::size_t j = 0; j < r.rowCount(); ++j)
        row[r.id[j]] = j;
    std::size_t checked = 0;
    for (const char *device : {"CPU", "GPU"}) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id, non_overhead_energy + energy_overhead, run_time, quality FROM runs "
                                 "WHERE device = ?"));
        q.addBindValue(QString::fromLatin1(device));
        QVERIFY(q.exec());
        std::vector<qint64> ids;
        std::vector<double> res, p, baseRes, baseP;
        while (q.next()) {
            ids.push_back(q.value(0).toLongLong());
            const double e = q.value(1).toDouble();
            res.push_back(std::log10(e / expectedById.at(ids.back())));
            p.push_back(std::log10(e / q.value(2).toDouble()));
            if (q.value(3).toInt() == 0) {
                baseRes.push_back(res.back());
                baseP.push_back(p.back());
            }
        }
        QVERIFY(baseRes.size() < res.size());
        const double mr = medianOf(baseRes), mp = medianOf(baseP);
        std::vector<double> dev;
        for (double v : baseRes)
            dev.push_back(std::abs(v - mr));
        const double scale = 1.482602218505602 * medianOf(dev);
        QVERIFY(scale > 0);
        for (std::size_t k = 0; k < ids.size(); ++k) {
            const std::size_t j = row.at(ids[k]);
            QVERIFY(std::abs(r.z[j] - (res[k] - mr) / scale) < 1e-8);
            QVERIFY(std::abs(r.powerPart[j] - (p[k] - mp) / scale) < 1e-8);
            QVERIFY(std::abs(r.powerRatio[j] / std::pow(10.0, p[k] - mp) - 1) < 1e-9);
            // Run time against the run time expected at the group's median power.
            QVERIFY(std::abs(r.runTimeRatio[j] / std::pow(10.0, (res[k] - mr) - (p[k] - mp)) - 1) < 1e-9);
            ++checked;
        }
    }
    QCOMPARE(checked, c.rowCount());
}

void TestAnomalyScoreAnalysis::knownAnswerFlagsAndDrivers()
{
    const AnomalyScoreResult r = computeAnomalyScores(anomalyScoreKnownAnswer(), AnomalyGroupChoice::Device);
    QCOMPARE(r.rowCount(), std::size_t(400));
    std::size_t flagged = 0;
    for (std::size_t j = 0; j < r.rowCount(); ++j) {
        if (std::abs(r.z[j]) <= 3.5)
            continue;
        ++flagged;
        // The three slow runs are ids 41, 91, 151; the dip is id 321.
        const bool slow = r.id[j] == 41 || r.id[j] == 91 || r.id[j] == 151;
        QVERIFY2(slow || r.id[j] == 321, qPrintable(QString::number(r.id[j])));
        QCOMPARE(r.driver(j), slow ? AnomalyDriver::RunTime : AnomalyDriver::Power);
    }
    QCOMPARE(flagged, std::size_t(4));
    RunColumns small = anomalyScoreKnownAnswer();
    for (std::size_t i = 0; i < small.rowCount(); ++i)
        small.size[i] = 1000 + qint64(i / 8);
    const AnomalyScoreResult eights = computeAnomalyScores(small, AnomalyGroupChoice::DatasetSizeDevice);
    QCOMPARE(eights.largestGroup, std::size_t(8));
}

void TestAnomalyScoreAnalysis::unscoredRunsCounted()
{
    // Most of the demo's configurations have one to three runs: within configurations only those
    // with 5 runs or more are scored (the depth-2 networks, which every shape's sweep ran, and a
    // few others); within devices every run is.
    const RunColumns demo = loadColumns();
    const AnomalyScoreResult r = computeAnomalyScores(demo, AnomalyGroupChoice::Configuration);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs JOIN (SELECT dataset, shape, size, depth, device FROM "
                                  "runs GROUP BY 1, 2, 3, 4, 5 HAVING count(*) >= 5) USING (dataset, shape, size, "
                                  "depth, device)"))
            && q.next());
    QCOMPARE(qint64(r.rowCount()), q.value(0).toLongLong());
    QVERIFY(r.rowCount() > 0 && r.rowCount() < demo.rowCount() / 4);
    QCOMPARE(r.smallGroupRows, demo.rowCount() - r.rowCount());
    QCOMPARE(computeAnomalyScores(demo, AnomalyGroupChoice::Device).rowCount(), demo.rowCount());
    // The runs of the smaller configurations alone: nothing to score within configurations.
    Filter small;
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM runs JOIN (SELECT dataset, shape, size, depth, device FROM runs "
                                  "GROUP BY 1, 2, 3, 4, 5 HAVING count(*) < 5) USING (dataset, shape, size, depth, "
                                  "device)")));
    while (q.next())
        small.runIds.append(q.value(0).toLongLong());
    RunColumns smallRuns;
    QString error;
    QVERIFY2(RunLoader(m_store.get()).load(small, &smallRuns, nullptr, &error), qPrintable(error));
    const AnomalyScoreResult none = computeAnomalyScores(smallRuns, AnomalyGroupChoice::Configuration);
    QCOMPARE(none.rowCount(), std::size_t(0));
    QCOMPARE(none.smallGroupRows, smallRuns.rowCount());
    RunColumns c = anomalyScoreKnownAnswer();
    c.dataset.back() = 1; // a group of one
    c.size.back() = 1;
    const AnomalyScoreResult s = computeAnomalyScores(c, AnomalyGroupChoice::DatasetSizeDevice);
    QCOMPARE(s.smallGroupRows, std::size_t(1));
    // A run without an expected energy is counted, not scored.
    c = anomalyScoreKnownAnswer();
    c.expectedEnergy.front() = std::numeric_limits<double>::quiet_NaN();
    const AnomalyScoreResult u = computeAnomalyScores(c, AnomalyGroupChoice::Device);
    QCOMPARE(u.noExpectation, std::size_t(1));
    QCOMPARE(u.rowCount(), std::size_t(399));
}

QTEST_GUILESS_MAIN(TestAnomalyScoreAnalysis)
#include "tst_anomalyscoreanalysis.moc"
