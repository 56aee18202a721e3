// The anomaly-score numbers on a 6000-run demo store: the energy z against detectAnomalies, its
// split into run-time and power parts against group statistics recomputed from SQL (and the two
// parts summing to the energy z), and the flagged runs and their drivers on runs with a known
// answer.
#include <anomalydetection.h>
#include <anomalyscoreanalysis.h>
#include <demostore.h>
#include <runloader.h>
#include <store.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../support/anomalyruns.h"
#include "../support/demostorecache.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace wattprint;
using wattprint::testsupport::anomalyScoreKnownAnswer;

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
    for (AnomalyGroupChoice g : AllAnomalyGroupChoices) {
        const AnomalyScoreResult r = computeAnomalyScores(c, g);
        std::vector<double> le;
        for (double e : c.energy)
            le.push_back(std::log10(e));
        AnomalyOptions o;
        o.method = AnomalyMethod::ZScore;
        o.minGroupSize = 5;
        const std::vector<std::int64_t> groups = anomalyGroupKeys(c, anomalyGrouping(g));
        const AnomalyResult e = detectAnomalies(le, groups, o);
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
    }
}

void TestAnomalyScoreAnalysis::decompositionSumsAndMatchesSql()
{
    const RunColumns c = loadColumns();
    const AnomalyScoreResult r = computeAnomalyScores(c, AnomalyGroupChoice::DatasetSizeDevice);
    QVERIFY(r.rowCount() > 5000);
    // The two parts add up to the energy z, run by run.
    double worst = 0;
    for (std::size_t j = 0; j < r.rowCount(); ++j)
        worst = std::max(worst, std::abs(r.runTimePart[j] + r.powerPart[j] - r.z[j]));
    qInfo("largest |run-time part + power part - energy z| over %zu runs: %.3g", r.rowCount(), worst);
    QVERIFY(worst < 1e-9);

    // Each part from the group's SQL rows: (log T - mean log T) / sd(log E), population sd.
    std::map<qint64, std::size_t> row;
    for (std::size_t j = 0; j < r.rowCount(); ++j)
        row[r.id[j]] = j;
    QSqlQuery groups(m_store->database());
    QVERIFY(groups.exec(QStringLiteral("SELECT dataset, size, device FROM runs GROUP BY dataset, size, device "
                                       "HAVING count(*) >= 5 ORDER BY count(*) DESC LIMIT 30")));
    int checked = 0;
    while (groups.next()) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id, log10(energy), log10(run_time), log10(energy / run_time) FROM runs "
                                 "WHERE dataset = ? AND size = ? AND device = ?"));
        for (int k = 0; k < 3; ++k)
            q.addBindValue(groups.value(k));
        QVERIFY(q.exec());
        std::vector<qint64> ids;
        std::vector<double> e, t, p;
        while (q.next()) {
            ids.push_back(q.value(0).toLongLong());
            e.push_back(q.value(1).toDouble());
            t.push_back(q.value(2).toDouble());
            p.push_back(q.value(3).toDouble());
        }
        const double n = double(e.size());
        double me = 0, mt = 0, mp = 0;
        for (std::size_t k = 0; k < e.size(); ++k) {
            me += e[k] / n;
            mt += t[k] / n;
            mp += p[k] / n;
        }
        double var = 0;
        for (double v : e)
            var += (v - me) * (v - me) / n;
        const double sd = std::sqrt(var);
        for (std::size_t k = 0; k < ids.size(); ++k) {
            const std::size_t j = row.at(ids[k]);
            QVERIFY(std::abs(r.z[j] - (e[k] - me) / sd) < 1e-8);
            QVERIFY(std::abs(r.runTimePart[j] - (t[k] - mt) / sd) < 1e-8);
            QVERIFY(std::abs(r.powerPart[j] - (p[k] - mp) / sd) < 1e-8);
            QVERIFY(std::abs(r.runTimeRatio[j] / std::pow(10.0, t[k] - mt) - 1) < 1e-9);
            QVERIFY(std::abs(r.powerRatio[j] / std::pow(10.0, p[k] - mp) - 1) < 1e-9);
            ++checked;
        }
    }
    QVERIFY(checked > 300);
}

void TestAnomalyScoreAnalysis::knownAnswerFlagsAndDrivers()
{
    const AnomalyScoreResult r = computeAnomalyScores(anomalyScoreKnownAnswer(), AnomalyGroupChoice::DatasetSizeDevice);
    QCOMPARE(r.rowCount(), std::size_t(400));
    std::size_t flagged = 0;
    for (std::size_t j = 0; j < r.rowCount(); ++j) {
        if (std::abs(r.z[j]) <= 3)
            continue;
        ++flagged;
        // The three slow runs are ids 41, 91, 151; the dip is id 321.
        const bool slow = r.id[j] == 41 || r.id[j] == 91 || r.id[j] == 151;
        QVERIFY2(slow || r.id[j] == 321, qPrintable(QString::number(r.id[j])));
        QCOMPARE(r.driver(j), slow ? AnomalyDriver::RunTime : AnomalyDriver::Power);
    }
    QCOMPARE(flagged, std::size_t(4));
    // Groups of 8 runs: a z-score cannot pass 7 / sqrt(8) = 2.47.
    RunColumns small = anomalyScoreKnownAnswer();
    for (std::size_t i = 0; i < small.rowCount(); ++i)
        small.size[i] = 1000 + qint64(i / 8);
    const AnomalyScoreResult eights = computeAnomalyScores(small, AnomalyGroupChoice::DatasetSizeDevice);
    QCOMPARE(eights.largestGroup, std::size_t(8));
}

void TestAnomalyScoreAnalysis::unscoredRunsCounted()
{
    // The demo's configurations mostly have one or two runs: nothing to score.
    const AnomalyScoreResult r = computeAnomalyScores(loadColumns(), AnomalyGroupChoice::Configuration);
    QCOMPARE(r.rowCount(), std::size_t(0));
    RunColumns c = anomalyScoreKnownAnswer();
    c.dataset.back() = 1; // a group of one
    c.size.back() = 1;
    const AnomalyScoreResult s = computeAnomalyScores(c, AnomalyGroupChoice::DatasetSizeDevice);
    QCOMPARE(s.smallGroupRows, std::size_t(1));
}

QTEST_GUILESS_MAIN(TestAnomalyScoreAnalysis)
#include "tst_anomalyscoreanalysis.moc"
